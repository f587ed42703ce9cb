import { execFileSync } from "child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { chartPartXml } from "../../src/workbook/ooxml/chartParts";
import { addChartsToXlsx } from "../../src/workbook/xlsxCharts";
import { type SheetPlan, type WorkbookPlan } from "../../src/workbook/planTypes";
import { convertWithLibreOffice, sofficeOrSkip } from "../helpers/libreoffice";

// xml2js ships no type declarations.

const { parseStringPromise } = require("xml2js") as {
  parseStringPromise: (xml: string) => Promise<any>;
};

const OUTPUT = join(__dirname, "..", "..", "test-output");

function sheet(name: string, rows: (string | number)[][], charts: SheetPlan["charts"]): SheetPlan {
  return {
    name,
    rows: rows.map((row) =>
      row.map((v) =>
        typeof v === "number" ? { value: v } : v.startsWith("=") ? { formula: v } : { text: v }
      )
    ),
    columnWidths: [18, 14, 14],
    merges: [],
    validations: [],
    conditionalFormats: [],
    charts,
    frozenRows: 0,
    print: { orientation: "landscape", fitToWidth: true, title: name },
  };
}

/** A small two-sheet plan: names with an accent, spaces and parentheses; a column chart and a line chart. */
const plan: WorkbookPlan = {
  sheets: [
    sheet(
      "Trésorerie",
      [
        ["", "Année 1", "Année 2"],
        ["Charges", 182000, 176500],
        ["Produits", "=B2+12000", "=C2-4000"],
      ],
      [
        {
          title: "Charges et produits par année",
          type: "columnClustered",
          categories: "B1:C1",
          series: [
            { name: "Charges", values: "B2:C2" },
            { name: "Produits", values: "B3:C3" },
          ],
          anchor: "A6",
          width: 6,
          height: 16,
        },
      ]
    ),
    sheet(
      "Budget (2)",
      [
        ["Mois", "Janvier", "Février", "Mars"],
        ["Solde de trésorerie", 15000, 9000, 21000],
      ],
      [
        {
          title: "Solde mensuel",
          type: "line",
          categories: "'Budget (2)'!$B$1:$D$1",
          series: [{ name: "='Budget (2)'!A2", values: "B2:D2" }],
          anchor: "F2",
          width: 5,
          height: 12,
        },
      ]
    ),
  ],
  names: [{ name: "Total_Charges_Annee1", ref: "'Trésorerie'!$B$2" }],
};

/** A data bar makes ExcelJS write an x14 <extLst> in the sheet (and a nested one in its rule). */
const DATA_BAR = {
  type: "dataBar",
  priority: 1,
  cfvo: [{ type: "min" }, { type: "max" }],
  color: { argb: "FF638EC6" },
} as never;

/**
 * Writes the plan's cells with ExcelJS, plus the parts around <drawing> in the sheet XML: print setup and footer
 * (before it), a note on the first sheet (<legacyDrawing>, after it) and a data bar on the others (<extLst>, after
 * it). Not both on one sheet: ExcelJS would write <extLst> before <legacyDrawing>, out of schema order itself.
 */
async function writeWithExcelJs(workbookPlan: WorkbookPlan): Promise<Uint8Array> {
  const workbook = new Workbook();
  for (const [index, sheetPlan] of workbookPlan.sheets.entries()) {
    const worksheet = workbook.addWorksheet(sheetPlan.name, {
      pageSetup: { orientation: "landscape", fitToWidth: 1 },
    });
    sheetPlan.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        worksheet.getCell(r + 1, c + 1).value = cell?.formula
          ? { formula: cell.formula.slice(1) }
          : (cell?.text ?? cell?.value);
      })
    );
    worksheet.columns = sheetPlan.columnWidths.map((width) => ({ width }));
    worksheet.headerFooter.oddFooter = "&P / &N";
    if (index === 0) worksheet.getCell("A2").note = "Source : saisie du trésorier";
    else worksheet.addConditionalFormatting({ ref: "B2:C2", rules: [DATA_BAR] });
  }
  for (const { name, ref } of workbookPlan.names) workbook.definedNames.add(ref, name);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function textOf(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`${path} is missing`);
  return file.async("string");
}

let result: Uint8Array;
let zip: JSZip;

beforeAll(async () => {
  result = await addChartsToXlsx(await writeWithExcelJs(plan), plan);
  zip = await JSZip.loadAsync(result);
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(join(OUTPUT, "xlsxCharts.xlsx"), result);
});

