// Standalone mode: the budget as an .xlsx file the browser downloads.
import { type WorkbookPlan } from "../../workbook/planTypes";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface WorkbookFile {
  fileName: string;
  /** Triggers the browser's download (again, if the user asks). */
  save(): void;
}

/** "CPTS du Val-d'Oise" → "cpts-du-val-d-oise". */
function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** `suffix` tells a variant of the budget apart: "-suivi" for the budget with its actual. */
export function workbookFileName(nom: string, suffix = ""): string {
  const s = slug(nom);
  return s ? `budget-cpts-${s}${suffix}.xlsx` : `budget-cpts${suffix}.xlsx`;
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the blob by then; release it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Writes the xlsx; ExcelJS is loaded on demand, so it stays out of the task pane's initial bundle. */
export async function createWorkbookFile(
  plan: WorkbookPlan,
  nom: string,
  suffix = ""
): Promise<WorkbookFile> {
  const { writeXlsx } = await import(
    /* webpackChunkName: "xlsx-writer" */ "../../workbook/xlsxWriter"
  );
  const bytes = await writeXlsx(plan);
  const blob = new Blob([bytes as BlobPart], { type: XLSX_TYPE });
  const fileName = workbookFileName(nom, suffix);
  return { fileName, save: () => saveBlob(blob, fileName) };
}
