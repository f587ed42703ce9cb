// Number formats and cell constructors shared by the sheets.
import { evaluate, type Expr, formula } from "../domain/rules/expr";
import {
  type CellPlan,
  type CellStyle,
  type FormulaCell,
  type TextCell,
  type ValueCell,
} from "./planTypes";

// Every format ends with a space: it keeps a right-aligned figure off the text of the next column.
export const FORMAT = {
  euro: '#,##0 "€ ";[Red]-#,##0 "€ "',
  euroCents: '#,##0.00 "€ ";[Red]-#,##0.00 "€ "',
  /** Zero shown as a dash: long monthly rows stay readable. */
  euroOrDash: '#,##0 "€ ";[Red]-#,##0 "€ ";"- "',
  euroCentsOrDash: '#,##0.00 "€ ";[Red]-#,##0.00 "€ ";"- "',
  percent: '0%" "',
  percentTenth: '0.0%" "',
  /** A month in French whatever the language of Excel or LibreOffice (locale 040C, fr-FR). */
  month: '[$-40C]mmm yyyy" "',
  monthLong: '[$-40C]mmmm yyyy" "',
  date: 'dd/mm/yyyy" "',
  year: '0" "',
  count: '#,##0" "',
  decimal: '0.00" "',
} as const;

export type Expected = FormulaCell["expected"];

/** A cell the user fills in: a text when given a string, a constant otherwise (null leaves it empty). */
export function input(
  value: string | number | boolean | null,
  numberFormat?: string,
  comment?: string
): CellPlan {
  return {
    ...(typeof value === "string" ? { text: value } : { value }),
    style: "input",
    ...(numberFormat && { numberFormat }),
    ...(comment && { comment }),
  };
}

/**
 * A cell whose figure is the add-in's estimate, when `basis` (« estimation — … ») is given: the estimate style (an
 * input's or a formula's) and the basis as its note. Without a basis the cell is returned as it is.
 */
export function estimated<T extends CellPlan>(cell: T, basis: string | undefined): T {
  if (!basis) return cell;
  return {
    ...cell,
    style: cell.formula === undefined ? "estimate" : "estimateFormula",
    comment: basis,
  };
}

/** A formula (invariant syntax, starting with "=") and the value the domain model gives for it. */
export function calc(
  formula: string,
  expected: Expected,
  numberFormat?: string,
  style?: CellStyle
): FormulaCell {
  if (!formula.startsWith("=")) throw new Error(`Formule sans « = » initial : ${formula}`);
  return {
    formula,
    expected,
    ...(numberFormat && { numberFormat }),
    ...(style && { style }),
  };
}

/** A text cell: written as text even when it starts with "=", "+", "-" or "@", or looks like a number. */
export function text(value: string, style: CellStyle = "label", comment?: string): TextCell {
  return { text: value, style, ...(comment && { comment }) };
}

export function number(value: number, numberFormat: string, style: CellStyle = "label"): ValueCell {
  return { value, numberFormat, style };
}

/** Excel's serial number of an ISO date (1900 date system): what a date cell holds. */
export { serialOfIso as excelDate } from "../domain/dates";

/** A string literal inside a formula. */
export function quoted(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** A rule of src/domain/rules written over cells: its formula, and as expected value the rule's own evaluation. */
export function ruleCell(rule: Expr, numberFormat?: string, style?: CellStyle): FormulaCell {
  return calc(`=${formula(rule)}`, evaluate(rule), numberFormat, style);
}
