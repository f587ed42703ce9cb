/**
 * Budget versus actual in the workbook: the `Réalisé` and `Écritures` sheets exist only with imported entries, their
 * expected values are the domain's comparison, LibreOffice recalculates every formula to them, and an entry or the
 * account table edited in the file moves the totals as the domain says.
 */
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { type BudgetModel } from "../../src/domain/budget";
import { readEntries } from "../../src/domain/realise/read";
import { type EntriesFile } from "../../src/domain/realise/types";
import { defaultMappings, realiseLines } from "../../src/domain/realise/lines";
import { buildWorkbookPlan } from "../../src/workbook/buildPlan";
import { columnLetter, REALISE_NAMES } from "../../src/workbook/names";
import { type WorkbookPlan } from "../../src/workbook/planTypes";
import { writeXlsx } from "../../src/workbook/xlsxWriter";
import { sheetGrids, sheetWidth } from "../../src/taskpane/excel/sheetGrids";
import {
  type CachedWorkbook,
  readCachedValues,
  recalculateXlsx,
  sofficeOrSkip,
} from "../helpers/libreoffice";
import { parseRef, sameValue } from "../helpers/recalcCases";
import { BOOKS, entriesOfTexts, fecText, realiseBudget } from "../helpers/realiseFiles";
import { FORMULA_LIKE_TEXTS } from "../helpers/formulaLikeTexts";

const CSV = [
  "date;compte;libelle;debit;credit;enveloppe",
  "10/03/2025;606100;Encre pour l'atelier prévention;100,50;;Prévention",
  "15/04/2025;606;=1+1;20;;",
  '20/05/2025;625100;"Trajet; Dole";80,00;;parcours',
  "20/05/2025;625100;Annulation;;10,00;parcours",
  "2026-03-05;6257;Buffet;45,30;;",
  "30/06/2025;512;ACI;60000;;",
  "30/06/2025;7411;ACI;;60000;",
  "01/07/2025;671;Pénalité;30;;",
].join("\n");

const named = (plan: WorkbookPlan, name: string) => {
  const ref = plan.names.find((n) => n.name === name)?.ref;
  if (!ref) return undefined;
  const { sheet, cell } = parseRef(ref);
  const s = plan.sheets.find((x) => x.name === sheet)!;
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return s.rows[Number(m[2]) - 1][col - 1]?.expected;
};

describe("the plan with imported entries", () => {
  let model: BudgetModel;
  beforeAll(async () => {
    model = await realiseBudget();
  });

  test("no entries, no Réalisé sheet nor its names", () => {
    const plan = buildWorkbookPlan(model);
    expect(plan.sheets.map((s) => s.name)).not.toContain("Réalisé");
    expect(plan.names.some((n) => n.name.startsWith("Realise_"))).toBe(false);
  });

  test("with entries: Réalisé and Écritures before the scale, the names the file covers, the hand-computed totals", () => {
    const plan = buildWorkbookPlan(model, { realise: { file: readEntries(fecText(BOOKS)) } });
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Paramètres",
      "Budget",
      "Trésorerie",
      "Contrôles",
      "Comparatif",
      "Obligations",
      "Réalisé",
      "Écritures",
      "Barème ACI",
    ]);
    const names = plan.names.filter((n) => n.name.startsWith("Realise_")).map((n) => n.name);
    // The file has no entry in 2027: no third exercice's names.
    expect(names.sort()).toEqual(REALISE_NAMES.filter((n) => !n.endsWith("Exercice3")).sort());
    expect(named(plan, "Realise_Charges_Annee1")).toBe(425.8);
    expect(named(plan, "Realise_Charges_Annee2")).toBe(50);
    expect(named(plan, "Realise_Produits_Annee1")).toBe(59200);
    expect(named(plan, "Realise_Charges_Exercice1")).toBe(225.8);
    expect(named(plan, "Realise_Subventions_Exercice2")).toBe(39000);
    expect(named(plan, "Realise_Banque_Fin")).toBe(103684.2);
    // A chart of budget and actual by envelope.
    expect(plan.sheets.find((s) => s.name === "Réalisé")!.charts).toHaveLength(1);
  });

  test("a label that looks like a formula is written as text on Écritures", () => {
    const plan = buildWorkbookPlan(model, { realise: { file: readEntries(CSV) } });
    const ecritures = plan.sheets.find((s) => s.name === "Écritures")!;
    const cells = ecritures.rows.flat().filter((c) => c?.text === "=1+1");
    expect(cells).toHaveLength(1);
    expect(cells[0]!.formula).toBeUndefined();
    expect(ecritures.rows.flat().some((c) => c?.formula?.includes("1+1"))).toBe(false);
  });
});

