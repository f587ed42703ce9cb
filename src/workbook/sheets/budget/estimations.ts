// How many of the budget's estimated charge lines still hold the add-in's estimate: a line counts while one of its
// amounts (not 0) is still the figure the add-in wrote; the pane reads it back (Estimations_Restantes).
import { type ChargeLine } from "../../../domain/budget";
import { add, cell, constant, eq, type Expr, or } from "../../../domain/rules/expr";
import { FORMAT, ruleCell, text } from "../../formats";
import { a1 } from "../../names";
import { type SheetBuilder } from "../../sheetBuilder";
import { type BudgetGrid } from "./grid";

/** The first year's amount column: the second is beside it. */
const FIRST_YEAR_COL = 3;

/** The row that counts them, its count filled by `countEstimates` once the charges are written. */
export function estimatesRow(s: SheetBuilder): number {
  return s.add([
    null,
    text("Estimations restant à remplacer (lignes de charges)"),
    null,
    null,
    text(
      "Lignes dont un montant est encore celui estimé par le complément : remplacez-le par vos devis et vos chiffres.",
      "note"
    ),
  ]);
}

/** `0+OR(C12=1200,D12=1300)+(C15=800)+…`: each estimated line still equal to its estimate in a year counts 1. */
export function countEstimates(
  g: BudgetGrid,
  row: number,
  rowOf: (line: ChargeLine) => number
): void {
  const stillEstimated = (line: ChargeLine): Expr => {
    const years = line.montants.flatMap((m, y) =>
      m === 0 ? [] : [eq(cell(a1(FIRST_YEAR_COL + y, rowOf(line)), m), m)]
    );
    return years.length === 1 ? years[0] : or(...years);
  };
  const count = g.model.estimations.map(stillEstimated).reduce(add, constant(0));
  g.s.set(FIRST_YEAR_COL, row, ruleCell(count, FORMAT.count));
}
