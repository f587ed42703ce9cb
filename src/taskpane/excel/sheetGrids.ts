// A sheet plan as the dense 2D arrays Office.js assigns in one go, and its styled cells grouped into few areas.
import { a1 } from "../../workbook/names";
import { type CellPlan, type CellStyle, type SheetPlan } from "../../workbook/planTypes";

/**
 * Text Excel might not keep as text when assigned: a formula (=, +, -, @), an error (#N/A), a prefix apostrophe,
 * a boolean, or anything with a digit (a number, date, time, percentage, "3 mars", "1e5", "(12)"). Such text is
 * written with a leading apostrophe, as a user would type it: Excel hides the apostrophe and stores the text as is.
 * (A "@" text number format would do too, but would turn whatever the user types there later into text.)
 */
const MAY_NOT_STAY_TEXT = /^[=+\-@#']|\d|^(true|false|vrai|faux)$/i;

/** What Range.formulas receives for a cell: the formula, the constant, or the text as Excel keeps it as text. */
export function officeEntry(cell: CellPlan | null): string | number | boolean {
  if (!cell) return "";
  if (cell.formula !== undefined) return cell.formula;
  if (cell.text !== undefined)
    return MAY_NOT_STAY_TEXT.test(cell.text) ? `'${cell.text}` : cell.text;
  return cell.value ?? "";
}

export function sheetWidth(sheet: SheetPlan): number {
  // A reduce, not a spread: an Écritures sheet has a row per entry, more than a call takes arguments.
  return sheet.rows.reduce((w, r) => Math.max(w, r.length), 0);
}

/** Values and formulas for Range.formulas, and number formats for Range.numberFormat, over A1 to the last cell. */
export function sheetGrids(sheet: SheetPlan): {
  formulas: (string | number | boolean)[][];
  numberFormats: string[][];
} {
  const width = sheetWidth(sheet);
  const cellAt = (row: (CellPlan | null)[], c: number) => row[c] ?? null;
  return {
    formulas: sheet.rows.map((row) =>
      Array.from({ length: width }, (_, c) => officeEntry(cellAt(row, c)))
    ),
    numberFormats: sheet.rows.map((row) =>
      Array.from({ length: width }, (_, c) => cellAt(row, c)?.numberFormat ?? "General")
    ),
  };
}

interface Span {
  row: number;
  col1: number;
  col2: number;
}

/**
 * The cells of each style as rectangles: runs along a row, then runs of identical column spans down the rows.
 * 0-based indexes in, A1 addresses out.
 */
export function styleAreas(sheet: SheetPlan): Map<CellStyle, string[]> {
  const spans = new Map<CellStyle, Span[]>();
  sheet.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell?.style) return;
      const list = spans.get(cell.style) ?? spans.set(cell.style, []).get(cell.style)!;
      const last = list[list.length - 1];
      if (last && last.row === r && last.col2 === c - 1) last.col2 = c;
      else list.push({ row: r, col1: c, col2: c });
    });
  });
  const areas = new Map<CellStyle, string[]>();
  for (const [style, list] of spans) {
    const rects: { row1: number; row2: number; col1: number; col2: number }[] = [];
    for (const s of list) {
      const above = rects.find(
        (q) => q.row2 === s.row - 1 && q.col1 === s.col1 && q.col2 === s.col2
      );
      if (above) above.row2 = s.row;
      else rects.push({ row1: s.row, row2: s.row, col1: s.col1, col2: s.col2 });
    }
    areas.set(
      style,
      rects.map((q) => {
        const start = a1(q.col1 + 1, q.row1 + 1);
        const end = a1(q.col2 + 1, q.row2 + 1);
        return start === end ? start : `${start}:${end}`;
      })
    );
  }
  return areas;
}

/** Joins addresses into comma lists of at most `maxLength` characters, each one RangeAreas. */
export function addressLists(addresses: readonly string[], maxLength = 250): string[] {
  const lists: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current && current.length + 1 + address.length > maxLength) {
      lists.push(current);
      current = "";
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) lists.push(current);
  return lists;
}
