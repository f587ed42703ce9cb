// The accounts: those of classes 6 and 7 that map to no line (« non affecté »), the editable account table (prefix →
// line), and each charge line's analytic split with the actual of its entries that the file gives no envelope.
import { type Mission, MISSION_LABELS } from "../../../domain/data/aciGrid";
import { cents } from "../../../domain/errors";
import { BY_LINE } from "../../../domain/realise/lines";
import { calc, FORMAT, input, quoted, text } from "../../formats";
import { a1, SheetRef } from "../../names";
import { type AccountTableRefs, type SplitRefs } from "../../refs";
import { UNMAPPED } from "./ecritures";
import { type RealiseGrid } from "./grid";

/** Empty rows left in the account table for the user's own prefixes. */
export const SPARE_MAPPINGS = 10;
/** Excel's text format: a prefix typed as 6226 stays the text "6226" that MATCH compares with. */
const TEXT_FORMAT = "@";

/** Accounts with no line, from the import, and their totals (live: an account the table maps is 0 here). */
export function unmapped(g: RealiseGrid): void {
  const { s, e, summary } = g;
  g.band("Comptes non affectés (classes 6 et 7 sans ligne du budget)");
  s.add(
    ["Compte", "Intitulé", "Débit", "Crédit", "Solde (débit − crédit)", "Écritures"].map((h) =>
      text(h, "header")
    )
  );
  if (summary.nonAffecte.length === 0) s.add([text("aucun", "note")]);
  for (const u of summary.nonAffecte) {
    const row = s.nextRow;
    const criteria = `${e.comptes},${quoted(u.compte)},${e.lignes},${quoted(UNMAPPED)}`;
    s.add([
      text(u.compte),
      text(u.libelle),
      calc(`=ROUND(SUMIFS(${e.debits},${criteria}),2)`, u.debit, FORMAT.euroCentsOrDash),
      calc(`=ROUND(SUMIFS(${e.credits},${criteria}),2)`, u.credit, FORMAT.euroCentsOrDash),
      calc(
        `=ROUND(${a1(3, row)}-${a1(4, row)},2)`,
        cents(u.debit - u.credit),
        FORMAT.euroCentsOrDash
      ),
      calc(`=COUNTIFS(${criteria})`, u.ecritures, FORMAT.count),
    ]);
  }
}

/** The account table: a prefix (text) and the line it sends entries to; the longest prefix wins. */
export function accountTable(g: RealiseGrid, name: string): AccountTableRefs {
  const { s, summary } = g;
  g.band("Table des comptes (modifiable) : préfixe de compte → ligne du budget");
  s.add([
    text(
      "Une écriture de classe 6 ou 7 va à la ligne du préfixe le plus long de son compte (10 caractères au plus) ; ajoutez vos sous-comptes dans les lignes vides (ex. 6226 → 622).",
      "note"
    ),
  ]);
  s.add(
    ["Préfixe", "Ligne du budget (compte)", "Libellé de la ligne"].map((h) => text(h, "header"))
  );
  const labels = new Map([...summary.charges, ...summary.produits].map((l) => [l.compte, l.label]));
  const first = s.nextRow;
  for (const m of summary.mappings) {
    s.add([
      input(m.prefixe, TEXT_FORMAT),
      input(m.ligne, TEXT_FORMAT),
      text(labels.get(m.ligne) ?? ""),
    ]);
  }
  for (let i = 0; i < SPARE_MAPPINGS; i++)
    s.add([input(null, TEXT_FORMAT), input(null, TEXT_FORMAT)]);
  const last = s.nextRow - 1;
  const ref = new SheetRef(name);
  return { prefixes: ref.range(1, first, 1, last), lignes: ref.range(2, first, 2, last) };
}

/** Each charge line's split (editable) and, per period, its actual with no envelope in the file. */
export function analyticSplit(g: RealiseGrid, envelopes: readonly Mission[]): SplitRefs {
  const { s, e, summary } = g;
  g.band(
    "Répartition analytique des charges (modifiable) et réalisé sans enveloppe dans le fichier"
  );
  s.add([
    text(
      `Une écriture sans enveloppe (« ${BY_LINE} ») est répartie selon sa ligne ; par défaut, la répartition du budget prévisionnel sur ses deux années.`,
      "note"
    ),
  ]);
  const totalCol = 3 + envelopes.length;
  const periodCol = (i: number) => totalCol + 1 + i;
  s.add([
    text("Compte", "header"),
    text("Ligne du budget", "header"),
    ...envelopes.map((m) => text(MISSION_LABELS[m], "header")),
    text("Total", "header"),
    ...g.periods.map((_, i) => text(`Sans enveloppe : ${g.periodLabel(i)}`, "header")),
  ]);
  const first = s.nextRow;
  for (const line of summary.charges) {
    const row = s.nextRow;
    s.add([
      text(line.compte),
      text(line.label),
      ...envelopes.map((m) => input(line.repartition[m], FORMAT.percentTenth)),
      calc(
        `=SUM(${a1(3, row)}:${a1(totalCol - 1, row)})`,
        envelopes.reduce((t, m) => t + line.repartition[m], 0),
        FORMAT.percentTenth
      ),
      ...g.periods.map((_, i) =>
        calc(
          `=ROUND(SUMIFS(${e.montants},${e.lignes},${quoted(line.compte)},${e.enveloppes},${quoted(BY_LINE)},${g.inPeriod(i)}),2)`,
          line.sansEnveloppe[i],
          FORMAT.euroCentsOrDash
        )
      ),
    ]);
  }
  const last = s.nextRow - 1;
  const column = (col: number) => `${a1(col, first, true)}:${a1(col, last, true)}`;
  return {
    shares: new Map(envelopes.map((m, k) => [m, column(3 + k)])),
    sansEnveloppe: g.periods.map((_, i) => column(periodCol(i))),
  };
}
