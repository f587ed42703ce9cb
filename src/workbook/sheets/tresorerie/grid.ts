// The months of the `Trésorerie` sheet: labels in A and B, one column per month from C (36 months from the signature
// month, as a French plan de trésorerie reads), then their total. Each section appends its rows and returns them.
import { type BudgetModel } from "../../../domain/budget";
import { TREASURY_MONTHS } from "../../../domain/treasury";
import { calc, FORMAT, text } from "../../formats";
import { a1, columnLetter } from "../../names";
import { type SheetBuilder } from "../../sheetBuilder";

export const FIRST_MONTH = 3;
export const LAST_MONTH = FIRST_MONTH + TREASURY_MONTHS - 1;
export const TOTAL_COL = LAST_MONTH + 1;
export const MONTH_COLS = Array.from({ length: TREASURY_MONTHS }, (_, i) => FIRST_MONTH + i);

export class TresorerieGrid {
  constructor(
    readonly s: SheetBuilder,
    readonly model: BudgetModel
  ) {}

  get months() {
    return this.model.tresorerie.months;
  }

  /** The letter of month i's column. */
  col(i: number): string {
    return columnLetter(MONTH_COLS[i]);
  }

  /** The absolute range of a row's 36 months, e.g. "$C$40:$AL$40". */
  monthRange(row: number): string {
    return `${a1(FIRST_MONTH, row, true)}:${a1(LAST_MONTH, row, true)}`;
  }

  /** A band across the months, naming a block (ENCAISSEMENTS, DÉCAISSEMENTS). */
  band(label: string): number {
    return this.s.add([
      text(label, "header"),
      ...Array.from({ length: TOTAL_COL - 1 }, () => text("", "header")),
    ]);
  }

  /** Fills a row with 36 monthly formulas and their total; `formula(c)` for the month in column c. */
  monthly(
    row: number,
    formula: (c: string) => string,
    expected: (i: number) => number,
    style?: "total"
  ): void {
    const fmt = style ? FORMAT.euro : FORMAT.euroOrDash;
    MONTH_COLS.forEach((column, i) =>
      this.s.set(column, row, calc(formula(this.col(i)), expected(i), fmt, style))
    );
    const total = this.months.reduce((sum, _, i) => sum + expected(i), 0);
    this.s.set(
      TOTAL_COL,
      row,
      calc(`=SUM(${a1(FIRST_MONTH, row)}:${a1(LAST_MONTH, row)})`, total, fmt, style)
    );
  }
}
