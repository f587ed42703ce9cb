// The figures the validation panel checks: read back from the workbook's defined names, or taken from the model.
import { BudgetModel, IndemnityCheck, YearSummary } from "../../domain/budget";
import { DefinedName } from "../../workbook/names";
import { NameValues } from "../excel/readBack";

export interface YearFigures {
  annee: 1 | 2;
  aci: number;
  subventions: number;
  totalCharges: number;
  totalProduits: number;
  resultat: number;
  cacObligatoire: boolean;
  /** Only in the model (the workbook's Contrôles sheet holds them, without a defined name). */
  detail?: {
    excluded: string[];
    honorairesCac: number;
    fonctionnement: YearSummary["fonctionnement"];
    indemnites: IndemnityCheck;
  };
}

export interface BudgetFigures {
  /** "classeur": current values of the open workbook; "modele": the budget just computed. */
  origin: "classeur" | "modele";
  taille: number;
  seuil: number;
  annees: [YearFigures, YearFigures];
}

export function figuresFromModel(model: BudgetModel): BudgetFigures {
  const year = (s: YearSummary): YearFigures => ({
    annee: s.annee,
    aci: s.aci,
    subventions: s.seuil.counted,
    totalCharges: s.totalCharges,
    totalProduits: s.totalProduits,
    resultat: s.resultat,
    cacObligatoire: s.seuil.cacMandatory,
    detail: {
      excluded: s.seuil.excluded,
      honorairesCac: s.honorairesCac,
      fonctionnement: s.fonctionnement,
      indemnites: s.indemnites,
    },
  });
  return {
    origin: "modele",
    taille: model.inputs.taille,
    seuil: model.seuilCac,
    annees: [year(model.annees[0]), year(model.annees[1])],
  };
}

/** The workbook's current figures; a French error naming every defined name that is missing or not a figure. */
export function figuresFromNames(values: NameValues): BudgetFigures {
  const faults: string[] = [];
  const num = (name: DefinedName): number => {
    const v = values[name];
    if (typeof v === "number" && Number.isFinite(v)) return v;
    faults.push(v === undefined ? `${name} (introuvable)` : `${name} (${String(v) || "vide"})`);
    return Number.NaN;
  };
  const bool = (name: DefinedName): boolean => {
    const v = values[name];
    if (typeof v === "boolean") return v;
    faults.push(v === undefined ? `${name} (introuvable)` : `${name} (${String(v) || "vide"})`);
    return false;
  };
  const year = (annee: 1 | 2): YearFigures => ({
    annee,
    aci: num(`ACI_Annee${annee}`),
    subventions: num(`Subventions_Annee${annee}`),
    totalCharges: num(`Total_Charges_Annee${annee}`),
    totalProduits: num(`Total_Produits_Annee${annee}`),
    resultat: num(`Resultat_Annee${annee}`),
    cacObligatoire: bool(`CAC_Obligatoire_Annee${annee}`),
  });
  const figures: BudgetFigures = {
    origin: "classeur",
    taille: num("Taille"),
    seuil: num("Seuil_CAC"),
    annees: [year(1), year(2)],
  };
  if (faults.length > 0) {
    throw new Error(
      `Le classeur ne donne pas les totaux du budget : ${faults.join(", ")}. ` +
        "Générez le budget dans ce classeur, ou rétablissez ces noms (Formules › Gestionnaire de noms) et corrigez les cellules en erreur."
    );
  }
  return figures;
}
