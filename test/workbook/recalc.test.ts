/**
 * Real recalculation: the generated workbooks are recalculated by headless LibreOffice (forced on load) and every
 * formula and defined name must equal what computeBudget gives, to the cent; then Taille is changed in a file and
 * the recalculated totals must follow. Skipped with a loud notice where LibreOffice is missing, except in CI.
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { computeBudget } from "../../src/domain/budget";
import { BudgetInputs, defaultBudgetInputs } from "../../src/domain/budgetInputs";
import { buildWorkbookPlan } from "../../src/workbook/buildPlan";
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

jest.mock("modele-social", () => jest.requireActual("../helpers/modeleSocial").modeleSocialAsCommonJs());

type Changes = Partial<Omit<BudgetInputs, "coordinateur">> & { coordinateur?: Partial<BudgetInputs["coordinateur"]> };

function inputs(changes: Changes): BudgetInputs {
  const base = defaultBudgetInputs();
  return {
    ...base,
    dateSignature: "2025-03-01",
    ...changes,
    coordinateur: { ...base.coordinateur, ...changes.coordinateur },
  };
}

/** Charges, funders, dues, indemnities and contributions filled in, on top of the given options. */
function filled(changes: Changes): BudgetInputs {
  const base = defaultBudgetInputs();
  return inputs({
    honorairesCac: 4800,
    cotisationParMembre: 30,
    membres: 150,
    financeurs: base.financeurs.map((f, i) => ({ ...f, annee1: 7500 * i, annee2: 2500 * i })),
    charges: base.charges.map((c, i) => ({
      ...c,
      enveloppe: i % 3 === 0 ? "acces" : "fonctionnement",
      annee1: 1234.5 * (i + 1),
      annee2: 987.65 * i,
    })),
    indemnites: base.indemnites.map((i, k) => ({
      ...i,
      professionnels: 3 * k,
      parProfessionnelAnnee1: 1800,
      parProfessionnelAnnee2: 2400.5,
    })),
    contributionsVolontaires: base.contributionsVolontaires.map((c) => ({ ...c, annee1: 5000, annee2: 6500 })),
    ...changes,
  });
}

const OPTION_SETS: [string, BudgetInputs][] = [
  ...[1, 2, 3, 4].map((taille): [string, BudgetInputs] => [
    `T${taille}-defaut`,
    inputs({ taille: taille as 1 | 2 | 3 | 4 }),
  ]),
  ["T1-optionnelles-variable50", filled({ taille: 1, optionnelles: true, tauxVariable: 0.5 })],
  [
    "T2-crise-salarie",
    filled({ taille: 2, crise: true, coordinateur: { mode: "salarie", coef: 170, forfaitJours: true, mois: 18 } }),
  ],
  [
    "T3-avant-date-limite-prestataire",
    filled({
      taille: 3,
      dateSignature: "2022-03-15",
      coordinateur: { mode: "prestataire", tarifJour: 550, joursParAn: 120, mois: 20 },
    }),
  ],
  [
    "T4-120-membres-toutes-options",
    filled({
      taille: 4,
      membres: 120,
      optionnelles: true,
      tauxVariable: 0.5,
      crise: true,
      dateSignature: "2022-06-15",
      coordinateur: { coef: 275, etp: 0.8, mois: 6 },
    }),
  ],
  [
    "T2-aci-non-comptee-ge-30-mois",
    filled({ taille: 2, aciSubventionPublique: false, coordinateur: { mois: 30, etp: 0.5 } }),
  ],
  [
    "T4-variable-100-salarie-mi-temps",
    filled({
      taille: 4,
      membres: 99,
      tauxVariable: 1,
      optionnelles: true,
      coordinateur: { mode: "salarie", etp: 0.5, coef: 275 },
    }),
  ],
];

/** Taille changes made in the recalculated files: T1 → T4 (150 members: the majoration applies), T4 → T2. */
const TAILLE_CHANGES: [string, 1 | 2 | 3 | 4][] = [
  ["T1-optionnelles-variable50", 4],
  ["T4-120-membres-toutes-options", 2],
];

const soffice = sofficeOrSkip("test de recalcul LibreOffice (test/workbook/recalc.test.ts)");
const describeWithLibreOffice = soffice ? describe : describe.skip;

function parseRef(ref: string): { sheet: string; cell: string } {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!match) throw new Error(`Référence inattendue : ${ref}`);
  return { sheet: (match[1] ?? match[2]).replace(/''/g, "'"), cell: `${match[3]}${match[4]}` };
}

