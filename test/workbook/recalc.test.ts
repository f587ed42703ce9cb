/**
 * Real recalculation: the generated workbooks are recalculated by headless LibreOffice (forced on load) and every
 * formula and defined name must equal what computeBudget gives, to the cent, the 36 months of the Trésorerie
 * included; then Taille or the signature date is changed in a file and the recalculated figures must follow.
 * Skipped with a loud notice where LibreOffice is missing, except in CI.
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { computeBudget } from "../../src/domain/budget";
import { BudgetInputs } from "../../src/domain/budgetInputs";
import { buildWorkbookPlan } from "../../src/workbook/buildPlan";
import { excelDate } from "../../src/workbook/formats";
import { columnLetter } from "../../src/workbook/names";
import { WorkbookPlan } from "../../src/workbook/planTypes";
import { writeXlsx } from "../../src/workbook/xlsxWriter";
import {
  CachedValue,
  CachedWorkbook,
  convertWithLibreOffice,
  readCachedValues,
  recalculateXlsx,
  sofficeOrSkip,
} from "../helpers/libreoffice";
import { OPTION_SETS, parseRef, sameValue } from "../helpers/recalcCases";

jest.mock("modele-social", () =>
  jest.requireActual("../helpers/modeleSocial").modeleSocialAsCommonJs()
);

/**
 * Inputs changed in the recalculated files: Taille T1 → T4 (150 members: the majoration applies) and T4 → T2; the
 * signature date, which moves the whole payment calendar, the months and the exercices (the coordinator's employer
 * cost is a value the add-in computed, but it does not depend on the date).
 */
const EDITS: {
  name: string;
  changes: Pick<BudgetInputs, "taille"> | Pick<BudgetInputs, "dateSignature">;
  /** A defined name whose value the change must move. */
  moves: string;
}[] = [
  { name: "T1-optionnelles-variable50", changes: { taille: 4 }, moves: "Total_Produits_Annee1" },
  { name: "T4-120-membres-toutes-options", changes: { taille: 2 }, moves: "Total_Produits_Annee1" },
  {
    name: "T3-forum-28-decembre",
    changes: { dateSignature: "2024-09-16" },
    moves: "Tresorerie_Mois_Min",
  },
  {
    name: "T1-optionnelles-variable50",
    changes: { dateSignature: "2022-05-31" },
    moves: "Subventions_Encaissees_Exercice1",
  },
  // Moving the signature to the first day of the exercice drops the fee of year 1: the Budget follows Contrôles.
  {
    name: "T1-optionnelles-cac-par-exercice",
    changes: { dateSignature: "2025-01-01" },
    moves: "Total_Charges_Annee1",
  },
];

const soffice = sofficeOrSkip("test de recalcul LibreOffice (test/workbook/recalc.test.ts)");
const describeWithLibreOffice = soffice ? describe : describe.skip;

/** Formulas where they are, the type of the value elsewhere. */
const layout = (plan: WorkbookPlan) =>
  plan.sheets.map((s) =>
    s.rows.map((r) =>
      r.map((c) =>
        typeof c?.value === "string" && c.value.startsWith("=") ? c.value : typeof c?.value
      )
    )
  );

/**
 * Every formula of the plan and every defined name, compared with LibreOffice's results: the differences, or a note
 * if there were suspiciously few formulas to compare.
 */
function differences(
  plan: WorkbookPlan,
  recalculated: CachedWorkbook,
  names: Record<string, CachedValue>
): string[] {
  const found: string[] = [];
  let compared = 0;
  for (const sheet of plan.sheets) {
    const cells = recalculated.sheets.get(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.expected === undefined) return;
        compared += 1;
        const address = `${columnLetter(c + 1)}${r + 1}`;
        const actual = cells?.get(address);
        if (!sameValue(cell.expected, actual))
          found.push(
            `${sheet.name}!${address} ${cell.value}: attendu ${cell.expected}, LibreOffice ${JSON.stringify(actual)}`
          );
      })
    );
  }
  for (const [name, expected] of Object.entries(names)) {
    const ref = recalculated.names.get(name);
    if (!ref) {
      found.push(`nom ${name} absent du classeur recalculé`);
      continue;
    }
    const { sheet, cell } = parseRef(ref);
    const actual = recalculated.sheets.get(sheet)?.get(cell);
    if (!sameValue(expected, actual))
      found.push(
        `nom ${name} (${ref}) : attendu ${expected}, LibreOffice ${JSON.stringify(actual)}`
      );
  }
  if (compared < 1500) found.push(`seulement ${compared} formules comparées`);
  return found;
}

