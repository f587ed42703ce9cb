// The rows of the `Contrôles` sheet: a check per contract year (columns B and C) or per exercice (B to D), its reading
// in E, and the conditional formats that colour it. Each section appends its rows and returns their numbers.
import { type BudgetModel, type YearSummary } from "../../../domain/budget";
import { type ExerciceThreshold } from "../../../domain/treasury";
import { cell, type Expr, iff, or, type Value } from "../../../domain/rules/expr";
import { ruleCell, text } from "../../formats";
import { type CellPlan, type ConditionalFormatPlan, type FormulaCell } from "../../planTypes";
import { type SheetBuilder } from "../../sheetBuilder";
import { yearHeaders } from "../../years";

export const YEAR_COLS = ["B", "C"] as const;
export const EXERCICE_COLS = ["B", "C", "D"] as const;
export type Col = "B" | "C" | "D";
const READING_COL = 5;
const TOTALS = "total" as const;

export class ControlesGrid {
  constructor(
    readonly s: SheetBuilder,
    readonly model: BudgetModel
  ) {}

  /** A band naming a section, with the column headers. */
  section(label: string, columns: readonly string[]): number {
    const headers = [0, 1, 2, 3].map((i) => text(columns[i] ?? "", "header"));
    return this.s.add([text(label, "header"), ...headers]);
  }

  /** A band naming a section whose columns are the two budgeted contract years. */
  yearSection(label: string): number {
    return this.section(label, yearHeaders(this.model));
  }

  /** One formula per contract year; `cell(y)` gives the cell (a rule's, or a formula and the model's value). */
  perYear(
    label: string,
    cell: (y: 0 | 1, year: YearSummary) => FormulaCell,
    reading?: CellPlan,
    total = false
  ): number {
    const style = total ? TOTALS : undefined;
    const cells = this.model.annees.map((a, y) => ({
      ...cell(y as 0 | 1, a),
      ...(style && { style }),
    }));
    return this.s.add([text(label, style ?? "label"), ...cells, null, reading ?? null]);
  }

  /** One formula per exercice, 1 to 3. */
  perExercice(
    label: string,
    cell: (x: number, e: ExerciceThreshold) => FormulaCell,
    reading?: CellPlan,
    total = false
  ): number {
    const style = total ? TOTALS : undefined;
    const cells = this.model.tresorerie.exercices.map((e, x) => ({
      ...cell(x, e),
      ...(style && { style }),
    }));
    const row = this.s.add([text(label, style ?? "label"), ...cells]);
    if (reading) this.s.set(READING_COL, row, reading);
    return row;
  }

  /** A reading in words: which of two sentences holds, by a live condition (a rule over the sheet's cells). */
  verdict(condition: Expr, whenTrue: string, whenFalse: string): CellPlan {
    return ruleCell(iff(condition, whenTrue, whenFalse), undefined, "note");
  }

  /** Whether a test holds in either contract year, `test(y, year)` built over that year's cells. */
  eitherYear(test: (y: 0 | 1, year: YearSummary) => Expr): Expr {
    return or(...this.model.annees.map((a, y) => test(y as 0 | 1, a)));
  }

  /** Colours a row's cells from B to `last`; `test` is written for column B and shifts as relative references do. */
  format(
    row: number,
    test: (col: Col) => string,
    style: ConditionalFormatPlan["style"],
    last: Col = "C"
  ): void {
    this.s.conditionalFormats.push({
      range: `B${row}:${last}${row}`,
      formula: `=${test("B")}`,
      style,
    });
  }
}

/** The cell of a row in contract year y's column, with the model's value. */
export const yearCell = (row: number, y: 0 | 1, value: Value) =>
  cell(`${YEAR_COLS[y]}${row}`, value);
export const negative = (row: number) => (col: Col) => `${col}${row}<0`;
export const isTrue = (row: number) => (col: Col) => `${col}${row}`;
