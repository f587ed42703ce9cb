// The workbook plan of a two-year budget: the sheets, their formulas and the defined names, from one BudgetModel.
import { BudgetModel } from "../domain/budget";
import { DefinedName, SheetNames, sheetNamesWith } from "./names";
import { NamePlan, WorkbookPlan } from "./planTypes";
import { buildBareme } from "./sheets/bareme";
import { buildBudget } from "./sheets/budget";
import { buildControles, controlesRefs } from "./sheets/controles";
import { buildParametres } from "./sheets/parametres";
import { buildTresorerie } from "./sheets/tresorerie";

export interface BuildPlanOptions {
  /** Names to use instead of the French defaults, e.g. "Budget (2)" when the workbook already has a "Budget" sheet. */
  sheetNames?: Partial<SheetNames>;
}

export function buildWorkbookPlan(
  model: BudgetModel,
  options: BuildPlanOptions = {}
): WorkbookPlan {
  const names = sheetNamesWith(options.sheetNames);
  const parametres = buildParametres(model, names.parametres);
  const bareme = buildBareme(names.bareme, {
    ref: parametres.refs.taille,
    value: model.inputs.taille,
  });
  const controles = controlesRefs(names.controles);
  const budget = buildBudget(model, names.budget, parametres.refs, bareme.refs, controles);
  const tresorerie = buildTresorerie(model, names.tresorerie, {
    parametres: parametres.refs,
    bareme: bareme.refs,
    budget: budget.refs,
    controles,
  });
  const controlesSheet = buildControles(model, names.controles, {
    parametres: parametres.refs,
    bareme: bareme.refs,
    budget: budget.refs,
    tresorerie: tresorerie.refs,
  });

  const perYear = (prefix: string, refs: [string, string]) =>
    refs.map((ref, y) => ({ name: `${prefix}_Annee${y + 1}` as DefinedName, ref }));
  const definedNames: { name: DefinedName; ref: string }[] = [
    { name: "Taille", ref: parametres.refs.taille },
    { name: "Seuil_CAC", ref: parametres.refs.seuil },
    ...perYear("ACI", budget.refs.aciTotal),
    ...perYear("Subventions", controles.subventions),
    ...perYear("Total_Charges", budget.refs.totalCharges),
    ...perYear("Total_Produits", budget.refs.totalProduits),
    ...perYear("Resultat", budget.refs.resultat),
    ...perYear("CAC_Obligatoire", controles.cacObligatoire),
    { name: "Tresorerie_Min", ref: tresorerie.refs.min },
    { name: "Tresorerie_Mois_Min", ref: tresorerie.refs.moisMin },
    ...controles.subventionsEncaissees.map((ref, x) => ({
      name: `Subventions_Encaissees_Exercice${x + 1}` as DefinedName,
      ref,
    })),
    ...controles.subventionsAllouees.map((ref, x) => ({
      name: `Subventions_Allouees_Exercice${x + 1}` as DefinedName,
      ref,
    })),
  ];
  return {
    // Inputs first, then the budget, its cash plan and its checks; the scale they read comes last.
    sheets: [parametres.sheet, budget.sheet, tresorerie.sheet, controlesSheet, bareme.sheet],
    names: definedNames satisfies NamePlan[],
    properties: {
      title: `Budget prévisionnel sur deux ans : ${model.inputs.nom}`,
      subject:
        "Budget prévisionnel d'une CPTS (ACI, plan comptable associatif, seuil de 153 000 €)",
      creator: "cpts-budget",
    },
  };
}
