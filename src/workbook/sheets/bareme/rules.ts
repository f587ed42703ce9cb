// The rules that complete the scale (financement additionnel, taille 4 majoration, the advance), each with its value
// in D and its source, and the financement additionnel's amounts computed from its rate.
import { ACI_ROWS } from "../../../domain/budgetAci";
import {
  FINANCEMENT_ADDITIONNEL,
  MAJORATION_T4,
  PAYMENT_RULES,
} from "../../../domain/data/aciGrid";
import { additionnelAmount } from "../../../domain/rules/calendar";
import { cell } from "../../../domain/rules/expr";
import { FORMAT, number, ruleCell, text } from "../../formats";
import { a1 } from "../../names";
import { type SheetBuilder } from "../../sheetBuilder";
import { tailleCol, VALUE_COL } from "./grid";
import { type ScaleRows } from "./scale";

export interface RuleRows {
  additionnel: number;
  majoration: number;
  membres: number;
  avance: number;
}

export function rules(s: SheetBuilder): RuleRows {
  s.add([
    text("Règles complémentaires", "header"),
    text("", "header"),
    text("", "header"),
    text("Valeur", "header"),
    text("Source", "header"),
  ]);
  const rule = (label: string, value: number, fmt: string, source: string, confidence?: string) =>
    s.add([text(label), null, null, number(value, fmt), text(source, "source", confidence)]);
  const additionnel = rule(
    "Financement additionnel : part du fonctionnement",
    FINANCEMENT_ADDITIONNEL.rate,
    FORMAT.percent,
    FINANCEMENT_ADDITIONNEL.source,
    FINANCEMENT_ADDITIONNEL.confidence
  );
  const majoration = rule(
    "Majoration taille 4 (missions)",
    MAJORATION_T4.rate,
    FORMAT.percent,
    MAJORATION_T4.source,
    MAJORATION_T4.confidence
  );
  const membres = rule(
    "Membres requis pour la majoration",
    MAJORATION_T4.minMembers,
    FORMAT.count,
    MAJORATION_T4.source
  );
  const avance = rule(
    "Avance versée au début de chaque année (part du volet fixe)",
    PAYMENT_RULES.advance,
    FORMAT.percent,
    PAYMENT_RULES.source
  );
  return { additionnel, majoration, membres, avance };
}

/** The financement additionnel's amount of each taille: the fonctionnement's, times the rate (row `rate`). */
export function additionnelAmounts(s: SheetBuilder, scaleRows: ScaleRows, rate: number): void {
  const additionnel = ACI_ROWS.find((r) => r.facteur === "additionnel")!;
  const fonctionnement = ACI_ROWS.find((r) => r.code === "fonctionnement")!;
  const rateCell = cell(a1(VALUE_COL, rate, true), FINANCEMENT_ADDITIONNEL.rate);
  fonctionnement.montants.forEach((amount, t) => {
    const col = tailleCol(t + 1);
    const base = cell(a1(col, scaleRows.rows[fonctionnement.code]), amount);
    s.set(
      col,
      scaleRows.rows[additionnel.code],
      ruleCell(additionnelAmount(base, rateCell), FORMAT.euro)
    );
  });
}
