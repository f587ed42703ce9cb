import { type BudgetModel } from "../../src/domain/budget";
import { readEntries } from "../../src/domain/realise/read";
import { writeRealiseInContext } from "../../src/taskpane/excel/realiseWriter";
import { BudgetWriteError } from "../../src/taskpane/excel/rollback";
import { buildWorkbookPlan } from "../../src/workbook/buildPlan";
import {
  DEFAULT_SHEET_NAMES,
  DEFINED_NAME_COMMENT,
  REALISE_NAMES,
  type SheetNames,
} from "../../src/workbook/names";
import {
  BOOKS,
  type Ecriture,
  entriesOfTexts,
  fecText,
  REALISE_CHARGES,
  realiseBudget,
  utf8Bytes,
} from "../helpers/realiseFiles";
import { FakeExcel, type FakeOptions } from "./fakeExcel";
import { FORMULA_LIKE_TEXTS } from "../helpers/formulaLikeTexts";

const BASELINE = { isSetSupported: () => false };

/** `n` entry lines: balanced écritures of two lines (a supply paid from the bank), one a day from 1 March 2025. */
function books(n: number): Ecriture[] {
  return Array.from({ length: n / 2 }, (_, i) => {
    const day = new Date(Date.UTC(2025, 2, 1 + (i % 600)));
    const date = day.toISOString().slice(0, 10).replace(/-/g, "");
    return {
      journal: "BQ",
      numero: String(i + 1),
      date,
      lines: [
        ["606100", "Fournitures", `Achat ${i + 1}`, "12,34", "0,00"],
        ["512000", "Banque", `Achat ${i + 1}`, "0,00", "12,34"],
      ],
    };
  });
}

/** A workbook holding the budget the add-in generated (its sheets, under `names`, and its defined names). */
function workbookWithBudget(
  model: BudgetModel,
  names: SheetNames = { ...DEFAULT_SHEET_NAMES },
  { sheets = [], names: userNames = {}, ...options }: FakeOptions = {}
): FakeExcel {
  const plan = buildWorkbookPlan(model, { sheetNames: names });
  return new FakeExcel({
    sheets: ["Données", ...plan.sheets.map((s) => s.name), ...sheets],
    names: {
      ...Object.fromEntries(
        plan.names.map((n) => [n.name, { formula: `=${n.ref}`, comment: DEFINED_NAME_COMMENT }])
      ),
      ...userNames,
    },
    ...options,
  });
}

const planFor = (model: BudgetModel, text: string) => {
  const file = readEntries(utf8Bytes(text));
  return (sheetNames: SheetNames, realiseSheets: { realise: string; ecritures: string }) =>
    buildWorkbookPlan(model, { sheetNames, realise: { file, sheetNames: realiseSheets } });
};

