// What the pane reads back from a generated budget's defined names, from the model: the workbook's names
// (expectedNameValues), with the balance and PASS names of the prefilled budget.
import { type BudgetModel } from "../../src/domain/budget";
import { type ReadValues } from "../../src/taskpane/check/figures";
import { expectedNameValues } from "../helpers/expectedNames";

export function readBackValues(model: BudgetModel): Required<ReadValues> {
  const [y1, y2] = model.annees;
  return {
    ...expectedNameValues(model),
    Indemnites_Professionnels_Annee1: y1.indemnitesProfessionnels,
    Indemnites_Professionnels_Annee2: y2.indemnitesProfessionnels,
    PASS_Depasse_Annee1: y1.indemnites.depasse,
    PASS_Depasse_Annee2: y2.indemnites.depasse,
    Reste_A_Affecter_Annee1: y1.resteAAffecter,
    Reste_A_Affecter_Annee2: y2.resteAAffecter,
    Depassement_Fonctionnement_Annee1: y1.depassementFonctionnement,
    Depassement_Fonctionnement_Annee2: y2.depassementFonctionnement,
  };
}
