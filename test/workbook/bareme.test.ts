/**
 * The Barème ACI sheet is the one place the workbook reads the ACI amounts from: an amount typed there (as a treasurer
 * types their contract's) moves, once headless LibreOffice has recalculated the file, the Budget's ACI lines, the
 * totals and the Trésorerie's receipts by what the payment rules give (worked by hand below), and every formula of
 * the file equals what the add-in computes with that amount in its grid. Skipped with a loud notice where LibreOffice
 * is missing, except in CI.
 */
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { computeBudget } from "../../src/domain/budget";
import { type BudgetInputs } from "../../src/domain/budgetInputs";
import { type AciGrid, type Mission } from "../../src/domain/data/aciGrid";
import { AVENANT_2 } from "../../src/domain/data/aciGridVersions/avenant2";
import { buildWorkbookPlan } from "../../src/workbook/buildPlan";
import { columnLetter } from "../../src/workbook/names";
import { type SheetPlan, type WorkbookPlan } from "../../src/workbook/planTypes";
import { tailleCol } from "../../src/workbook/sheets/bareme/grid";
import { FIRST_MONTH, TOTAL_COL } from "../../src/workbook/sheets/tresorerie/grid";
import { writeXlsx } from "../../src/workbook/xlsxWriter";
import { withFixedAmount, withVersions } from "../helpers/aciGridVersions";
import { expectedNameValues } from "../helpers/expectedNames";
import {
  type CachedWorkbook,
  readCachedValues,
  recalculateXlsx,
  sofficeOrSkip,
} from "../helpers/libreoffice";
import { OPTION_SETS, parseRef, sameValue } from "../helpers/recalcCases";

/** A fixed amount typed over the Barème's: the row's code (its mission's « .fixe » row, or « fonctionnement »). */
interface Edit {
  mission: Exclude<Mission, "crise">;
  amount: number;
}

interface Case {
  name: string;
  edits: Edit[];
  /** Budget line → change of each budgeted year. */
  budget: Record<string, [number, number]>;
  /** Change of ACI_Annee1/2 and of Total_Produits_Annee1/2. */
  aci: [number, number];
  /** Trésorerie ACI row → month index (0: the signature's month) → change; every other month unchanged. */
  months: Record<string, Record<number, number>>;
}

const CASES: Case[] = [
  // T3 signed on 1 March 2025, missions from the signature, payments 2 months after each anniversary. Accès aux
  // soins fixe 90 000 → 100 000 € (+10 000): year 1's advance at signature +7 500 (75 %); in May 2026 year 1's
  // balance +2 500 and year 2's advance +7 500; in May 2027 the same for years 2 and 3.
  {
    name: "T3-defaut",
    edits: [{ mission: "acces", amount: 100000 }],
    budget: { "Accès aux soins : volet fixe": [7500, 10000] },
    aci: [7500, 10000],
    months: { "ACI : Accès aux soins": { 0: 7500, 14: 10000, 26: 10000 } },
  },
  // T4 with 120 members (missions +10 %) signed on 15 June 2022, before the cut-off of the financement additionnel.
  // Fonctionnement 90 000 → 100 000 € (+10 000), not majorated: paid whole at signature with its financement
  // additionnel (75 %: +7 500); year 2's advance +7 500 in August 2023; in August 2024 year 2's balance +2 500 and
  // year 3's advance +7 500. Accès aux soins fixe 110 000 → 120 000 €: +11 000 majorated, paid as above.
  {
    name: "T4-120-membres-toutes-options",
    edits: [
      { mission: "fonctionnement", amount: 100000 },
      { mission: "acces", amount: 120000 },
    ],
    budget: {
      Fonctionnement: [10000, 7500],
      "Fonctionnement : financement additionnel": [7500, 0],
      "Accès aux soins : volet fixe": [8250, 11000],
    },
    aci: [25750, 18500],
    months: {
      "ACI : Fonctionnement": { 0: 17500, 14: 7500, 26: 10000 },
      "ACI : Accès aux soins": { 0: 8250, 14: 11000, 26: 11000 },
    },
  },
];

