// The rows of the `Budget` sheet: account, label, one amount per contract year (C, D) and the analytic envelope (E).
// A total is written once its lines are: `total()` adds the row, `sum()` fills it, so no section counts rows ahead.
import { type BudgetModel } from "../../../domain/budget";
import { calc, FORMAT, text } from "../../formats";
import { a1 } from "../../names";
import { type CellPlan } from "../../planTypes";
import { type SheetBuilder } from "../../sheetBuilder";
import { AMOUNT, AMOUNT_ERROR } from "../../validations";

export const YEAR_COLS = [3, 4] as const;
export const ENVELOPE_COL = 5;

export const yearCells = (f: (y: 0 | 1) => CellPlan): [CellPlan, CellPlan] => [f(0), f(1)];

export class BudgetGrid {
  constructor(
    readonly s: SheetBuilder,
    readonly model: BudgetModel
  ) {}

  /** A band naming a block (CHARGES, PRODUITS…). */
  band(label: string): number {
    return this.s.add(["", label, "", "", ""].map((t) => text(t, "header")));
  }

  /** A total row whose amounts `sum` fills once the rows it adds up are written. */
  total(compte: string, label: string): number {
    return this.s.add([text(compte, "total"), text(label, "total")]);
  }

  /** The amounts of total row `row`: the sum of `rows` (or of the range first..last), with the model's figures. */
  sum(
    row: number,
    rows: number[] | { first: number; last: number },
    expected: (y: 0 | 1) => number
  ) {
    for (const y of [0, 1] as const) {
      const col = YEAR_COLS[y];
      const formula = Array.isArray(rows)
        ? `=${rows.length ? rows.map((r) => a1(col, r)).join("+") : "0"}`
        : rows.last >= rows.first
          ? `=SUM(${a1(col, rows.first)}:${a1(col, rows.last)})`
          : "=0";
      this.s.set(col, row, calc(formula, expected(y), FORMAT.euro, "total"));
    }
  }

  /** A total row computed from other cells of the sheet. */
  totalOf(
    compte: string,
    label: string,
    formula: (y: 0 | 1) => string,
    expected: (y: 0 | 1) => number
  ) {
    return this.s.add([
      text(compte, "total"),
      text(label, "total"),
      ...yearCells((y) => calc(formula(y), expected(y), FORMAT.euro, "total")),
    ]);
  }

  /** Validates the two amount cells of a row typed by the treasurer. */
  amounts(row: number): void {
    this.s.validations.push({
      range: `${a1(3, row)}:${a1(4, row)}`,
      rule: AMOUNT,
      error: AMOUNT_ERROR,
    });
  }
}

/** The absolute range of column `col` from row `first` to `last`, for SUMIF. */
export const columnRange = (col: number, first: number, last: number) =>
  `${a1(col, first, true)}:${a1(col, last, true)}`;
