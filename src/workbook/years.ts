// The headings of the two budgeted contract years, for every sheet's columns.
import { type BudgetModel } from "../domain/budget";
import { yearLabel } from "../domain/budgetYears";

/** « Année k » and « Année k + 1 ». */
export function yearHeaders(model: BudgetModel): [string, string] {
  return [yearLabel(model.annees[0].anneeContrat), yearLabel(model.annees[1].anneeContrat)];
}
