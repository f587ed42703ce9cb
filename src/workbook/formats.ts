// Number formats and cell constructors shared by the sheets.
import { CellPlan, CellStyle } from "./planTypes";

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

export type Expected = CellPlan["expected"];

/** A cell the user fills in. */
export function input(
  value: string | number | boolean,
  numberFormat?: string,
  comment?: string
): CellPlan {
  return {
    value,
    style: "input",
    ...(numberFormat && { numberFormat }),
    ...(comment && { comment }),
  };
}

/** A formula (invariant syntax, starting with "=") and the value the domain model gives for it. */
export function calc(
  formula: string,
  expected: Expected,
  numberFormat?: string,
  style?: CellStyle
): CellPlan {
  return {
    value: formula,
    expected,
    ...(numberFormat && { numberFormat }),
    ...(style && { style }),
  };
}

export function text(value: string, style: CellStyle = "label", comment?: string): CellPlan {
  return { value, style, ...(comment && { comment }) };
}

export function number(value: number, numberFormat: string, style: CellStyle = "label"): CellPlan {
  return { value, numberFormat, style };
}

/** Excel's serial number of an ISO date (1900 date system): what a date cell holds. */
export { serialOfIso as excelDate } from "../domain/dates";

/** A string literal inside a formula. */
export function quoted(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
