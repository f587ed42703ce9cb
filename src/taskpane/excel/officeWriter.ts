// Writes a workbook plan into the open workbook with Office.js: two round trips whatever the plan's size.
import {
  a1,
  columnLetter,
  DEFAULT_SHEET_NAMES,
  type SheetKey,
  type SheetNames,
} from "../../workbook/names";
import {
  type ChartPlan,
  type ConditionalFormatPlan,
  type NamePlan,
  type SheetPlan,
  type ValidationPlan,
  type WorkbookPlan,
} from "../../workbook/planTypes";
import { hasVisibleStyle } from "../../workbook/styles";
import { type NoteMode, noteMode, queueNotes, type Requirements } from "./cellNotes";
import { applyConditionalStyle, applyOfficeStyle } from "./cellStyles";
import {
  type ExistingName,
  loadNames,
  type NameChanges,
  queueNames,
  requireNoUserNames,
} from "./definedNames";
import { freeSheetNames } from "./freeSheetNames";
import { addressBox, parseRef, planCell } from "./planRefs";
import { undoWrite, type WriteKind } from "./rollback";
import { addressLists, sheetGrids, sheetWidth, styleAreas } from "./sheetGrids";
import { FIRST_DATE, LAST_DATE } from "../../domain/dates";
import { countedSync } from "./countedSync";
import { PaneError } from "../paneError";

/** Builds the plan with the given sheet names (its formulas and defined names follow them). */
export type PlanForSheetNames = (sheetNames: SheetNames) => WorkbookPlan;

export interface WriteResult {
  /** The names the budget's sheets were given. */
  sheetNames: SheetNames;
  /** The sheets added, in order. */
  createdSheets: string[];
  /** Whether some default names were taken, so the sheets got a " (n)" suffix. */
  renamed: boolean;
  /** Defined names that already existed (from an earlier budget) and now point to this one. */
  replacedNames: string[];
  /** How the cells' comments were attached (notes, threaded comments or not at all), and to how many cells. */
  notes: { mode: NoteMode; cells: number };
  /** context.sync() round trips used. */
  syncs: number;
}

/** Outside Office (tests through Excel.run alone): nothing beyond the manifest's ExcelApi 1.9. */
const BASELINE_ONLY: Requirements = { isSetSupported: () => false };

/** The API sets the host supports. */
export function hostRequirements(): Requirements {
  return (
    (typeof Office === "undefined" ? undefined : Office.context?.requirements) ?? BASELINE_ONLY
  );
}

export async function writePlanToWorkbook(buildPlanFor: PlanForSheetNames): Promise<WriteResult> {
  const requirements = hostRequirements();
  return Excel.run((context) => writePlanInContext(context, buildPlanFor, requirements));
}

/** Sync 1: the workbook's sheet names and defined names. */
export async function readWorkbook(
  context: Excel.RequestContext,
  sync: () => Promise<void>
): Promise<{ existingSheets: string[]; existingNames: ExistingName[] }> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const readNames = loadNames(context);
  await sync();
  return { existingSheets: worksheets.items.map((s) => s.name), existingNames: readNames() };
}

/** What sync 2 adds: sheets of the plan and defined names, then the sheet to show. */
export interface SheetsToAdd {
  plan: WorkbookPlan;
  sheets: SheetPlan[];
  names: NamePlan[];
  existingNames: ExistingName[];
  mode: NoteMode;
  active: string;
  /** What the write is, for the message of a failure: the budget (default) or the import of the actual. */
  kind?: WriteKind;
}

/**
 * Sync 2: adds the sheets, their cells' notes and the names with calculation suspended; if the sync fails, what it
 * added is removed (two more syncs) and a BudgetWriteError says so. Returns the names' changes and the cells noted.
 */
export async function addSheets(
  context: Excel.RequestContext,
  sync: () => Promise<void>,
  { plan, sheets, names, existingNames, mode, active, kind = "budget" }: SheetsToAdd
): Promise<{ nameChanges: NameChanges; noted: number }> {
  context.application.suspendApiCalculationUntilNextSync();
  const created = new Map(sheets.map((s) => [s.name, context.workbook.worksheets.add(s.name)]));
  const sheetOf = (name: string) => created.get(name) ?? context.workbook.worksheets.getItem(name);
  let noted = 0;
  for (const sheetPlan of sheets) {
    const sheet = created.get(sheetPlan.name)!;
    queueSheet(sheet, sheetPlan, plan, sheetOf);
    noted += queueNotes(context, sheet, sheetPlan, mode);
  }
  const nameChanges = queueNames(context, names, existingNames);
  created.get(active)?.activate();
  try {
    await sync();
  } catch (error) {
    throw await undoWrite(
      context,
      sync,
      sheets.map((s) => s.name),
      nameChanges,
      error,
      kind
    );
  }
  return { nameChanges, noted };
}

