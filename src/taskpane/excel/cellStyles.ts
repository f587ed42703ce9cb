// The shared style table (workbook/styles.ts) applied with Office.js.
import { type CellStyle, type ConditionalFormatPlan } from "../../workbook/planTypes";
import { CELL_STYLES, CONDITIONAL_STYLES } from "../../workbook/styles";

/** Every edge of each cell of the range: its outline and the lines between its cells. */
const BOX_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;

const color = (hex: string) => `#${hex}`;

/** Queues one style on a range or a set of areas. */
export function applyOfficeStyle(format: Excel.RangeFormat, style: CellStyle): void {
  const { font, fill, border, wrap } = CELL_STYLES[style];
  if (font?.bold) format.font.bold = true;
  if (font?.italic) format.font.italic = true;
  if (font?.size) format.font.size = font.size;
  if (font?.color) format.font.color = color(font.color);
  if (fill) format.fill.color = color(fill);
  if (wrap) format.wrapText = true;
  if (!border) return;
  for (const edge of border.edges === "box" ? BOX_EDGES : (["EdgeTop"] as const)) {
    const line = format.borders.getItem(edge);
    line.style = "Continuous";
    line.color = color(border.color);
  }
}

/** Queues a conditional format's colours. */
export function applyConditionalStyle(
  format: Excel.ConditionalRangeFormat,
  style: ConditionalFormatPlan["style"]
): void {
  format.fill.color = color(CONDITIONAL_STYLES[style].fill);
  format.font.color = color(CONDITIONAL_STYLES[style].font);
}
