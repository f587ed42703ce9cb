// The governance indemnités (bureau, conseil d'administration; décret 2022-375, account 65): one row per role, its
// holders and hours yellow, its rate looked up by profession, what one holder and all of them receive a year; then,
// for the PASS check, what one holder receives in the column of the role's profession (a range MAX reads, where a
// conditional MAX over arrays would need an array formula: Gnumeric and Excel before 2021 do not take it plainly).
import { PROFESSION_LABELS, PROFESSIONS } from "../../../../domain/data/prefill";
import { sumCents } from "../../../../domain/errors";
import { calc, estimated, FORMAT, input, text } from "../../../formats";
import { a1, columnLetter } from "../../../names";
import { HEADCOUNT, HEADCOUNT_ERROR, HOURS, HOURS_ERROR } from "../../../validations";
import { type ParametresGrid, type RowList } from "../grid";
import { professionRange, type TauxRows } from "./taux";

export const ROLE = {
  role: 1,
  profession: 2,
  personnes: 3,
  heures: 4,
  taux: 5,
  parPersonne: 6,
  montant: 7,
  /** The first of the per-profession columns, in PROFESSIONS order. */
  parProfession: 8,
} as const;

export interface GouvernanceRows {
  roles: RowList;
  total: number;
}

/** The per-profession column of profession k (PROFESSIONS order). */
export const professionCol = (k: number) => ROLE.parProfession + k;

export function gouvernance(g: ParametresGrid, taux: TauxRows): GouvernanceRows {
  const lines = g.model.indemnites.gouvernance;
  const band = g.band("Indemnités de gouvernance (bureau, conseil d'administration)", [
    "Profession",
    "Personnes",
    "Heures par personne",
    "Taux horaire",
    "Par personne",
    "Montant annuel",
    ...PROFESSIONS.map((p) => PROFESSION_LABELS[p]),
  ]);
  const roles = g.list(lines, (line) => {
    const row = g.s.nextRow;
    const at = (col: number) => a1(col, row);
    return g.s.add([
      input(line.role),
      input(PROFESSION_LABELS[line.profession]),
      input(line.personnes, FORMAT.count),
      estimated(input(line.heuresParPersonne, FORMAT.decimal), line.estimation),
      calc(
        // INDEX(row, 1, column): Gnumeric reads a single index into a one-row range as a row number.
        `=INDEX(${professionRange(taux.taux)},1,MATCH(${at(ROLE.profession)},${professionRange(taux.professions)},0))`,
        line.taux,
        FORMAT.euroCents
      ),
      calc(`=ROUND(${at(ROLE.heures)}*${at(ROLE.taux)},2)`, line.parPersonne, FORMAT.euroCents),
      calc(`=ROUND(${at(ROLE.parPersonne)}*${at(ROLE.personnes)},2)`, line.montant, FORMAT.euro),
      ...PROFESSIONS.map((p, k) => {
        const col = columnLetter(professionCol(k));
        const [profession, personnes, parPersonne] = [
          ROLE.profession,
          ROLE.personnes,
          ROLE.parPersonne,
        ].map((c) => `$${columnLetter(c)}${row}`);
        return calc(
          `=IF(AND(${profession}=${col}$${band},${personnes}>0),${parPersonne},0)`,
          line.profession === p && line.personnes > 0 ? line.parPersonne : 0,
          FORMAT.euroCentsOrDash
        );
      }),
    ]);
  });
  const { first, last } = roles;
  if (roles.rows.length > 0) {
    const column = (col: number) => `${a1(col, first)}:${a1(col, last)}`;
    g.validate(
      column(ROLE.profession),
      { kind: "list", values: PROFESSIONS.map((p) => PROFESSION_LABELS[p]) },
      "Choisissez une profession de la liste."
    );
    g.validate(column(ROLE.personnes), HEADCOUNT, HEADCOUNT_ERROR);
    g.validate(column(ROLE.heures), HOURS, HOURS_ERROR);
  }
  const total = g.s.add([
    text("Total de la gouvernance (compte 65, chaque année)", "total"),
    ...Array.from({ length: ROLE.montant - 2 }, () => null),
    calc(
      roles.rows.length > 0
        ? `=ROUND(SUM(${a1(ROLE.montant, first)}:${a1(ROLE.montant, last)}),2)`
        : "=0",
      sumCents(lines.map((l) => l.montant)),
      FORMAT.euro,
      "total"
    ),
  ]);
  g.s.add([
    text(
      `Colonnes ${PROFESSION_LABELS[PROFESSIONS[0]]} à ${PROFESSION_LABELS[PROFESSIONS[PROFESSIONS.length - 1]]} : ce que reçoit une personne du rôle, dans la colonne de sa profession (rôle occupé) ; le contrôle du PASS en prend le maximum.`,
      "note"
    ),
  ]);
  return { roles, total };
}
