// How many of the budget's estimated charge lines still hold the add-in's estimate, which the pane reads back
// (Estimations_Restantes): a typed line counts while one of its amounts (not 0) is still the figure the add-in wrote; a
// computed line (indemnités, rémunérations) always counts, its estimate being its hypotheses in Paramètres, not its
// amount (which follows the taille, the ACI…).
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
      "Lignes saisies dont un montant est encore celui estimé par le complément, et lignes calculées sur une estimation (hypothèses dans Paramètres).",
      "note"
    ),
  ]);
}

/** `4+(C21=1200)+OR(C24=3700,D24=1900)+…`: the computed lines, then each typed line still equal to its estimate. */
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
  const typed = g.model.estimations.filter((line) => line.kind === "saisie");
  const computed = g.model.estimations.length - typed.length;
  const count = typed.map(stillEstimated).reduce(add, constant(computed));
  g.s.set(FIRST_YEAR_COL, row, ruleCell(count, FORMAT.count));
}
