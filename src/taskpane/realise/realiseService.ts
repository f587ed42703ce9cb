// What « Importer le réalisé » does in each mode: add the two sheets to the open workbook, or download the budget
// regenerated with them.
import { computeBudget } from "../../domain/budget";
import { type BudgetInputs } from "../../domain/budgetInputs";
import { compareWithBudget } from "../../domain/realise/aggregate";
import { type EntriesFile } from "../../domain/realise/types";
import { buildWorkbookPlan } from "../../workbook/buildPlan";
import { type ProgressListener } from "../budgetService";
import { writeRealiseToWorkbook } from "../excel/realiseWriter";
import { createWorkbookFile, type WorkbookFile } from "../standalone/download";
import { importReport, type ImportReport } from "./report";

export interface RealiseOutcome {
  report: ImportReport;
  /** Where the entries went, in a sentence. */
  notices: string[];
  /** Standalone mode: the file just downloaded. */
  file?: WorkbookFile;
}

export interface RealiseService {
  importEntries(
    inputs: BudgetInputs,
    file: EntriesFile,
    onProgress: ProgressListener
  ): Promise<RealiseOutcome>;
}

/** The file name of the budget with its actual: the budget's, suffixed « -suivi ». */
export const FOLLOW_UP_SUFFIX = "-suivi";

const quoted = (name: string) => `«\u00a0${name}\u00a0»`;

export const excelRealiseService: RealiseService = {
  async importEntries(inputs, file, onProgress) {
    onProgress("Calcul du budget…", 0.1);
    const model = await computeBudget(inputs);
    onProgress("Écriture des feuilles Réalisé et Écritures…", 0.4);
    const result = await writeRealiseToWorkbook((sheetNames, realiseSheets) =>
      buildWorkbookPlan(model, { sheetNames, realise: { file, sheetNames: realiseSheets } })
    );
    const notices = [
      `Les feuilles ${quoted(result.realise)} et ${quoted(result.ecritures)} sont ajoutées au classeur ; elles lisent le budget de la feuille ${quoted(result.budget)}. Les autres feuilles n'ont pas été modifiées.`,
    ];
    if (result.replacedNames.length > 0) {
      notices.push(
        `Les noms définis ${result.replacedNames.join(", ")} désignaient un import précédent : ils désignent désormais ${quoted(result.realise)}.`
      );
    }
    return { report: importReport(file, compareWithBudget(model, file)), notices };
  },
};

export const standaloneRealiseService: RealiseService = {
  async importEntries(inputs, file, onProgress) {
    onProgress("Calcul du budget…", 0.1);
    const model = await computeBudget(inputs);
    onProgress("Préparation des feuilles…", 0.35);
    const plan = buildWorkbookPlan(model, { realise: { file } });
    onProgress("Création du fichier Excel…", 0.6);
    const workbook = await createWorkbookFile(plan, inputs.nom, FOLLOW_UP_SUFFIX);
    onProgress("Téléchargement…", 0.95);
    workbook.save();
    return {
      report: importReport(file, compareWithBudget(model, file)),
      notices: [],
      file: workbook,
    };
  },
};
