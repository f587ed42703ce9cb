/**
 * Which Office.js members the writer, the import of the actual and the read-back touch, and since which ExcelApi
 * version each exists: every member used is looked up in @types/office-js (the "[Api set: ExcelApi x.y]" tag of its
 * JSDoc), and any member above the manifest's minimum (ExcelApi 1.9) must have been used only after isSetSupported
 * confirmed its version.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { computeBudget } from "../../src/domain/budget";
import { readDefinedNamesInContext } from "../../src/taskpane/excel/readBack";
import { writePlanInContext } from "../../src/taskpane/excel/officeWriter";
import { writeRealiseInContext } from "../../src/taskpane/excel/realiseWriter";
import { readEntries } from "../../src/domain/realise/read";
import { buildWorkbookPlan } from "../../src/workbook/buildPlan";
import { DEFINED_NAME_COMMENT } from "../../src/workbook/names";
import { BOOKS, fecText, realiseBudget, utf8Bytes } from "../helpers/realiseFiles";
import { FakeExcel, type FakeOptions, type MemberUse } from "./fakeExcel";
import { inputs } from "../helpers/budgetInputs";

/** The manifest's <Set Name="ExcelApi" MinVersion="…"/>: what every host that loads the add-in has. */
const MINIMUM = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(
  readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8")
)![1];

interface Tag {
  set: string;
  version: string;
}

/** "Class.member" → its requirement set, or null when its JSDoc has none, for the classes of the Excel namespace. */
function excelApiTags(): Map<string, Tag | null> {
  const dts = readFileSync(
    join(__dirname, "..", "..", "node_modules", "@types", "office-js", "index.d.ts"),
    "utf8"
  );
  const start = dts.indexOf("\ndeclare namespace Excel {");
  const end = dts.indexOf("\ndeclare namespace ", start + 1);
  const tags = new Map<string, Tag | null>();
  let className: string | undefined;
  let doc: string[] = [];
  let inDoc = false;
  for (const line of dts.slice(start, end).split("\n")) {
    const opened = /^ {4}class (\w+) /.exec(line);
    if (opened) {
      className = opened[1];
      continue;
    }
    if (/^ {4}\}/.test(line)) className = undefined;
    if (!className) continue;
    if (/^ {8}\/\*\*/.test(line)) {
      inDoc = !line.includes("*/");
      doc = [line];
      continue;
    }
    if (inDoc) {
      doc.push(line);
      inDoc = !line.includes("*/");
      continue;
    }
    const member = /^ {8}(?:readonly )?(\w+)\??[(:<]/.exec(line);
    if (!member) continue;
    const match = doc
      .map((l) => /^\s*\*\s*\[Api set: (\w+) ([\d.]+)\]\s*$/.exec(l))
      .find((m) => m !== null);
    const tag = match ? { set: match[1], version: match[2] } : null;
    const key = `${className}.${member[1]}`;
    const known = tags.get(key);
    // Overloads: the lowest version makes the member usable.
    if (known === undefined || (tag && (!known || newer(known.version, tag.version))))
      tags.set(key, tag);
    doc = [];
  }
  return tags;
}

const parts = (v: string) => v.split(".").map(Number);
/** Whether version a is above version b. */
function newer(a: string, b: string): boolean {
  const [x, y] = [parts(a), parts(b)];
  return x[0] !== y[0] ? x[0] > y[0] : (x[1] ?? 0) > (y[1] ?? 0);
}

/**
 * Members of the object model itself, declared without a tag: loading and reading a collection's items, null
 * objects, and the context's sync, workbook and application (OfficeExtension's base classes, ExcelApi 1.1).
 */
const UNTAGGED_CORE = new Set([
  "RequestContext.sync",
  "RequestContext.workbook",
  "RequestContext.application",
]);
const isUntaggedCore = (member: string) =>
  UNTAGGED_CORE.has(member) || /\.(load|items|isNullObject)$/.test(member);

const TAGS = excelApiTags();

/** The uses that break the rule: an unknown member, or one above the minimum used without its guard. */
function violations(uses: MemberUse[]): string[] {
  const found = new Set<string>();
  for (const { member, guards } of uses) {
    const tag = TAGS.get(member);
    if (!tag) {
      if (!isUntaggedCore(member)) found.add(`${member} : introuvable ou sans ensemble d'API`);
      continue;
    }
    if (tag.set !== "ExcelApi") {
      found.add(`${member} : ${tag.set} ${tag.version}`);
      continue;
    }
    if (!newer(tag.version, MINIMUM)) continue;
    const guarded = guards.some((g) => {
      const [set, version] = g.split(" ");
      return set === "ExcelApi" && !newer(tag.version, version);
    });
    if (!guarded) found.add(`${member} : ExcelApi ${tag.version} sans isSetSupported`);
  }
  return [...found].sort();
}

