/**
 * Writes a WorkbookPlan as an .xlsx file with ExcelJS, for standalone mode and the CLI. Formulas are written without
 * cached results and the workbook asks for a full calculation on load, so Excel and LibreOffice compute every figure.
 * The same import works in Node and in the browser bundle (webpack takes exceljs's "browser" build).
 */
import ExcelJS from "exceljs";
import {
  type CellPlan,
  type CellStyle,
  type ConditionalFormatPlan,
  type SheetPlan,
  type ValidationPlan,
  type WorkbookPlan,
} from "./planTypes";
import { columnLetter } from "./names";
import { CELL_STYLES, CONDITIONAL_STYLES, type StyleSpec } from "./styles";
import { addChartsToXlsx } from "./xlsxCharts";
import { tagDefinedNames } from "./xlsxNames";
import { FIRST_DATE, LAST_DATE } from "../domain/dates";

const argb = (hex: string) => ({ argb: `FF${hex}` });

/** A style of the shared table (styles.ts) as ExcelJS writes it. */
function excelStyle({ font, fill, border, wrap }: StyleSpec): Partial<ExcelJS.Style> {
  const thin = border && { style: "thin" as const, color: argb(border.color) };
  return {
    ...(font && {
      font: {
        ...(font.bold && { bold: true }),
        ...(font.italic && { italic: true }),
        ...(font.size && { size: font.size }),
        ...(font.color && { color: argb(font.color) }),
      },
    }),
    ...(fill && { fill: { type: "pattern", pattern: "solid", fgColor: argb(fill) } }),
    ...(thin && {
      border:
        border.edges === "box"
          ? { top: thin, bottom: thin, left: thin, right: thin }
          : { top: thin },
    }),
    ...(wrap && { alignment: { wrapText: true } }),
  };
}

const STYLES = Object.fromEntries(
  Object.entries(CELL_STYLES).map(([style, spec]) => [style, excelStyle(spec)])
) as Record<CellStyle, Partial<ExcelJS.Style>>;

/** Differential style of a conditional format: the fill goes in bgColor there. */
function conditionalStyle(style: ConditionalFormatPlan["style"]): Partial<ExcelJS.Style> {
  const { fill, font } = CONDITIONAL_STYLES[style];
  return {
    fill: { type: "pattern", pattern: "solid", bgColor: argb(fill) },
    font: { color: argb(font) },
  };
}

/** A text is a plain string: ExcelJS writes a string as a string cell (a shared string), never as a formula. */
function cellValue(cell: CellPlan): ExcelJS.CellValue {
  if (cell.formula !== undefined) return { formula: cell.formula.slice(1), date1904: false };
  if (cell.text !== undefined) return cell.text;
  return cell.value;
}

/** Excel validation of one rule; list values become a quoted, comma-separated literal. */
function dataValidation({ rule, error }: ValidationPlan): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Valeur non valide",
    error,
  };
  switch (rule.kind) {
    case "list":
      return { ...common, type: "list", formulae: [`"${rule.values.join(",")}"`] };
    case "whole":
    case "decimal":
      return { ...common, type: rule.kind, operator: "between", formulae: [rule.min, rule.max] };
    case "date":
      // The dates the add-in takes (src/domain/dates.ts), as the pane and the CLI do.
      return {
        ...common,
        type: "date",
        operator: "between",
        formulae: [FIRST_DATE, LAST_DATE].map((iso) => new Date(`${iso}T00:00:00Z`)),
      };
  }
}

/** Every cell address of an A1 range such as "B4:C9". */
function cellsOf(ws: ExcelJS.Worksheet, range: string): ExcelJS.Cell[] {
  const [from, to = from] = range.split(":");
  const start = ws.getCell(from);
  const end = ws.getCell(to);
  const cells: ExcelJS.Cell[] = [];
  for (let row = Number(start.row); row <= Number(end.row); row++) {
    for (let col = Number(start.col); col <= Number(end.col); col++)
      cells.push(ws.getCell(row, col));
  }
  return cells;
}

/** A header/footer text: "&" starts a code there, so a literal one is doubled. */
const headerText = (text: string) => text.replace(/&/g, "&&");

function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetPlan): void {
  const frozenColumns = sheet.frozenColumns ?? 0;
  const ws = workbook.addWorksheet(sheet.name, {
    views: [
      sheet.frozenRows > 0 || frozenColumns > 0
        ? { state: "frozen", ySplit: sheet.frozenRows, xSplit: frozenColumns }
        : { state: "normal" },
    ],
    pageSetup: {
      paperSize: 9, // A4
      orientation: sheet.print.orientation,
      fitToPage: sheet.print.fitToWidth,
      fitToWidth: sheet.print.pagesWide ?? 1,
      // A table printed in strips reads strip after strip before going down the sheet.
      pageOrder: (sheet.print.pagesWide ?? 1) > 1 ? "overThenDown" : "downThenOver",
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&C&B${headerText(sheet.print.title)}`,
      oddFooter: "&L&A&RPage &P / &N",
    },
  });
  // The last frozen row is the column header: it is repeated on every printed page, unless the plan says not to.
  if (sheet.frozenRows > 0 && sheet.print.repeatHeader !== false) {
    ws.pageSetup.printTitlesRow = `${sheet.frozenRows}:${sheet.frozenRows}`;
  }
  // So are the frozen columns: the row labels of a table printed in several strips.
  if (frozenColumns > 0) ws.pageSetup.printTitlesColumn = `A:${columnLetter(frozenColumns)}`;
  sheet.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  sheet.rows.forEach((cells, r) =>
    cells.forEach((plan, c) => {
      if (!plan) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = cellValue(plan);
      // A style object of its own per cell: ExcelJS writes numFmt into the cell's style object.
      cell.style = {
        ...(plan.style && STYLES[plan.style]),
        ...(plan.numberFormat && { numFmt: plan.numberFormat }),
      };
      if (plan.comment) cell.note = plan.comment;
    })
  );
  for (const merge of sheet.merges) ws.mergeCells(merge);
  // ExcelJS records a break after a row: a page starting at row n breaks after row n - 1.
  for (const row of sheet.rowBreaks ?? []) ws.getRow(row - 1).addPageBreak();
  for (const validation of sheet.validations) {
    const rule = dataValidation(validation);
    for (const cell of cellsOf(ws, validation.range)) cell.dataValidation = rule;
  }
  sheet.conditionalFormats.forEach((cf, i) =>
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [cf.formula.replace(/^=/, "")],
          style: conditionalStyle(cf.style),
        },
      ],
    })
  );
}

export async function writeXlsx(plan: WorkbookPlan): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (plan.properties) {
    workbook.title = plan.properties.title;
    workbook.subject = plan.properties.subject;
    workbook.creator = plan.properties.creator;
    workbook.lastModifiedBy = plan.properties.creator;
  }
  workbook.created = workbook.modified = new Date();
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) writeSheet(workbook, sheet);
  for (const { name, ref } of plan.names) workbook.definedNames.add(ref, name);
  const buffer = await workbook.xlsx.writeBuffer();
  const tagged = await tagDefinedNames(new Uint8Array(buffer as ArrayBuffer), plan.names);
  return addChartsToXlsx(tagged, plan);
}
