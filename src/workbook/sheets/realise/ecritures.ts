// The `Écritures` sheet: the imported entries as data (dates, accounts, labels and amounts as the file gives them;
// a label is never a formula), and per entry the live columns the `Réalisé` sheet sums: the account's class and roots,
// the budget line found in the account table by the longest prefix, and the net amount.
import { MAX_PREFIX, envelopeLabel, type AccountLookup } from "../../../domain/realise/lines";
import type { EntriesFile, Entry } from "../../../domain/realise/types";
import { calc, excelDate, FORMAT, number, quoted, text } from "../../formats";
import { a1, SheetRef } from "../../names";
import { type SheetPlan } from "../../planTypes";
import { type AccountTableRefs, type EcrituresRefs } from "../../refs";
import { SheetBuilder } from "../../sheetBuilder";

/** The header's row; entries follow it, one a row. */
const HEADER_ROW = 4;
const FIRST_ROW = HEADER_ROW + 1;

export const COL = {
  date: 1,
  journal: 2,
  numero: 3,
  compte: 4,
  intitule: 5,
  libelle: 6,
  debit: 7,
  credit: 8,
  enveloppe: 9,
  classe: 10,
  racine2: 11,
  racine3: 12,
  ligne: 13,
  montant: 14,
} as const;

const HEADERS = [
  "Date",
  "Journal",
  "N° d'écriture",
  "Compte",
  "Intitulé du compte",
  "Libellé",
  "Débit",
  "Crédit",
  "Enveloppe",
  "Classe",
  "Racine (2)",
  "Racine (3)",
  "Ligne du budget",
  "Montant net",
];

/** Text a line of the budget shows for a class 6 or 7 account that no prefix of the table matches. */
export const UNMAPPED = "non affecté";

/** The entries sheet's columns, known before it is built (the `Réalisé` sheet, built first, sums them). */
export function ecrituresRefs(name: string, count: number): EcrituresRefs {
  const ref = new SheetRef(name);
  const last = FIRST_ROW + Math.max(count, 1) - 1;
  const column = (col: number) => ref.range(col, FIRST_ROW, col, last);
  return {
    dates: column(COL.date),
    comptes: column(COL.compte),
    enveloppes: column(COL.enveloppe),
    classes: column(COL.classe),
    racines2: column(COL.racine2),
    racines3: column(COL.racine3),
    lignes: column(COL.ligne),
    montants: column(COL.montant),
    debits: column(COL.debit),
    credits: column(COL.credit),
  };
}

/** The line of an account: LEFT(compte, 10) down to LEFT(compte, 1) looked up in the table, « non affecté » else. */
function lineFormula(row: number, table: AccountTableRefs): string {
  const account = a1(COL.compte, row);
  let formula = quoted(UNMAPPED);
  for (let n = 1; n <= MAX_PREFIX; n++) {
    formula = `IFERROR(INDEX(${table.lignes},MATCH(LEFT(${account},${n}),${table.prefixes},0)),${formula})`;
  }
  const classe = a1(COL.classe, row);
  return `=IF(OR(${classe}="6",${classe}="7"),${formula},"")`;
}

function entryRow(e: Entry, row: number, table: AccountTableRefs, lookup: AccountLookup) {
  const classe = e.compte[0];
  const budgeted = classe === "6" || classe === "7";
  const at = (col: number) => a1(col, row);
  const [debit, credit] = [e.debit / 100, e.credit / 100];
  return [
    number(excelDate(e.date), FORMAT.date),
    text(e.journal),
    text(e.numero),
    text(e.compte),
    text(e.compteLib),
    text(e.libelle),
    number(debit, FORMAT.euroCentsOrDash),
    number(credit, FORMAT.euroCentsOrDash),
    text(envelopeLabel(e.enveloppe)),
    calc(`=LEFT(${at(COL.compte)},1)`, classe),
    calc(`=LEFT(${at(COL.compte)},2)`, e.compte.slice(0, 2)),
    calc(`=LEFT(${at(COL.compte)},3)`, e.compte.slice(0, 3)),
    calc(lineFormula(row, table), budgeted ? (lookup.lineOf(e.compte) ?? UNMAPPED) : ""),
    calc(
      `=ROUND(IF(${at(COL.classe)}="7",${at(COL.credit)}-${at(COL.debit)},${at(COL.debit)}-${at(COL.credit)}),2)`,
      (classe === "7" ? e.credit - e.debit : e.debit - e.credit) / 100,
      FORMAT.euroCentsOrDash
    ),
  ];
}

export function buildEcritures(
  name: string,
  file: EntriesFile,
  table: AccountTableRefs,
  lookup: AccountLookup
): SheetPlan {
  const s = new SheetBuilder(name);
  s.add([text("Écritures importées du fichier comptable", "title")]);
  s.add([
    text(
      "Une ligne par écriture du fichier, telle qu'il la donne (colonnes A à I, modifiables) ; les colonnes J à N sont calculées : la ligne du budget vient de la table des comptes de la feuille Réalisé (préfixe le plus long).",
      "note"
    ),
  ]);
  s.add();
  const header = s.add(HEADERS.map((h) => text(h, "header")));
  file.entries.forEach((e, i) => s.add(entryRow(e, FIRST_ROW + i, table, lookup)));
  return s.build({
    columnWidths: [12, 9, 10, 12, 28, 44, 14, 14, 22, 8, 8, 8, 12, 14],
    frozenRows: header,
    print: { orientation: "landscape", fitToWidth: true, title: "Écritures importées" },
  });
}
