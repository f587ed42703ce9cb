// The rows of the `Paramètres` sheet: a label in A, its value in B (or one per contract year in B and C) and a note
// beside it; each input is validated as it is written. Each section appends its rows and returns their numbers.
import { type BudgetModel } from "../../../domain/budget";
import { excelDate, FORMAT, input, text } from "../../formats";
import { a1 } from "../../names";
import { type CellPlan, type ValidationRule } from "../../planTypes";
import { YES } from "../../refs";
import { type SheetBuilder } from "../../sheetBuilder";

export const yesNo = (flag: boolean) => (flag ? YES : "non");
export const LIST_YES_NO: ValidationRule = { kind: "list", values: [YES, "non"] };
export const YES_NO_ERROR = "Répondez oui ou non.";
export const LIST_TAILLE: ValidationRule = { kind: "list", values: ["1", "2", "3", "4"] };
export const TAILLE_ERROR = "La taille est 1, 2, 3 ou 4.";
export const DATE_RULE: ValidationRule = { kind: "date" };
export const DATE_ERROR = "Saisissez une date.";
import { AMOUNT_ERROR } from "../../validations";
export { AMOUNT, AMOUNT_ERROR } from "../../validations";

/** The absolute address of a cell of this sheet, for formulas that are not copied. */
export const absolute = (col: number, row: number) => a1(col, row, true);

/** Rows written one per item; `first` is where the first would be even when there is none. */
export interface RowList {
  rows: number[];
  first: number;
  last: number;
}

export class ParametresGrid {
  constructor(
    readonly s: SheetBuilder,
    readonly model: BudgetModel
  ) {}

  /** A band naming a section, with its column headers (two empty ones by default). */
  band(label: string, columns: readonly string[] = ["", ""]): number {
    return this.s.add([label, ...columns].map((t) => text(t, "header")));
  }

  validate(range: string, rule: ValidationRule, error: string): void {
    this.s.validations.push({ range, rule, error });
  }

  /** A label, one value in B and a note in C; the value is validated when a rule is given. */
  scalar(
    label: string,
    value: CellPlan,
    note = "",
    rule?: ValidationRule,
    error = AMOUNT_ERROR
  ): number {
    const row = this.s.add([text(label), value, note ? text(note, "note") : null]);
    if (rule) this.validate(a1(2, row), rule, error);
    return row;
  }

  /** A taille the user types, 1 to 4. */
  taille(label: string, taille: number, note: string): number {
    return this.scalar(label, input(taille, FORMAT.year), note, LIST_TAILLE, TAILLE_ERROR);
  }

  /** A date the user types (ISO in the model); `comment` goes on the cell. */
  date(label: string, iso: string, note: string, comment?: string): number {
    return this.scalar(
      label,
      input(excelDate(iso), FORMAT.date, comment),
      note,
      DATE_RULE,
      DATE_ERROR
    );
  }

  /** A yes/no answer the user types; `comment` goes on the cell. */
  yesNo(label: string, flag: boolean, note: string, comment?: string): number {
    return this.scalar(
      label,
      input(yesNo(flag), undefined, comment),
      note,
      LIST_YES_NO,
      YES_NO_ERROR
    );
  }

  /** One row per item, written by `row`. */
  list<T>(items: readonly T[], row: (item: T, index: number) => number): RowList {
    const first = this.s.nextRow;
    const rows = items.map(row);
    return { rows, first, last: first + rows.length - 1 };
  }
}
