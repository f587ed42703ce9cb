// Reading the plan's references: "B4", "$B$4:$C$9", "'Budget (2)'!$C$40", "=Budget!A2".
import { type CellPlan, type WorkbookPlan } from "../../workbook/planTypes";

export interface PlanRef {
  sheet: string;
  address: string;
}

export function parseRef(ref: string, defaultSheet: string): PlanRef {
  const text = ref.startsWith("=") ? ref.slice(1) : ref;
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet: defaultSheet, address: text };
  const rawSheet = text.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, address: text.slice(bang + 1) };
}

/** 0-based row and column of the top-left cell of an address, and the area's size. */
export function addressBox(address: string): {
  row: number;
  col: number;
  rows: number;
  cols: number;
} {
  const cells = address.replace(/\$/g, "").split(":");
  const parse = (cell: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(cell);
    if (!m)
      throw new Error(`Adresse de cellule invalide dans le plan du classeur : « ${address} ».`);
    const col = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(m[2]) - 1, col };
  };
  const start = parse(cells[0]);
  const end = parse(cells[1] ?? cells[0]);
  return {
    row: start.row,
    col: start.col,
    rows: end.row - start.row + 1,
    cols: end.col - start.col + 1,
  };
}

/** The cell a reference points to in the plan, if it is within the plan's grid. */
export function planCell(plan: WorkbookPlan, ref: string, defaultSheet: string): CellPlan | null {
  const { sheet, address } = parseRef(ref, defaultSheet);
  const { row, col } = addressBox(address);
  return plan.sheets.find((s) => s.name === sheet)?.rows[row]?.[col] ?? null;
}