describe("Office.js members and their requirement sets", () => {
  it("reads the manifest's minimum and the tags of @types/office-js", () => {
    expect(MINIMUM).toBe("1.9");
    expect(TAGS.size).toBeGreaterThan(2500);
    expect(TAGS.get("Worksheet.notes")).toEqual({ set: "ExcelApi", version: "1.18" });
    expect(TAGS.get("Workbook.comments")).toEqual({ set: "ExcelApi", version: "1.10" });
    expect(TAGS.get("Worksheet.getRanges")).toEqual({ set: "ExcelApi", version: "1.9" });
    expect(TAGS.get("NamedItemCollection.add")).toEqual({ set: "ExcelApi", version: "1.4" });
    expect(TAGS.get("WorksheetCollection.items")).toBeNull();
    // The untagged members allowed are really untagged.
    for (const member of UNTAGGED_CORE) expect(TAGS.get(member) ?? null).toBeNull();
  });

  it("uses nothing above ExcelApi 1.9 without asking, on every host and every path of the writer", async () => {
    const model = await computeBudget(inputs({ dateSignature: "2025-03-01" }));
    const earlierBudget: FakeOptions = {
      sheets: ["Budget"],
      names: { Taille: { formula: "=#REF!$B$5", comment: DEFINED_NAME_COMMENT } },
    };
    const runs: FakeOptions[] = ["1.9", "1.10", "1.17", "1.18"].flatMap((excelApi) => [
      { excelApi, nameValues: { Taille: 2 } },
      { ...earlierBudget, excelApi },
      { ...earlierBudget, excelApi, failSync: { at: 2, keepSheets: 3 } },
    ]);
    const uses: MemberUse[] = [];
    for (const options of runs) {
      const excel = new FakeExcel(options);
      await writePlanInContext(
        excel.context,
        (sheetNames) => buildWorkbookPlan(model, { sheetNames }),
        excel.requirements
      ).catch(() => undefined);
      await readDefinedNamesInContext(excel.context);
      uses.push(...excel.uses);
    }
    const used = new Set(uses.map((u) => u.member));
    // Every path ran: notes, threaded comments, repointed names, the clean-up, the read-back.
    for (const member of [
      "NoteCollection.add",
      "CommentCollection.add",
      "NamedItem.formula",
      "NamedItem.delete",
      "Worksheet.delete",
      "Range.values",
      "ChartAxis.linkNumberFormat",
    ])
      expect(used).toContain(member);
    expect(used.size).toBeGreaterThan(50);
    expect(violations(uses)).toEqual([]);
  });

  it("uses nothing above ExcelApi 1.9 without asking when it imports the actual, on every path", async () => {
    const model = await realiseBudget();
    const budget = buildWorkbookPlan(model);
    const file = readEntries(utf8Bytes(fecText(BOOKS)));
    const withBudget = (options: FakeOptions): FakeOptions => ({
      ...options,
      sheets: [...budget.sheets.map((s) => s.name), ...(options.sheets ?? [])],
      names: {
        ...Object.fromEntries(
          budget.names.map((n) => [n.name, { formula: `=${n.ref}`, comment: DEFINED_NAME_COMMENT }])
        ),
        ...options.names,
      },
    });
    const earlierImport: FakeOptions = {
      sheets: ["Réalisé", "Écritures"],
      names: {
        Realise_Charges_Annee1: { formula: "='Réalisé'!$C$9", comment: DEFINED_NAME_COMMENT },
      },
    };
    const runs: FakeOptions[] = ["1.9", "1.10", "1.17", "1.18"].flatMap((excelApi) => [
      withBudget({ excelApi }),
      withBudget({ ...earlierImport, excelApi }),
      withBudget({ ...earlierImport, excelApi, failSync: { at: 2, keepSheets: 1 } }),
    ]);
    const uses: MemberUse[] = [];
    for (const options of runs) {
      const excel = new FakeExcel(options);
      await writeRealiseInContext(
        excel.context,
        (sheetNames, realiseSheets) =>
          buildWorkbookPlan(model, { sheetNames, realise: { file, sheetNames: realiseSheets } }),
        excel.requirements
      ).catch(() => undefined);
      uses.push(...excel.uses);
    }
    const used = new Set(uses.map((u) => u.member));
    // Every path ran: the names read with their comments, the activated sheet, repointed names, the clean-up.
    for (const member of [
      "NamedItem.comment",
      "NamedItemCollection.add",
      "Worksheet.activate",
      "ConditionalFormatCollection.add",
      "NamedItem.formula",
      "NamedItem.delete",
      "Worksheet.delete",
      "Application.suspendApiCalculationUntilNextSync",
    ])
      expect(used).toContain(member);
    expect(violations(uses)).toEqual([]);
  });

  it("catches a member above the minimum used without its guard", () => {
    const excel = new FakeExcel({ excelApi: "1.18" });
    expect(excel.context.workbook.comments).toBeDefined();
    expect(excel.requirements.isSetSupported("ExcelApi", "1.10")).toBe(true);
    void excel.context.workbook.comments;
    expect(violations(excel.uses)).toEqual([
      "Workbook.comments : ExcelApi 1.10 sans isSetSupported",
    ]);
    expect(violations([{ member: "Workbook.tables", guards: [] }])).toEqual([]);
    expect(
      violations([{ member: "Worksheet.customProperties", guards: ["ExcelApi 1.10"] }])
    ).toEqual(["Worksheet.customProperties : ExcelApi 1.12 sans isSetSupported"]);
    expect(violations([{ member: "Range.nothing", guards: [] }])).toEqual([
      "Range.nothing : introuvable ou sans ensemble d'API",
    ]);
  });
});

describe("the fake Excel", () => {
  it("refuses any member it does not implement, and reading what was only set", () => {
    const excel = new FakeExcel();
    const workbook = excel.context.workbook as unknown as Record<string, unknown>;
    expect(() => workbook.tables).toThrow("Membre non simulé : Excel.Workbook.tables");
    expect(() => (workbook.names = null)).toThrow(
      "Propriété non modifiable dans le faux : Excel.Workbook.names"
    );
    const sheet = excel.context.workbook.worksheets.add("Feuille");
    const range = sheet.getRange("A1");
    expect(() => range.formulas).toThrow("PropertyNotLoaded: Excel.Range.formulas");
    expect(() => (range as unknown as Record<string, unknown>).values).toThrow(
      "Membre non simulé : Excel.Range.values"
    );
  });
});