describe("addChartsToXlsx: package structure", () => {
  test("adds one chart part per chart and one drawing per sheet, all well-formed", async () => {
    const paths = Object.keys(zip.files);
    expect(paths).toEqual(
      expect.arrayContaining([
        "xl/charts/chart1.xml",
        "xl/charts/chart2.xml",
        "xl/drawings/drawing1.xml",
        "xl/drawings/drawing2.xml",
        "xl/drawings/_rels/drawing1.xml.rels",
        "xl/drawings/_rels/drawing2.xml.rels",
        "xl/worksheets/_rels/sheet1.xml.rels",
        "xl/worksheets/_rels/sheet2.xml.rels",
      ])
    );
    for (const path of paths.filter((p) => /\.(xml|rels)$/.test(p))) {
      await expect(parseStringPromise(await textOf(zip, path))).resolves.toBeTruthy();
    }
  });

  test("declares the content types of the new parts", async () => {
    const types = await parseStringPromise(await textOf(zip, "[Content_Types].xml"));
    const overrides = Object.fromEntries(
      types.Types.Override.map((o: any) => [o.$.PartName, o.$.ContentType] as [string, string])
    );
    expect(overrides["/xl/charts/chart1.xml"]).toBe(
      "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
    );
    expect(overrides["/xl/charts/chart2.xml"]).toBe(
      "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
    );
    expect(overrides["/xl/drawings/drawing1.xml"]).toBe(
      "application/vnd.openxmlformats-officedocument.drawing+xml"
    );
  });

  test("links sheet → drawing → chart and places <drawing> in the CT_Worksheet order", async () => {
    const sheetRels = await parseStringPromise(
      await textOf(zip, "xl/worksheets/_rels/sheet1.xml.rels")
    );
    const drawingRel = sheetRels.Relationships.Relationship.find((r: any) =>
      r.$.Type.endsWith("/drawing")
    );
    expect(drawingRel.$.Target).toBe("../drawings/drawing1.xml");
    // The note's comments and VML relationships are kept; the drawing takes the next free id.
    expect(sheetRels.Relationships.Relationship.map((r: any) => r.$.Id)).toEqual([
      "rId1",
      "rId2",
      "rId3",
    ]);

    const worksheet = (await parseStringPromise(await textOf(zip, "xl/worksheets/sheet1.xml")))
      .worksheet;
    expect(worksheet.drawing[0].$["r:id"]).toBe(drawingRel.$.Id);
    const order = Object.keys(worksheet).filter((key) => key !== "$");
    expect(order.indexOf("drawing")).toBeGreaterThan(order.indexOf("headerFooter"));
    expect(order.indexOf("drawing")).toBeGreaterThan(order.indexOf("pageSetup"));
    expect(order.slice(order.indexOf("drawing"))).toEqual(["drawing", "legacyDrawing"]);
    const second = (await parseStringPromise(await textOf(zip, "xl/worksheets/sheet2.xml")))
      .worksheet;
    const secondOrder = Object.keys(second).filter((key) => key !== "$");
    expect(secondOrder.slice(secondOrder.indexOf("headerFooter"))).toEqual([
      "headerFooter",
      "drawing",
      "extLst",
    ]);

    const drawingRels = await parseStringPromise(
      await textOf(zip, "xl/drawings/_rels/drawing1.xml.rels")
    );
    expect(drawingRels.Relationships.Relationship[0].$).toMatchObject({
      Type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
      Target: "../charts/chart1.xml",
    });
  });

  test("anchors each chart at its cell with its size in columns × rows", async () => {
    const drawing = await parseStringPromise(await textOf(zip, "xl/drawings/drawing2.xml"));
    const anchor = drawing["xdr:wsDr"]["xdr:twoCellAnchor"][0];
    const at = (marker: any) => [Number(marker["xdr:col"][0]), Number(marker["xdr:row"][0])];
    expect(at(anchor["xdr:from"][0])).toEqual([5, 1]);
    expect(at(anchor["xdr:to"][0])).toEqual([10, 13]);
  });

  test("writes sheet-qualified absolute formulas, literal or referenced series names and the French title", async () => {
    const column = await textOf(zip, "xl/charts/chart1.xml");
    expect(column).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(column).toContain("<c:f>&#39;Trésorerie&#39;!$B$1:$C$1</c:f>");
    expect(column).toContain("<c:f>&#39;Trésorerie&#39;!$B$3:$C$3</c:f>");
    expect(column).toContain("<c:tx><c:v>Produits</c:v></c:tx>");
    expect(column).toContain("<a:t>Charges et produits par année</a:t>");
    expect(column).toContain('<c:legendPos val="b"/>');

    const line = await textOf(zip, "xl/charts/chart2.xml");
    expect(line).toContain("<c:lineChart>");
    expect(line).toContain(
      "<c:tx><c:strRef><c:f>&#39;Budget (2)&#39;!$A$2</c:f></c:strRef></c:tx>"
    );
    expect(line).toContain("<c:f>&#39;Budget (2)&#39;!$B$2:$D$2</c:f>");
  });

  test("text categories are read as strings; dates with a categoryFormat as numbers shown in that format", () => {
    const line = plan.sheets[1].charts[0];
    expect(chartPartXml(line, "Budget (2)")).toContain("<c:cat><c:strRef>");
    const months = chartPartXml({ ...line, categoryFormat: "[$-40C]mmm yy" }, "Budget (2)");
    expect(months).toContain(
      "<c:cat><c:numRef><c:f>&#39;Budget (2)&#39;!$B$1:$D$1</c:f></c:numRef></c:cat>"
    );
    expect(months).toContain('<c:numFmt formatCode="[$-40C]mmm yy" sourceLinked="0"/>');
  });

  test("still opens with ExcelJS, cells and names intact", async () => {
    const reread = new Workbook();
    await reread.xlsx.load(Buffer.from(result) as never);
    expect(reread.worksheets.map((ws) => ws.name)).toEqual(["Trésorerie", "Budget (2)"]);
    expect(reread.getWorksheet("Trésorerie")?.getCell("B2").value).toBe(182000);
    expect(reread.definedNames.getRanges("Total_Charges_Annee1").ranges).toEqual([
      "'Trésorerie'!$B$2",
    ]);
  });

  test("returns the workbook unchanged when the plan has no chart", async () => {
    const bare: WorkbookPlan = { ...plan, sheets: plan.sheets.map((s) => ({ ...s, charts: [] })) };
    const xlsx = await writeWithExcelJs(bare);
    expect(await addChartsToXlsx(xlsx, bare)).toBe(xlsx);
  });

  test("fails clearly on a sheet missing from the workbook or already holding a drawing", async () => {
    const renamed: WorkbookPlan = { ...plan, sheets: [{ ...plan.sheets[0], name: "Budget" }] };
    await expect(addChartsToXlsx(result, renamed)).rejects.toThrow(
      "Feuille « Budget » absente du classeur"
    );
    await expect(addChartsToXlsx(result, plan)).rejects.toThrow(
      "La feuille « Trésorerie » contient déjà un dessin"
    );
  });
});