/**
 * Sync 1 reads the existing sheet and workbook names. Then every write is queued, as 2D arrays and grouped
 * formats, with calculation suspended, and sync 2 sends them. Existing sheets are never written to. If sync 2 fails,
 * what it added is removed (two more syncs) and a BudgetWriteError says so.
 *
 * The manifest requires ExcelApi 1.9 (which covers freeze panes, 1.7, chart axis number formats, 1.8, page layout,
 * print titles, page breaks and RangeAreas, 1.9); cell notes (1.18) and threaded comments (1.10) are asked for.
 */
export async function writePlanInContext(
  context: Excel.RequestContext,
  buildPlanFor: PlanForSheetNames,
  requirements: Requirements
): Promise<WriteResult> {
  const { sync, count } = countedSync(context);
  const { existingSheets, existingNames } = await readWorkbook(context, sync);

  const defaultPlan = buildPlanFor({ ...DEFAULT_SHEET_NAMES });
  const keys = (Object.keys(DEFAULT_SHEET_NAMES) as SheetKey[]).filter((key) =>
    defaultPlan.sheets.some((s) => s.name === DEFAULT_SHEET_NAMES[key])
  );
  const sheetNames = freeSheetNames(keys, existingSheets);
  const renamed = keys.some((key) => sheetNames[key] !== DEFAULT_SHEET_NAMES[key]);
  const plan = renamed ? buildPlanFor(sheetNames) : defaultPlan;
  requireFreeSheets(plan, existingSheets);
  requireNoUserNames(plan.names, existingNames);
  const mode = noteMode(requirements);
  const { nameChanges, noted } = await addSheets(context, sync, {
    plan,
    sheets: plan.sheets,
    names: plan.names,
    existingNames,
    mode,
    active: sheetNames.budget,
  });

  return {
    sheetNames,
    createdSheets: plan.sheets.map((s) => s.name),
    renamed,
    replacedNames: nameChanges.repointed.map((n) => n.name),
    notes: { mode, cells: noted },
    syncs: count(),
  };
}

function requireFreeSheets(plan: WorkbookPlan, existing: string[]): void {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const clash = plan.sheets.find((s) => taken.has(s.name.toLowerCase()));
  if (clash) {
    throw new PaneError(
      `La feuille « ${clash.name} » existe déjà dans le classeur et le complément ne modifie jamais une feuille existante : renommez-la, puis relancez la génération.`
    );
  }
}

export function queueSheet(
  sheet: Excel.Worksheet,
  sheetPlan: SheetPlan,
  plan: WorkbookPlan,
  sheetOf: (name: string) => Excel.Worksheet
): void {
  const width = sheetWidth(sheetPlan);
  if (sheetPlan.rows.length > 0 && width > 0) {
    const { formulas, numberFormats } = sheetGrids(sheetPlan);
    const used = sheet.getRangeByIndexes(0, 0, sheetPlan.rows.length, width);
    used.formulas = formulas;
    used.numberFormat = numberFormats;
  }
  for (const [style, addresses] of styleAreas(sheetPlan)) {
    if (!hasVisibleStyle(style)) continue;
    for (const list of addressLists(addresses))
      applyOfficeStyle(sheet.getRanges(list).format, style);
  }
  for (const merge of sheetPlan.merges) sheet.getRange(merge).merge(false);
  queueColumnWidths(sheet, sheetPlan.columnWidths);
  for (const validation of sheetPlan.validations) queueValidation(sheet, validation);
  for (const format of sheetPlan.conditionalFormats) queueConditionalFormat(sheet, format);
  queueFreezePanes(sheet, sheetPlan);
  queuePrint(sheet, sheetPlan);
  for (const chart of sheetPlan.charts) queueChart(sheet, chart, sheetPlan.name, plan, sheetOf);
}

/** Column widths in characters → points (a character of the default font is about 7 px, plus 5 px padding). */
function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** One assignment per run of adjacent columns of the same width. */
function queueColumnWidths(sheet: Excel.Worksheet, widths: number[]): void {
  for (let start = 0; start < widths.length;) {
    let end = start;
    while (end + 1 < widths.length && widths[end + 1] === widths[start]) end++;
    const columns = sheet.getRangeByIndexes(0, start, 1, end - start + 1).getEntireColumn();
    columns.format.columnWidth = columnWidthPoints(widths[start]);
    start = end + 1;
  }
}

