// What each defined name of a generated budget must hold, read from the model field by field: the recalculation
// tests compare an engine's results with it, the pane tests answer Office.js with it.
import { MISSIONS } from "../../src/domain/data/aciGrid";
import { todayIso } from "../../src/domain/dates";
import { obligationsDue, obligationsSchedule } from "../../src/domain/obligations";
import { type BudgetModel } from "../../src/domain/budget";
import { excelDate } from "../../src/workbook/formats";
import { type DefinedName, ENVELOPE_NAMES } from "../../src/workbook/names";
import { type Annee0Name } from "../../src/taskpane/excel/readBack";

export function expectedNameValues(
  model: BudgetModel
): Record<DefinedName, number | string | boolean> {
  const names: Partial<Record<DefinedName, number | string | boolean>> = {
    Taille: model.inputs.taille,
    Seuil_CAC: model.seuilCac,
    Premiere_Annee_Contrat: model.annees[0].anneeContrat,
  };
  const set = (name: string, value: number | string | boolean) =>
    (names[name as DefinedName] = value);
  model.annees.forEach((a, y) => {
    const n = y + 1;
    set(`ACI_Annee${n}`, a.aci);
    set(`Subventions_Annee${n}`, a.seuil.counted);
    set(`Total_Charges_Annee${n}`, a.totalCharges);
    set(`Total_Produits_Annee${n}`, a.totalProduits);
    set(`Resultat_Annee${n}`, a.resultat);
    set(`CAC_Obligatoire_Annee${n}`, a.seuil.cacMandatory);
    set(`Financements_Non_Comptes_Annee${n}`, a.seuil.excluded);
    set(`CAC_Retenu_Annee${n}`, a.cacRetenu);
    set(`Honoraires_CAC_Annee${n}`, a.honorairesCac);
    set(`Depenses_Fonctionnement_Annee${n}`, a.fonctionnement.depenses);
    set(`ACI_Fonctionnement_Annee${n}`, a.fonctionnement.financementAci);
    set(`Indemnite_Max_Annee${n}`, a.indemnites.maxParProfessionnel);
    set(`PASS_Annee${n}`, a.indemnites.pass);
    set(`Annee_PASS_Annee${n}`, a.indemnites.anneePass);
    set(`PASS_Depasse_Annee${n}`, a.indemnites.depasse);
    set(`Indemnites_Professionnels_Annee${n}`, a.indemnitesProfessionnels);
    set(`Reste_A_Affecter_Annee${n}`, a.resteAAffecter);
    set(`Depassement_Fonctionnement_Annee${n}`, a.depassementFonctionnement);
    for (const mission of MISSIONS) {
      const e = a.equilibre.find((b) => b.mission === mission);
      set(`Reste_${ENVELOPE_NAMES[mission]}_Annee${n}`, e?.actions ?? 0);
      set(`Depassement_${ENVELOPE_NAMES[mission]}_Annee${n}`, e?.depassement ?? 0);
    }
  });
  const t = model.tresorerie;
  set("Tresorerie_Min", t.min);
  // Months are dates: the serial number of their first day.
  set("Tresorerie_Mois_Min", excelDate(`${t.moisMin}-01`));
  set(
    "Tresorerie_Premier_Decouvert",
    t.firstNegativeMonth ? excelDate(`${t.firstNegativeMonth}-01`) : "aucun"
  );
  set("Exercice3_Teste", t.exercices[2].teste);
  // Every exercice, 0 for one not tested.
  t.exercices.forEach((e, x) => {
    set(`Subventions_Encaissees_Exercice${x + 1}`, e.encaissees.seuil.counted);
    set(`Subventions_Allouees_Exercice${x + 1}`, e.allouees.seuil.counted);
  });
  const poste = (mode: string) =>
    model.comparatif.lignes.find((l) => l.mode === mode && l.base === "poste")!.annuel;
  set("Comparatif_GE_Annee1", poste("ge"));
  set("Comparatif_Salarie_Annee1", poste("salarie"));
  set("Comparatif_Prestataire_Annee1", poste("prestataire"));
  const e = model.equipe;
  [0, 1].forEach((y) => {
    set(`Cout_Equipe_Annee${y + 1}`, e.coutEquipe[y]);
    set(`Masse_Salariale_Annee${y + 1}`, e.masseSalariale[y]);
    set(`Taxe_Salaires_Annee${y + 1}`, e.parAnnee.taxeSalaires[y]);
  });
  const obligations = obligationsDue(obligationsSchedule(model), todayIso());
  names.Obligations_En_Retard = obligations.enRetard;
  names.Obligations_30_Jours = obligations.prochainement;
  names.Estimations_Restantes = model.estimations.length;
  return names as Record<DefinedName, number | string | boolean>;
}

/**
 * The names of année 0, when the budget has one (written only then), and of the lettre d'intention's exercice when it
 * is tested apart.
 */
export function expectedAnnee0Names(
  model: BudgetModel
): Partial<Record<Annee0Name, number | boolean>> {
  const a = model.annee0;
  if (a === undefined) return {};
  const [x1, x2, x3] = model.tresorerie.exercices.map((e) => e.encaissees.annee0);
  const early = model.tresorerie.exerciceAnnee0;
  return {
    Produits_Annee0: a.produits,
    Charges_Annee0: a.charges,
    Subventions_Annee0: a.subventions,
    Debut_Annee0: excelDate(a.debut),
    Fin_Annee0: excelDate(a.fin),
    Subventions_Annee0_Exercice1: x1,
    Subventions_Annee0_Exercice2: x2,
    Subventions_Annee0_Exercice3: x3,
    ...(early && {
      Debut_Exercice_Annee0: excelDate(early.debut),
      Fin_Exercice_Annee0: excelDate(early.fin),
      Subventions_Exercice_Annee0: early.subventions,
      CAC_Obligatoire_Exercice_Annee0: early.seuil.cacMandatory,
    }),
  };
}
