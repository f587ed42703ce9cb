// The figures the validation panel checks: read back from the workbook's defined names, or taken from the model.
import {
  type BudgetModel,
  type EnvelopeBalance,
  type IndemnityCheck,
  type YearSummary,
} from "../../domain/budget";
import { type Annee0 } from "../../domain/annee0";
import { cents, describeValue } from "../../domain/errors";
import { type Treasury } from "../../domain/treasury";
import { readingsOver } from "../../domain/rules/cac";
import { evaluateNumber } from "../../domain/rules/expr";
import { isoOfSerial, monthOfSerial, todayIso } from "../../domain/dates";
import {
  OBLIGATIONS_HORIZON_DAYS,
  obligationsDue,
  obligationsSchedule,
} from "../../domain/obligations";
import { MISSIONS } from "../../domain/data/aciGrid";
import {
  ANNEE0_NAMES,
  type DefinedName,
  ENVELOPE_NAMES,
  EXERCICE_ANNEE0_NAMES,
} from "../../workbook/names";
import { type Annee0Name, type CellValue, type NameValues } from "../excel/readBack";
import { PaneError } from "../paneError";

export interface YearFigures {
  /** The budget's first or second year (the names' Annee1, Annee2). */
  annee: 1 | 2;
  /** Its contract year: k or k + 1 (Premiere_Annee_Contrat + annee − 1). */
  anneeContrat: number;
  aci: number;
  subventions: number;
  totalCharges: number;
  totalProduits: number;
  resultat: number;
  cacObligatoire: boolean;
  /** Whether the CAC fee is due this year (contract year or an overlapping exercice above the threshold). */
  cacRetenu: boolean;
  honorairesCac: number;
  fonctionnement: YearSummary["fonctionnement"];
  indemnites: Pick<IndemnityCheck, "anneePass" | "pass" | "maxParProfessionnel" | "depasse">;
  /** The members' indemnités and rémunérations (account 65). */
  indemnitesProfessionnels: number;
  /** The « actions à détailler » lines: what remains of the envelopes, to detail in actions. */
  resteAAffecter: number;
  /** How much the fonctionnement envelope's charges exceed its resources (≥ 0). */
  depassementFonctionnement: number;
  /** The funding lines with an amount not counted as public subsidies, their labels joined by ", " ("" when none). */
  nonComptes: string;
  /** Every envelope's remainder to detail and overspend (0 for one not contracted), in MISSIONS order. */
  enveloppes: Pick<EnvelopeBalance, "mission" | "actions" | "depassement">[];
}

/** The monthly cash plan's low point (Trésorerie sheet). */
export interface TreasuryFigures {
  /** Lowest end-of-month balance, €. */
  min: number;
  /** Its month, yyyy-mm. */
  moisMin: string;
  /** First month ending below zero, yyyy-mm, if any. */
  firstNegativeMonth?: string;
}

/**
 * Public subsidies of each financial year, received and granted: sources disagree on which the law means
 * (FACTS.md §3), so the CAC is "obligatoire" when both cross 153 000 €, "à vérifier" when one does.
 */
export interface ExerciceFigures {
  exercice: number;
  encaissees: number;
  allouees: number;
  verdict: "obligatoire" | "a-verifier" | "non";
}

const VERDICT_BY_READINGS_OVER: readonly ExerciceFigures["verdict"][] = [
  "non",
  "a-verifier",
  "obligatoire",
];

/** The readings over the threshold (the rule the Contrôles sheet's verdict follows): none, one or both. */
function exerciceVerdict(
  encaissees: number,
  allouees: number,
  seuil: number
): ExerciceFigures["verdict"] {
  return VERDICT_BY_READINGS_OVER[evaluateNumber(readingsOver(encaissees, allouees, seuil))];
}

/** Année 0, before the signature: its totals, its period and where its money counts. */
export interface Annee0Figures {
  produits: number;
  charges: number;
  resultat: number;
  /** Année 0's public subsidies: counted in the 153 000 € test of the exercice that receives them. */
  subventions: number;
  /** Its first and last days (ISO). */
  debut: string;
  fin: string;
  /** The part of each exercice's subsidies it brings, for the exercices it brings some to. */
  parExercice: { exercice: number; montant: number }[];
  /** The lettre d'intention's exercice when it ends before exercice 1: its own test. */
  exerciceAnnee0?: { debut: string; fin: string; subventions: number; cacObligatoire: boolean };
}

export interface BudgetFigures {
  /** "classeur": current values of the open workbook; "modele": the budget just computed. */
  origin: "classeur" | "modele";
  taille: number;
  seuil: number;
  annees: [YearFigures, YearFigures];
  tresorerie: TreasuryFigures;
  /** The exercices tested: two, or three when the signature is not an exercice's first day. */
  exercices: ExerciceFigures[];
  /** How many estimated amounts still hold the add-in's estimate, to replace. */
  estimations: number;
  /** The first-200-days obligations (Obligations sheet) overdue today, and falling due within 30 days. */
  obligations: { enRetard: number; prochainement: number };
  /** Absent when the budget has no année 0 (no lettre d'intention date). */
  annee0?: Annee0Figures;
}

