/**
 * How each plan style looks, for both writers (ExcelJS and Office.js): inputs blue on pale yellow in a light box,
 * headers dark blue on pale blue, totals bold under a grey rule; estimates in italics in an orange box (an input's
 * yellow kept, a formula's fill pale orange). Colours are "RRGGBB" hex.
 */
import { type CellStyle, type ConditionalFormatPlan } from "./planTypes";

export interface FontSpec {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
}

export interface StyleSpec {
  font?: FontSpec;
  /** Solid fill colour. */
  fill?: string;
  /** A thin border on the top edge only, or on every edge of each cell. */
  border?: { edges: "top" | "box"; color: string };
  /** Long text wraps within the cell. */
  wrap?: boolean;
}

export const CELL_STYLES: Readonly<Record<CellStyle, StyleSpec>> = {
  title: { font: { bold: true, size: 14, color: "1F3864" } },
  header: { font: { bold: true, color: "1F3864" }, fill: "D9E1F2", wrap: true },
  input: { font: { color: "0000FF" }, fill: "FFF2CC", border: { edges: "box", color: "BFBFBF" } },
  estimate: {
    font: { italic: true, color: "0000FF" },
    fill: "FFF2CC",
    border: { edges: "box", color: "ED7D31" },
  },
  estimateFormula: {
    font: { italic: true, color: "843C0C" },
    fill: "FBE5D6",
    border: { edges: "box", color: "ED7D31" },
  },
  label: {},
  total: { font: { bold: true }, border: { edges: "top", color: "808080" } },
  note: { font: { italic: true, size: 9, color: "595959" } },
  source: { font: { italic: true, size: 8, color: "7F7F7F" } },
  /** A list of labels in a figure's column: wrapped to the column's width, in the notes' size. */
  list: { font: { size: 9 }, wrap: true },
};

/** The conditional formats' colours: Excel's own "bad", "good" and "neutral" cell styles. */
export const CONDITIONAL_STYLES: Readonly<
  Record<ConditionalFormatPlan["style"], { fill: string; font: string }>
> = {
  bad: { fill: "FFC7CE", font: "9C0006" },
  good: { fill: "C6EFCE", font: "006100" },
  warning: { fill: "FFEB9C", font: "9C5700" },
};

export function hasVisibleStyle(style: CellStyle): boolean {
  return Object.keys(CELL_STYLES[style]).length > 0;
}
