/**
 * Another independent recalculation: Gnumeric (ssconvert --recalc) recalculates the generated workbooks (the same
 * budgets as test/workbook/recalc.test.ts) and every formula and every defined name must equal the value the domain
 * model gives for its cell, to the cent. Formulas engines read differently (INDEX over a one-row range with a single
 * index is a row number for Gnumeric) and half cents rounded differently show up here.
 * Skipped with a loud notice where Gnumeric is missing, except in CI.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { computeBudget } from "../../src/domain/budget";
import { buildWorkbookPlan } from "../../src/workbook/buildPlan";
import { columnLetter } from "../../src/workbook/names";
import { type WorkbookPlan } from "../../src/workbook/planTypes";
import { writeXlsx } from "../../src/workbook/xlsxWriter";
import { recalculateWithGnumeric, ssconvertOrSkip } from "../helpers/gnumeric";
import { type CachedValue, type CachedWorkbook, readCachedValues } from "../helpers/libreoffice";
import { OPTION_SETS, parseRef, sameValue } from "../helpers/recalcCases";

const ssconvert = ssconvertOrSkip("test de recalcul Gnumeric (test/workbook/gnumeric.test.ts)");
const describeWithGnumeric = ssconvert ? describe : describe.skip;

/** What the model gives for the cell a reference names: its expected result for a formula, its value for an input. */
function modelValue(plan: WorkbookPlan, ref: string): CachedValue | undefined {
  const { sheet, cell } = parseRef(ref);
  const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(cell)!;
  const column = [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
  const planCell = plan.sheets.find((s) => s.name === sheet)?.rows[Number(row) - 1]?.[column - 1];
  return planCell?.expected ?? planCell?.value ?? undefined;
}

/** Every formula of the plan and every defined name whose Gnumeric value differs from the model's. */
function differences(plan: WorkbookPlan, recalculated: CachedWorkbook): string[] {
  const found: string[] = [];
  for (const sheet of plan.sheets) {
    const cells = recalculated.sheets.get(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.expected === undefined) return;
        const address = `${columnLetter(c + 1)}${r + 1}`;
        const actual = cells?.get(address);
        if (!sameValue(cell.expected, actual))
          found.push(
            `${sheet.name}!${address} ${cell.formula} : attendu ${cell.expected}, Gnumeric ${JSON.stringify(actual)}`
          );
      })
    );
  }
  for (const { name, ref } of plan.names) {
    const expected = modelValue(plan, ref);
    if (expected === undefined)
      found.push(`nom ${name} (${ref}) : cellule sans valeur dans le plan`);
    const written = recalculated.names.get(name);
    if (!written) {
      found.push(`nom ${name} absent du classeur recalculé`);
      continue;
    }
    const { sheet, cell } = parseRef(written);
    const actual = recalculated.sheets.get(sheet)?.get(cell);
    if (!sameValue(expected, actual))
      found.push(`nom ${name} (${ref}) : attendu ${expected}, Gnumeric ${JSON.stringify(actual)}`);
  }
  return found;
}

describeWithGnumeric(
  "Gnumeric recalculates every formula and every defined name to the domain's figures",
  () => {
    let dir: string;
    const plans = new Map<string, WorkbookPlan>();
    const recalculated = new Map<string, string>();

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "cpts-gnumeric-"));
      const files: string[] = [];
      for (const [name, budgetInputs] of OPTION_SETS) {
        const plan = buildWorkbookPlan(await computeBudget(budgetInputs));
        plans.set(name, plan);
        const file = join(dir, `${name}.xlsx`);
        writeFileSync(file, await writeXlsx(plan));
        files.push(file);
      }
      const outputs = await recalculateWithGnumeric(ssconvert!, files, join(dir, "recalcule"));
      OPTION_SETS.forEach(([name], i) => recalculated.set(name, outputs[i]));
    });

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test.each(OPTION_SETS.map(([name]) => name))(
      "%s: every formula and every defined name",
      async (name) => {
        const plan = plans.get(name)!;
        expect(plan.names.length).toBeGreaterThanOrEqual(20);
        expect(differences(plan, await readCachedValues(recalculated.get(name)!))).toEqual([]);
      }
    );
  }
);
