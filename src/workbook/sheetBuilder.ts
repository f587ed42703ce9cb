// Builds a SheetPlan row by row.
import {
  type CellPlan,
  type ChartPlan,
  type ConditionalFormatPlan,
  type SheetPlan,
  type ValidationPlan,
} from "./planTypes";

export type RowCells = (CellPlan | null | undefined)[];

export class SheetBuilder {
  private readonly rows: (CellPlan | null)[][] = [];
  readonly validations: ValidationPlan[] = [];
  readonly conditionalFormats: ConditionalFormatPlan[] = [];
  readonly merges: string[] = [];
  readonly charts: ChartPlan[] = [];

  constructor(readonly name: string) {}

  /** 1-based number of the row the next add() writes. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  /** Appends a row (cells from column A) and returns its number. */
  add(cells: RowCells = []): number {
    this.rows.push(cells.map((c) => c ?? null));
    return this.rows.length;
  }

  /** Writes one cell of an existing row. */
  set(col: number, row: number, cell: CellPlan): void {
    const cells = this.rows[row - 1];
    while (cells.length < col) cells.push(null);
    cells[col - 1] = cell;
  }

  build(
    layout: Pick<SheetPlan, "columnWidths" | "frozenRows" | "frozenColumns" | "rowBreaks" | "print">
  ): SheetPlan {
    // A reduce, not a spread: an Écritures sheet has a row per entry, more than a call takes arguments.
    const width = this.rows.reduce((w, r) => Math.max(w, r.length), layout.columnWidths.length);
    return {
      name: this.name,
      rows: this.rows.map((r) => [...r, ...Array<null>(width - r.length).fill(null)]),
      merges: this.merges,
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
      charts: this.charts,
      ...layout,
    };
  }
}
