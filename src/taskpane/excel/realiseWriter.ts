/**
 * Adds the accountant's entries to a budget already in the open workbook: the `Réalisé` and `Écritures` sheets and
 * the Realise_* names, in two round trips whatever the number of entries. The budget's sheets are found through the
 * names the add-in wrote (a renamed Budget sheet is followed), and are never written to.
 */
import { type RealiseInput } from "../../workbook/sheets/realise";
import {
  DEFAULT_SHEET_NAMES,
  isAddinDefinedName,
  type SheetKey,
  type SheetNames,
} from "../../workbook/names";
import { type WorkbookPlan } from "../../workbook/planTypes";
import { type NoteMode, noteMode, type Requirements } from "./cellNotes";
import { type ExistingName, requireNoUserNames } from "./definedNames";
import { withSuffix } from "./freeSheetNames";
import { addSheets, hostRequirements, readWorkbook } from "./officeWriter";
import { parseRef } from "./planRefs";
import { countedSync } from "./countedSync";
import { PaneError } from "../paneError";

/** Builds the plan of the budget with its entries, on the workbook's sheet names. */
export type RealisePlanFor = (
  sheetNames: SheetNames,
  realiseSheets: NonNullable<RealiseInput["sheetNames"]>
) => WorkbookPlan;

export interface RealiseWriteResult {
  /** The two sheets added: « Réalisé » and « Écritures », or with a " (n)" suffix when those are taken. */
  realise: string;
  ecritures: string;
  /** The workbook's Budget sheet the formulas read (it may have been renamed). */
  budget: string;
  /** Realise_* names of an earlier import, now pointing to this one. */
  replacedNames: string[];
  notes: { mode: NoteMode; cells: number };
  syncs: number;
}

/** A name the add-in writes on each sheet of the budget: where the sheet is found, whatever it is called now. */
const LOCATING_NAMES: Partial<Record<SheetKey, string>> = {
  parametres: "Taille",
  budget: "Total_Charges_Annee1",
  tresorerie: "Tresorerie_Min",
  controles: "CAC_Obligatoire_Annee1",
  comparatif: "Comparatif_GE_Annee1",
  obligations: "Obligations_En_Retard",
};
/** The sheets the Réalisé formulas read: the import needs them. */
const NEEDED: SheetKey[] = ["parametres", "budget", "tresorerie"];

const REALISE_DEFAULTS = { realise: "Réalisé", ecritures: "Écritures" };

const NO_BUDGET =
  "Importez le réalisé dans le classeur où le complément a généré le budget (ou générez-le d'abord avec « Générer le budget »).";

export async function writeRealiseToWorkbook(build: RealisePlanFor): Promise<RealiseWriteResult> {
  const requirements = hostRequirements();
  return Excel.run((context) => writeRealiseInContext(context, build, requirements));
}

/** Lower-cased sheet and address without $, to compare a plan's reference with a name's formula. */
const refKey = (ref: string) => {
  const { sheet, address } = parseRef(ref, "");
  return `${sheet.toLowerCase()}!${address.replace(/\$/g, "").toUpperCase()}`;
};

/** The workbook's budget sheets, from the add-in's names; stops when one the import needs cannot be found. */
function budgetSheets(existing: ExistingName[], sheets: string[]): SheetNames {
  const byName = new Map(existing.map((n) => [n.name.toLowerCase(), n]));
  const present = new Map(sheets.map((s) => [s.toLowerCase(), s]));
  const names: SheetNames = { ...DEFAULT_SHEET_NAMES };
  for (const [key, definedName] of Object.entries(LOCATING_NAMES) as [SheetKey, string][]) {
    // A name of the same spelling that the user made is not the budget's.
    const named = byName.get(definedName.toLowerCase());
    const found = named && isAddinDefinedName(named.comment) ? named : undefined;
    const sheet = found && present.get(parseRef(found.formula, "").sheet.toLowerCase());
    if (sheet !== undefined) names[key] = sheet;
    else if (NEEDED.includes(key)) {
      throw new PaneError(
        found === undefined
          ? `Ce classeur ne contient pas de budget généré par le complément (le nom défini ${definedName} est absent). ${NO_BUDGET}`
          : `Le nom défini ${definedName} du budget ne désigne plus une feuille du classeur (${found.formula}). ${NO_BUDGET}`
      );
    }
  }
  return names;
}