function queueValidation(sheet: Excel.Worksheet, validation: ValidationPlan): void {
  const range = sheet.getRange(validation.range);
  const rule = validation.rule;
  switch (rule.kind) {
    case "list":
      range.dataValidation.rule = { list: { inCellDropDown: true, source: rule.values.join(",") } };
      break;
    case "whole":
      range.dataValidation.rule = {
        wholeNumber: { operator: "Between", formula1: rule.min, formula2: rule.max },
      };
      break;
    case "decimal":
      range.dataValidation.rule = {
        decimal: { operator: "Between", formula1: rule.min, formula2: rule.max },
      };
      break;
    case "date":
      range.dataValidation.rule = {
        // The dates the add-in takes (src/domain/dates.ts), as the pane and the CLI do.
        date: { operator: "Between", formula1: FIRST_DATE, formula2: LAST_DATE },
      };
      break;
  }
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: "Valeur refusée",
    message: validation.error,
  };
}

function queueConditionalFormat(sheet: Excel.Worksheet, plan: ConditionalFormatPlan): void {
  const format = sheet.getRange(plan.range).conditionalFormats.add("Custom");
  format.custom.rule.formula = plan.formula;
  applyConditionalStyle(format.custom.format, plan.style);
}

/** A header/footer text: "&" starts a code there, so a literal one is doubled. */
const headerText = (text: string) => text.replace(/&/g, "&&");

/** The plan's frozen rows and columns (ExcelApi 1.7): freezeAt keeps both the top rows and the left columns. */
function queueFreezePanes(sheet: Excel.Worksheet, sheetPlan: SheetPlan): void {
  const rows = sheetPlan.frozenRows;
  const columns = sheetPlan.frozenColumns ?? 0;
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(`A1:${a1(columns, rows)}`);
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
}

/**
 * A4, the plan's orientation and fit (1 page wide, or `pagesWide` strips read across then down), the column header
 * (the last frozen row, unless the plan says not to) and the frozen columns repeated on each page, the plan's page
 * breaks, the title as header, sheet name and page numbers as footer. All ExcelApi 1.9.
 */
function queuePrint(sheet: Excel.Worksheet, sheetPlan: SheetPlan): void {
  const { print, frozenRows } = sheetPlan;
  const frozenColumns = sheetPlan.frozenColumns ?? 0;
  const pagesWide = print.pagesWide ?? 1;
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: pagesWide, verticalFitToPages: 0 };
  if (pagesWide > 1) layout.printOrder = "OverThenDown";
  if (frozenRows > 0 && print.repeatHeader !== false)
    layout.setPrintTitleRows(`$${frozenRows}:$${frozenRows}`);
  if (frozenColumns > 0) layout.setPrintTitleColumns(`$A:$${columnLetter(frozenColumns)}`);
  // A break is added before the range's top row: the plan's row starts the new page.
  for (const row of sheetPlan.rowBreaks ?? []) {
    if (row > 1) sheet.horizontalPageBreaks.add(`A${row}`);
  }
  const pages = layout.headersFooters.defaultForAllPages;
  pages.centerHeader = `&B${headerText(print.title)}`;
  pages.leftFooter = "&A";
  pages.rightFooter = "Page &P / &N";
}

function queueChart(
  sheet: Excel.Worksheet,
  chart: ChartPlan,
  sheetName: string,
  plan: WorkbookPlan,
  sheetOf: (name: string) => Excel.Worksheet
): void {
  if (chart.series.length === 0) return;
  const rangeOf = (ref: string) => {
    const { sheet: name, address } = parseRef(ref, sheetName);
    return sheetOf(name).getRange(address);
  };
  const seriesName = (name: string) => {
    if (!name.startsWith("=")) return name;
    return planCell(plan, name, sheetName)?.text ?? name.slice(1);
  };
  const first = chart.series[0];
  const firstBox = addressBox(parseRef(first.values, sheetName).address);
  const added = sheet.charts.add(
    chart.type === "line" ? "Line" : "ColumnClustered",
    rangeOf(first.values),
    firstBox.rows === 1 ? "Rows" : "Columns"
  );
  added.title.text = chart.title;
  const categories = rangeOf(chart.categories);
  const firstSeries = added.series.getItemAt(0);
  firstSeries.name = seriesName(first.name);
  firstSeries.setXAxisValues(categories);
  for (const s of chart.series.slice(1)) {
    const series = added.series.add(seriesName(s.name));
    series.setValues(rangeOf(s.values));
    series.setXAxisValues(categories);
  }
  if (chart.categoryFormat) {
    // Number or date categories (months) shown in the plan's format, not the cells' (ExcelApi 1.8 and 1.9).
    const axis = added.axes.categoryAxis;
    axis.numberFormat = chart.categoryFormat;
    axis.linkNumberFormat = false;
  }
  const anchor = addressBox(chart.anchor);
  added.setPosition(chart.anchor, a1(anchor.col + chart.width, anchor.row + chart.height));
}
