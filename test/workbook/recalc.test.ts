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
import { type BudgetModel, computeBudget } from "../../src/domain/budget";
import { type BudgetInputs } from "../../src/domain/budgetInputs";
import { sum } from "../../src/domain/errors";
import { type TeamAccount } from "../../src/domain/team";
import { buildWorkbookPlan } from "../../src/workbook/buildPlan";
import { excelDate } from "../../src/workbook/formats";
import { columnLetter } from "../../src/workbook/names";
import { type WorkbookPlan } from "../../src/workbook/planTypes";
import { writeXlsx } from "../../src/workbook/xlsxWriter";
import {
  type CachedValue,
  type CachedWorkbook,
  convertWithLibreOffice,
  readCachedValues,
  recalculateXlsx,
  sofficeOrSkip,
} from "../helpers/libreoffice";
import { expectedAnnee0Names, expectedNameValues } from "../helpers/expectedNames";
import { failedChecks } from "../../src/taskpane/check/failedChecks";
import { figuresFromModel, figuresFromNames } from "../../src/taskpane/check/figures";
import { type NameValues } from "../../src/taskpane/excel/readBack";
import { ANNEE0_NAMES, DEFINED_NAMES, EXERCICE_ANNEE0_NAMES } from "../../src/workbook/names";
import { DEFAULT_BUDGETS, OPTION_SETS, parseRef, sameValue } from "../helpers/recalcCases";

/**
 * The running cost the edit raises, and the T3 default charges with it raised by `by` each year: the treasurer's own
 * figures, no longer an estimate.
 */
const RAISED = "Communication et publications";
function raised(label: string, by: number): BudgetInputs["charges"] {
  return DEFAULT_BUDGETS.find(([n]) => n === "T3-defaut")![1].charges.map((c) =>
    c.label === label
      ? { ...c, annee1: c.annee1 + by, annee2: c.annee2 + by, estimation: undefined }
      : c
  );
}

/**
 * Inputs changed in the recalculated files: Taille T1 → T4 (150 members: the majoration applies) and T4 → T2; the
 * signature date, which moves the whole payment calendar, the months and the exercices (the coordinator's employer
 * cost is a value the add-in computed, but it does not depend on the date).
 */
const EDITS: {
  name: string;
  changes:
    | Pick<BudgetInputs, "taille">
    | Pick<BudgetInputs, "dateSignature">
    | Pick<BudgetInputs, "charges">;
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
  // A running cost of fonctionnement raised by 500 € each year: its « actions à détailler » line follows.
  {
    name: "T3-defaut",
    changes: { charges: raised(RAISED, 500) },
    moves: "Reste_A_Affecter_Annee1",
  },
];

/** What FACTS.md §7 sets for each running cost by taille (€ a year), and the CAC fee and governance hours. */
const FACTS_7: { compte: string; label: RegExp; byTaille: number[] }[] = [
  { compte: "606", label: /^Outils informatiques/, byTaille: [1500, 2000, 3000, 4000] },
  { compte: "613", label: /^Locations/, byTaille: [0, 0, 0, 0] },
  { compte: "616", label: /^Assurances/, byTaille: [600, 800, 1000, 1200] },
  { compte: "618", label: /^Formation/, byTaille: [500, 800, 1000, 1500] },
  { compte: "622", label: /^Expert-comptable/, byTaille: [2500, 3000, 3500, 4500] },
  { compte: "623", label: /^Communication/, byTaille: [1000, 1500, 2500, 3500] },
  // 2 000, 3 000, 4 000 and 6 000 km × 0,636 €/km.
  { compte: "625", label: /^Déplacements/, byTaille: [1272, 1908, 2544, 3816] },
  { compte: "6257", label: /^Événements/, byTaille: [1500, 2000, 3000, 4000] },
  { compte: "627", label: /^Services bancaires/, byTaille: [150, 200, 250, 300] },
];
const CAC_FEES = [4500, 5000, 5500, 6500];
const GOVERNANCE_HOURS = [80, 120, 160, 220];

const soffice = sofficeOrSkip("test de recalcul LibreOffice (test/workbook/recalc.test.ts)");
const describeWithLibreOffice = soffice ? describe : describe.skip;