describe("addChartsToXlsx: LibreOffice, the real engine that must draw the charts and keep them on re-save", () => {
  const soffice = sofficeOrSkip("le rendu des graphiques (xlsxCharts.test.ts)");
  const engineTest = soffice ? test : test.skip;
  let work: string;
  let input: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "cpts-charts-"));
    input = join(work, "charts.xlsx");
    writeFileSync(input, result);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  engineTest("renders the charts to PDF (PNG pages in test-output/)", async () => {
    const [pdf] = await convertWithLibreOffice(soffice!, [input], "pdf", work);
    expect(statSync(pdf).size).toBeGreaterThan(5000);
    execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(OUTPUT, "xlsxCharts")]);
    expect(existsSync(join(OUTPUT, "xlsxCharts-1.png"))).toBe(true);
  });

  engineTest(
    "keeps the charts, their ranges and title when LibreOffice re-saves the workbook as xlsx",
    async () => {
      const [resavedPath] = await convertWithLibreOffice(
        soffice!,
        [input],
        "xlsx:Calc MS Excel 2007 XML",
        join(work, "out")
      );
      const resaved = await JSZip.loadAsync(readFileSync(resavedPath));
      const charts = Object.keys(resaved.files).filter((p) =>
        /^xl\/charts\/chart\d+\.xml$/.test(p)
      );
      expect(charts).toHaveLength(2);
      const xml = (await Promise.all(charts.map((p) => textOf(resaved, p)))).join("");
      expect(xml).toMatch(/Trésorerie(&apos;)?!\$B\$2:\$C\$2/);
      expect(xml).toMatch(/Budget \(2\)&apos;!\$B\$2:\$D\$2/);
      expect(xml).toContain("Charges et produits par année");
      // The cached points come from the recalculated cells: B3 is =B2+12000.
      expect(xml).toContain("<c:v>194000</c:v>");
    }
  );
});
