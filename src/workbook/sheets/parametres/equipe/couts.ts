// What each post costs in contract years 1 and 2, by account, by its mode: its months in the year (from its first
// month and length), the GE's invoices and fees, the freelance fees, the direct hire's gross, contributions and share
// of the taxe sur les salaires; then the team's total, which the Budget's lines and the defined names read.
import { type PostMode } from "../../../../domain/budgetInputs";
import { TEAM_ACCOUNTS, type TeamAccount } from "../../../../domain/team";
import { calc, FORMAT, quoted, text } from "../../../formats";
import { a1 } from "../../../names";
import { MODE_LABELS } from "../../../refs";
import { type ParametresGrid, type RowList } from "../grid";
import { GE, POSTE, SALAIRE } from "./postes";
import { TAXE, type TaxeRows } from "./taxe";
import { at, postTable } from "./table";

/** Columns of a year's table: the mode, the months, one per account in the Budget's order, the total. */
export const COUT = {
  mode: 2,
  mois: 3,
  comptes: { ge: 4, prestataire: 5, salaires: 6, chargesSociales: 7, taxeSalaires: 8 } as Record<
    TeamAccount,
    number
  >,
  total: 9,
} as const;

/** Short enough for one line: the note under the tables names the accounts in full. */
const HEADERS: Record<TeamAccount, string> = {
  ge: "621 GE",
  prestataire: "622 Prestataire",
  salaires: "641 Salaires",
  chargesSociales: "645 Charges",
  taxeSalaires: "631 Taxe",
};

export interface CoutRows {
  posts: RowList;
  total: number;
}

interface Sources {
  posts: RowList;
  pay: RowList;
  ge: RowList;
  taxe: TaxeRows;
}

/** Contract year y+1 (y = 0 or 1): one row per post, then the team's total. */
export function coutParAnnee(g: ParametresGrid, y: 0 | 1, src: Sources): CoutRows {
  const { inputs, equipe } = g.model;
  const [start, end] = [12 * y, 12 * (y + 1)];
  const table = postTable(
    g,
    `Coût de l'équipe, année de contrat ${g.model.annees[y].anneeContrat}`,
    ["Mode", "Mois payés", ...TEAM_ACCOUNTS.map((a) => HEADERS[a]), "Total"],
    (i) => {
      const b = equipe.postes[i];
      const row = g.s.nextRow;
      const own = (col: number) => a1(col, row, true);
      const post = (col: number) => at(col, src.posts, i);
      const [debut, duree] = [post(POSTE.debut), post(POSTE.duree)];
      const fin = `${debut}+${duree}`;
      const pay = (col: number) => at(col, src.pay, i);
      const ge = (col: number) => at(col, src.ge, i);
      const mois = own(COUT.mois);
      const when = (mode: PostMode, amount: string) =>
        `=IF(${own(COUT.mode)}=${quoted(MODE_LABELS[mode])},${amount},0)`;
      // The year's months in calendar year c (the year's own, y, or the next, y+1), each at that year's tax rate.
      const taxed = (c: number) => {
        const year = (col: number) => at(col, src.taxe.annees, c);
        return `${year(TAXE.taux)}*MAX(0,MIN(${fin},${end},${year(TAXE.au)})-MAX(${debut},${start},${year(TAXE.du)}-1))`;
      };
      const formulas: Record<TeamAccount, string> = {
        ge: when(
          "ge",
          `ROUND(${ge(GE.facture)}*${mois}+IF(AND(${debut}>=${start},${debut}<${end}),${ge(GE.miseEnPlace)},0)+IF(AND(${fin}>${start},${fin}<=${end}),${ge(GE.fin)},0),2)`
        ),
        prestataire: when(
          "prestataire",
          `ROUND(${post(POSTE.tarifJour)}*${post(POSTE.joursParAn)}/12*${mois},2)`
        ),
        salaires: when("salarie", `ROUND(${pay(SALAIRE.brut)}*${mois},2)`),
        chargesSociales: when(
          "salarie",
          `ROUND((${pay(SALAIRE.coutEmployeur)}-${pay(SALAIRE.brut)})*${mois},2)`
        ),
        taxeSalaires: when(
          "salarie",
          `ROUND(${pay(SALAIRE.assiette)}*(${taxed(y)}+${taxed(y + 1)}),2)`
        ),
      };
      return [
        calc(`=${post(POSTE.intitule)}`, inputs.equipe[i].intitule),
        calc(`=${post(POSTE.mode)}`, MODE_LABELS[b.mode]),
        calc(`=MAX(0,MIN(${fin},${end})-MAX(${debut},${start}))`, b.moisParAnnee[y], FORMAT.count),
        ...TEAM_ACCOUNTS.map((a) => calc(formulas[a], b.parAnnee[a][y], FORMAT.euroCents)),
        calc(
          `=ROUND(SUM(${own(COUT.comptes.ge)}:${own(COUT.comptes.taxeSalaires)}),2)`,
          b.total[y],
          FORMAT.euroCents
        ),
      ];
    }
  );
  const sumOf = (col: number, expected: number) =>
    calc(
      `=ROUND(SUM(${a1(col, table.first)}:${a1(col, table.last)}),2)`,
      expected,
      FORMAT.euroCents,
      "total"
    );
  const total = g.s.add([
    text("Total de l'équipe", "total"),
    text("", "total"),
    text("", "total"),
    ...TEAM_ACCOUNTS.map((a) => sumOf(COUT.comptes[a], equipe.parAnnee[a][y])),
    sumOf(COUT.total, equipe.coutEquipe[y]),
  ]);
  return { posts: table, total };
}
