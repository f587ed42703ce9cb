/**
 * Both writers read one style table (src/workbook/styles.ts): a cell of each style, and a conditional format of each
 * style, must come out with the same font, fill, borders and wrapping from the xlsx writer (read back by ExcelJS) and
 * from the Office.js writer (as the fake receives them).
 */
import ExcelJS from "exceljs";
import { writePlanInContext } from "../../src/taskpane/excel/officeWriter";
import { DEFAULT_SHEET_NAMES } from "../../src/workbook/names";
import {
  type CellStyle,
  type ConditionalFormatPlan,
  type WorkbookPlan,
} from "../../src/workbook/planTypes";
import { CELL_STYLES, CONDITIONAL_STYLES, hasVisibleStyle } from "../../src/workbook/styles";
import { writeXlsx } from "../../src/workbook/xlsxWriter";
import { FakeExcel } from "./fakeExcel";

const STYLES = Object.keys(CELL_STYLES) as CellStyle[];
const CONDITIONAL = Object.keys(CONDITIONAL_STYLES) as ConditionalFormatPlan["style"][];
const SHEET = DEFAULT_SHEET_NAMES.budget;

/** Row i + 1: a text of STYLES[i] in A; B holds 1, under the conditional format CONDITIONAL[i] when there is one. */
const plan: WorkbookPlan = {
  sheets: [
    {
      name: SHEET,
      rows: STYLES.map((style) => [{ text: `Style ${style}`, style }, { value: 1 }]),
      columnWidths: [20, 10],
      merges: [],
      validations: [],
      conditionalFormats: CONDITIONAL.map((style, i) => ({
        range: `B${i + 1}`,
        formula: `=B${i + 1}>0`,
        style,
      })),
      charts: [],
      frozenRows: 0,
      print: { orientation: "portrait", fitToWidth: false, title: "Styles" },
    },
  ],
  names: [],
};

/** What a style looks like, whatever the writer: colours as "RRGGBB", thin borders by edge. */
interface Look {
  bold?: true;
  italic?: true;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: true;
  borders?: Partial<Record<"top" | "bottom" | "left" | "right", string>>;
}

const rgb = (argb: string | undefined) => argb?.slice(-6).toUpperCase();

function xlsxLook(cell: ExcelJS.Cell): Look {
  const look: Look = {};
  const { font, fill, border, alignment } = cell;
  if (font?.bold) look.bold = true;
  if (font?.italic) look.italic = true;
  // 11 points is the default font ExcelJS writes for every cell.
  if (font?.size && font.size !== 11) look.size = font.size;
  if (font?.color?.argb) look.color = rgb(font.color.argb);
  if (fill?.type === "pattern" && fill.pattern === "solid") look.fill = rgb(fill.fgColor?.argb);
  if (alignment?.wrapText) look.wrap = true;
  for (const edge of ["top", "bottom", "left", "right"] as const) {
    const line = border?.[edge];
    if (line?.style === "thin") (look.borders ??= {})[edge] = rgb(line.color?.argb);
  }
  return look;
}

const EDGES: Record<string, keyof NonNullable<Look["borders"]>> = {
  EdgeTop: "top",
  EdgeBottom: "bottom",
  EdgeLeft: "left",
  EdgeRight: "right",
};

function officeLook(excel: FakeExcel, address: string): Look {
  const look: Look = {};
  const lines: Record<string, { style?: unknown; color?: string }> = {};
  for (const { what, value } of excel.writesTo(SHEET).filter((w) => w.address === address)) {
    const border = /^format\.borders\.(\w+)\.(style|color)$/.exec(what);
    if (border) {
      (lines[border[1]] ??= {})[border[2] as "style" | "color"] = value as string;
      continue;
    }
    if (what === "format.font.bold" && value) look.bold = true;
    if (what === "format.font.italic" && value) look.italic = true;
    if (what === "format.font.size") look.size = value as number;
    if (what === "format.font.color") look.color = rgb(value as string);
    if (what === "format.fill.color") look.fill = rgb(value as string);
    if (what === "format.wrapText" && value) look.wrap = true;
  }
  for (const [edge, line] of Object.entries(lines)) {
    // Inside lines only exist between the cells of a multi-cell area: each cell's own edges are what count.
    if (EDGES[edge] && line.style === "Continuous")
      (look.borders ??= {})[EDGES[edge]] = rgb(line.color);
  }
  return look;
}

describe("one style table for both writers", () => {
  let sheet: ExcelJS.Worksheet;
  let excel: FakeExcel;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await writeXlsx(plan)) as unknown as ArrayBuffer);
    sheet = workbook.getWorksheet(SHEET)!;
    excel = new FakeExcel();
    await writePlanInContext(excel.context, () => plan, excel.requirements);
  });

  it.each(STYLES)("the %s style looks the same from ExcelJS and from Office.js", (style) => {
    const address = `A${STYLES.indexOf(style) + 1}`;
    const fromXlsx = xlsxLook(sheet.getCell(address));
    expect(officeLook(excel, address)).toEqual(fromXlsx);
    expect(Object.keys(fromXlsx).length > 0).toBe(hasVisibleStyle(style));
  });

  it.each(CONDITIONAL)("the %s conditional format has the same fill and font", (style) => {
    const address = `B${CONDITIONAL.indexOf(style) + 1}`;
    // Read back by ExcelJS, which does not declare the property in its types.
    const formats = (
      sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }
    ).conditionalFormattings;
    const rule = formats.find((cf) => cf.ref === address)?.rules[0];
    const fromXlsx = {
      fill: rgb((rule?.style?.fill as ExcelJS.FillPattern | undefined)?.bgColor?.argb),
      font: rgb(rule?.style?.font?.color?.argb),
    };
    const writes = excel.writesTo(SHEET).filter((w) => w.address === address);
    const fromOffice = {
      fill: rgb(writes.find((w) => w.what === "conditionalFormat.fill.color")?.value as string),
      font: rgb(writes.find((w) => w.what === "conditionalFormat.font.color")?.value as string),
    };
    expect(fromOffice).toEqual(fromXlsx);
    expect(fromXlsx.fill).toMatch(/^[0-9A-F]{6}$/);
    expect(fromXlsx.font).toMatch(/^[0-9A-F]{6}$/);
  });
});
