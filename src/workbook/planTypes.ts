/**
 * A workbook plan: everything a writer needs, with no Office, ExcelJS or file dependency.
 * Formulas use invariant syntax (English function names, "," separators) and start with "=".
 */

/**
 * "estimate": an input holding the add-in's estimate, to replace; "estimateFormula": a formula whose figure rests on
 * one (hours by default, the CAC fee): both carry their basis as the cell's note.
 */
export type CellStyle =
  | "title"
  | "header"
  | "input"
  | "estimate"
  | "estimateFormula"
  | "label"
  | "total"
  | "note"
  | "source"
  | "list";

interface CellCommon {
  numberFormat?: string;
  style?: CellStyle;
  /** A note shown on the cell (Excel "note", the former comment): the source or how the value was obtained. */
  comment?: string;
}

/** A formula, in invariant syntax and starting with "=". */
export interface FormulaCell extends CellCommon {
  formula: string;
  /**
   * The value the domain model gives for it. Writers do not write it (formulas carry no cached result, so every
   * engine recalculates); tests compare a real recalculation with it.
   */
  expected?: string | number | boolean;
  value?: never;
  text?: never;
}

/** A constant: a number (dates are Excel serial numbers with a date format), a boolean, or nothing (null). */
export interface ValueCell extends CellCommon {
  value: number | boolean | null;
  formula?: never;
  expected?: never;
  text?: never;
}

/** Text, written as text whatever it looks like ("=1+1", "+33 6…", "606" stay strings, never formulas or numbers). */
export interface TextCell extends CellCommon {
  text: string;
  formula?: never;
  expected?: never;
  value?: never;
}

/** A cell says what it is: a formula, a constant or a text. */
export type CellPlan = FormulaCell | ValueCell | TextCell;

export type ValidationRule =
  | { kind: "list"; values: string[] }
  | { kind: "whole" | "decimal"; min: number; max: number }
  | { kind: "date" };

export interface ValidationPlan {
  /** A1 range on the sheet, e.g. "B4" or "B4:B9". */
  range: string;
  rule: ValidationRule;
  /** French message shown on a bad entry. */
  error: string;
}

export interface ConditionalFormatPlan {
  range: string;
  /** Invariant formula relative to the range's top-left cell, e.g. "=B5>153000". */
  formula: string;
  style: "bad" | "good" | "warning";
}

export interface ChartPlan {
  title: string;
  type: "columnClustered" | "line";
  /** Range of the category labels and of each series, with their names: absolute and sheet-qualified. */
  categories: string;
  /** Number format of categories that are numbers or dates (months): they are then read as numbers, shown so. */
  categoryFormat?: string;
  series: { name: string; values: string }[];
  /** Top-left anchor cell and size in columns × rows. */
  anchor: string;
  width: number;
  height: number;
}

export interface SheetPlan {
  name: string;
  /** Dense grid from A1: rows[r][c] is the cell at row r+1, column c+1; null is an empty cell. */
  rows: (CellPlan | null)[][];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  merges: string[];
  validations: ValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  charts: ChartPlan[];
  frozenRows: number;
  /** Columns kept in view when scrolling right (the row labels of a wide table), repeated on each printed page. */
  frozenColumns?: number;
  /** Rows that start a new printed page (1-based), e.g. a chart or a table that should not be split. */
  rowBreaks?: number[];
  /**
   * fitToWidth: scale to 1 page wide, or to `pagesWide` pages (a wide table printed in several strips).
   * repeatHeader: whether the last frozen row is repeated on each printed page (default true).
   */
  print: {
    orientation: "portrait" | "landscape";
    fitToWidth: boolean;
    pagesWide?: number;
    repeatHeader?: boolean;
    title: string;
  };
}

export interface NamePlan {
  name: string;
  /** Absolute reference, e.g. "'Paramètres'!$B$4". */
  ref: string;
}

export interface WorkbookProperties {
  title: string;
  subject: string;
  creator: string;
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
  names: NamePlan[];
  properties?: WorkbookProperties;
}
