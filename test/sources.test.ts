/**
 * Everything a user reads cites public sources only: never the team's working papers (the seed files 000_….txt, the
 * research notes, FACTS.md, the shared folder). Scans every string of generated workbook plans (cell texts, formulas,
 * notes, validation messages, chart titles), the pane's source notes, the CLI help and summary, the README, and every
 * string literal and JSX text of src/ (error messages included).
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import ts from "typescript";
import { helpText } from "../src/cli/options";
import { summaryText } from "../src/cli/summary";
import { computeBudget } from "../src/domain/budget";
import { type BudgetInputs } from "../src/domain/budgetInputs";
import { CASH_PLAN_HYPOTHESES } from "../src/domain/cashPlan";
import { sourceNotes } from "../src/taskpane/check/sourceNotes";
import { buildWorkbookPlan } from "../src/workbook/buildPlan";
import { forumInputs, inputs } from "./helpers/budgetInputs";

const INTERNAL = [
  /\b\d{3}_[0-9a-f]{16}\b/,
  /research-(domain|prefill|peers)/,
  /FACTS\.md/,
  /shared\//,
];

/** The strings that cite an internal working paper, each with where it was found. */
function offending(where: string, texts: Iterable<string>): string[] {
  return [...texts]
    .filter((text) => INTERNAL.some((pattern) => pattern.test(text)))
    .map((text) => `${where} : ${text}`);
}

/** Every string inside a value, however deep (a workbook plan is plain data). */
function* stringsOf(value: unknown): Generator<string> {
  if (typeof value === "string") yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsOf(item);
  else if (value && typeof value === "object")
    for (const item of Object.values(value)) yield* stringsOf(item);
}

/** String literals, template parts and JSX texts of a TypeScript file: its comments are not read. */
function* literalsOf(file: string): Generator<string> {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node))
      found.push(node.text);
    node.forEachChild(visit);
  };
  visit(source);
  yield* found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry) ? [path] : [];
  });
}

const CASES: [string, BudgetInputs][] = [
  ["T1 par défaut", inputs({ taille: 1 })],
  ["forum T3", forumInputs()],
  [
    "T4 avant la date limite, 120 membres, toutes options, salarié",
    inputs({
      taille: 4,
      membres: 120,
      dateSignature: "2022-03-15",
      optionnelles: true,
      crise: true,
      tauxVariable: 0.5,
      honorairesCac: 4800,
      coordinateur: { mode: "salarie", coef: 170, forfaitJours: true },
    }),
  ],
  [
    "T2 prestataire",
    inputs({ taille: 2, coordinateur: { mode: "prestataire", tarifJour: 500, joursParAn: 100 } }),
  ],
];

describe("no user-facing text cites an internal working paper", () => {
  test("the detector itself catches each internal pattern", () => {
    const samples = [
      "Plaquette GEIO (001_f98a04fbe12b67d6.txt)",
      "research-domain.md §7",
      "voir FACTS.md",
      "../shared/domain",
    ];
    expect(offending("exemple", samples)).toHaveLength(samples.length);
    expect(
      offending("exemple", ["FCPTS, « Pour un départ de ma CPTS sans fausse note », 12 mai 2023"])
    ).toEqual([]);
  });

  test.each(CASES)("workbook plan, pane notes and CLI summary: %s", async (_, budgetInputs) => {
    const model = await computeBudget(budgetInputs);
    const plan = buildWorkbookPlan(model);
    expect(
      plan.sheets.flatMap((s) => s.rows.flat()).filter((c) => c?.comment).length
    ).toBeGreaterThan(5);
    expect([
      ...offending("classeur", stringsOf(plan)),
      ...offending("volet", stringsOf(sourceNotes(budgetInputs))),
      ...offending("résumé CLI", [summaryText(model, "budget.xlsx")]),
    ]).toEqual([]);
  });

  test("the pane flags its single-source figures, citing the FCPTS document", () => {
    const notes = sourceNotes({
      taille: 4,
      membres: 120,
      dateSignature: "2022-03-15",
      dateLimiteAdditionnel: "2022-09-30",
    });
    expect(notes).toHaveLength(2);
    expect(
      notes.every((n) => n.text.includes("« Pour un départ de ma CPTS sans fausse note »"))
    ).toBe(true);
  });

  test("CLI help, README, cash-plan hypotheses and every string literal of src/", () => {
    const root = join(__dirname, "..");
    const files = sourceFiles(join(root, "src"));
    expect(files.length).toBeGreaterThan(30);
    expect([
      ...offending("aide CLI", [helpText()]),
      ...offending("README.md", readFileSync(join(root, "README.md"), "utf8").split("\n")),
      ...offending("hypothèses", CASH_PLAN_HYPOTHESES),
      ...files.flatMap((file) => offending(file.slice(root.length + 1), literalsOf(file))),
    ]).toEqual([]);
  });
});
