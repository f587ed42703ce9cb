// The summary on top of the plan: the lowest closing balance, its month, the first month below zero and the cash to
// find. Its rows come first; their formulas are filled once the closing balances below are written.
import { excelDate, FORMAT, calc, text } from "../../formats";
import { a1 } from "../../names";
import { type TresorerieGrid } from "./grid";

export interface SummaryRows {
  min: number;
  moisMin: number;
  firstNegative: number;
  besoin: number;
}

export function summaryRows(g: TresorerieGrid): SummaryRows {
  const { s } = g;
  return {
    min: s.add([text("Trésorerie la plus basse (fin de mois)", "total")]),
    moisMin: s.add([text("Mois de la trésorerie la plus basse")]),
    firstNegative: s.add([text("Premier mois à découvert")]),
    besoin: s.add([text("Trésorerie à trouver pour ne jamais être à découvert", "total")]),
  };
}

/**
 * The summary's figures, read from the closing balances and the months' first days.
 * INDEX(row, 1, n): Gnumeric reads INDEX(row, n) as a row number; SUMPRODUCT makes closing<0 an array everywhere.
 */
export function fillSummary(
  g: TresorerieGrid,
  rows: SummaryRows,
  from: { closing: number; months: number }
): void {
  const { s } = g;
  const t = g.model.tresorerie;
  const closing = g.monthRange(from.closing);
  const months = g.monthRange(from.months);
  const minCell = a1(2, rows.min, true);
  s.set(2, rows.min, calc(`=MIN(${closing})`, t.min, FORMAT.euro, "total"));
  s.set(
    2,
    rows.moisMin,
    calc(
      `=INDEX(${months},1,MATCH(${minCell},${closing},0))`,
      excelDate(`${t.moisMin}-01`),
      FORMAT.monthLong
    )
  );
  s.set(
    2,
    rows.firstNegative,
    calc(
      `=IF(COUNTIF(${closing},"<0")=0,"aucun",INDEX(${months},1,SUMPRODUCT(MATCH(TRUE,${closing}<0,0))))`,
      t.firstNegativeMonth ? excelDate(`${t.firstNegativeMonth}-01`) : "aucun",
      FORMAT.monthLong
    )
  );
  s.set(2, rows.besoin, calc(`=MAX(0,-${minCell})`, t.besoin, FORMAT.euro, "total"));
  s.conditionalFormats.push(
    { range: a1(2, rows.min), formula: `=${a1(2, rows.min)}<0`, style: "bad" },
    { range: a1(2, rows.besoin), formula: `=${a1(2, rows.besoin)}>0`, style: "bad" }
  );
}
