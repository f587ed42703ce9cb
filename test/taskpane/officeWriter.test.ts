import { computeBudget } from "../../src/domain/budget";
import { readDefinedNamesInContext } from "../../src/taskpane/excel/readBack";
import {
  type PlanForSheetNames,
  writePlanInContext,
  writePlanToWorkbook,
} from "../../src/taskpane/excel/officeWriter";
import { buildWorkbookPlan } from "../../src/workbook/buildPlan";
import {
  DEFAULT_SHEET_NAMES,
  DEFINED_NAME_COMMENT,
  DEFINED_NAMES,
  type SheetNames,
} from "../../src/workbook/names";
import { type CellPlan, type SheetPlan, type WorkbookPlan } from "../../src/workbook/planTypes";
import { officeEntry } from "../../src/taskpane/excel/sheetGrids";
import { FORMULA_LIKE_TEXTS } from "../helpers/formulaLikeTexts";
import { describeError } from "../../src/taskpane/describeError";
import { BudgetWriteError } from "../../src/taskpane/excel/rollback";
import { FakeExcel, type FakeOptions } from "./fakeExcel";
import { inputs } from "../helpers/budgetInputs";

type Layout = Partial<Pick<SheetPlan, "frozenRows" | "frozenColumns" | "rowBreaks" | "print">>;

/**
 * A plan of `rows` rows per sheet on the given sheet names, with every kind of content the writer handles; `layout`
 * replaces the default freeze panes and print setup.
 */
function syntheticPlan(names: SheetNames, rows: number, layout: Layout = {}): WorkbookPlan {
  const sheet = (name: string): SheetPlan => ({
    name,
    rows: Array.from({ length: rows }, (_, r): (CellPlan | null)[] => [
      { text: `Ligne ${r + 1}`, style: r === 0 ? "header" : "label" },
      { value: r * 10, numberFormat: "#,##0 €", style: "input" },
      {
        formula: `=B${r + 1}*2`,
        numberFormat: "#,##0 €",
        style: r % 10 === 9 ? "total" : undefined,
      },
      null,
      { text: "606", comment: "Compte du plan comptable associatif" },
    ]),
    columnWidths: [30, 14, 14, 14, 8],
    merges: ["A1:C1"],
    validations: [
      {
        range: `B2:B${rows}`,
        rule: { kind: "decimal", min: 0, max: 1e9 },
        error: "Montant invalide.",
      },
    ],
    conditionalFormats: [{ range: `C2:C${rows}`, formula: "=C2>153000", style: "bad" }],
    charts: [
      {
        title: "Charges et produits",
        type: "columnClustered",
        categories: `'${name}'!$A$2:$A$3`,
        series: [
          { name: `='${name}'!A1`, values: `'${name}'!$B$2:$B$3` },
          { name: "Produits", values: `'${name}'!$C$2:$C$3` },
        ],
        anchor: "G2",
        width: 6,
        height: 15,
      },
    ],
    frozenRows: 1,
    print: { orientation: "landscape", fitToWidth: true, title: `Budget & ${name}` },
    ...layout,
  });
  return {
    sheets: [
      sheet(names.parametres),
      sheet(names.budget),
      sheet(names.controles),
      sheet(names.bareme),
    ],
    names: DEFINED_NAMES.map((name, i) => ({ name, ref: `'${names.budget}'!$C$${i + 1}` })),
  };
}

async function write(excel: FakeExcel, buildPlanFor: PlanForSheetNames) {
  return writePlanInContext(excel.context, buildPlanFor, excel.requirements);
}

