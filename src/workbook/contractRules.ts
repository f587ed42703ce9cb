// The contract's life as rules over the Paramètres cells, for the sheets that print them (the payment calendar, the
// checks): the taille of each contract year and whether the year is paid.
import { type BudgetModel } from "../domain/budget";
import { contractTaille, tailleChangeYear } from "../domain/cashPlan";
import { CONTRACT_LENGTH } from "../domain/data/contract";
import { yearInContract, yearTaille } from "../domain/rules/calendar";
import { cell, eq, type Expr } from "../domain/rules/expr";
import { cashPlanOptions } from "../domain/treasury";
import { type ParametresRefs, YES } from "./refs";

/** The taille of contract year k (a number or a cell holding one): the Paramètres', or the avenant's from its year. */
export function tailleOfYear(model: BudgetModel, p: ParametresRefs, k: number | Expr): Expr {
  const { inputs } = model;
  const taille = cell(p.taille, inputs.taille);
  const change = inputs.changementTaille;
  if (p.changementTaille === undefined || change === undefined) return taille;
  const from = cell(p.changementTaille.annee, tailleChangeYear(inputs.dateSignature, change.date));
  return yearTaille(k, from, cell(p.changementTaille.taille, change.taille), taille);
}

/** The model's taille of contract year k. */
export const modelTaille = (model: BudgetModel, k: number) =>
  contractTaille(cashPlanOptions(model.inputs), k);

/** Whether contract year k (a number or a cell holding one) is paid: within 5 years, or renewed (Paramètres). */
export function inContract(model: BudgetModel, p: ParametresRefs, k: number | Expr): Expr {
  const renewed = eq(cell(p.renouvellement, model.inputs.renouvellement ? YES : "non"), YES);
  return yearInContract(k, CONTRACT_LENGTH.years, renewed);
}