describe("Importing the actual into the open workbook", () => {
  it.each([10, 1000])(
    "adds Réalisé and Écritures in two syncs for %i entries, touching no existing sheet",
    async (n) => {
      const model = await realiseBudget();
      const excel = workbookWithBudget(model);
      const namesBefore = new Map(excel.names);

      const result = await writeRealiseInContext(
        excel.context,
        planFor(model, fecText(books(n))),
        BASELINE
      );

      expect(result.syncs).toBe(2);
      expect(excel.syncs).toBe(2);
      expect(excel.created.map((s) => s.name)).toEqual(["Réalisé", "Écritures"]);
      expect(excel.existingSheetAccess).toEqual([]);
      expect(new Set(excel.writes.map((w) => w.sheet))).toEqual(new Set(["Réalisé", "Écritures"]));
      // One formula grid per sheet, the entries' rows in a single assignment.
      const ecritures = excel.writesTo("Écritures", "formulas");
      expect(ecritures).toHaveLength(1);
      expect((ecritures[0].value as unknown[][]).length).toBeGreaterThan(n);
      // The budget's names are as they were; the Realise_* names are added with the add-in's comment.
      for (const [name, entry] of namesBefore) expect(excel.names.get(name)).toEqual(entry);
      const added = [...excel.names.keys()].filter((k) => !namesBefore.has(k));
      expect(added.length).toBeGreaterThan(0);
      expect(added.every((k) => (REALISE_NAMES as readonly string[]).includes(k))).toBe(true);
      expect(added).toContain("Realise_Charges_Annee1");
      expect(excel.names.get("Realise_Charges_Annee1")!.comment).toBe(DEFINED_NAME_COMMENT);
      expect(excel.names.get("Realise_Charges_Annee1")!.formula).toMatch(/^='Réalisé'!\$/);
    }
  );

  it("reads a renamed Budget sheet through its names, and frees the sheet names an earlier import took", async () => {
    const model = await realiseBudget();
    const names = { ...DEFAULT_SHEET_NAMES, budget: "Budget 2025", tresorerie: "Tréso" };
    const excel = workbookWithBudget(model, names, { sheets: ["Réalisé"] });

    const result = await writeRealiseInContext(
      excel.context,
      planFor(model, fecText(BOOKS)),
      BASELINE
    );

    expect(result).toMatchObject({
      realise: "Réalisé (2)",
      ecritures: "Écritures (2)",
      budget: "Budget 2025",
    });
    expect(excel.existingSheetAccess).toEqual([]);
    const formulas = JSON.stringify(excel.writesTo("Réalisé (2)", "formulas")[0].value);
    expect(formulas).toContain("'Budget 2025'!");
    expect(formulas).toContain("'Écritures (2)'!");
    expect(formulas).not.toMatch(/'Budget'!/);
  });

  it("points the names of an earlier import at the new sheets, and never takes the user's own", async () => {
    const model = await realiseBudget();
    const earlier = { formula: "='Réalisé'!$C$9", comment: DEFINED_NAME_COMMENT };
    const excel = workbookWithBudget(model, undefined, {
      sheets: ["Réalisé", "Écritures"],
      names: { Realise_Charges_Annee1: earlier },
    });

    const result = await writeRealiseInContext(
      excel.context,
      planFor(model, fecText(BOOKS)),
      BASELINE
    );

    expect(result.replacedNames).toEqual(["Realise_Charges_Annee1"]);
    expect(excel.names.get("Realise_Charges_Annee1")!.formula).toMatch(/^='Réalisé \(2\)'!\$/);

    const mine = workbookWithBudget(model, undefined, {
      names: { Realise_Banque_Fin: "=Feuil1!$A$1" },
    });
    await expect(
      writeRealiseInContext(mine.context, planFor(model, fecText(BOOKS)), BASELINE)
    ).rejects.toThrow(
      /le nom défini Realise_Banque_Fin \(=Feuil1!\$A\$1\), que le complément n'a pas créé/
    );
    expect(mine.created).toEqual([]);
  });

  it("writes nothing when the workbook holds no budget of the add-in", async () => {
    const model = await realiseBudget();
    const excel = new FakeExcel({
      sheets: ["Feuil1"],
      names: { Total_Charges_Annee1: "=Feuil1!$A$1" },
    });

    await expect(
      writeRealiseInContext(excel.context, planFor(model, fecText(BOOKS)), BASELINE)
    ).rejects.toThrow(
      /ne contient pas de budget généré par le complément \(le nom défini Taille est absent\)/
    );
    expect(excel.syncs).toBe(1);
    expect(excel.created).toEqual([]);
  });

  it("writes nothing when the pane's inputs give another budget than the workbook's", async () => {
    const workbookModel = await realiseBudget();
    const paneModel = await realiseBudget({ charges: REALISE_CHARGES.slice(0, 1) });
    const excel = workbookWithBudget(workbookModel);

    await expect(
      writeRealiseInContext(excel.context, planFor(paneModel, fecText(BOOKS)), BASELINE)
    ).rejects.toThrow(
      /n'a pas la disposition de celui que donnent les données du volet .* Rien n'a été écrit\./
    );
    expect(excel.created).toEqual([]);
    expect(excel.syncs).toBe(1);
  });

  it("removes the sheets and names it added when the write fails", async () => {
    const model = await realiseBudget();
    const excel = workbookWithBudget(model, undefined, { failSync: { at: 2, keepSheets: 1 } });
    const namesBefore = new Map(excel.names);

    const failure = writeRealiseInContext(excel.context, planFor(model, fecText(BOOKS)), BASELINE);

    await expect(failure).rejects.toBeInstanceOf(BudgetWriteError);
    // It speaks of this import, not of a generation of the budget.
    const message = ((await failure.catch((e: unknown) => e)) as Error).message;
    expect(message).toMatch(
      /^Le réalisé n'a pas pu être importé : .* Les feuilles et les noms que cet import avait ajoutés ont été supprimés : le classeur est tel qu'avant\.$/
    );
    expect(message).not.toMatch(/budget n'a pas pu|génération/);
    expect(excel.created).toEqual([]);
    expect(excel.calls.map((c) => c.what)).toContain("worksheets.delete:Réalisé");
    expect(new Map(excel.names)).toEqual(namesBefore);
    expect(excel.existingSheetAccess).toEqual([]);
    expect(excel.syncs).toBe(4);
  });

  it("names the sheets left to delete, and the import to run again, when the clean-up fails too", async () => {
    const model = await realiseBudget();
    const excel = workbookWithBudget(model, undefined, {
      failSync: { at: 2, keepSheets: 1 },
      failAlsoSync: 3,
    });

    const error = await writeRealiseInContext(
      excel.context,
      planFor(model, fecText(BOOKS)),
      BASELINE
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(BudgetWriteError);
    expect((error as Error).message.replace(/\u00a0/g, " ")).toMatch(
      /^Le réalisé n'a pas pu être importé : .* Les feuilles ajoutées n'ont pas pu être supprimées \(.*\) : supprimez celles qui restent parmi « Réalisé », « Écritures » \(clic droit sur l'onglet › Supprimer\), puis relancez l'import\.$/
    );
  });

  it("writes the file's texts that look like formulas as text: labels, account labels, journals, entry numbers", async () => {
    const model = await realiseBudget();
    const texts = [...FORMULA_LIKE_TEXTS, "\uFEFF=1+1", " =1+1"];
    const ecritures = entriesOfTexts(texts);
    const excel = workbookWithBudget(model);
    await writeRealiseInContext(excel.context, planFor(model, fecText(ecritures)), BASELINE);
    const grid = excel.writesTo("Écritures", "formulas")[0].value as unknown[][];
    for (const t of texts) {
      // The reader trims a field (a byte-order mark and spaces included).
      const read = t.trim();
      const row = grid.find((r) => r[3] === "'606100" && (r[5] === read || r[5] === `'${read}`))!;
      expect(row).toBeDefined();
      // Journal, entry number, account label and label: never a formula Excel would run.
      for (const cell of [row[1], row[2], row[4], row[5]]) {
        expect(typeof cell).toBe("string");
        expect(cell as string).not.toMatch(/^[=+\-@]/);
      }
    }
  });
});
