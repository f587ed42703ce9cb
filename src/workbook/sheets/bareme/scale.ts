// The ACI scale: one row per Barème line (code, envelope, volet, the amount of each taille, a remark), the taille
// retained highlighted. The amounts are inputs: a treasurer types their contract's there and every sheet follows.
import { ACI_ROWS, type AciRow } from "../../../domain/budgetAci";
import { FINANCEMENT_ADDITIONNEL, MISSION_LABELS } from "../../../domain/data/aciGrid";
import { FORMAT, input, number, text } from "../../formats";
import { a1, columnLetter } from "../../names";
import { type SheetBuilder } from "../../sheetBuilder";
import { AMOUNT, AMOUNT_ERROR } from "../../validations";
import { FIRST_TAILLE_COL, TAILLES, tailleCol } from "./grid";

function remark(row: AciRow): string {
  const notes: Record<AciRow["facteur"], string> = {
    fixe: "",
    taux: "× taux de réalisation (Paramètres) ; versé l'année suivante.",
    crise: "Seulement si une crise est déclarée ; versé l'année suivante.",
    additionnel: "Si l'ACI est signé avant la date limite (Paramètres).",
  };
  const parts = [notes[row.facteur]];
  if (row.code === "fonctionnement")
    parts.push("Versé en totalité à la signature, puis avance de 75 %.");
  if (row.optionnelle) parts.push("Mission optionnelle.");
  return parts.filter(Boolean).join(" ");
}

export interface ScaleRows {
  header: number;
  first: number;
  last: number;
  /** The row of each Barème code. */
  rows: Record<string, number>;
}

/**
 * The header and the scale's rows. The financement additionnel's amounts are left empty: they are formulas on its
 * rate, which `additionnelAmounts` (rules.ts) writes once the rate's row exists.
 */
export function scale(s: SheetBuilder, rows: { taille: number }): ScaleRows {
  const header = s.add([
    text("Code", "header"),
    text("Enveloppe", "header"),
    text("Volet", "header"),
    ...TAILLES.map((t) => number(t, '"Taille "0', "header")),
    text("Remarque", "header"),
  ]);
  const written = ACI_ROWS.map((row) => {
    const amounts =
      row.facteur === "additionnel"
        ? TAILLES.map(() => null)
        : row.montants.map((amount) => input(amount, FORMAT.euro));
    return [
      row.code,
      s.add([
        text(row.code, "source"),
        text(MISSION_LABELS[row.mission]),
        text(row.volet),
        ...amounts,
        text(
          remark(row),
          "note",
          row.facteur === "additionnel" ? FINANCEMENT_ADDITIONNEL.confidence : undefined
        ),
      ]),
    ] as const;
  });
  s.add([
    text(
      "Taille 4 avec au moins 100 membres : +10 % sur toutes les missions, socles et optionnelles (pas sur le fonctionnement).",
      "note"
    ),
  ]);
  const [first, last] = [written[0][1], written[written.length - 1][1]];
  s.validations.push({
    range: `${a1(FIRST_TAILLE_COL, first)}:${a1(tailleCol(4), last)}`,
    rule: AMOUNT,
    error: AMOUNT_ERROR,
  });
  s.conditionalFormats.push({
    range: `${a1(FIRST_TAILLE_COL, header)}:${a1(tailleCol(4), last)}`,
    formula: `=${columnLetter(FIRST_TAILLE_COL)}$${header}=${a1(2, rows.taille, true)}`,
    style: "good",
  });
  return { header, first, last, rows: Object.fromEntries(written) };
}
