// What "Générer le budget" and "Revérifier" do in each mode: in the open workbook, or as a downloaded file.
import { computeBudget } from "../domain/budget";
import { type BudgetInputs } from "../domain/budgetInputs";
import { buildWorkbookPlan } from "../workbook/buildPlan";
import { type BudgetFigures, figuresFromModel, figuresFromNames } from "./check/figures";
import { writePlanToWorkbook, type WriteResult } from "./excel/officeWriter";
import { readDefinedNames } from "./excel/readBack";
import { describeError } from "./describeError";
import { createWorkbookFile, type WorkbookFile } from "./standalone/download";

export type PaneMode = "excel" | "standalone";

export type ProgressListener = (step: string, fraction: number) => void;

export interface GenerationOutcome {
  figures: BudgetFigures;
  /** What the user should know about where the budget went (renamed sheets, replaced names). */
  notices: string[];
  /** Standalone mode: the file just downloaded. */
  file?: WorkbookFile;
}

export interface BudgetService {
  generate(inputs: BudgetInputs, onProgress: ProgressListener): Promise<GenerationOutcome>;
  /** Excel mode: the workbook's current totals, read again. */
  recheck?: () => Promise<BudgetFigures>;
}

function writeNotices(result: WriteResult): string[] {
  const notices: string[] = [];
  const names = result.sheetNames;
  if (result.renamed) {
    notices.push(
      "Des feuilles portant les noms du budget existaient déjà : elles n'ont pas été modifiées. Le nouveau budget est dans " +
        result.createdSheets.map((n) => `«\u00a0${n}\u00a0»`).join(", ") +
        "."
    );
  }
  if (result.replacedNames.length > 0) {
    notices.push(
      `Les noms définis ${result.replacedNames.join(", ")} désignaient un budget précédent : ils désignent désormais ce nouveau budget (feuille «\u00a0${names.budget}\u00a0»).`
    );
  }
  const { mode, cells } = result.notes;
  if (cells > 0 && mode === "comments") {
    notices.push(
      "Cette version d'Excel n'ajoute pas de notes aux cellules : les sources et explications des cellules sont jointes en commentaires."
    );
  }
  if (cells > 0 && mode === "none") {
    notices.push(
      `Cette version d'Excel n'ajoute ni notes ni commentaires aux cellules : les sources et explications de ${cells} cellules ne sont pas dans le classeur. Le fichier du mode autonome (volet ouvert hors d'Excel) les contient.`
    );
  }
  return notices;
}

const recheckWorkbook = async () => figuresFromNames(await readDefinedNames());

export const excelService: BudgetService = {
  async generate(inputs, onProgress) {
    onProgress("Calcul du budget…", 0.1);
    const model = await computeBudget(inputs);
    onProgress("Écriture des feuilles dans le classeur…", 0.4);
    const result = await writePlanToWorkbook((sheetNames) =>
      buildWorkbookPlan(model, { sheetNames })
    );
    onProgress("Relecture des totaux dans le classeur…", 0.85);
    const notices = writeNotices(result);
    try {
      return { figures: await recheckWorkbook(), notices };
    } catch (error) {
      // The budget is written: say so, and show the generated figures until « Revérifier » reads the workbook.
      const unread =
        `Le budget est écrit dans le classeur, mais ses totaux n'ont pas pu être relus : ${describeError(error)} ` +
        "Les chiffres ci-dessous sont ceux du budget généré ; « Revérifier » relira le classeur.";
      return { figures: figuresFromModel(model), notices: [...notices, unread] };
    }
  },
  recheck: recheckWorkbook,
};

export const standaloneService: BudgetService = {
  async generate(inputs, onProgress) {
    onProgress("Calcul du budget…", 0.1);
    const model = await computeBudget(inputs);
    onProgress("Préparation des feuilles…", 0.35);
    const plan = buildWorkbookPlan(model);
    onProgress("Création du fichier Excel…", 0.6);
    const file = await createWorkbookFile(plan, inputs.nom);
    onProgress("Téléchargement…", 0.95);
    file.save();
    return { figures: figuresFromModel(model), notices: [], file };
  },
};