describe("writePlanToWorkbook", () => {
  it("uses the same two syncs for a small and a large plan, and reports them", async () => {
    // A page break every 50 rows, frozen columns and print strips: more writes for more rows, never more syncs.
    const layout = (rows: number): Layout => ({
      frozenColumns: 2,
      rowBreaks: Array.from({ length: Math.floor(rows / 50) }, (_, i) => (i + 1) * 50),
      print: { orientation: "landscape", fitToWidth: true, pagesWide: 2, title: "Budget" },
    });
    const small = new FakeExcel();
    const large = new FakeExcel();
    const smallResult = await write(small, (names) => syntheticPlan(names, 10, layout(10)));
    const largeResult = await write(large, (names) => syntheticPlan(names, 5000, layout(5000)));
    expect(large.writesTo("Budget", "horizontalPageBreaks.add")).toHaveLength(100);
    expect(small.syncs).toBe(2);
    expect(large.syncs).toBe(2);
    expect(smallResult.syncs).toBe(2);
    expect(largeResult.syncs).toBe(2);
    // Every write is queued between the read (sync 1) and the final sync (sync 2), calculation suspended first.
    expect(new Set(large.writes.map((w) => w.batch))).toEqual(new Set([1]));
    const suspend = large.calls.find((c) => c.what === "suspendApiCalculationUntilNextSync");
    expect(suspend?.batch).toBe(1);
    expect(large.calls.indexOf(suspend!)).toBe(0);
  });

  it("writes each sheet's values and formulas as one 2D array, and its number formats likewise", async () => {
    const excel = new FakeExcel();
    await write(excel, (names) => syntheticPlan(names, 300));
    const formulas = excel.writesTo("Budget", "formulas");
    expect(formulas).toHaveLength(1);
    expect(formulas[0].address).toBe("A1:E300");
    const grid = formulas[0].value as unknown[][];
    expect(grid).toHaveLength(300);
    expect(grid.every((row) => Array.isArray(row) && row.length === 5)).toBe(true);
    expect(grid[4]).toEqual(["'Ligne 5", 40, "=B5*2", "", "'606"]);
    const formats = excel.writesTo("Budget", "numberFormat");
    expect(formats).toHaveLength(1);
    expect((formats[0].value as string[][])[4]).toEqual([
      "General",
      "#,##0 €",
      "#,##0 €",
      "General",
      "General",
    ]);
  });

  it("groups formats by style into few ranges instead of cell by cell", async () => {
    const excel = new FakeExcel();
    await write(excel, (names) => syntheticPlan(names, 5000));
    const budgetWrites = excel.writesTo("Budget");
    // 5000 rows × 5 columns = 25 000 cells: under 1 write per 100 cells, the scattered totals (every 10th row) taking
    // one list of areas per ~40 cells, the contiguous inputs one range.
    expect(budgetWrites.length).toBeLessThan(250);
    const inputFill = budgetWrites.find(
      (w) => w.what === "format.fill.color" && w.value === "#FFF2CC"
    );
    expect(inputFill?.address).toBe("B1:B5000");
    const widths = budgetWrites
      .filter((w) => w.what === "format.columnWidth")
      .map((w) => w.address);
    expect(widths).toEqual(["A", "B:D", "E"]);
  });

  it("never touches an existing « Budget » sheet: the new budget goes to « Budget (2) » and its companions", async () => {
    const excel = new FakeExcel({ sheets: ["Budget", "Feuil1"] });
    const result = await write(excel, (names) => syntheticPlan(names, 20));
    expect(excel.existingSheetAccess).toEqual([]);
    expect(excel.writes.filter((w) => w.sheet === "Budget" || w.sheet === "Feuil1")).toEqual([]);
    expect(excel.created.map((s) => s.name)).toEqual([
      "Paramètres (2)",
      "Budget (2)",
      "Contrôles (2)",
      "Barème ACI (2)",
    ]);
    expect(result.renamed).toBe(true);
    expect(result.sheetNames.budget).toBe("Budget (2)");
    expect(result.createdSheets).toContain("Budget (2)");
    // The plan was rebuilt with the new names: formulas and defined names point into the new sheets.
    expect(excel.names.get("Total_Charges_Annee1")?.formula).toBe(
      `='Budget (2)'!$C$${DEFINED_NAMES.indexOf("Total_Charges_Annee1") + 1}`
    );
    expect(excel.writesTo("Budget (2)", "activate")).toHaveLength(1);
    expect(excel.syncs).toBe(2);
  });

  it("picks the first suffix free for every sheet, whatever the case of the existing names", async () => {
    const excel = new FakeExcel({ sheets: ["budget", "Budget (2)", "Paramètres (3)"] });
    const result = await write(excel, (names) => syntheticPlan(names, 5));
    expect(result.sheetNames.budget).toBe("Budget (4)");
    expect(result.sheetNames.parametres).toBe("Paramètres (4)");
  });

  it("tags the names it adds with the add-in's comment", async () => {
    const excel = new FakeExcel();
    await write(excel, (names) => syntheticPlan(names, 5));
    expect(excel.names.size).toBe(DEFINED_NAMES.length);
    for (const name of DEFINED_NAMES)
      expect(excel.names.get(name)?.comment).toBe(DEFINED_NAME_COMMENT);
  });

  it("points its own names left by an earlier budget at the new one, stale #REF! ones included, and says which", async () => {
    const ours = (formula: string) => ({ formula, comment: DEFINED_NAME_COMMENT });
    const excel = new FakeExcel({
      sheets: ["Budget"],
      names: {
        Taille: ours("='Paramètres'!$B$5"),
        // The earlier budget's sheet was deleted.
        Resultat_Annee1: ours("=#REF!$C$40"),
        Autre: "=Feuil1!A1",
      },
    });
    const result = await write(excel, (names) => syntheticPlan(names, 20));
    expect(result.replacedNames).toEqual(["Taille", "Resultat_Annee1"]);
    expect(excel.calls.filter((c) => c.what.startsWith("names.set:")).map((c) => c.what)).toEqual([
      "names.set:Taille",
      "names.set:Resultat_Annee1",
    ]);
    expect(excel.names.get("Taille")).toEqual(ours("='Budget (2)'!$C$1"));
    expect(excel.names.get("Resultat_Annee1")).toEqual(
      ours(`='Budget (2)'!$C$${DEFINED_NAMES.indexOf("Resultat_Annee1") + 1}`)
    );
    expect(excel.names.get("Autre")).toEqual({ formula: "=Feuil1!A1", comment: "" });
  });

  it.each([
    ["another sheet", "=Feuil1!$A$1"],
    ["the user's own sheet called « Budget »", "=Budget!$C$40"],
    ["a deleted sheet", "=#REF!$C$40"],
  ])(
    "stops before writing anything when a name it needs is the user's own, pointing to %s",
    async (_, formula) => {
      const excel = new FakeExcel({ sheets: ["Budget"], names: { Taille: formula } });
      const pattern = new RegExp(
        `le nom défini Taille \\(${formula.replace(/[$()]/g, "\\$&")}\\), que le complément n'a pas créé.*Rien n'a été écrit\\.$`
      );
      await expect(write(excel, (names) => syntheticPlan(names, 5))).rejects.toThrow(pattern);
      expect(excel.created).toEqual([]);
      expect(excel.calls.filter((c) => c.what.startsWith("names."))).toEqual([]);
      expect(excel.names.get("Taille")).toEqual({ formula, comment: "" });
      expect(excel.syncs).toBe(1);
    }
  );

  it("names every user's name it would need, in one message", async () => {
    const excel = new FakeExcel({
      names: { Taille: "=Feuil1!$A$1", Seuil_CAC: "='Budget (3)'!$B$2" },
    });
    await expect(write(excel, (names) => syntheticPlan(names, 5))).rejects.toThrow(
      "Le classeur contient déjà les noms définis Taille (=Feuil1!$A$1), Seuil_CAC (='Budget (3)'!$B$2), que le complément n'a pas créés"
    );
  });

  it("queues validations, conditional formats, charts, freeze panes and print setup on the new sheet", async () => {
    const excel = new FakeExcel();
    await write(excel, (names) => syntheticPlan(names, 20));
    const what = (w: string) => excel.writesTo("Budget").filter((x) => x.what === w);
    expect(what("dataValidation.rule")[0]).toMatchObject({
      address: "B2:B20",
      value: { decimal: { operator: "Between", formula1: 0, formula2: 1e9 } },
    });
    expect(what("conditionalFormat.rule.formula")[0]).toMatchObject({
      address: "C2:C20",
      value: "=C2>153000",
    });
    expect(what("chart")[0].value).toEqual({
      type: "ColumnClustered",
      seriesBy: "Columns",
      series: [
        { name: "Ligne 1", values: "Budget!$B$2:$B$3", categories: "Budget!$A$2:$A$3" },
        { name: "Produits", values: "Budget!$C$2:$C$3", categories: "Budget!$A$2:$A$3" },
      ],
    });
    expect(what("chart.position")[0].value).toEqual({ start: "G2", end: "L16" });
    expect(what("freezeRows")[0].value).toBe(1);
    expect(what("freezeAt")).toEqual([]);
    expect(what("pageLayout.centerHeader")[0].value).toBe("&BBudget && Budget");
    expect(what("pageLayout.zoom")[0].value).toEqual({
      horizontalFitToPages: 1,
      verticalFitToPages: 0,
    });
    expect(what("pageLayout.printOrder")).toEqual([]);
    expect(what("pageLayout.printTitleRows")[0].value).toBe("$1:$1");
    expect(what("pageLayout.printTitleColumns")).toEqual([]);
    expect(what("horizontalPageBreaks.add")).toEqual([]);
    expect(what("chart.categoryAxis.numberFormat")).toEqual([]);
    expect(what("note")).toEqual([]);
  });

  it("freezes rows and columns together or alone, and repeats the last frozen row unless told not to", async () => {
    const freezeWrites = async (layout: Layout) => {
      const excel = new FakeExcel();
      await write(excel, (names) => syntheticPlan(names, 20, layout));
      return excel
        .writesTo("Budget")
        .filter((w) => /^freeze|^pageLayout\.printTitle/.test(w.what))
        .map((w) => [w.what, w.value]);
    };
    const print = (repeatHeader?: boolean): SheetPlan["print"] => ({
      orientation: "portrait",
      fitToWidth: false,
      repeatHeader,
      title: "Budget",
    });
    expect(await freezeWrites({ frozenRows: 3, frozenColumns: 2, print: print() })).toEqual([
      ["freezeAt", "A1:B3"],
      ["pageLayout.printTitleRows", "$3:$3"],
      ["pageLayout.printTitleColumns", "$A:$B"],
    ]);
    expect(await freezeWrites({ frozenRows: 0, frozenColumns: 1, print: print() })).toEqual([
      ["freezeColumns", 1],
      ["pageLayout.printTitleColumns", "$A:$A"],
    ]);
    expect(await freezeWrites({ frozenRows: 4, print: print(false) })).toEqual([["freezeRows", 4]]);
    expect(await freezeWrites({ frozenRows: 0, print: print(true) })).toEqual([]);
  });

  it("adds the plan's comments as notes where the host has ExcelApi 1.18, without extra syncs", async () => {
    const excel = new FakeExcel({ excelApi: "1.18" });
    const result = await write(excel, (names) => syntheticPlan(names, 20));
    expect(excel.writesTo("Budget", "note")).toHaveLength(20);
    expect(excel.writesTo("Budget", "note")[0]).toMatchObject({
      address: "E1",
      value: "Compte du plan comptable associatif",
    });
    expect(excel.writes.filter((w) => w.what === "comment")).toEqual([]);
    expect(result.notes).toEqual({ mode: "notes", cells: 80 });
    expect(excel.syncs).toBe(2);
  });

  it("adds them as threaded comments where notes are missing (Excel 2021, 2024: ExcelApi 1.10 to 1.17)", async () => {
    const excel = new FakeExcel({ excelApi: "1.17" });
    const result = await write(excel, (names) => syntheticPlan(names, 20));
    expect(excel.requirementChecks).toEqual(["ExcelApi 1.18: false", "ExcelApi 1.10: true"]);
    expect(excel.writes.filter((w) => w.what === "note")).toEqual([]);
    const comments = excel.writesTo("Budget", "comment");
    expect(comments).toHaveLength(20);
    expect(comments[19]).toMatchObject({
      address: "E20",
      value: "Compte du plan comptable associatif",
      batch: 1,
    });
    expect(result.notes).toEqual({ mode: "comments", cells: 80 });
    expect(excel.syncs).toBe(2);
  });

  it("counts the comments it could not attach on a host with neither", async () => {
    const excel = new FakeExcel({ excelApi: "1.9" });
    const result = await write(excel, (names) => syntheticPlan(names, 20));
    expect(excel.writes.filter((w) => w.what === "note" || w.what === "comment")).toEqual([]);
    expect(result.notes).toEqual({ mode: "none", cells: 80 });
  });

  it("writes the real budget plan in two syncs, through Excel.run", async () => {
    const model = await computeBudget(inputs({ taille: 3, dateSignature: "2025-03-01" }));
    const excel = new FakeExcel({ sheets: ["Budget"] });
    (globalThis as { Excel?: unknown }).Excel = {
      run: (batch: (context: unknown) => Promise<unknown>) => batch(excel.context),
    };
    try {
      const result = await writePlanToWorkbook((sheetNames) =>
        buildWorkbookPlan(model, { sheetNames })
      );
      expect(result.syncs).toBe(2);
      expect(excel.syncs).toBe(2);
      expect(excel.existingSheetAccess).toEqual([]);
      expect(result.sheetNames.budget).toBe("Budget (2)");
      const planNames = buildWorkbookPlan(model, { sheetNames: result.sheetNames }).names;
      expect([...excel.names.keys()].sort()).toEqual(planNames.map((n) => n.name).sort());
      expect(DEFINED_NAMES.every((name) => excel.names.has(name))).toBe(true);
      for (const sheet of result.createdSheets) {
        const formulas = excel.writesTo(sheet, "formulas");
        expect(formulas).toHaveLength(1);
        expect(Array.isArray((formulas[0].value as unknown[][])[0])).toBe(true);
      }
      // Formulas reach the renamed sheets, never the user's « Budget ».
      const cells = excel.writes
        .filter((w) => w.what === "formulas")
        .flatMap((w) => (w.value as unknown[][]).flat());
      const refs = cells.filter((v): v is string => typeof v === "string" && v.includes("!"));
      expect(refs.length).toBeGreaterThan(0);
      expect(
        refs.filter((f) => /'Budget'!|\bBudget!/.test(f.replace(/'Budget \(2\)'!/g, "")))
      ).toEqual([]);
    } finally {
      delete (globalThis as { Excel?: unknown }).Excel;
    }
  });
});

