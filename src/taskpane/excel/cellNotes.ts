/**
 * The plan's cell comments (sources, how a value was obtained) in the open workbook. Cell notes need ExcelApi 1.18
 * (Microsoft 365 from version 2501, Excel on the web): elsewhere, e.g. Excel 2021 and 2024, each is added as a threaded
 * comment (ExcelApi 1.10), which shows the same text on the cell.
 */
import { a1 } from "../../workbook/names";
import { type SheetPlan } from "../../workbook/planTypes";

/** The part of Office.context.requirements the writer asks. */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** How the cell comments are attached: as notes, as threaded comments, or not at all. */
export type NoteMode = "notes" | "comments" | "none";

export function noteMode(requirements: Requirements): NoteMode {
  if (requirements.isSetSupported("ExcelApi", "1.18")) return "notes";
  if (requirements.isSetSupported("ExcelApi", "1.10")) return "comments";
  return "none";
}

/** Queues the sheet's cell comments in the given mode; returns how many cells have one. */
export function queueNotes(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetPlan: SheetPlan,
  mode: NoteMode
): number {
  let count = 0;
  sheetPlan.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell?.comment) return;
      count++;
      const address = a1(c + 1, r + 1);
      if (mode === "notes") sheet.notes.add(address, cell.comment);
      else if (mode === "comments")
        context.workbook.comments.add(sheet.getRange(address), cell.comment);
    })
  );
  return count;
}