const soffice = sofficeOrSkip("test de recalcul du réalisé (test/workbook/realise.test.ts)");
const describeWithLibreOffice = soffice ? describe : describe.skip;

/** Every formula of the Réalisé and Écritures sheets and every Realise_ name, against LibreOffice's results. */
function differences(plan: WorkbookPlan, book: CachedWorkbook): string[] {
  const found: string[] = [];
  let compared = 0;
  for (const sheet of plan.sheets.filter((s) => s.name === "Réalisé" || s.name === "Écritures")) {
    const cells = book.sheets.get(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.expected === undefined) return;
        compared++;
        const address = `${columnLetter(c + 1)}${r + 1}`;
        const actual = cells?.get(address) ?? (cell.expected === "" ? "" : undefined);
        if (!sameValue(cell.expected, actual))
          found.push(
            `${sheet.name}!${address} ${cell.formula} : attendu ${JSON.stringify(cell.expected)}, LibreOffice ${JSON.stringify(actual)}`
          );
      })
    );
  }
  for (const n of plan.names.filter((x) => x.name.startsWith("Realise_"))) {
    const ref = book.names.get(n.name);
    if (!ref) found.push(`nom ${n.name} absent`);
  }
  if (compared < 300) found.push(`seulement ${compared} formules comparées`);
  return found;
}