/**
 * Formulas where they are, the type of the value elsewhere; but the estimates' count, whose formula compares each
 * estimated line with the add-in's figure (which the edit of a line replaces).
 */
const layout = (plan: WorkbookPlan) => {
  const count = parseRef(plan.names.find((n) => n.name === "Estimations_Restantes")!.ref);
  return plan.sheets.map((s) =>
    s.rows.map((r, i) =>
      r.map((c, j) =>
        s.name === count.sheet && `${columnLetter(j + 1)}${i + 1}` === count.cell
          ? "estimations"
          : (c?.formula ?? (c?.text !== undefined ? "string" : typeof c?.value))
      )
    )
  );
};

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
            `${sheet.name}!${address} ${cell.formula}: attendu ${cell.expected}, LibreOffice ${JSON.stringify(actual)}`
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
): Promise<{ model: BudgetModel; plan: WorkbookPlan; names: Record<string, CachedValue> }> {
  const model = await computeBudget(budgetInputs);
  const names = { ...expectedNameValues(model), ...expectedAnnee0Names(model) };
  return { model, plan: buildWorkbookPlan(model), names };
}

/** What the pane reads back in Excel: each defined name's value in the recalculated file. */
function nameValues(recalculated: CachedWorkbook): NameValues {
  const values: NameValues = {};
  for (const name of [...DEFINED_NAMES, ...ANNEE0_NAMES, ...EXERCICE_ANNEE0_NAMES]) {
    const ref = recalculated.names.get(name);
    if (!ref) continue;
    const { sheet, cell } = parseRef(ref);
    const value = recalculated.sheets.get(sheet)?.get(cell);
    if (value !== undefined && typeof value !== "object") values[name] = value;
  }
  return values;
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

    test.each(OPTION_SETS.map(([name]) => name))(
      "%s: the pane lists the same checks from the names read back as from the model",
      async (name) => {
        const { model } = expected.get(name)!;
        const fromWorkbook = figuresFromNames(
          nameValues(await readCachedValues(recalculated.get(name)!))
        );
        const fromModel = figuresFromModel(model);
        expect(failedChecks(fromWorkbook)).toEqual(failedChecks(fromModel));
        // Whole: the estimates' count, année 0's period, its split by exercice and its lettre d'intention's exercice.
        expect({ ...fromWorkbook, origin: "modele" }).toEqual(fromModel);
      }
    );

    test("the read-back path reports the detailed checks: CAC fee missing, fonctionnement overspent, PASS", async () => {
      const ids = new Set<string>();
      for (const [name] of OPTION_SETS) {
        const book = await readCachedValues(recalculated.get(name)!);
        for (const check of failedChecks(figuresFromNames(nameValues(book))))
          ids.add(check.id.replace(/-\d$/, ""));
      }
      expect([...ids].sort()).toEqual(
        // No « excédent »: every envelope's remainder goes to its « actions à détailler » line.
        expect.arrayContaining(["deficit", "fonctionnement", "honoraires-cac", "indemnites"])
      );
    });

    test.each(OPTION_SETS.map(([name]) => name))(
      "%s: in the recalculated file, each year's ACI is the calendar's payments dated inside that year",
      async (name) => {
        const { plan } = expected.get(name)!;
        const book = await readCachedValues(recalculated.get(name)!);
        const value = (ref: string) => {
          const { sheet, cell } = parseRef(ref);
          return book.sheets.get(sheet)!.get(cell) as number;
        };
        const tresorerie = plan.sheets.find((s) => s.name === "Trésorerie")!;
        const header = tresorerie.rows.findIndex((r) => r[0]?.text === "Versement") + 1;
        const cells = book.sheets.get("Trésorerie")!;
        const payments: { date: number; amount: number }[] = [];
        for (let row = header + 1; typeof cells.get(`B${row}`) === "number"; row++) {
          payments.push({
            date: cells.get(`B${row}`) as number,
            amount: cells.get(`C${row}`) as number,
          });
        }
        expect(payments.length).toBeGreaterThan(40);
        const parametres = plan.sheets.find((s) => s.name === "Paramètres")!;
        const datesRow = (label: string) =>
          parametres.rows.findIndex((r) => r[0]?.text === label) + 1;
        const [debut, fin] = [datesRow("Début"), datesRow("Fin")];
        ["B", "C"].forEach((col, y) => {
          const [from, to] = [debut, fin].map((row) => value(`'Paramètres'!$${col}$${row}`));
          const paid = payments
            .filter((p) => p.date >= from && p.date <= to)
            .reduce((sum, p) => sum + p.amount, 0);
          expect(value(plan.names.find((n) => n.name === `ACI_Annee${y + 1}`)!.ref)).toBeCloseTo(
            paid,
            2
          );
        });
      }
    );

    test.each([
      "T3-forum-equipe-trois-postes",
      "T3-equipe-trois-postes-optionnelles",
      "T4-equipe-taxe-juillet",
    ])(
      "%s: the team's names and Budget lines equal the model to the cent, its Trésorerie rows model.equipe.parMois",
      async (name) => {
        const { model, plan } = expected.get(name)!;
        const book = await readCachedValues(recalculated.get(name)!);
        const value = (ref: string) => {
          const { sheet, cell } = parseRef(ref);
          return book.sheets.get(sheet)!.get(cell) as number;
        };
        const named = (n: string) => value(plan.names.find((x) => x.name === n)!.ref);
        const e = model.equipe;
        [0, 1].forEach((y) => {
          expect(named(`Cout_Equipe_Annee${y + 1}`)).toBeCloseTo(e.coutEquipe[y], 2);
          expect(named(`Masse_Salariale_Annee${y + 1}`)).toBeCloseTo(e.masseSalariale[y], 2);
          expect(named(`Taxe_Salaires_Annee${y + 1}`)).toBeCloseTo(e.parAnnee.taxeSalaires[y], 2);
        });
        const accounts: [string, TeamAccount][] = [
          ["621", "ge"],
          ["622", "prestataire"],
          ["631", "taxeSalaires"],
          ["641", "salaires"],
          ["645", "chargesSociales"],
        ];
        const budget = plan.sheets.find((x) => x.name === "Budget")!;
        const tresorerie = plan.sheets.find((x) => x.name === "Trésorerie")!;
        const cells = (sheet: string) => book.sheets.get(sheet)!;
        for (const [compte, account] of accounts) {
          const line = model.charges.flatMap((c) => c.lignes).find((l) => l.kind === account)!;
          expect(line.compte).toBe(compte);
          const row = budget.rows.findIndex((r) => r[1]?.text === line.label) + 1;
          expect(budget.rows[row - 1][4]!.text).toBe("Équipe (voir Paramètres)");
          ["C", "D"].forEach((col, y) =>
            expect(cells("Budget").get(`${col}${row}`)).toBeCloseTo(e.parAnnee[account][y], 2)
          );
          const tRow =
            tresorerie.rows.findIndex((r) => r[0]?.expected === `${compte} ${line.label}`) + 1;
          const months = e.parMois[account].map((_, k) =>
            cells("Trésorerie").get(`${columnLetter(3 + k)}${tRow}`)
          );
          months.forEach((m, k) => expect(m).toBeCloseTo(e.parMois[account][k], 6));
        }
        // The analytic split loses no cent: nothing is left without an envelope.
        const unassigned = budget.rows
          .map((r, i) => (r[1]?.text === "Charges sans enveloppe reconnue" ? i + 1 : 0))
          .filter(Boolean);
        expect(unassigned).toHaveLength(2);
        for (const row of unassigned) expect(cells("Budget").get(`D${row}`)).toBe(0);
      }
    );

    test.each(DEFAULT_BUDGETS.map(([name]) => name))(
      "%s: no error value in any cell; the budget balances but for the overspend; the actions lines and FACTS §7 defaults",
      async (name) => {
        const { model, plan } = expected.get(name)!;
        const book = await readCachedValues(recalculated.get(name)!);
        const errors = [...book.sheets].flatMap(([sheet, cells]) =>
          [...cells]
            .filter(([, v]) => typeof v === "object")
            .map(([cell, v]) => `${sheet}!${cell} ${JSON.stringify(v)}`)
        );
        expect(errors).toEqual([]);
        const budget = plan.sheets.find((x) => x.name === "Budget")!;
        const cells = book.sheets.get("Budget")!;
        const amount = (row: number, y: number) => cells.get(`${"CD"[y]}${row}`) as number;
        const rowOf = (test: (r: (typeof budget.rows)[number]) => boolean) =>
          budget.rows.findIndex(test) + 1;
        const named = (n: string) => {
          const { sheet, cell } = parseRef(plan.names.find((x) => x.name === n)!.ref);
          return book.sheets.get(sheet)!.get(cell) as number;
        };
        // Résultat = −Σ overspends (the balance tables' totals, column G); 0: charges = produits.
        const totals = budget.rows
          .map((r, i) => (r[1]?.text === "Total des enveloppes" ? i + 1 : 0))
          .filter(Boolean);
        expect(totals).toHaveLength(2);
        [0, 1].forEach((y) => {
          const overspend = cells.get(`G${totals[y]}`) as number;
          expect(overspend).toBeCloseTo(
            sum(model.annees[y].equilibre.map((e) => e.depassement)),
            2
          );
          expect(named(`Resultat_Annee${y + 1}`)).toBeCloseTo(-overspend, 2);
          if (overspend === 0)
            expect(named(`Total_Charges_Annee${y + 1}`)).toBeCloseTo(
              named(`Total_Produits_Annee${y + 1}`),
              2
            );
        });
        // One « actions à détailler » line per contracted envelope, at the model's remainder.
        const actions = model.charges.flatMap((c) => c.lignes).filter((l) => l.kind === "actions");
        expect(actions).toHaveLength(model.annees[0].equilibre.length);
        for (const line of actions) {
          const row = rowOf((r) => r[1]?.text === line.label);
          [0, 1].forEach((y) => expect(amount(row, y)).toBeCloseTo(line.montants[y], 2));
        }
        // FACTS.md §7, line by line, in the recalculated file.
        const t = model.inputs.taille - 1;
        for (const fact of FACTS_7) {
          const row = rowOf(
            (r) => r[0]?.text === fact.compte && fact.label.test(String(r[1]?.text))
          );
          expect([fact.compte, row > 0]).toEqual([fact.compte, true]);
          [0, 1].forEach((y) => expect(amount(row, y)).toBe(fact.byTaille[t]));
        }
        const cac = rowOf((r) => r[1]?.text === "Honoraires du commissaire aux comptes");
        [0, 1].forEach((y) =>
          expect(amount(cac, y)).toBe(model.annees[y].cacRetenu ? CAC_FEES[t] : 0)
        );
        const parametres = plan.sheets[0];
        const params = book.sheets.get(parametres.name)!;
        const pRow = (label: string) => parametres.rows.findIndex((r) => r[0]?.text === label) + 1;
        expect(params.get(`B${pRow("Honoraires annuels du commissaire aux comptes")}`)).toBe(
          CAC_FEES[t]
        );
        const governance = pRow("Indemnités de gouvernance (bureau, conseil d'administration)");
        const roles = model.inputs.gouvernance.map((_, k) => governance + 1 + k);
        expect(
          sum(roles.map((r) => (params.get(`C${r}`) as number) * (params.get(`D${r}`) as number)))
        ).toBe(GOVERNANCE_HOURS[t]);
        // Each mission's remuneration: 30 % of its fixed part received in the year.
        const hours = pRow("Rémunérations des missions : heures et montants");
        model.inputs.remunerationsMissions.forEach((_, k) =>
          [0, 1].forEach((y) =>
            expect(params.get(`${"GH"[y]}${hours + 1 + k}`) as number).toBeCloseTo(
              0.3 * (params.get(`${"BC"[y]}${hours + 1 + k}`) as number),
              2
            )
          )
        );
      }
    );

    test("a president giving 700 hours a year is over the PASS: PASS_Depasse is TRUE in the recalculated file", async () => {
      const name = "T1-indemnites-au-dela-du-pass";
      const { model, plan } = expected.get(name)!;
      expect(model.annees[0].indemnites.depasse).toBe(true);
      const book = await readCachedValues(recalculated.get(name)!);
      const { sheet, cell } = parseRef(
        plan.names.find((n) => n.name === "PASS_Depasse_Annee1")!.ref
      );
      expect(book.sheets.get(sheet)!.get(cell)).toBe(true);
      const defaults = expected
        .get("T1-defaut")!
        .plan.names.find((n) => n.name === "PASS_Depasse_Annee1")!;
      const at = parseRef(defaults.ref);
      const other = await readCachedValues(recalculated.get("T1-defaut")!);
      expect(other.sheets.get(at.sheet)!.get(at.cell)).toBe(false);
    });

    test("année 0 in the recalculated file: exercice 2026 passes 153 000 € only with its money, the CAC fee follows", async () => {
      const value = async (name: string, defined: string) => {
        const book = await readCachedValues(recalculated.get(name)!);
        const { sheet, cell } = parseRef(book.names.get(defined)!);
        return book.sheets.get(sheet)!.get(cell);
      };
      const name = "T1-annee0-lettre-intention-fevrier";
      // 142 500 € of ACI on 2026-10-01, + 15 000 (CNAM) + 10 000 and 24 000 (ARS, Hauts-de-France).
      expect(await value(name, "Subventions_Encaissees_Exercice1")).toBe(191500);
      expect(await value(name, "Subventions_Annee0")).toBe(49000);
      expect(await value(name, "Produits_Annee0")).toBe(49000);
      expect(await value(name, "CAC_Retenu_Annee1")).toBe(true);
      expect(await value(name, "Honoraires_CAC_Annee1")).toBe(4500);
    });

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
        if ("charges" in changes) {
          const budget = expectation.plan.sheets.find((x) => x.name === "Budget")!;
          changes.charges.forEach((c) => {
            const row = budget.rows.findIndex((r) => r[1]?.text === c.label) + 1;
            const sheet = workbook.getWorksheet(budget.name)!;
            sheet.getCell(row, 3).value = c.annee1;
            sheet.getCell(row, 4).value = c.annee2;
          });
        } else if ("taille" in changes) {
          const { sheet, cell } = parseRef(
            expectation.plan.names.find((n) => n.name === "Taille")!.ref
          );
          workbook.getWorksheet(sheet)!.getCell(cell).value = changes.taille;
        } else {
          const row =
            parametres.rows.findIndex((r) => r[0]?.text === "Date de signature de l'ACI") + 1;
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
      // The raised running cost moved what remains to detail by as much, each year (fonctionnement is not overspent).
      const i = EDITS.findIndex((e) => "charges" in e.changes);
      const book = await readCachedValues(outputs[i]);
      const before = await readCachedValues(recalculated.get(EDITS[i].name)!);
      const named = (b: CachedWorkbook, n: string) => {
        const { sheet, cell } = parseRef(after[i].plan.names.find((x) => x.name === n)!.ref);
        return b.sheets.get(sheet)!.get(cell) as number;
      };
      for (const n of ["Reste_A_Affecter_Annee1", "Reste_A_Affecter_Annee2"])
        expect(named(book, n) - named(before, n)).toBeCloseTo(-500, 2);
      // The estimate replaced by the treasurer's figure no longer counts: one estimate fewer in the file.
      expect(named(book, "Estimations_Restantes")).toBe(named(before, "Estimations_Restantes") - 1);
      expect(named(before, "Estimations_Restantes")).toBe(
        expected.get(EDITS[i].name)!.model.estimations.length
      );
    });

    test("renders the richest workbook and the forum's cash plan to PDF and PNG pages in test-output/", async () => {
      const out = join(__dirname, "..", "..", "test-output");
      mkdirSync(out, { recursive: true });
      const renders: [string, string][] = [
        ["budget-T4", "T4-120-membres-toutes-options"],
        ["tresorerie-forum", "T3-forum-28-decembre"],
        ["equipe-trois-postes", "T3-forum-equipe-trois-postes"],
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
        expect(pages("equipe-trois-postes").length).toBeGreaterThanOrEqual(9);
      }
    });
  }
);