async function expectations(
  budgetInputs: BudgetInputs
): Promise<{ plan: WorkbookPlan; names: Record<string, CachedValue> }> {
  const model = await computeBudget(budgetInputs);
  const names: Record<string, CachedValue> = {
    Taille: budgetInputs.taille,
    Seuil_CAC: model.seuilCac,
  };
  model.annees.forEach((a, y) => {
    const n = y + 1;
    Object.assign(names, {
      [`ACI_Annee${n}`]: a.aci,
      [`Subventions_Annee${n}`]: a.seuil.counted,
      [`Total_Charges_Annee${n}`]: a.totalCharges,
      [`Total_Produits_Annee${n}`]: a.totalProduits,
      [`Resultat_Annee${n}`]: a.resultat,
      [`CAC_Obligatoire_Annee${n}`]: a.seuil.cacMandatory,
    });
  });
  const t = model.tresorerie;
  Object.assign(names, {
    Tresorerie_Min: t.min,
    Tresorerie_Mois_Min: excelDate(`${t.moisMin}-01`),
  });
  t.exercices.forEach((e, x) => {
    names[`Subventions_Encaissees_Exercice${x + 1}`] = e.encaissees.seuil.counted;
    names[`Subventions_Allouees_Exercice${x + 1}`] = e.allouees.seuil.counted;
  });
  return { plan: buildWorkbookPlan(model), names };
}

describeWithLibreOffice(
  "LibreOffice recalculates the generated workbooks to the domain's figures",
  () => {
    let dir: string;
    const expected = new Map<string, Awaited<ReturnType<typeof expectations>>>();
    const recalculated = new Map<string, string>();

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "cpts-recalc-"));
      const files: string[] = [];
      for (const [name, budgetInputs] of OPTION_SETS) {
        const expectation = await expectations(budgetInputs);
        expected.set(name, expectation);
        const file = join(dir, `${name}.xlsx`);
        writeFileSync(file, await writeXlsx(expectation.plan));
        files.push(file);
      }
      const outputs = await recalculateXlsx(soffice!, files, join(dir, "recalcule"));
      OPTION_SETS.forEach(([name], i) => recalculated.set(name, outputs[i]));
    });

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test.each(OPTION_SETS.map(([name]) => name))(
      "%s: every formula and every defined name",
      async (name) => {
        const { plan, names } = expected.get(name)!;
        expect(differences(plan, await readCachedValues(recalculated.get(name)!), names)).toEqual(
          []
        );
      }
    );

    test("after Taille or the signature date is changed in the file, LibreOffice's figures follow computeBudget", async () => {
      const edited: string[] = [];
      const after: Awaited<ReturnType<typeof expectations>>[] = [];
      for (const [i, { name, changes }] of EDITS.entries()) {
        const expectation = await expectations({
          ...OPTION_SETS.find(([n]) => n === name)![1],
          ...changes,
        });
        // Same inputs but one: the same layout, so the original file's cells are the new plan's.
        expect(layout(expectation.plan)).toEqual(layout(expected.get(name)!.plan));
        after.push(expectation);
        // Edit the file LibreOffice saved, whose cached results are now stale: the forced recalculation must redo them.
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(recalculated.get(name)!);
        const parametres = expectation.plan.sheets[0];
        if ("taille" in changes) {
          const { sheet, cell } = parseRef(
            expectation.plan.names.find((n) => n.name === "Taille")!.ref
          );
          workbook.getWorksheet(sheet)!.getCell(cell).value = changes.taille;
        } else {
          const row =
            parametres.rows.findIndex((r) => r[0]?.value === "Date de signature de l'ACI") + 1;
          workbook.getWorksheet(parametres.name)!.getCell(row, 2).value = excelDate(
            changes.dateSignature
          );
        }
        const file = join(dir, "modifie", `${i}-${name}.xlsx`);
        mkdirSync(join(dir, "modifie"), { recursive: true });
        await workbook.xlsx.writeFile(file);
        edited.push(file);
      }
      const outputs = await recalculateXlsx(soffice!, edited, join(dir, "modifie-recalcule"));
      for (const [i, { name, moves }] of EDITS.entries()) {
        const { plan, names } = after[i];
        expect(names[moves]).not.toBe(expected.get(name)!.names[moves]);
        expect(differences(plan, await readCachedValues(outputs[i]), names)).toEqual([]);
      }
    });

    test("renders the richest workbook and the forum's cash plan to PDF and PNG pages in test-output/", async () => {
      const out = join(__dirname, "..", "..", "test-output");
      mkdirSync(out, { recursive: true });
      const renders: [string, string][] = [
        ["budget-T4", "T4-120-membres-toutes-options"],
        ["tresorerie-forum", "T3-forum-28-decembre"],
      ];
      const files = await Promise.all(
        renders.map(async ([file, name]) => {
          const xlsx = join(out, `${file}.xlsx`);
          writeFileSync(xlsx, await writeXlsx(expected.get(name)!.plan));
          return xlsx;
        })
      );
      const pdfs = await convertWithLibreOffice(soffice!, files, "pdf", out);
      expect(pdfs.every((pdf) => existsSync(pdf))).toBe(true);
      if (existsSync("/usr/bin/pdftoppm")) {
        renders.forEach(([file], i) =>
          execFileSync("/usr/bin/pdftoppm", ["-r", "80", "-png", pdfs[i], join(out, file)])
        );
        const pages = (file: string) =>
          readdirSync(out).filter((f) => new RegExp(`^${file}-\\d+\\.png$`).test(f));
        expect(pages("budget-T4").length).toBeGreaterThanOrEqual(4);
        // Paramètres, Budget, Trésorerie (3 strips of 12 months, the chart, the calendar), Contrôles, Barème.
        expect(pages("tresorerie-forum").length).toBeGreaterThanOrEqual(9);
      }
    });
  }
);