describeWithLibreOffice("LibreOffice recalculates Réalisé to the domain's comparison", () => {
  let dir: string;
  let model: BudgetModel;
  /** A FEC whose journals, entry numbers, account labels and labels look like formulas. */
  const formulaBooks = entriesOfTexts(FORMULA_LIKE_TEXTS);
  const cases: [string, EntriesFile][] = [
    ["fec", readEntries(fecText(BOOKS))],
    ["csv-enveloppes", readEntries(CSV)],
    ["fec-formules", readEntries(fecText(formulaBooks))],
  ];
  const plans = new Map<string, WorkbookPlan>();
  const recalculated = new Map<string, string>();

  beforeAll(async () => {
    model = await realiseBudget();
    dir = mkdtempSync(join(tmpdir(), "cpts-realise-"));
    const files: string[] = [];
    for (const [name, file] of cases) {
      const plan = buildWorkbookPlan(model, { realise: { file } });
      plans.set(name, plan);
      const path = join(dir, `${name}.xlsx`);
      writeFileSync(path, await writeXlsx(plan));
      files.push(path);
    }
    const outputs = await recalculateXlsx(soffice!, files, join(dir, "recalcule"));
    cases.forEach(([name], i) => recalculated.set(name, outputs[i]));
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(cases.map(([name]) => name))(
    "%s: every formula of Réalisé and Écritures",
    async (name) => {
      expect(
        differences(plans.get(name)!, await readCachedValues(recalculated.get(name)!))
      ).toEqual([]);
    }
  );

  test("texts of the file that look like formulas are that text once LibreOffice recalculates", async () => {
    const plan = plans.get("fec-formules")!;
    const ecritures = plan.sheets.find((s) => s.name === "Écritures")!;
    const cells = (await readCachedValues(recalculated.get("fec-formules")!)).sheets.get(
      "Écritures"
    )!;
    let checked = 0;
    ecritures.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.text === undefined || !FORMULA_LIKE_TEXTS.some((t) => t.trim() === cell.text))
          return;
        checked++;
        expect([
          `${columnLetter(c + 1)}${r + 1}`,
          cells.get(`${columnLetter(c + 1)}${r + 1}`),
        ]).toEqual([`${columnLetter(c + 1)}${r + 1}`, cell.text]);
      })
    );
    // Journal, number, account label and label of each entry's first line.
    expect(checked).toBeGreaterThanOrEqual(4 * FORMULA_LIKE_TEXTS.length);
  });

  test("an entry edited, and an account added to the table, in the file: the totals follow the domain", async () => {
    const source = cases[1][1];
    const plan = plans.get("csv-enveloppes")!;
    const ecritures = plan.sheets.find((s) => s.name === "Écritures")!;
    const realise = plan.sheets.find((s) => s.name === "Réalisé")!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(recalculated.get("csv-enveloppes")!);
    // The 20 € of fournitures (line 3 of the CSV) become 120 €; 671 is sent to line 606 in the account table.
    const entryRow = ecritures.rows.findIndex((r) => r[5]?.text === "=1+1") + 1;
    workbook.getWorksheet("Écritures")!.getCell(entryRow, 7).value = 120;
    const spare =
      realise.rows.findIndex(
        (r, i) =>
          r[0]?.style === "input" &&
          r[0].text === undefined &&
          realise.rows[i - 1]?.[0]?.text !== undefined
      ) + 1;
    const table = workbook.getWorksheet("Réalisé")!;
    table.getCell(spare, 1).value = "671";
    table.getCell(spare, 2).value = "606";
    const edited = join(dir, "modifie.xlsx");
    mkdirSync(dir, { recursive: true });
    await workbook.xlsx.writeFile(edited);
    const [output] = await recalculateXlsx(soffice!, [edited], join(dir, "modifie-recalcule"));

    const file: EntriesFile = {
      ...source,
      totalDebit: source.totalDebit + 10000,
      entries: source.entries.map((e) => (e.libelle === "=1+1" ? { ...e, debit: 12000 } : e)),
    };
    const mappings = [...defaultMappings(realiseLines(model)), { prefixe: "671", ligne: "606" }];
    const after = buildWorkbookPlan(model, { realise: { file, mappings } });
    // The new plan's table has the row the user typed where the edited file has it.
    expect(after.sheets.find((s) => s.name === "Réalisé")!.rows[spare - 1][0]?.text).toBe("671");
    const book = await readCachedValues(output);
    const value = (name: string) => {
      const { sheet, cell } = parseRef(after.names.find((n) => n.name === name)!.ref);
      return book.sheets.get(sheet)!.get(cell);
    };
    // Before: 100,50 + 20 + 70 + 0 = 190,50 of charges in année 1; after: + 100 € and the 30 € of 671.
    expect(named(plan, "Realise_Charges_Annee1")).toBe(190.5);
    expect(value("Realise_Charges_Annee1")).toBeCloseTo(320.5, 2);
    expect(named(after, "Realise_Charges_Annee1")).toBe(320.5);
    // The account table has one row more in the new plan (the user typed in a spare one): compare what is above it.
    const above = (d: string) =>
      !d.startsWith("Réalisé!") || Number(/^Réalisé!\D+(\d+)/.exec(d)![1]) < spare;
    expect(differences(after, book).filter(above)).toEqual([]);
  }, 240_000);
});

describe("a large file", () => {
  test("200 000 entries (more than a call's arguments can spread) build their plan, and the pane's grids", async () => {
    const model = await realiseBudget();
    const lines = ["date;compte;libelle;debit;credit"];
    for (let i = 0; i < 100_000; i++) {
      lines.push(`01/03/2025;606100;Achat ${i};12,34;`, `01/03/2025;512000;Achat ${i};;12,34`);
    }
    const file = readEntries(lines.join("\n"));
    expect(file.entries).toHaveLength(200_000);
    const plan = buildWorkbookPlan(model, { realise: { file } });
    const ecritures = plan.sheets.find((s) => s.name === "Écritures")!;
    expect(ecritures.rows.length).toBeGreaterThan(200_000);
    expect(sheetWidth(ecritures)).toBe(ecritures.rows[0].length);
    expect(sheetGrids(ecritures).formulas).toHaveLength(ecritures.rows.length);
  });
});