const soffice = sofficeOrSkip(
  "test du barème recalculé par LibreOffice (test/workbook/bareme.test.ts)"
);
const describeWithLibreOffice = soffice ? describe : describe.skip;

const code = (m: Edit["mission"]) => (m === "fonctionnement" ? m : `${m}.fixe`);
const sheetOf = (plan: WorkbookPlan, name: string) => plan.sheets.find((s) => s.name === name)!;
const rowOf = (sheet: SheetPlan, col: number, label: string) => {
  const row = sheet.rows.findIndex((r) => r[col]?.text === label) + 1;
  if (row === 0) throw new Error(`${sheet.name} : ligne « ${label} » introuvable`);
  return row;
};

/** Every formula and defined name of a plan whose value in the recalculated file differs from the model's. */
function differences(plan: WorkbookPlan, book: CachedWorkbook, names: Record<string, unknown>) {
  const found: string[] = [];
  let compared = 0;
  for (const sheet of plan.sheets)
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.expected === undefined) return;
        compared += 1;
        const address = `${columnLetter(c + 1)}${r + 1}`;
        const actual = book.sheets.get(sheet.name)?.get(address);
        if (!sameValue(cell.expected, actual))
          found.push(
            `${sheet.name}!${address} ${cell.formula}: attendu ${cell.expected}, LibreOffice ${JSON.stringify(actual)}`
          );
      })
    );
  for (const [name, expected] of Object.entries(names)) {
    const { sheet, cell } = parseRef(plan.names.find((n) => n.name === name)!.ref);
    const actual = book.sheets.get(sheet)?.get(cell);
    if (!sameValue(expected as number, actual))
      found.push(
        `nom ${name} : attendu ${String(expected)}, LibreOffice ${JSON.stringify(actual)}`
      );
  }
  if (compared < 1500) found.push(`seulement ${compared} formules comparées`);
  return found;
}

/** Every constant of the plan (not a formula), by address: what the add-in wrote as a value. */
const constants = (plan: WorkbookPlan) =>
  plan.sheets
    .flatMap((s) =>
      s.rows.flatMap((r, i) =>
        r.map((c, j) =>
          c && c.formula === undefined
            ? `${s.name}!${columnLetter(j + 1)}${i + 1}=${c.value ?? c.text}`
            : ""
        )
      )
    )
    .filter(Boolean);

