/**
 * When the write fails after sheets were queued (Excel stops a batch at its first error without undoing what came
 * before), the sheets and names this run added are removed and the names it repointed get their formula back, so
 * the workbook is left as it was; the error then says what happened.
 */
import { describeError } from "../describeError";
import { PaneError } from "../paneError";
import { type NameChanges } from "./definedNames";

const quotedList = (names: string[]) => names.map((n) => `«\u00a0${n}\u00a0»`).join(", ");

/** What the run was writing: the budget (« Générer le budget ») or the actual beside it (the import). */
export type WriteKind = "budget" | "realise";

const WORDS: Readonly<Record<WriteKind, { failed: string; run: string; again: string }>> = {
  budget: {
    failed: "Le budget n'a pas pu être écrit",
    run: "cette génération avait ajoutés",
    again: "relancez la génération",
  },
  realise: {
    failed: "Le réalisé n'a pas pu être importé",
    run: "cet import avait ajoutés",
    again: "relancez l'import",
  },
};

/** A write that failed, with what was done about the sheets it had added. */
export class BudgetWriteError extends PaneError {
  constructor(
    readonly failure: unknown,
    /** The added sheets that may still be in the workbook: empty once they are removed. */
    readonly leftSheets: string[],
    cleanupError?: unknown,
    kind: WriteKind = "budget"
  ) {
    const words = WORDS[kind];
    super(
      `${words.failed} : ${describeError(failure)} ` +
        (leftSheets.length === 0
          ? `Les feuilles et les noms que ${words.run} ont été supprimés : le classeur est tel qu'avant.`
          : `Les feuilles ajoutées n'ont pas pu être supprimées (${describeError(cleanupError)}) : supprimez celles qui restent ` +
            `parmi ${quotedList(leftSheets)} (clic droit sur l'onglet › Supprimer), puis ${words.again}.`)
    );
    this.name = "BudgetWriteError";
  }
}

/**
 * One sync reads which of the added sheets and names exist, a second deletes them and restores the repointed names.
 * Returns the error to throw.
 */
export async function undoWrite(
  context: Excel.RequestContext,
  sync: () => Promise<void>,
  addedSheets: string[],
  names: NameChanges,
  cause: unknown,
  kind: WriteKind = "budget"
): Promise<BudgetWriteError> {
  const lower = (list: string[]) => new Set(list.map((n) => n.toLowerCase()));
  let present = addedSheets;
  try {
    const sheets = context.workbook.worksheets.load("items/name");
    const workbookNames = context.workbook.names.load("items/name");
    await sync();
    const sheetsNow = lower(sheets.items.map((s) => s.name));
    const namesNow = lower(workbookNames.items.map((n) => n.name));
    present = addedSheets.filter((s) => sheetsNow.has(s.toLowerCase()));
    for (const sheet of present) context.workbook.worksheets.getItem(sheet).delete();
    for (const name of names.added.filter((n) => namesNow.has(n.toLowerCase())))
      context.workbook.names.getItem(name).delete();
    for (const { name, formula } of names.repointed)
      context.workbook.names.getItem(name).formula = formula;
    await sync();
    return new BudgetWriteError(cause, [], undefined, kind);
  } catch (cleanupError) {
    return new BudgetWriteError(cause, present, cleanupError, kind);
  }
}
