// The workbook plan of a two-year budget: the sheets, their formulas and the defined names, from one BudgetModel.
import { type BudgetModel } from "../domain/budget";
import { MISSIONS } from "../domain/data/aciGrid";
import {
  ANNEE0_NAMES,
  type DefinedName,
  ENVELOPE_NAMES,
  EXERCICE_ANNEE0_NAMES,
  type SheetNames,
  sheetNamesWith,
} from "./names";
import { type BudgetRefs, type ControlesRefs, type ParametresRefs } from "./refs";
import { type NamePlan, type WorkbookPlan } from "./planTypes";
import { LaterRefs } from "./laterRefs";
import { buildBareme } from "./sheets/bareme";
import { buildBudget } from "./sheets/budget";
import { buildComparatif } from "./sheets/comparatif";
import { buildControles } from "./sheets/controles";
import { buildObligations } from "./sheets/obligations";
import { buildParametres } from "./sheets/parametres";
import { buildRealise, type RealiseInput } from "./sheets/realise";
import { buildTresorerie } from "./sheets/tresorerie";

export interface BuildPlanOptions {
  /** Names to use instead of the French defaults, e.g. "Budget (2)" when the workbook already has a "Budget" sheet. */
  sheetNames?: Partial<SheetNames>;
  /** The accountant's entries: when given, the `Réalisé` and `Écritures` sheets compare them with the budget. */
  realise?: RealiseInput;
}

/** Année 0's names when the budget has one, and its lettre d'intention's exercice's when that one is tested apart. */
function annee0Names(p: ParametresRefs, b: BudgetRefs, c: ControlesRefs): NamePlan[] {
  const [zero, totals, parExercice] = [p.annee0, b.annee0, c.annee0ParExercice];
  if (zero === undefined || totals === undefined || parExercice === undefined) return [];
  const refs: Record<(typeof ANNEE0_NAMES)[number], string> = {
    Produits_Annee0: totals.produits,
    Charges_Annee0: totals.charges,
    Subventions_Annee0: totals.subventions,
    Debut_Annee0: zero.debut,
    Fin_Annee0: zero.fin,
    Subventions_Annee0_Exercice1: parExercice[0],
    Subventions_Annee0_Exercice2: parExercice[1],
    Subventions_Annee0_Exercice3: parExercice[2],
  };
  const early = c.exerciceAnnee0;
  const earlyRefs: Record<(typeof EXERCICE_ANNEE0_NAMES)[number], string> | undefined = early && {
    Debut_Exercice_Annee0: early.debut,
    Fin_Exercice_Annee0: early.fin,
    Subventions_Exercice_Annee0: early.subventions,
    CAC_Obligatoire_Exercice_Annee0: early.depasse,
  };
  return [
    ...ANNEE0_NAMES.map((name) => ({ name, ref: refs[name] })),
    ...(earlyRefs ? EXERCICE_ANNEE0_NAMES.map((name) => ({ name, ref: earlyRefs[name] })) : []),
  ];
}

