/**
 * The CLI's defaults follow the budget's taille and its optional missions: those of the options (--taille,
 * --optionnelles), else those of the inputs file, else taille 1 without the optional missions.
 */
import { type BudgetInputs, defaultBudgetInputs, type Taille } from "../domain/budgetInputs";

/** What the options say of the defaults to take. */
export interface DefaultsChoice {
  taille?: Taille;
  optionnelles?: boolean;
}

/** The keys a file gives over the defaults of the budget's taille, each one whole (a list replaces the defaults'). */
export function withDefaults(
  given: Partial<BudgetInputs>,
  choice: DefaultsChoice = {}
): BudgetInputs {
  const taille = choice.taille ?? given.taille ?? 1;
  const optionnelles = choice.optionnelles ?? given.optionnelles ?? false;
  const inputs = { ...defaultBudgetInputs(taille, optionnelles), ...given };
  // A fee the file gives is the CPTS's own figure, no longer the default's estimate.
  if (given.honorairesCac !== undefined && given.honorairesCacEstimation === undefined) {
    delete inputs.honorairesCacEstimation;
  }
  return inputs;
}