describe("writePlanToWorkbook on the real budget plan", () => {
  let plan: WorkbookPlan;
  let excel: FakeExcel;
  let result: Awaited<ReturnType<typeof write>>;
  const sheetPlan = (name: string) => plan.sheets.find((s) => s.name === name)!;
  const writes = (sheet: string, what: string) => excel.writesTo(sheet, what).map((w) => w.value);

  beforeAll(async () => {
    const model = await computeBudget(inputs({ taille: 3, dateSignature: "2025-03-01" }));
    plan = buildWorkbookPlan(model);
    excel = new FakeExcel({ excelApi: "1.18" });
    result = await write(excel, (sheetNames) => buildWorkbookPlan(model, { sheetNames }));
  });

  it("still uses two syncs, every write queued before the last one", () => {
    expect(excel.syncs).toBe(2);
    expect(result.syncs).toBe(2);
    expect(new Set(excel.writes.map((w) => w.batch))).toEqual(new Set([1]));
    expect(result.createdSheets).toEqual(plan.sheets.map((s) => s.name));
  });

  it("freezes the cash plan's months and labels, and prints it in strips with its page breaks", () => {
    const tresorerie = sheetPlan(DEFAULT_SHEET_NAMES.tresorerie);
    // The plan does ask for all of it: frozen columns, breaks, strips and no repeated header.
    expect(tresorerie.frozenColumns).toBe(2);
    expect(tresorerie.frozenRows).toBeGreaterThan(0);
    expect(tresorerie.rowBreaks?.length).toBe(2);
    expect(tresorerie.print).toMatchObject({ fitToWidth: true, pagesWide: 3, repeatHeader: false });

    const name = tresorerie.name;
    expect(writes(name, "freezeAt")).toEqual([`A1:B${tresorerie.frozenRows}`]);
    expect(writes(name, "freezeRows")).toEqual([]);
    expect(writes(name, "horizontalPageBreaks.add")).toEqual(
      tresorerie.rowBreaks!.map((row) => `A${row}`)
    );
    expect(writes(name, "pageLayout.zoom")).toEqual([
      { horizontalFitToPages: 3, verticalFitToPages: 0 },
    ]);
    expect(writes(name, "pageLayout.printOrder")).toEqual(["OverThenDown"]);
    expect(writes(name, "pageLayout.printTitleRows")).toEqual([]);
    expect(writes(name, "pageLayout.printTitleColumns")).toEqual(["$A:$B"]);
  });

  it("shows the cash chart's months in the plan's date format", () => {
    const tresorerie = sheetPlan(DEFAULT_SHEET_NAMES.tresorerie);
    const format = tresorerie.charts[0].categoryFormat;
    expect(format).toBe("[$-40C]mmm yy");
    expect(writes(tresorerie.name, "chart.categoryAxis.numberFormat")).toEqual([format]);
    expect(writes(tresorerie.name, "chart.categoryAxis.linkNumberFormat")).toEqual([false]);
  });

  it("repeats the header row of the other sheets on each page, one page wide, with only their own breaks", () => {
    // Paramètres starts the team's tables and the indemnities on pages of their own.
    expect(sheetPlan(DEFAULT_SHEET_NAMES.parametres).rowBreaks).toHaveLength(2);
    for (const sheet of plan.sheets.filter((s) => s.name !== DEFAULT_SHEET_NAMES.tresorerie)) {
      const { name, frozenRows } = sheet;
      expect(writes(name, "freezeAt")).toEqual([]);
      expect(writes(name, "freezeColumns")).toEqual([]);
      expect(writes(name, "freezeRows")).toEqual(frozenRows > 0 ? [frozenRows] : []);
      expect(writes(name, "pageLayout.printTitleRows")).toEqual(
        frozenRows > 0 ? [`$${frozenRows}:$${frozenRows}`] : []
      );
      expect(writes(name, "pageLayout.printTitleColumns")).toEqual([]);
      expect(writes(name, "pageLayout.printOrder")).toEqual([]);
      expect(writes(name, "horizontalPageBreaks.add")).toEqual(
        (sheet.rowBreaks ?? []).map((row) => `A${row}`)
      );
      expect(writes(name, "pageLayout.zoom")).toEqual(
        sheet.print.fitToWidth ? [{ horizontalFitToPages: 1, verticalFitToPages: 0 }] : []
      );
    }
  });

  it("adds every cell comment of the plan as a note", () => {
    for (const sheet of plan.sheets) {
      const comments = sheet.rows.flatMap((row) =>
        row.filter((c) => c?.comment).map((c) => c!.comment)
      );
      expect(writes(sheet.name, "note")).toEqual(comments);
    }
    expect(excel.writes.some((w) => w.what === "note")).toBe(true);
  });
});

