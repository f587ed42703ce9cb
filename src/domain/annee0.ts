// Année 0: from the validation of the lettre d'intention to the day before the signature. The money the CPTS gets
// then (the CNAM payment at the lettre d'intention, the ARS start-up aid) and what it spends (the start-up
// coordinator, the first post of the team over those months, and the professionals' time), FACTS.md §10.
import type { BudgetInputs } from "./budgetInputs";
import { AMORCAGE_ARS_HDF, MAX_ANNEE0_MONTHS, VERSEMENT_LETTRE_INTENTION } from "./data/annee0";
import { dayBefore, dayOf, frDate, isoOf, monthNumber, monthStart, requireDate } from "./dates";
import { SEUIL_CAC } from "./data/thresholds";
import { cents, DomainError, requireAmount, sum } from "./errors";
import { frEuros } from "./limits";
import { teamBudget, TEAM_ACCOUNTS } from "./team";

/** A receipt of année 0: its date, whether it counts as a public subsidy (the CNAM's follows the ACI's choice). */
export interface Annee0Receipt {
  code: "cnam" | "ars" | "coordinateur";
  label: string;
  date: string;
  montant: number;
  subventionPublique: boolean;
  /** Where the amount is the add-in's estimate: its basis. */
  estimation?: string;
}

export interface Annee0 {
  /** The lettre d'intention's validation, ISO. */
  debut: string;
  /** The day before the signature, ISO. */
  fin: string;
  /** Months from the lettre d'intention's month to the one before the signature's: the coordinator's months. */
  mois: number;
  recettes: Annee0Receipt[];
  /** The first post of the team over année 0's months, all costs included (the engine's monthly cost). */
  coordinateur: number;
  /** The professionals' time on the projet de santé (account 65): the ARS lump sum, spent whole (an estimate). */
  indemnites: number;
  produits: number;
  charges: number;
  resultat: number;
  /** What counts towards the 153 000 € test. */
  subventions: number;
}

const LABELS: Record<Annee0Receipt["code"], string> = {
  cnam: "CNAM : versement à la validation de la lettre d'intention",
  ars: "ARS : forfait d'amorçage (temps des professionnels)",
  coordinateur: "ARS : financement du coordinateur de l'amorçage",
};

/** The lettre d'intention's date, validated: before the signature, at most 36 months before its month. */
export function lettreIntention(
  inputs: Pick<BudgetInputs, "dateLettreIntention" | "dateSignature" | "anneeDepart">
): string {
  const what = "Date de validation de la lettre d'intention";
  const day = requireDate(inputs.dateLettreIntention, "lettre_intention", what);
  const signature = dayOf(inputs.dateSignature);
  const earliest = monthStart(inputs.dateSignature, -MAX_ANNEE0_MONTHS);
  if (day >= signature || day < earliest) {
    throw new DomainError(
      `${what} invalide : ${frDate(day)}. Valeur attendue : une date avant la signature (${frDate(signature)}), au plus ${MAX_ANNEE0_MONTHS} mois avant son mois (à partir du ${frDate(earliest)}).`,
      "lettre_intention"
    );
  }
  if ((inputs.anneeDepart ?? 1) !== 1) {
    throw new DomainError(
      `Lettre d'intention : l'année 0 précède l'année 1 du contrat ; elle ne se budgète qu'avec la première année budgétée 1 (et non ${inputs.anneeDepart}).`,
      "lettre_intention"
    );
  }
  return isoOf(day);
}

const ARS_DATE = "Date de versement de l'ARS";

/** A span of days, ISO, inclusive. */
interface Span {
  debut: string;
  fin: string;
}

/**
 * Stops when the ARS's payment falls in no exercice whose 153 000 € test the budget makes: its money would count in
 * none. `annee0Exercice` is the lettre d'intention's exercice when it comes before exercice 1; `tested`, the
 * budget's exercices in order.
 */