/** « Réalisé » and « Écritures », or both with the smallest suffix " (n)" that frees them. */
function freeRealiseSheets(existing: string[]): { realise: string; ecritures: string } {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const free = (r: string, e: string) => !taken.has(r.toLowerCase()) && !taken.has(e.toLowerCase());
  if (free(REALISE_DEFAULTS.realise, REALISE_DEFAULTS.ecritures)) return { ...REALISE_DEFAULTS };
  for (let n = 2; ; n++) {
    const names = {
      realise: withSuffix(REALISE_DEFAULTS.realise, n),
      ecritures: withSuffix(REALISE_DEFAULTS.ecritures, n),
    };
    if (free(names.realise, names.ecritures)) return names;
  }
}

/**
 * The budget the pane's inputs give must be the workbook's: every name of the plan on the sheets the Réalisé reads
 * has to point where the workbook's does, or the formulas would read the wrong cells.
 */
function requireSameBudget(plan: WorkbookPlan, existing: ExistingName[], read: string[]): void {
  const byName = new Map(existing.map((n) => [n.name.toLowerCase(), n]));
  const onRead = new Set(read.map((s) => s.toLowerCase()));
  for (const { name, ref } of plan.names) {
    if (!onRead.has(parseRef(ref, "").sheet.toLowerCase())) continue;
    const found = byName.get(name.toLowerCase());
    if (found === undefined || refKey(found.formula) === refKey(ref)) continue;
    throw new PaneError(
      `Le budget du classeur n'a pas la disposition de celui que donnent les données du volet (le nom ${name} désigne ${found.formula.replace(/^=/, "")}, le budget du volet le place en ${ref}). ` +
        "Saisissez dans le volet les données du budget du classeur, ou générez à nouveau le budget avec ces données, puis importez le réalisé. Rien n'a été écrit."
    );
  }
}

/**
 * Sync 1 reads the sheet names and the workbook's names; the plan is built on the budget's current sheet names and
 * checked against the workbook; the two sheets and their names are queued with calculation suspended, and sync 2
 * sends them. If sync 2 fails, what it added is removed (rollback.ts).
 */
export async function writeRealiseInContext(
  context: Excel.RequestContext,
  build: RealisePlanFor,
  requirements: Requirements
): Promise<RealiseWriteResult> {
  const { sync, count } = countedSync(context);
  const { existingSheets, existingNames } = await readWorkbook(context, sync);

  const sheetNames = budgetSheets(existingNames, existingSheets);
  const realiseSheets = freeRealiseSheets(existingSheets);
  const plan = build(sheetNames, realiseSheets);
  requireSameBudget(
    plan,
    existingNames,
    NEEDED.map((k) => sheetNames[k])
  );
  const added = [realiseSheets.realise, realiseSheets.ecritures];
  const sheetPlans = plan.sheets.filter((s) => added.includes(s.name));
  const addedNames = plan.names.filter((n) => added.includes(parseRef(n.ref, "").sheet));
  requireNoUserNames(addedNames, existingNames);
  const mode = noteMode(requirements);
  const { nameChanges, noted } = await addSheets(context, sync, {
    plan,
    sheets: sheetPlans,
    names: addedNames,
    existingNames,
    mode,
    active: realiseSheets.realise,
    kind: "realise",
  });
  return {
    ...realiseSheets,
    budget: sheetNames.budget,
    replacedNames: nameChanges.repointed.map((n) => n.name),
    notes: { mode, cells: noted },
    syncs: count(),
  };
}
