// Budget versus actual per line of the budget: the charges by account, then the subsidies (74) and the dues (756),
// for each period; the year-end projections; the totals.
import type { LineActual, PeriodFigures } from "../../../domain/realise/aggregate";
import { cell, type Expr } from "../../../domain/rules/expr";
import { grantedOverYears } from "../../../domain/rules/prorata";
import { consumed, gap, projection } from "../../../domain/realise/rules";
import { calc, excelDate, FORMAT, quoted, ruleCell, text } from "../../formats";
import { a1 } from "../../names";
import { type BudgetRefs } from "../../refs";
import { type RealiseGrid } from "./grid";

export interface LineRows {
  first: number;
  last: number;
  total: number;
}

/** A period's gap and percentage from its budget and actual cells. */
function gapCells(g: RealiseGrid, row: number, period: number, f: PeriodFigures, index: number) {
  const budget = cell(a1(g.col(period, "budget"), row), f.budget[index]);
  const actual = cell(a1(g.col(period, "realise"), row), f.realise[index]);
  g.s.set(g.col(period, "ecart"), row, ruleCell(gap(actual, budget), FORMAT.euroCentsOrDash));
  g.s.set(g.col(period, "consomme"), row, ruleCell(consumed(actual, budget), FORMAT.percent));
}

/** The budget of a line in contract year y: the Budget sheet's cells it sums. */
function yearBudget(line: LineActual, y: number, bu: BudgetRefs): string {
  if (line.compte === "74") return `=ROUND(${bu.totalProduits[y]}-${bu.cotisations[y]},2)`;
  if (line.compte === "756") return `=${bu.cotisations[y]}`;
  return `=ROUND(${line.sources.map((i) => bu.lignes[i].montants[y]).join("+")},2)`;
}

/** An exercice's budget: each contract year's budget prorated by its days in the exercice (as Contrôles does). */
function exerciceBudget(g: RealiseGrid, row: number, period: number, line: LineActual): Expr {
  const [y1, y2] = g.years;
  const dayCell = (ref: string, iso: string) => cell(ref, excelDate(iso));
  const yearPeriod = (i: number) => {
    const [du, au] = g.bounds(g.periods[i]);
    return { du: dayCell(du, g.periods[i].debut), au: dayCell(au, g.periods[i].fin) };
  };
  const [du, au] = g.bounds(g.periods[period]);
  return grantedOverYears(
    [
      cell(a1(g.col(y1, "budget"), row), line.budget[y1]),
      cell(a1(g.col(y2, "budget"), row), line.budget[y2]),
    ],
    [yearPeriod(y1), yearPeriod(y2)],
    { du: dayCell(du, g.periods[period].debut), au: dayCell(au, g.periods[period].fin) }
  );
}

/** Appends one table of lines and its total; returns its rows. */
export function lineTable(
  g: RealiseGrid,
  title: string,
  lines: LineActual[],
  total: PeriodFigures & { projection: number[] },
  bu: BudgetRefs,
  elapsed: string[]
): LineRows {
  const { s, summary } = g;
  g.band(title);
  g.periodHeader("Compte", "Ligne du budget", true);
  const first = s.nextRow;
  for (const line of lines) {
    const row = s.add([text(line.compte), text(line.label)]);
    g.periods.forEach((period, i) => {
      const budgetCol = g.col(i, "budget");
      const y = g.years.indexOf(i);
      s.set(
        budgetCol,
        row,
        period.kind === "annee"
          ? calc(yearBudget(line, y, bu), line.budget[i], FORMAT.euroCentsOrDash)
          : ruleCell(exerciceBudget(g, row, i, line), FORMAT.euroCentsOrDash)
      );
      s.set(
        g.col(i, "realise"),
        row,
        calc(
          `=ROUND(SUMIFS(${g.e.montants},${g.e.lignes},${quoted(line.compte)},${g.inPeriod(i)}),2)`,
          line.realise[i],
          FORMAT.euroCentsOrDash
        )
      );
      gapCells(g, row, i, line, i);
    });
    g.years.forEach((period, y) => {
      const rule = projection(
        cell(a1(g.col(period, "realise"), row), line.realise[period]),
        cell(a1(g.col(period, "budget"), row), line.budget[period]),
        cell(elapsed[y], summary.moisEcoules[y])
      );
      s.set(g.projectionCol(y), row, ruleCell(rule, FORMAT.euroCentsOrDash));
    });
  }
  const last = s.nextRow - 1;
  const totalRow = s.add([text("", "total"), text("Total", "total")]);
  const sumOf = (col: number, expected: number) =>
    calc(
      `=ROUND(SUM(${a1(col, first)}:${a1(col, last)}),2)`,
      expected,
      FORMAT.euroCentsOrDash,
      "total"
    );
  g.periods.forEach((_, i) => {
    s.set(g.col(i, "budget"), totalRow, sumOf(g.col(i, "budget"), total.budget[i]));
    s.set(g.col(i, "realise"), totalRow, sumOf(g.col(i, "realise"), total.realise[i]));
    gapCells(g, totalRow, i, total, i);
  });
  g.years.forEach((_, y) =>
    s.set(g.projectionCol(y), totalRow, sumOf(g.projectionCol(y), total.projection[y]))
  );
  return { first, last, total: totalRow };
}