export function requireArsCounted(
  annee0: Annee0 | undefined,
  annee0Exercice: Span | undefined,
  tested: Span[]
): void {
  const date = annee0?.recettes.find((r) => r.code === "ars")?.date;
  if (date === undefined || tested.length === 0) return;
  const within = (s: Span | undefined) => s !== undefined && s.debut <= date && date <= s.fin;
  if (within(annee0Exercice) || within({ debut: tested[0].debut, fin: tested.at(-1)!.fin })) return;
  const budget = `un exercice dont le budget teste le seuil de ${frEuros(SEUIL_CAC.amount)}, du ${frDate(tested[0].debut)} au ${frDate(tested.at(-1)!.fin)}`;
  const expected = annee0Exercice
    ? `une date de l'exercice de la lettre d'intention (du ${frDate(annee0Exercice.debut)} au ${frDate(annee0Exercice.fin)}) ou d'${budget}`
    : `une date d'${budget}`;
  throw new DomainError(
    `${ARS_DATE} invalide : ${frDate(date)}. Valeur attendue : ${expected}.`,
    "versement_ars"
  );
}

/** Année 0 of a budget, or undefined without a lettre d'intention date. */
export async function annee0Of(inputs: BudgetInputs): Promise<Annee0 | undefined> {
  if (inputs.dateLettreIntention === undefined) return undefined;
  const debut = lettreIntention(inputs);
  const t = inputs.taille - 1;
  const versementArs =
    inputs.dateVersementArs === undefined
      ? debut
      : isoOf(requireDate(inputs.dateVersementArs, "versement_ars", ARS_DATE));
  if (versementArs < debut) {
    throw new DomainError(
      `${ARS_DATE} invalide : ${frDate(versementArs)}. Valeur attendue : une date à partir de la validation de la lettre d'intention (${frDate(debut)}).`,
      "versement_ars"
    );
  }
  const ars = requireAmount(
    inputs.amorcageArs ?? AMORCAGE_ARS_HDF.forfaits[t],
    "amorcage_ars",
    "Forfait d'amorçage de l'ARS"
  );
  const coordinateurArs = requireAmount(
    inputs.coordinateurAmorcage ?? AMORCAGE_ARS_HDF.coordinateur,
    "coordinateur_amorcage",
    "Financement du coordinateur de l'amorçage"
  );
  const hdf = `estimation — ${AMORCAGE_ARS_HDF.source} ; ${AMORCAGE_ARS_HDF.confidence}`;
  const recettes: Annee0Receipt[] = [
    {
      code: "cnam",
      label: LABELS.cnam,
      date: debut,
      montant: VERSEMENT_LETTRE_INTENTION.montants[t],
      subventionPublique: inputs.aciSubventionPublique,
      estimation: `estimation — ${VERSEMENT_LETTRE_INTENTION.source}. ${VERSEMENT_LETTRE_INTENTION.confidence}`,
    },
    {
      code: "ars",
      label: LABELS.ars,
      date: versementArs,
      montant: ars,
      subventionPublique: true,
      ...(inputs.amorcageArs === undefined && { estimation: hdf }),
    },
    {
      code: "coordinateur",
      label: LABELS.coordinateur,
      date: versementArs,
      montant: coordinateurArs,
      subventionPublique: true,
      ...(inputs.coordinateurAmorcage === undefined && { estimation: hdf }),
    },
  ];
  const mois = monthNumber(inputs.dateSignature) - monthNumber(debut);
  const coordinateur = mois === 0 ? 0 : await startUpCoordinator(inputs, debut, mois);
  const produits = cents(sum(recettes.map((r) => r.montant)));
  const charges = cents(coordinateur + ars);
  return {
    debut,
    fin: dayBefore(inputs.dateSignature),
    mois,
    recettes,
    coordinateur,
    indemnites: ars,
    produits,
    charges,
    resultat: cents(produits - charges),
    subventions: cents(sum(recettes.filter((r) => r.subventionPublique).map((r) => r.montant))),
  };
}

/** The first post of the team (the coordinator) hired from the lettre d'intention's month for `mois` months. */
async function startUpCoordinator(inputs: BudgetInputs, debut: string, mois: number) {
  const post = { ...inputs.equipe[0], debutMois: 0, mois };
  const team = await teamBudget([post], debut.slice(0, 7), inputs.taille, inputs.optionnelles);
  return cents(sum(TEAM_ACCOUNTS.map((a) => sum(team.parMois[a].slice(0, mois)))));
}