function annee0FromModel(a: Annee0, { exercices, exerciceAnnee0: early }: Treasury): Annee0Figures {
  return {
    produits: a.produits,
    charges: a.charges,
    resultat: a.resultat,
    subventions: a.subventions,
    debut: a.debut,
    fin: a.fin,
    parExercice: exercices
      .filter((e) => e.encaissees.annee0 > 0)
      .map((e) => ({ exercice: e.exercice, montant: e.encaissees.annee0 })),
    ...(early && {
      exerciceAnnee0: {
        debut: early.debut,
        fin: early.fin,
        subventions: early.subventions,
        cacObligatoire: early.seuil.cacMandatory,
      },
    }),
  };
}

export function figuresFromModel(model: BudgetModel): BudgetFigures {
  const year = (s: YearSummary): YearFigures => ({
    annee: s.annee,
    anneeContrat: s.anneeContrat,
    aci: s.aci,
    subventions: s.seuil.counted,
    totalCharges: s.totalCharges,
    totalProduits: s.totalProduits,
    resultat: s.resultat,
    cacObligatoire: s.seuil.cacMandatory,
    cacRetenu: s.cacRetenu,
    honorairesCac: s.honorairesCac,
    fonctionnement: s.fonctionnement,
    indemnites: {
      anneePass: s.indemnites.anneePass,
      pass: s.indemnites.pass,
      maxParProfessionnel: s.indemnites.maxParProfessionnel,
      depasse: s.indemnites.depasse,
    },
    indemnitesProfessionnels: s.indemnitesProfessionnels,
    resteAAffecter: s.resteAAffecter,
    depassementFonctionnement: s.depassementFonctionnement,
    nonComptes: s.seuil.excluded,
    enveloppes: MISSIONS.map((mission) => {
      const e = s.equilibre.find((b) => b.mission === mission);
      return { mission, actions: e?.actions ?? 0, depassement: e?.depassement ?? 0 };
    }),
  });
  const { min, moisMin, firstNegativeMonth, exercices } = model.tresorerie;
  return {
    origin: "modele",
    taille: model.inputs.taille,
    seuil: model.seuilCac,
    annees: [year(model.annees[0]), year(model.annees[1])],
    tresorerie: { min, moisMin, firstNegativeMonth },
    exercices: exercices
      .filter((e) => e.teste)
      .map((e) => {
        const encaissees = e.encaissees.seuil.counted;
        const allouees = e.allouees.seuil.counted;
        const verdict = exerciceVerdict(encaissees, allouees, model.seuilCac);
        return { exercice: e.exercice, encaissees, allouees, verdict };
      }),
    estimations: model.estimations.length,
    obligations: obligationsDue(obligationsSchedule(model), todayIso(), OBLIGATIONS_HORIZON_DAYS),
    ...(model.annee0 && { annee0: annee0FromModel(model.annee0, model.tresorerie) }),
  };
}

/** Excel's error values, in English and in French (Office.js reads them as texts). */
const EXCEL_ERROR =
  /^#(NULL!|NUL!|DIV\/0!|VALUE!|VALEUR!|REF!|NAME\?|NOM\?|NUM!|NOMBRE!|N\/A|SPILL!|PROPAGATION!|CALC!)$/;

/** A cell's value as the message names it: an error as Excel shows it, « vide », else as Excel would show it. */
const shownValue = (v: CellValue): string =>
  v === "" ? "vide" : typeof v === "string" && EXCEL_ERROR.test(v) ? v : describeValue(v);

