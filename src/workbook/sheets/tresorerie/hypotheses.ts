// The modelling choices of the cash plan, printed under its chart.
import { CASH_PLAN_HYPOTHESES } from "../../../domain/cashPlan";
import { TREASURY_HYPOTHESES } from "../../../domain/treasury";
import { text } from "../../formats";
import { CHART_COLUMNS } from "./chart";
import { type TresorerieGrid } from "./grid";

/** Longest line of the printed hypotheses, in characters (9-point notes across one printed strip). */
const NOTE_WIDTH = 190;

/** Splits a paragraph into lines of at most `width` characters, at spaces. */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

export function hypotheses(g: TresorerieGrid): void {
  const { s } = g;
  s.add([
    text("Hypothèses", "header"),
    ...Array.from({ length: CHART_COLUMNS - 1 }, () => text("", "header")),
  ]);
  for (const hypothesis of [...CASH_PLAN_HYPOTHESES, ...TREASURY_HYPOTHESES]) {
    wrap(`• ${hypothesis}`, NOTE_WIDTH).forEach((line, i) =>
      s.add([text(i === 0 ? line : `   ${line}`, "note")])
    );
  }
}