/** Formulas where they are, the type of the value elsewhere. */
const layout = (plan: WorkbookPlan) =>
  plan.sheets.map((s) =>
    s.rows.map((r) =>
      r.map((c) => (typeof c?.value === "string" && c.value.startsWith("=") ? c.value : typeof c?.value))
    )
  );

const sameValue = (expected: CachedValue | undefined, actual: CachedValue | undefined) =>
  typeof expected === "number"
    ? typeof actual === "number" && Math.abs(actual - expected) < 0.005
    : expected === actual;

/**
 * Every formula of the plan and every defined name, compared with LibreOffice's results: the differences, or a note
 * if there were suspiciously few formulas to compare.
 */
function differences(plan: WorkbookPlan, recalculated: CachedWorkbook, names: Record<string, CachedValue>): string[] {
  const found: string[] = [];
  let compared = 0;
  for (const sheet of plan.sheets) {
    const cells = recalculated.sheets.get(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.expected === undefined) return;
        compared += 1;
        const address = `${String.fromCharCode(65 + c)}${r + 1}`;
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
      found.push(`nom ${name} (${ref}) : attendu ${expected}, LibreOffice ${JSON.stringify(actual)}`);
  }
  if (compared < 200) found.push(`seulement ${compared} formules comparées`);
  return found;
}

async function expectations(
  budgetInputs: BudgetInputs
): Promise<{ plan: WorkbookPlan; names: Record<string, CachedValue> }> {
  const model = await computeBudget(budgetInputs);
  const names: Record<string, CachedValue> = { Taille: budgetInputs.taille, Seuil_CAC: model.seuilCac };
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
  return { plan: buildWorkbookPlan(model), names };
}

describeWithLibreOffice("LibreOffice recalculates the generated workbooks to the domain's figures", () => {
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

  test.each(OPTION_SETS.map(([name]) => name))("%s: every formula and every defined name", async (name) => {
    const { plan, names } = expected.get(name)!;
    expect(differences(plan, await readCachedValues(recalculated.get(name)!), names)).toEqual([]);
  });

  test("after Taille is changed in the file, LibreOffice's totals follow computeBudget with the new taille", async () => {
    const edited: string[] = [];
    const after = new Map<string, Awaited<ReturnType<typeof expectations>>>();
    for (const [name, taille] of TAILLE_CHANGES) {
      const budgetInputs = { ...OPTION_SETS.find(([n]) => n === name)![1], taille };
      const expectation = await expectations(budgetInputs);
      // Same inputs but the taille: the same layout, so the original file's cells are the new plan's.
      expect(layout(expectation.plan)).toEqual(layout(expected.get(name)!.plan));
      after.set(name, expectation);
      // Edit the file LibreOffice saved, whose cached results are now stale: the forced recalculation must redo them.
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(recalculated.get(name)!);
      const { sheet, cell } = parseRef(expectation.plan.names.find((n) => n.name === "Taille")!.ref);
      workbook.getWorksheet(sheet)!.getCell(cell).value = taille;
      const file = join(dir, "modifie", `${name}.xlsx`);
      mkdirSync(join(dir, "modifie"), { recursive: true });
      await workbook.xlsx.writeFile(file);
      edited.push(file);
    }
    const outputs = await recalculateXlsx(soffice!, edited, join(dir, "modifie-recalcule"));
    for (const [i, [name]] of TAILLE_CHANGES.entries()) {
      const { plan, names } = after.get(name)!;
      const before = expected.get(name)!.names;
      expect(names.Total_Produits_Annee1).not.toBe(before.Total_Produits_Annee1);
      expect(differences(plan, await readCachedValues(outputs[i]), names)).toEqual([]);
    }
  });

  test("renders the richest workbook to PDF and PNG pages in test-output/ for a visual check", async () => {
    const out = join(__dirname, "..", "..", "test-output");
    const xlsx = join(out, "budget-T4.xlsx");
    mkdirSync(out, { recursive: true });
    writeFileSync(xlsx, await writeXlsx(expected.get("T4-120-membres-toutes-options")!.plan));
    const [pdf] = await convertWithLibreOffice(soffice!, [xlsx], "pdf", out);
    expect(existsSync(pdf)).toBe(true);
    if (existsSync("/usr/bin/pdftoppm")) {
      execFileSync("/usr/bin/pdftoppm", ["-r", "80", "-png", pdf, join(out, "budget-T4")]);
      expect(readdirSync(out).filter((f) => /^budget-T4-\d+\.png$/.test(f)).length).toBeGreaterThanOrEqual(4);
    }
  });
});
