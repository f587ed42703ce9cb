import ExcelJS from "exceljs";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { computeBudget } from "../../src/domain/budget";
import { buildWorkbookPlan } from "../../src/workbook/buildPlan";
import { columnLetter, DEFINED_NAME_COMMENT } from "../../src/workbook/names";
import { type WorkbookPlan } from "../../src/workbook/planTypes";
import { writeXlsx } from "../../src/workbook/xlsxWriter";
import { FORMULA_LIKE_TEXTS } from "../helpers/formulaLikeTexts";
import { readCachedValues, recalculateXlsx, sofficeOrSkip } from "../helpers/libreoffice";
import { inputs } from "../helpers/budgetInputs";

let plan: WorkbookPlan;
let zip: JSZip;
let workbook: ExcelJS.Workbook;
const part = (name: string) => zip.file(name)!.async("string");

beforeAll(async () => {
  const model = await computeBudget(
    inputs({ nom: "CPTS Sud & Co", taille: 3, dateSignature: "2025-03-01" })
  );
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
  const taille = parametres.getCell("B8");
  expect(taille.value).toBe(3);
  expect(taille.fill).toMatchObject({
    type: "pattern",
    pattern: "solid",
    fgColor: { argb: "FFFFF2CC" },
  });
  expect(taille.font.color).toEqual({ argb: "FF0000FF" });
  expect(parametres.getCell("A6").font.bold).toBe(true);
  expect(parametres.getCell("A6").fill).toMatchObject({ fgColor: { argb: "FFD9E1F2" } });
  // The team's pay, which the payroll engine gave: its note says so.
  const engineNotes: string[] = [];
  parametres.eachRow((row) =>
    row.eachCell((cell) => {
      if (String(cell.note ?? "").includes("modele-social")) engineNotes.push(cell.address);
    })
  );
  expect(engineNotes.length).toBeGreaterThanOrEqual(3);
  const budget = workbook.getWorksheet("Budget (2)")!;
  const total = budget.getColumn(2).values.findIndex((v) => v === "TOTAL DES CHARGES");
  expect(budget.getCell(total, 3).font.bold).toBe(true);
  expect(budget.getCell(total, 3).border.top?.style).toBe("thin");
  expect(budget.getCell(total, 3).numFmt).toBe('#,##0 "€ ";[Red]-#,##0 "€ "');
  expect(parametres.getCell("B9").numFmt).toBe('dd/mm/yyyy" "');
  // An estimate: italic in an orange box, its basis as the note of its label.
  const insurance = budget.getColumn(2).values.findIndex((v) => String(v).startsWith("Assurances"));
  const estimate = budget.getCell(insurance, 3);
  expect(estimate.font).toMatchObject({ italic: true, color: { argb: "FF0000FF" } });
  expect(estimate.border.left).toEqual({ style: "thin", color: { argb: "FFED7D31" } });
  expect(estimate.fill).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
  expect(String(budget.getCell(insurance, 2).note)).toMatch(/^estimation — /);
});

test("validations, conditional formats, frozen panes, print setup, column widths and properties", async () => {
  const parametres = workbook.getWorksheet("Paramètres")!;
  expect(parametres.getCell("B8").dataValidation).toMatchObject({
    type: "list",
    formulae: ['"1,2,3,4"'],
    showErrorMessage: true,
  });
  // The signature date (B9): the dates the add-in takes, 01/03/1900 to 30/12/9999, as in the pane and the CLI.
  expect(parametres.getCell("B9").dataValidation).toMatchObject({
    type: "date",
    operator: "between",
    formulae: [new Date("1900-03-01T00:00:00Z"), new Date("9999-12-30T00:00:00Z")],
  });
  expect(parametres.getColumn(1).width).toBe(58);
  const controlesXml = await part("xl/worksheets/sheet4.xml");
  expect((controlesXml.match(/<conditionalFormatting /g) ?? []).length).toBeGreaterThanOrEqual(6);
  const budget = workbook.getWorksheet("Budget (2)")!;
  expect(budget.views[0]).toMatchObject({ state: "frozen", ySplit: 8 });
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
  expect(chart).toContain("&#39;Budget (2)&#39;!$C$8:$D$8");
  const line = await part("xl/charts/chart2.xml");
  expect(line).toContain("<c:lineChart>");
  expect(line).toContain("Trésorerie en fin de mois");
  expect(line).toContain("&#39;Trésorerie&#39;!$C$11:$AL$11");
});

describe("text that looks like a formula, as the CPTS name", () => {
  const soffice = sofficeOrSkip("le recalcul LibreOffice des noms de CPTS en forme de formule");
  const dir = join(tmpdir(), `cpts-text-cells-${process.pid}`);
  const cases: { nom: string; plan: WorkbookPlan; file: string }[] = [];

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    for (const [i, nom] of FORMULA_LIKE_TEXTS.entries()) {
      const model = await computeBudget(inputs({ nom, dateSignature: "2025-03-01" }));
      const file = join(dir, `nom-${i}.xlsx`);
      const plan = buildWorkbookPlan(model);
      writeFileSync(file, await writeXlsx(plan));
      cases.push({ nom, plan, file });
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The row of « Nom de la CPTS » in Paramètres, and the plan's formulas that read that cell. */
  const nomCell = (plan: WorkbookPlan) => {
    const parametres = plan.sheets[0];
    const row = parametres.rows.findIndex((r) => r[0]?.text === "Nom de la CPTS") + 1;
    const ref = new RegExp(`'${parametres.name}'!\\$B\\$${row}(?!\\d)`);
    const readers = plan.sheets.flatMap((sheet) =>
      sheet.rows.flatMap((cells, r) =>
        cells.flatMap((cell, c) =>
          cell?.formula && ref.test(cell.formula)
            ? [{ sheet: sheet.name, address: `${columnLetter(c + 1)}${r + 1}`, cell }]
            : []
        )
      )
    );
    return { address: `B${row}`, readers };
  };

  it("is written by ExcelJS as a string cell, never a formula", async () => {
    for (const { nom, plan, file } of cases) {
      const { address, readers } = nomCell(plan);
      expect(readers.length).toBeGreaterThanOrEqual(3); // the titles of Budget, Trésorerie, Contrôles
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      const cell = book.getWorksheet("Paramètres")!.getCell(address);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(nom);
      const sheetXml = await (
        await JSZip.loadAsync(readFileSync(file))
      )
        .file("xl/worksheets/sheet1.xml")!
        .async("string");
      expect(sheetXml).toMatch(new RegExp(`<c r="${address}"[^>]* t="s"[^>]*><v>\\d+</v></c>`));
    }
  });

  (soffice ? it : it.skip)(
    "shows as that text once LibreOffice recalculates, in Paramètres and in every title that concatenates it",
    async () => {
      const out = await recalculateXlsx(
        soffice!,
        cases.map((c) => c.file),
        join(dir, "out")
      );
      for (const [i, { nom, plan }] of cases.entries()) {
        const recalculated = await readCachedValues(out[i]);
        const { address, readers } = nomCell(plan);
        expect(recalculated.sheets.get("Paramètres")?.get(address)).toBe(nom);
        for (const { sheet, address: at, cell } of readers) {
          expect(cell.expected).toContain(nom);
          expect([sheet, at, recalculated.sheets.get(sheet)?.get(at)]).toEqual([
            sheet,
            at,
            cell.expected,
          ]);
        }
      }
    },
    120_000
  );
});