export function buildWorkbookPlan(
  model: BudgetModel,
  options: BuildPlanOptions = {}
): WorkbookPlan {
  const names = sheetNamesWith(options.sheetNames);
  // Paramètres reads the Barème's fixed parts (the team's default split) and the Budget's fixed ACI (the missions'
  // default hours), the Budget sums the Trésorerie's payment calendar and reads whether Contrôles retains the CAC fee;
  // those sheets are built after them (they read them): placeholders, resolved once they are.
  const later = new LaterRefs();
  const scale = { codes: later.ref("Barème codes"), montants: later.ref("Barème amounts") };
  // The missions' default hours read the Budget's fixed ACI lines.
  const aci = model.aci.map(
    (l) =>
      [later.ref(`ACI ${l.row.code}, année 1`), later.ref(`ACI ${l.row.code}, année 2`)] as [
        string,
        string,
      ]
  );
  const parametres = buildParametres(model, names.parametres, scale, aci);
  const bareme = buildBareme(names.bareme, {
    ref: parametres.refs.taille,
    value: model.inputs.taille,
  });
  later.resolve(scale.codes, bareme.refs.codes);
  later.resolve(scale.montants, bareme.refs.montants);
  const calendar = {
    codes: later.ref("calendar codes"),
    dates: later.ref("calendar dates"),
    montants: later.ref("calendar amounts"),
  };
  const cacRetenu: [string, string] = [
    later.ref("CAC retenu, année 1"),
    later.ref("CAC retenu, année 2"),
  ];
  const budget = buildBudget(model, names.budget, parametres.refs, calendar, cacRetenu);
  budget.refs.aciLignes.forEach((pair, i) =>
    pair.forEach((ref, y) => later.resolve(aci[i][y], ref))
  );
  const tresorerie = buildTresorerie(model, names.tresorerie, {
    parametres: parametres.refs,
    bareme: bareme.refs,
    budget: budget.refs,
  });
  later.resolve(calendar.codes, tresorerie.refs.evenementsCodes);
  later.resolve(calendar.dates, tresorerie.refs.evenementsDates);
  later.resolve(calendar.montants, tresorerie.refs.evenementsMontants);
  const controlesSheet = buildControles(model, names.controles, {
    parametres: parametres.refs,
    bareme: bareme.refs,
    budget: budget.refs,
    tresorerie: tresorerie.refs,
  });
  const controles = controlesSheet.refs;
  controles.cacRetenu.forEach((ref, y) => later.resolve(cacRetenu[y], ref));
  const comparatif = buildComparatif(model, names.comparatif, {
    parametres: parametres.refs,
    bareme: bareme.refs,
  });

  const obligations = buildObligations(model, names.obligations, {
    parametres: parametres.refs,
    budget: budget.refs,
    controles,
  });

  const realise =
    options.realise &&
    buildRealise(
      model,
      options.realise,
      {
        parametres: parametres.refs,
        budget: budget.refs,
        tresorerie: tresorerie.refs,
      },
      options.realise.sheetNames
    );

  const perYear = (prefix: string, refs: [string, string]) =>
    refs.map((ref, y) => ({ name: `${prefix}_Annee${y + 1}` as DefinedName, ref }));
  const perExercice = (prefix: string, refs: string[]) =>
    refs.map((ref, x) => ({ name: `${prefix}_Exercice${x + 1}` as DefinedName, ref }));
  const team = parametres.refs.equipe.parAnnee;
  const definedNames: { name: DefinedName; ref: string }[] = [
    { name: "Taille", ref: parametres.refs.taille },
    { name: "Seuil_CAC", ref: parametres.refs.seuil },
    { name: "Premiere_Annee_Contrat", ref: parametres.refs.premiereAnnee },
    ...perYear("ACI", budget.refs.aciTotal),
    ...perYear("Subventions", controles.subventions),
    ...perYear("Total_Charges", budget.refs.totalCharges),
    ...perYear("Total_Produits", budget.refs.totalProduits),
    ...perYear("Resultat", budget.refs.resultat),
    ...perYear("CAC_Obligatoire", controles.cacObligatoire),
    ...perYear("Financements_Non_Comptes", controles.nonComptes),
    { name: "Tresorerie_Min", ref: tresorerie.refs.min },
    { name: "Tresorerie_Mois_Min", ref: tresorerie.refs.moisMin },
    { name: "Tresorerie_Premier_Decouvert", ref: tresorerie.refs.premierDecouvert },
    ...perExercice("Subventions_Encaissees", controles.subventionsEncaissees),
    ...perExercice("Subventions_Allouees", controles.subventionsAllouees),
    { name: "Exercice3_Teste", ref: parametres.refs.exerciceTeste[2] },
    ...perYear("CAC_Retenu", controles.cacRetenu),
    ...perYear("Honoraires_CAC", budget.refs.honorairesCac),
    ...perYear("Depenses_Fonctionnement", controles.depensesFonctionnement),
    ...perYear("ACI_Fonctionnement", controles.aciFonctionnement),
    ...perYear("Indemnite_Max", controles.indemniteMax),
    ...perYear("PASS", controles.pass),
    ...perYear("Annee_PASS", controles.anneePass),
    ...perYear("PASS_Depasse", controles.passDepasse),
    ...perYear("Indemnites_Professionnels", controles.indemnitesProfessionnels),
    ...perYear("Reste_A_Affecter", budget.refs.resteAAffecter),
    ...perYear("Depassement_Fonctionnement", budget.refs.depassementFonctionnement),
    { name: "Comparatif_GE_Annee1", ref: comparatif.refs.geAnnee1 },
    { name: "Comparatif_Salarie_Annee1", ref: comparatif.refs.salarieAnnee1 },
    { name: "Comparatif_Prestataire_Annee1", ref: comparatif.refs.prestataireAnnee1 },
    ...perYear("Cout_Equipe", team.map((t) => t.total) as [string, string]),
    ...perYear("Masse_Salariale", team.map((t) => t.totaux.salaires) as [string, string]),
    ...perYear("Taxe_Salaires", team.map((t) => t.totaux.taxeSalaires) as [string, string]),
    ...MISSIONS.flatMap((m) => [
      ...perYear(`Reste_${ENVELOPE_NAMES[m]}`, budget.refs.enveloppes[m].actions),
      ...(m === "fonctionnement"
        ? []
        : perYear(`Depassement_${ENVELOPE_NAMES[m]}`, budget.refs.enveloppes[m].depassement)),
    ]),
    { name: "Obligations_En_Retard", ref: obligations.refs.enRetard },
    { name: "Obligations_30_Jours", ref: obligations.refs.prochainement },
    { name: "Estimations_Restantes", ref: budget.refs.estimations },
  ];
  return later.apply({
    // Inputs first, then the budget, its cash plan, its checks, the coordinator comparison and the obligations
    // checklist; the scale they read comes last.
    sheets: [
      parametres.sheet,
      budget.sheet,
      tresorerie.sheet,
      controlesSheet.sheet,
      comparatif.sheet,
      obligations.sheet,
      ...(realise?.sheets ?? []),
      bareme.sheet,
    ],
    names: [
      ...(definedNames satisfies NamePlan[]),
      ...annee0Names(parametres.refs, budget.refs, controles),
      ...(realise?.names ?? []),
    ],
    properties: {
      title: `Budget prévisionnel sur deux ans : ${model.inputs.nom}`,
      subject:
        "Budget prévisionnel d'une CPTS (ACI, plan comptable associatif, seuil de 153 000 €)",
      creator: "cpts-budget",
    },
  });
}
