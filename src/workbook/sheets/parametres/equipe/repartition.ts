// How each post's cost is charged to the ACI envelopes (yellow shares, checked to add up to 100 %), and the team's
// cost of each contract year charged to each envelope, which the Budget's analytic split adds to the other lines.
import { ACI_ROWS } from "../../../../domain/budgetAci";
import { ACI_GRID, type Mission } from "../../../../domain/data/aciGrid";
import { contractedEnvelopes } from "../../../../domain/team";
import { calc, FORMAT, input, quoted, text } from "../../../formats";
import { a1 } from "../../../names";
import { type BaremeRefs } from "../../../refs";
import { type ParametresGrid, type RowList } from "../grid";
import { COUT, type CoutRows } from "./couts";
import { POSTE } from "./postes";
import { at, cells, column } from "./table";

/** The Barème's codes and amounts by taille, which the default split reads. */
export type BaremeScale = Pick<BaremeRefs, "codes" | "montants">;

export interface RepartitionRows {
  /** The row of the team's cost per envelope in contract years 1 and 2, and each envelope's column. */
  affecte: [number, number];
  colonnes: Partial<Record<Mission, number>>;
}

/** The envelopes' names as column headers: one line each. */
const SHORT_LABELS: Record<Mission, string> = {
  fonctionnement: "Fonctionnement",
  acces: "Accès aux soins",
  parcours: "Parcours",
  prevention: "Prévention",
  crise: "Crise sanitaire",
  qualite: "Qualité",
  accompagnement: "Accompagnement",
};

/** The Barème line of a mission's fixed part, which the default split weighs the missions by (crise: the plan). */
const fixedCode = (m: Mission) =>
  ACI_ROWS.find((r) => r.mission === m && r.facteur === "fixe")!.code;

export function repartition(
  g: ParametresGrid,
  src: { posts: RowList; couts: [CoutRows, CoutRows]; taille: string; bareme: BaremeScale }
): RepartitionRows {
  const { inputs, equipe } = g.model;
  const envelopes = contractedEnvelopes(inputs.optionnelles);
  const colOf = (k: number) => 2 + k;
  const totalCol = colOf(envelopes.length);
  g.band("Répartition du coût de chaque poste par enveloppe ACI", [
    ...envelopes.map((m) => SHORT_LABELS[m]),
    "Total",
  ]);
  // The default split weighs the contracted missions by their fixed parts for the taille (Barème ACI).
  const fixed = g.s.add([
    text("Parts fixes de la taille (Barème ACI)", "note"),
    ...envelopes.map((m) =>
      m === "fonctionnement"
        ? null
        : calc(
            `=INDEX(${src.bareme.montants},MATCH(${quoted(fixedCode(m))},${src.bareme.codes},0),${src.taille})`,
            ACI_GRID.envelopes[m].fixe[inputs.taille - 1],
            FORMAT.euro
          )
    ),
  ]);
  const missionsFixed = `${a1(colOf(1), fixed, true)}:${a1(colOf(envelopes.length - 1), fixed, true)}`;
  const shares = g.list(inputs.equipe, (p, i) => {
    const split = equipe.postes[i].repartition;
    const row = g.s.nextRow;
    // A split typed in the add-in is kept as typed; the default one follows the taille.
    const share = (m: Mission, k: number) =>
      p.repartition !== undefined
        ? input(split[m], FORMAT.percentTenth)
        : {
            ...calc(
              m === "fonctionnement"
                ? "=0.5"
                : `=0.5*${a1(colOf(k), fixed, true)}/SUM(${missionsFixed})`,
              split[m],
              FORMAT.percentTenth
            ),
            style: "input" as const,
          };
    return g.s.add([
      calc(`=${at(POSTE.intitule, src.posts, i)}`, p.intitule),
      ...envelopes.map(share),
      calc(
        `=SUM(${a1(colOf(0), row)}:${a1(colOf(envelopes.length - 1), row)})`,
        envelopes.reduce((sum, m) => sum + split[m], 0),
        FORMAT.percentTenth
      ),
    ]);
  });
  g.validate(
    cells(colOf(0), shares, colOf(envelopes.length - 1)),
    { kind: "decimal", min: 0, max: 1 },
    "Saisissez une part de 0 % à 100 %."
  );
  const check = a1(totalCol, shares.first);
  g.s.conditionalFormats.push({
    range: cells(totalCol, shares),
    formula: `=ROUND(${check},6)<>1`,
    style: "bad",
  });
  const others = envelopes.filter((m) => m !== "fonctionnement");
  const affecte = ([0, 1] as const).map((y) => {
    const row = g.s.nextRow;
    const totalOfYear = column(COUT.total, src.couts[y].posts);
    const cellsOf = envelopes.map((m, k) => {
      const expected = equipe.parEnveloppe[y][m];
      if (m !== "fonctionnement") {
        return calc(
          `=ROUND(SUMPRODUCT(${totalOfYear},${column(colOf(k), shares)}),2)`,
          expected,
          FORMAT.euroCents
        );
      }
      // Fonctionnement: what the other envelopes leave of the team's cost, so that no cent is lost to rounding.
      const rest = others.map((o) => a1(colOf(envelopes.indexOf(o)), row)).join("-");
      return calc(
        `=ROUND(${a1(COUT.total, src.couts[y].total, true)}${rest ? `-${rest}` : ""},2)`,
        expected,
        FORMAT.euroCents
      );
    });
    return g.s.add([
      text(`Coût de l'équipe affecté, année ${g.model.annees[y].anneeContrat}`, "total"),
      ...cellsOf.map((c) => ({ ...c, style: "total" as const })),
      calc(
        `=SUM(${a1(colOf(0), row)}:${a1(colOf(envelopes.length - 1), row)})`,
        equipe.coutEquipe[y],
        FORMAT.euroCents,
        "total"
      ),
    ]);
  }) as [number, number];
  g.s.add([
    text(
      "Chaque ligne doit totaliser 100 % (en rouge sinon). Par défaut (formules) : moitié fonctionnement, moitié les missions contractées au prorata de leurs parts fixes de la taille. Fonctionnement affecté : le coût de l'équipe moins les autres enveloppes (les arrondis au centime y sont portés).",
      "note"
    ),
  ]);
  return {
    affecte,
    colonnes: Object.fromEntries(envelopes.map((m, k) => [m, colOf(k)])),
  };
}