describe("a write that fails", () => {
  const ours = (formula: string) => ({ formula, comment: DEFINED_NAME_COMMENT });
  /** A workbook holding an earlier budget's « Budget » sheet and one of its names, and a name of the user's. */
  const earlierBudget = (failure: Pick<FakeOptions, "failSync" | "failAlsoSync">) =>
    new FakeExcel({
      sheets: ["Budget", "Feuil1"],
      names: { Taille: ours("='Paramètres'!$B$5"), Autre: "=Feuil1!A1" },
      ...failure,
    });
  const failedWrite = async (excel: FakeExcel) => {
    const error = await write(excel, (names) => syntheticPlan(names, 20)).then(
      () => undefined,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(BudgetWriteError);
    return error as BudgetWriteError;
  };
  const namesOf = (excel: FakeExcel) => Object.fromEntries(excel.names);

  it("removes the sheets and names it added and restores the names it repointed, in further syncs, and says so", async () => {
    const excel = earlierBudget({ failSync: { at: 2 } });
    const error = await failedWrite(excel);
    expect(excel.created).toEqual([]);
    expect(namesOf(excel)).toEqual({
      Taille: ours("='Paramètres'!$B$5"),
      Autre: { formula: "=Feuil1!A1", comment: "" },
    });
    expect(excel.existingSheetAccess).toEqual([]);
    // Sync 3 reads what is there, sync 4 deletes.
    expect(excel.syncs).toBe(4);
    const cleanup = excel.calls.filter((c) => c.batch > 1).map((c) => c.what);
    expect(excel.calls.filter((c) => c.batch > 1).every((c) => c.batch === 3)).toBe(true);
    expect(cleanup.filter((c) => c.startsWith("worksheets.delete:"))).toHaveLength(4);
    expect(cleanup.filter((c) => c.startsWith("names.delete:"))).toHaveLength(
      DEFINED_NAMES.length - 1
    );
    expect(cleanup).toContain("names.set:Taille");
    expect(error.leftSheets).toEqual([]);
    expect(describeError(error)).toBe(
      "Le budget n'a pas pu être écrit : Excel a refusé une valeur ou une adresse envoyée par le complément. " +
        "(code InvalidArgument, emplacement Workbook.worksheets, message « The argument is invalid or missing. ») " +
        "Les feuilles et les noms que cette génération avait ajoutés ont été supprimés : le classeur est tel qu'avant."
    );
  });

  it("deletes only the sheets Excel did add before the error", async () => {
    const excel = earlierBudget({ failSync: { at: 2, keepSheets: 2 } });
    await failedWrite(excel);
    expect(
      excel.calls.filter((c) => c.what.startsWith("worksheets.delete:")).map((c) => c.what)
    ).toEqual(["worksheets.delete:Paramètres (2)", "worksheets.delete:Budget (2)"]);
    expect(excel.created).toEqual([]);
  });

  it("names the sheets left to delete by hand when the clean-up fails too", async () => {
    const excel = earlierBudget({ failSync: { at: 2 }, failAlsoSync: 4 });
    const error = await failedWrite(excel);
    expect(error.leftSheets).toEqual([
      "Paramètres (2)",
      "Budget (2)",
      "Contrôles (2)",
      "Barème ACI (2)",
    ]);
    expect(error.message.replace(/\u00a0/g, " ")).toMatch(
      /^Le budget n'a pas pu être écrit : Excel a refusé une valeur .* Les feuilles ajoutées n'ont pas pu être supprimées \(Excel a rencontré une erreur interne\. .*\) : supprimez celles qui restent parmi « Paramètres \(2\) », « Budget \(2\) », « Contrôles \(2\) », « Barème ACI \(2\) » \(clic droit sur l'onglet › Supprimer\), puis relancez la génération\.$/
    );
  });

  it("adds nothing to clean when the first sync (the read) fails: the error is Excel's", async () => {
    const excel = new FakeExcel({ failSync: { at: 1 } });
    const error = await write(excel, (names) => syntheticPlan(names, 20)).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(BudgetWriteError);
    expect(describeError(error)).toMatch(/^Excel a refusé une valeur/);
    expect(excel.syncs).toBe(1);
  });
});

describe("text cells", () => {
  it.each([
    ...FORMULA_LIKE_TEXTS.map((t) => [t, `'${t}`]),
    ["'déjà entre apostrophes", "''déjà entre apostrophes"],
    ["#N/A", "'#N/A"],
    ["VRAI", "'VRAI"],
    ["606", "'606"],
    ["3 mars", "'3 mars"],
    ["CPTS du Val", "CPTS du Val"],
    ["", ""],
  ])("%p goes to Range.formulas as %p, so Excel keeps it as that text", (text, entry) => {
    expect(officeEntry({ text })).toBe(entry);
  });

  it("leaves formulas and constants as they are", () => {
    expect(officeEntry({ formula: "=1+1" })).toBe("=1+1");
    expect(officeEntry({ value: 12.5 })).toBe(12.5);
    expect(officeEntry({ value: false })).toBe(false);
    expect(officeEntry({ value: null })).toBe("");
    expect(officeEntry(null)).toBe("");
  });

  it.each(FORMULA_LIKE_TEXTS)(
    "writes the CPTS name %p as text in Paramètres; the titles still concatenate that cell",
    async (nom) => {
      const model = await computeBudget(inputs({ nom, dateSignature: "2025-03-01" }));
      const excel = new FakeExcel();
      await write(excel, (sheetNames) => buildWorkbookPlan(model, { sheetNames }));
      const grid = (sheet: string) => excel.writesTo(sheet, "formulas")[0].value as unknown[][];
      const parametres = grid(DEFAULT_SHEET_NAMES.parametres);
      const row = parametres.findIndex((r) => r[0] === "Nom de la CPTS");
      expect(parametres[row][1]).toBe(`'${nom}`);
      const nomRef = `'Paramètres'!$B$${row + 1}`;
      for (const sheet of [
        DEFAULT_SHEET_NAMES.budget,
        DEFAULT_SHEET_NAMES.tresorerie,
        DEFAULT_SHEET_NAMES.controles,
      ]) {
        const title = grid(sheet)[0][0];
        expect(title).toMatch(/^="[^"]+"&/);
        expect(title).toContain(nomRef);
      }
    }
  );
});

describe("readDefinedNamesInContext", () => {
  it("reads every defined name in one sync after a recalculation, leaving out the missing ones", async () => {
    const values = Object.fromEntries(
      DEFINED_NAMES.map((n, i) => [n, n.startsWith("CAC") ? i % 2 === 0 : i * 1000])
    );
    delete values.Resultat_Annee2;
    const excel = new FakeExcel({ nameValues: values });
    const read = await readDefinedNamesInContext(excel.context);
    expect(excel.syncs).toBe(1);
    expect(excel.calls[0].what).toBe("calculate:Recalculate");
    expect(read.Subventions_Annee1).toBe(values.Subventions_Annee1);
    expect(read.CAC_Obligatoire_Annee1).toBe(values.CAC_Obligatoire_Annee1);
    expect("Resultat_Annee2" in read).toBe(false);
  });
});
