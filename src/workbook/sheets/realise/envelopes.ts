// Budget versus actual of the charges by envelope, per period: the budget of each line shared out by its split, the
// actual of entries with an envelope in the file, plus those without one shared out by their line's split; a chart.
import { type Mission, MISSION_LABELS } from "../../../domain/data/aciGrid";
import { type EnvelopeActual } from "../../../domain/realise/aggregate";
import { consumed, gap } from "../../../domain/realise/rules";
import { cell } from "../../../domain/rules/expr";
import { calc, FORMAT, quoted, ruleCell, text } from "../../formats";
import { a1, type SheetRef } from "../../names";
import { UNMAPPED } from "./ecritures";
import { type RealiseGrid } from "./grid";
import { type LineRows } from "./lines";
import { type SplitRefs } from "../../refs";

const CHART_ROWS = 18;

/** Appends the envelopes' rows (labels only: their figures need the split, see fillEnvelopes). */
export function envelopeRows(g: RealiseGrid): Map<Mission, number> {
  g.band("Charges par enveloppe");
  g.periodHeader("", "Enveloppe", false);
  return new Map(
    g.summary.enveloppes.map((env) => [
      env.mission,
      g.s.add([null, text(MISSION_LABELS[env.mission])]),
    ])
  );
}

/** Fills the envelopes' figures once the charge lines and their split exist. */
export function fillEnvelopes(
  g: RealiseGrid,
  rows: Map<Mission, number>,
  charges: LineRows,
  split: SplitRefs
): void {
  const { s, e } = g;
  const column = (col: number) => `${a1(col, charges.first, true)}:${a1(col, charges.last, true)}`;
  for (const env of g.summary.enveloppes) {
    const row = rows.get(env.mission)!;
    const shares = split.shares.get(env.mission)!;
    g.periods.forEach((_, i) => {
      s.set(
        g.col(i, "budget"),
        row,
        calc(
          `=ROUND(SUMPRODUCT(${column(g.col(i, "budget"))},${shares}),2)`,
          env.budget[i],
          FORMAT.euroCentsOrDash
        )
      );
      const explicit = `SUMIFS(${e.montants},${e.enveloppes},${quoted(MISSION_LABELS[env.mission])},${e.classes},"6",${e.lignes},${quoted(`<>${UNMAPPED}`)},${g.inPeriod(i)})`;
      s.set(
        g.col(i, "realise"),
        row,
        calc(
          `=ROUND(${explicit}+SUMPRODUCT(${split.sansEnveloppe[i]},${shares}),2)`,
          env.realise[i],
          FORMAT.euroCentsOrDash
        )
      );
      figures(g, row, i, env);
    });
  }
}

function figures(g: RealiseGrid, row: number, i: number, env: EnvelopeActual): void {
  const budget = cell(a1(g.col(i, "budget"), row), env.budget[i]);
  const actual = cell(a1(g.col(i, "realise"), row), env.realise[i]);
  g.s.set(g.col(i, "ecart"), row, ruleCell(gap(actual, budget), FORMAT.euroCentsOrDash));
  g.s.set(g.col(i, "consomme"), row, ruleCell(consumed(actual, budget), FORMAT.percent));
}

/** The chart of the first contract year's budget and actual by envelope, below the table; returns its first row. */
export function envelopeChart(g: RealiseGrid, ref: SheetRef, rows: Map<Mission, number>): number {
  const { s } = g;
  const list = [...rows.values()];
  const [first, last] = [Math.min(...list), Math.max(...list)];
  const year = g.years[0];
  const header = first - 1;
  const anchor = s.nextRow;
  s.charts.push({
    title: `Budget et réalisé par enveloppe : ${g.periodLabel(year).toLowerCase()}`,
    type: "columnClustered",
    categories: ref.range(2, first, 2, last),
    series: (["budget", "realise"] as const).map((what) => ({
      name: `=${ref.cell(g.col(year, what), header)}`,
      values: ref.range(g.col(year, what), first, g.col(year, what), last),
    })),
    anchor: a1(2, anchor),
    width: 8,
    height: CHART_ROWS,
  });
  for (let i = 0; i <= CHART_ROWS; i++) s.add();
  return anchor;
}
