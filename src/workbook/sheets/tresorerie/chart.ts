// The chart of the closing balance month by month, and the rows it covers.
import { a1, type SheetRef } from "../../names";
import { FIRST_MONTH, LAST_MONTH, type TresorerieGrid } from "./grid";

/** The chart spans the labels and a year of months: one printed strip. */
export const CHART_COLUMNS = 14;
const CHART_ROWS = 22;

/** Appends the chart's rows; returns the first (a printed page starts there). */
export function closingChart(
  g: TresorerieGrid,
  ref: SheetRef,
  rows: { months: number; closing: number }
): number {
  const { s } = g;
  const first = s.nextRow;
  s.charts.push({
    title: "Trésorerie en fin de mois",
    type: "line",
    categories: ref.range(FIRST_MONTH, rows.months, LAST_MONTH, rows.months),
    categoryFormat: "[$-40C]mmm yy",
    series: [
      {
        name: `=${ref.cell(1, rows.closing)}`,
        values: ref.range(FIRST_MONTH, rows.closing, LAST_MONTH, rows.closing),
      },
    ],
    anchor: a1(1, first),
    width: CHART_COLUMNS,
    height: CHART_ROWS,
  });
  // The chart's rows, and one to keep its legend off what follows.
  for (let i = 0; i <= CHART_ROWS; i++) s.add();
  return first;
}
