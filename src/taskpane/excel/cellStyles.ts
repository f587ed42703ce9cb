// How each plan style looks in Excel, matching the xlsx writer: inputs blue on pale yellow, totals bold.
import { CellStyle } from "../../workbook/planTypes";

interface OfficeStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
  /** Thin border colour on the top edge only, or on every edge. */
  topBorder?: string;
  boxBorder?: string;
}

const OFFICE_STYLES: Record<CellStyle, OfficeStyle> = {
  title: { bold: true, size: 14, color: "#1F3864" },
  header: { bold: true, color: "#1F3864", fill: "#D9E1F2", wrap: true },
  input: { color: "#0000FF", fill: "#FFF2CC", boxBorder: "#BFBFBF" },
  label: {},
  total: { bold: true, topBorder: "#808080" },
  note: { italic: true, size: 9, color: "#595959" },
  source: { italic: true, size: 8, color: "#7F7F7F" },
};

const BOX_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;

/** Queues one style on a range or a set of areas. */
export function applyOfficeStyle(format: Excel.RangeFormat, style: CellStyle): void {
  const s = OFFICE_STYLES[style];
  if (s.bold) format.font.bold = true;
  if (s.italic) format.font.italic = true;
  if (s.size) format.font.size = s.size;
  if (s.color) format.font.color = s.color;
  if (s.fill) format.fill.color = s.fill;
  if (s.wrap) format.wrapText = true;
  const edges = s.boxBorder ? BOX_EDGES : s.topBorder ? (["EdgeTop"] as const) : [];
  for (const edge of edges) {
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    border.color = (s.boxBorder ?? s.topBorder)!;
  }
}

export function hasVisibleStyle(style: CellStyle): boolean {
  return Object.keys(OFFICE_STYLES[style]).length > 0;
}
