import ExcelJS from "exceljs";
import JSZip from "jszip";
import { computeBudget } from "../../src/domain/budget";
import { defaultBudgetInputs } from "../../src/domain/budgetInputs";
import { buildWorkbookPlan } from "../../src/workbook/buildPlan";
import { DEFINED_NAME_COMMENT } from "../../src/workbook/names";
import { WorkbookPlan } from "../../src/workbook/planTypes";
import { writeXlsx } from "../../src/workbook/xlsxWriter";

jest.mock("modele-social", () =>
  jest.requireActual("../helpers/modeleSocial").modeleSocialAsCommonJs()
);

let plan: WorkbookPlan;
let zip: JSZip;
let workbook: ExcelJS.Workbook;
const part = (name: string) => zip.file(name)!.async("string");

beforeAll(async () => {
  const model = await computeBudget({
    ...defaultBudgetInputs(),
    nom: "CPTS Sud & Co",
    taille: 3,
    dateSignature: "2025-03-01",
  });
  plan = buildWorkbookPlan(model, { sheetNames: { budget: "Budget (2)" } });
  const xlsx = await writeXlsx(plan);
  zip = await JSZip.loadAsync(xlsx);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
});

test("formulas carry no cached result and the workbook asks for a full calculation on load", async () => {
  const sheets = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))
      .map(part)
  );
  const cellsWithFormula = sheets.flatMap((xml) =>
    [...xml.matchAll(/<c [^>]*>(?:(?!<\/c>).)*<f>(?:(?!<\/c>).)*<\/c>/g)].map((m) => m[0])
  );
  expect(cellsWithFormula.length).toBeGreaterThan(150);
  expect(cellsWithFormula.filter((c) => c.includes("<v>"))).toEqual([]);
  expect(await part("xl/workbook.xml")).toContain('fullCalcOnLoad="1"');
});

test("defined names point to the renamed sheets", async () => {
  const unquoted = (ref: string) =>
    ref.replace(/^'((?:[^']|'')+)'!/, (_, sheet: string) => `${sheet.replace(/''/g, "'")}!`);
  for (const { name, ref } of plan.names) {
    expect(workbook.definedNames.getRanges(name).ranges.map(unquoted)).toEqual([unquoted(ref)]);
  }
  // Each tagged as the add-in's, so that the task pane may later point it at a new budget.
  expect(await part("xl/workbook.xml")).toContain(
    `<definedName name="ACI_Annee1" comment="${DEFINED_NAME_COMMENT}">&apos;Budget (2)&apos;!$C$`
  );
  const workbookXml = await part("xl/workbook.xml");
  const tagged = [...workbookXml.matchAll(/<definedName name="(\w+)" comment="([^"]*)"/g)];
  expect(tagged.map((m) => m[1]).sort()).toEqual(plan.names.map((n) => n.name).sort());
  expect(new Set(tagged.map((m) => m[2]))).toEqual(new Set([DEFINED_NAME_COMMENT]));
  // Print titles are Excel's own names: untouched.
  expect(workbookXml).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="\d+">/);
});

test("inputs, headers, totals and notes are styled; number formats and notes are kept", () => {
  const parametres = workbook.getWorksheet("Paramètres")!;
  const taille = parametres.getCell("B6");
  expect(taille.value).toBe(3);
  expect(taille.fill).toMatchObject({
    type: "pattern",
    pattern: "solid",
    fgColor: { argb: "FFFFF2CC" },
  });
  expect(taille.font.color).toEqual({ argb: "FF0000FF" });
  expect(parametres.getCell("A4").font.bold).toBe(true);
  expect(parametres.getCell("A4").fill).toMatchObject({ fgColor: { argb: "FFD9E1F2" } });
  const engineCost = parametres
    .getColumn(2)
    .values.findIndex((_, row) =>
      String(parametres.getCell(row, 2).note ?? "").includes("modele-social")
    );
  expect(engineCost).toBeGreaterThan(0);
  const budget = workbook.getWorksheet("Budget (2)")!;
  const total = budget.getColumn(2).values.findIndex((v) => v === "TOTAL DES CHARGES");
  expect(budget.getCell(total, 3).font.bold).toBe(true);
  expect(budget.getCell(total, 3).border.top?.style).toBe("thin");
  expect(budget.getCell(total, 3).numFmt).toBe('#,##0 "€ ";[Red]-#,##0 "€ "');
  expect(parametres.getCell("B7").numFmt).toBe('dd/mm/yyyy" "');
});

test("validations, conditional formats, frozen panes, print setup, column widths and properties", async () => {
  const parametres = workbook.getWorksheet("Paramètres")!;
  expect(parametres.getCell("B6").dataValidation).toMatchObject({
    type: "list",
    formulae: ['"1,2,3,4"'],
    showErrorMessage: true,
  });
  expect(parametres.getColumn(1).width).toBe(58);
  const controlesXml = await part("xl/worksheets/sheet4.xml");
  expect((controlesXml.match(/<conditionalFormatting /g) ?? []).length).toBeGreaterThanOrEqual(6);
  const budget = workbook.getWorksheet("Budget (2)")!;
  expect(budget.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
  expect(budget.pageSetup).toMatchObject({
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    paperSize: 9,
  });
  expect(budget.headerFooter.oddHeader).toContain("Budget prévisionnel");
  // The cash plan keeps its row labels in view and prints its 36 months in three strips, labels repeated.
  const tresorerie = workbook.getWorksheet("Trésorerie")!;
  expect(tresorerie.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 11 });
  expect(tresorerie.pageSetup).toMatchObject({
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 3,
  });
  expect(tresorerie.pageSetup.printTitlesColumn).toBe("A:B");
  expect(workbook.title).toBe("Budget prévisionnel sur deux ans : CPTS Sud & Co");
  expect(workbook.creator).toBe("cpts-budget");
});

test("the chart of charges and produits is added to the Budget sheet, the line of the balance to Trésorerie", async () => {
  const chart = await part("xl/charts/chart1.xml");
  expect(chart).toContain("Charges et produits par année");
  expect(chart).toContain("&#39;Budget (2)&#39;!$C$4:$D$4");
  const line = await part("xl/charts/chart2.xml");
  expect(line).toContain("<c:lineChart>");
  expect(line).toContain("Trésorerie en fin de mois");
  expect(line).toContain("&#39;Trésorerie&#39;!$C$11:$AL$11");
});