describeWithLibreOffice(
  "an amount typed in the Barème ACI moves the whole recalculated workbook",
  () => {
    let dir: string;
    const runs: {
      c: Case;
      inputs: BudgetInputs;
      plan: WorkbookPlan;
      before: CachedWorkbook;
      after: CachedWorkbook;
      edited: string[];
    }[] = [];

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "cpts-bareme-"));
      mkdirSync(join(dir, "in"));
      const files: string[] = [];
      const partial: Omit<(typeof runs)[number], "before" | "after">[] = [];
      for (const c of CASES) {
        const inputs = OPTION_SETS.find(([n]) => n === c.name)![1];
        const plan = buildWorkbookPlan(await computeBudget(inputs));
        const original = join(dir, "in", `${c.name}.xlsx`);
        writeFileSync(original, await writeXlsx(plan));
        // The amounts typed over the Barème's, with ExcelJS, in the taille's column.
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(original);
        const bareme = sheetOf(plan, "Barème ACI");
        const edited = c.edits.map(({ mission, amount }) => {
          const address = `${columnLetter(tailleCol(inputs.taille))}${rowOf(bareme, 0, code(mission))}`;
          workbook.getWorksheet(bareme.name)!.getCell(address).value = amount;
          return address;
        });
        const modified = join(dir, "in", `${c.name}-modifie.xlsx`);
        await workbook.xlsx.writeFile(modified);
        files.push(original, modified);
        partial.push({ c, inputs, plan, edited });
      }
      const outputs = await recalculateXlsx(soffice!, files, join(dir, "out"));
      for (const [i, p] of partial.entries())
        runs.push({
          ...p,
          before: await readCachedValues(outputs[2 * i]),
          after: await readCachedValues(outputs[2 * i + 1]),
        });
    });

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test.each(CASES.map((c) => c.name))(
      "%s: the Budget's ACI lines, ACI_Annee and Total_Produits move as the payment rules say",
      (name) => {
        const { c, plan, before, after } = runs.find((r) => r.c.name === name)!;
        const change = (sheet: string, address: string) =>
          (after.sheets.get(sheet)!.get(address) as number) -
          (before.sheets.get(sheet)!.get(address) as number);
        const budget = sheetOf(plan, "Budget");
        for (const [label, deltas] of Object.entries(c.budget)) {
          const row = rowOf(budget, 1, label);
          expect([label, change("Budget", `C${row}`), change("Budget", `D${row}`)]).toEqual([
            label,
            ...deltas.map((d) => expect.closeTo(d, 2)),
          ]);
        }
        const named = (n: string) => {
          const { sheet, cell } = parseRef(plan.names.find((x) => x.name === n)!.ref);
          return change(sheet, cell);
        };
        [0, 1].forEach((y) => {
          expect(named(`ACI_Annee${y + 1}`)).toBeCloseTo(c.aci[y], 2);
          expect(named(`Total_Produits_Annee${y + 1}`)).toBeCloseTo(c.aci[y], 2);
        });
      }
    );

    test.each(CASES.map((c) => c.name))(
      "%s: the Trésorerie's ACI receipts and total receipts move in the months of the payments, and no other",
      (name) => {
        const { c, plan, before, after } = runs.find((r) => r.c.name === name)!;
        const tresorerie = sheetOf(plan, "Trésorerie");
        const changes = (row: number) =>
          Array.from({ length: TOTAL_COL - FIRST_MONTH + 1 }, (_, k) => {
            const address = `${columnLetter(FIRST_MONTH + k)}${row}`;
            const value = (b: CachedWorkbook) => b.sheets.get("Trésorerie")!.get(address) as number;
            return Math.round((value(after) - value(before)) * 100) / 100;
          });
        const months = TOTAL_COL - FIRST_MONTH;
        const expected = (byMonth: Record<number, number>) => {
          const list = Array.from({ length: months }, (_, k) => byMonth[k] ?? 0);
          return [...list, list.reduce((s, d) => s + d, 0)];
        };
        const total = Array.from({ length: months + 1 }, () => 0);
        for (const [label, byMonth] of Object.entries(c.months)) {
          const wanted = expected(byMonth);
          expect([label, changes(rowOf(tresorerie, 0, label))]).toEqual([label, wanted]);
          wanted.forEach((d, k) => (total[k] += d));
        }
        expect(changes(rowOf(tresorerie, 0, "Total des encaissements"))).toEqual(total);
      }
    );

    test.each(CASES.map((c) => c.name))(
      "%s: every formula and defined name equals the add-in's budget computed with the typed amounts in its grid",
      async (name) => {
        const { c, inputs, plan, after, edited } = runs.find((r) => r.c.name === name)!;
        const grid = c.edits.reduce<AciGrid>(
          (g, e) => withFixedAmount(e.mission, inputs.taille, e.amount, g),
          AVENANT_2.grid
        );
        const typed = await withVersions([{ ...AVENANT_2, grid }]);
        const model = await typed.budget.computeBudget(inputs);
        const expectedPlan = typed.plan.buildWorkbookPlan(model);
        expect(differences(expectedPlan, after, expectedNameValues(model))).toEqual([]);
        // Nothing else the add-in writes as a value depends on the grid: only the typed cells differ.
        const [was, is] = [constants(plan), constants(expectedPlan)];
        expect(is.filter((x) => !was.includes(x))).toEqual(
          c.edits.map((e, i) => `Barème ACI!${edited[i]}=${e.amount}`)
        );
      }
    );
  }
);