/** The workbook's current figures; a French error naming every defined name that is missing or not a figure. */
export function figuresFromNames(values: NameValues): BudgetFigures {
  const faults: string[] = [];
  const fault = (name: DefinedName | Annee0Name) => {
    const v = values[name];
    faults.push(`${name} (${v === undefined ? "introuvable" : shownValue(v)})`);
  };
  const num = (name: DefinedName | Annee0Name): number => {
    const v = values[name];
    if (typeof v === "number" && Number.isFinite(v)) return v;
    fault(name);
    return 0;
  };
  const bool = (name: DefinedName | Annee0Name): boolean => {
    const v = values[name];
    if (typeof v === "boolean") return v;
    fault(name);
    return false;
  };
  /** A text cell (an empty text allowed). */
  const text = (name: DefinedName): string => {
    const v = values[name];
    if (typeof v === "string") return v;
    fault(name);
    return "";
  };
  /** A month cell: a date, or a text (« aucun ») when there is none. */
  const month = (name: DefinedName): string | undefined => {
    const v = values[name];
    if (typeof v === "number" && Number.isFinite(v)) return monthOfSerial(v);
    if (typeof v === "string") return undefined;
    fault(name);
    return undefined;
  };
  /** A date cell, as ISO. */
  const date = (name: Annee0Name): string => {
    const v = values[name];
    const iso = typeof v === "number" ? isoOfSerial(v) : undefined;
    if (iso !== undefined) return iso;
    fault(name);
    return "";
  };
  const absent = (names: readonly Annee0Name[]) => names.every((n) => values[n] === undefined);
  /** The lettre d'intention's exercice when its names are there: absent, it is not tested apart (not a fault). */
  const exerciceAnnee0 = (): Annee0Figures["exerciceAnnee0"] =>
    absent(EXERCICE_ANNEE0_NAMES)
      ? undefined
      : {
          debut: date("Debut_Exercice_Annee0"),
          fin: date("Fin_Exercice_Annee0"),
          subventions: num("Subventions_Exercice_Annee0"),
          cacObligatoire: bool("CAC_Obligatoire_Exercice_Annee0"),
        };
  /** Année 0 when its names are there: absent, the budget has no année 0 (not a fault). */
  const annee0 = (): Annee0Figures | undefined => {
    if (absent(ANNEE0_NAMES)) return undefined;
    const produits = num("Produits_Annee0");
    const charges = num("Charges_Annee0");
    const early = exerciceAnnee0();
    return {
      produits,
      charges,
      resultat: cents(produits - charges),
      subventions: num("Subventions_Annee0"),
      debut: date("Debut_Annee0"),
      fin: date("Fin_Annee0"),
      parExercice: ([1, 2, 3] as const)
        .map((exercice) => ({ exercice, montant: num(`Subventions_Annee0_Exercice${exercice}`) }))
        .filter((e) => e.montant > 0),
      ...(early && { exerciceAnnee0: early }),
    };
  };
  const premiere = num("Premiere_Annee_Contrat");
  const year = (annee: 1 | 2): YearFigures => {
    const depenses = num(`Depenses_Fonctionnement_Annee${annee}`);
    const financementAci = num(`ACI_Fonctionnement_Annee${annee}`);
    return {
      annee,
      anneeContrat: premiere + annee - 1,
      aci: num(`ACI_Annee${annee}`),
      subventions: num(`Subventions_Annee${annee}`),
      totalCharges: num(`Total_Charges_Annee${annee}`),
      totalProduits: num(`Total_Produits_Annee${annee}`),
      resultat: num(`Resultat_Annee${annee}`),
      cacObligatoire: bool(`CAC_Obligatoire_Annee${annee}`),
      nonComptes: text(`Financements_Non_Comptes_Annee${annee}`),
      cacRetenu: bool(`CAC_Retenu_Annee${annee}`),
      honorairesCac: num(`Honoraires_CAC_Annee${annee}`),
      fonctionnement: { depenses, financementAci, ecart: cents(financementAci - depenses) },
      indemnites: {
        anneePass: num(`Annee_PASS_Annee${annee}`),
        pass: num(`PASS_Annee${annee}`),
        maxParProfessionnel: num(`Indemnite_Max_Annee${annee}`),
        depasse: bool(`PASS_Depasse_Annee${annee}`),
      },
      indemnitesProfessionnels: num(`Indemnites_Professionnels_Annee${annee}`),
      resteAAffecter: num(`Reste_A_Affecter_Annee${annee}`),
      depassementFonctionnement: num(`Depassement_Fonctionnement_Annee${annee}`),
      enveloppes: MISSIONS.map((mission) => ({
        mission,
        actions: num(`Reste_${ENVELOPE_NAMES[mission]}_Annee${annee}`),
        depassement: num(`Depassement_${ENVELOPE_NAMES[mission]}_Annee${annee}`),
      })),
    };
  };
  const seuil = num("Seuil_CAC");
  const exercice = (n: 1 | 2 | 3): ExerciceFigures => {
    const encaissees = num(`Subventions_Encaissees_Exercice${n}`);
    const allouees = num(`Subventions_Allouees_Exercice${n}`);
    return {
      exercice: n,
      encaissees,
      allouees,
      verdict: exerciceVerdict(encaissees, allouees, seuil),
    };
  };
  const zero = annee0();
  const figures: BudgetFigures = {
    origin: "classeur",
    taille: num("Taille"),
    seuil,
    annees: [year(1), year(2)],
    tresorerie: {
      min: num("Tresorerie_Min"),
      moisMin: monthOfSerial(num("Tresorerie_Mois_Min")),
      firstNegativeMonth: month("Tresorerie_Premier_Decouvert"),
    },
    exercices: [exercice(1), exercice(2), ...(bool("Exercice3_Teste") ? [exercice(3)] : [])],
    estimations: num("Estimations_Restantes"),
    obligations: {
      enRetard: num("Obligations_En_Retard"),
      prochainement: num("Obligations_30_Jours"),
    },
    ...(zero && { annee0: zero }),
  };
  if (faults.length > 0) {
    throw new PaneError(
      `Le classeur ne donne pas les totaux du budget : ${faults.join(", ")}. ` +
        "Générez le budget dans ce classeur, ou rétablissez ces noms (Formules › Gestionnaire de noms) et corrigez les cellules en erreur."
    );
  }
  return figures;
}
