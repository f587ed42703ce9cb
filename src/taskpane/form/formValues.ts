// The form's state: what the user typed (numbers kept as text until valid), its defaults by taille, and its conversion
// to BudgetInputs.
import {
  type BudgetInputs,
  defaultBudgetInputs,
  type Taille,
  TREASURY_DEFAULTS,
} from "../../domain/budgetInputs";
import { AMORCAGE_ARS_HDF } from "../../domain/data/annee0";
import { DEFAULT_MISSION_START, type MissionStartSetting } from "../../domain/data/paymentCalendar";
import { type FunderKind } from "../../domain/threshold";
import { missionStartInputs, missionStartValues, type StartedMission } from "./missionStarts";
import { parseFrenchNumber, toFrenchInput } from "./numbers";
import { type PostFormValues, postFormValues, toPostInputs } from "./postValues";

export interface FunderFormValues {
  label: string;
  kind: FunderKind;
  annee1: string;
  annee2: string;
  subventionPublique: boolean;
}

export interface FormValues {
  nom: string;
  taille: string;
  dateSignature: string;
  /** The first contract year budgeted, "1" to "5": the budget covers it and the next. */
  anneeDepart: string;
  /** Whether the contract is renewed after year 5 (asked when the cash plan reaches year 6: see renewalMatters). */
  renouvellement: boolean;
  /** Whether the taille changes by avenant; the new taille and the avenant's date are asked then. */
  changementTaille: boolean;
  nouvelleTaille: string;
  /** The avenant's date, ISO, or empty. */
  dateAvenant: string;
  /** Année 0: the lettre d'intention's validation, ISO, or empty (no année 0). Only with a first year 1. */
  dateLettreIntention: string;
  /** Année 0: the ARS start-up lump sum (€), prefilled with Hauts-de-France's by taille. */
  amorcageArs: string;
  /** Année 0: the ARS funding of the start-up coordinator (€). */
  coordinateurAmorcage: string;
  /** Année 0: when the ARS pays, ISO, or empty (at the lettre d'intention). */
  dateVersementArs: string;
  optionnelles: boolean;
  /** Percent, 0–100. */
  tauxVariable: string;
  crise: boolean;
  /** When the missions start: at signature or the latest the ACI allows. */
  demarrages: MissionStartSetting;
  /** Whether a start date is typed for some missions; the others follow `demarrages`. */
  datesParMission: boolean;
  /** Each mission's start date, ISO, or empty (the setting). */
  missionStarts: Record<StartedMission, string>;
  membres: string;
  /** Yearly dues per member (€). */
  cotisationParMembre: string;
  /** The team, the coordinator first; at least one post. */
  equipe: PostFormValues[];
  financeurs: FunderFormValues[];
  honorairesCac: string;
  /** Cash at the bank at the start of the first budgeted month (€, may be negative). */
  soldeInitial: string;
  /** Months between a contract anniversary and the CPAM's payment. */
  lagMonths: string;
  /** Calendar month (1–12) of the annual charges and receipts. */
  moisAnnuel: string;
  /** First calendar month (1–12) of the financial year. */
  debutExercice: string;
}

/**
 * What « Réinitialiser aux valeurs de la taille » keeps: who the CPTS is, its taille, its contract (date, years
 * budgeted, renewal, avenant) and its ACI options. The avenant's new taille follows the taille while left at its
 * default (the next taille up).
 */
const KEPT_ON_RESET = [
  "nom",
  "taille",
  "dateSignature",
  "anneeDepart",
  "renouvellement",
  "changementTaille",
  "dateAvenant",
  "dateLettreIntention",
  "dateVersementArs",
  "optionnelles",
  "tauxVariable",
  "crise",
  "demarrages",
  "datesParMission",
  "missionStarts",
] as const satisfies readonly (keyof FormValues)[];

/** The avenant's taille a form proposes: the next one up (a territory grows), taille 3 for a taille 4. */
const nextTaille = (taille: Taille) => (taille === 4 ? 3 : taille + 1);

/** The Hauts-de-France ARS lump sum of a taille: the form's prefill. */
const amorcageDefault = (taille: Taille) => AMORCAGE_ARS_HDF.forfaits[taille - 1];

/**
 * Année 0's answers, when a lettre d'intention date is given with a first year 1 (année 0 precedes year 1 only). The
 * Hauts-de-France presets left as prefilled stay undefined: the domain marks them as estimates.
 */
function annee0Inputs(values: FormValues, taille: Taille): Partial<BudgetInputs> {
  const n = parseFrenchNumber;
  if (values.dateLettreIntention === "" || n(values.anneeDepart) !== 1) return {};
  const ars = n(values.amorcageArs);
  const coordinateur = n(values.coordinateurAmorcage);
  return {
    dateLettreIntention: values.dateLettreIntention,
    ...(ars !== amorcageDefault(taille) && { amorcageArs: ars }),
    ...(coordinateur !== AMORCAGE_ARS_HDF.coordinateur && { coordinateurAmorcage: coordinateur }),
    ...(values.dateVersementArs !== "" && { dateVersementArs: values.dateVersementArs }),
  };
}

/** The form of budget answers (the taille's defaults, or answers already given): toBudgetInputs gives them back. */
export function formValuesFrom(inputs: BudgetInputs): FormValues {
  const change = inputs.changementTaille;
  return {
    nom: inputs.nom,
    taille: String(inputs.taille),
    dateSignature: inputs.dateSignature,
    anneeDepart: String(inputs.anneeDepart ?? 1),
    renouvellement: inputs.renouvellement ?? false,
    changementTaille: change !== undefined,
    nouvelleTaille: String(change?.taille ?? nextTaille(inputs.taille)),
    dateAvenant: change?.date ?? "",
    dateLettreIntention: inputs.dateLettreIntention ?? "",
    amorcageArs: toFrenchInput(inputs.amorcageArs ?? amorcageDefault(inputs.taille)),
    coordinateurAmorcage: toFrenchInput(
      inputs.coordinateurAmorcage ?? AMORCAGE_ARS_HDF.coordinateur
    ),
    dateVersementArs: inputs.dateVersementArs ?? "",
    optionnelles: inputs.optionnelles,
    tauxVariable: toFrenchInput(Math.round(inputs.tauxVariable * 10000) / 100),
    crise: inputs.crise,
    demarrages: inputs.demarrages ?? DEFAULT_MISSION_START,
    datesParMission: Object.keys(inputs.missionStarts ?? {}).length > 0,
    missionStarts: missionStartValues(inputs.missionStarts),
    membres: String(inputs.membres),
    cotisationParMembre: toFrenchInput(inputs.cotisationParMembre),
    equipe: inputs.equipe.map(postFormValues),
    financeurs: inputs.financeurs.map((f) => ({
      label: f.label,
      kind: f.kind,
      annee1: toFrenchInput(f.annee1),
      annee2: toFrenchInput(f.annee2),
      subventionPublique: f.subventionPublique,
    })),
    honorairesCac: toFrenchInput(inputs.honorairesCac),
    soldeInitial: toFrenchInput(inputs.soldeInitial ?? TREASURY_DEFAULTS.soldeInitial),
    lagMonths: String(inputs.lagMonths ?? TREASURY_DEFAULTS.lagMonths),
    moisAnnuel: String(inputs.moisAnnuel ?? TREASURY_DEFAULTS.moisAnnuel),
    debutExercice: String(inputs.debutExercice ?? TREASURY_DEFAULTS.debutExercice),
  };
}

/** The form of a new budget: the defaults of the taille (1 by default). */
export function initialFormValues(taille: Taille = 1): FormValues {
  return formValuesFrom(defaultBudgetInputs(taille));
}

/** The taille typed, when it is one (1 to 4). */
export function tailleOf(values: Pick<FormValues, "taille">): Taille | undefined {
  const taille = parseFrenchNumber(values.taille);
  return ([1, 2, 3, 4] as const).find((t) => t === taille);
}

/** The taille's defaults for every field but those KEPT_ON_RESET (the team, the amounts, the cash-plan settings). */
export function tailleDefaults(values: FormValues, taille: Taille): FormValues {
  const defaults = formValuesFrom(defaultBudgetInputs(taille, values.optionnelles));
  const kept = Object.fromEntries(KEPT_ON_RESET.map((key) => [key, values[key]]));
  return { ...defaults, ...kept };
}

/** A field as the comparison of two forms sees it: a post's identity (its card's key) left out. */
const comparable = (value: FormValues[keyof FormValues]) =>
  JSON.stringify(Array.isArray(value) ? value.map((item) => ({ ...item, key: undefined })) : value);

/**
 * The form after an edit, its defaults following the taille: when the taille becomes another than `from` (the last
 * valid one, as a taille is retyped through an empty field), each field the user left at the former taille's default
 * takes the new taille's; a field typed over is kept.
 */
export function followTaille(after: FormValues, from: Taille | undefined): FormValues {
  const to = tailleOf(after);
  if (from === undefined || to === undefined || from === to) return after;
  const old = tailleDefaults(after, from);
  const next = tailleDefaults(after, to);
  const followed = { ...after };
  for (const key of Object.keys(next) as (keyof FormValues)[]) {
    if (comparable(after[key]) === comparable(old[key]))
      Object.assign(followed, { [key]: next[key] });
  }
  return followed;
}

/**
 * The budget answers, from values that passed validateForm. What the form does not ask (running costs, governance
 * hours, hourly rates, contributions) keeps the taille's defaults: the treasurer changes those in the generated
 * workbook. The CAC fee stays marked as an estimate only while it is the taille's.
 */
export function toBudgetInputs(values: FormValues): BudgetInputs {
  const n = parseFrenchNumber;
  const base = defaultBudgetInputs(tailleOf(values), values.optionnelles);
  const honorairesCac = n(values.honorairesCac);
  return {
    ...base,
    ...annee0Inputs(values, base.taille),
    nom: values.nom.trim(),
    taille: n(values.taille) as BudgetInputs["taille"],
    dateSignature: values.dateSignature,
    anneeDepart: n(values.anneeDepart),
    renouvellement: values.renouvellement,
    changementTaille: values.changementTaille
      ? { date: values.dateAvenant, taille: n(values.nouvelleTaille) }
      : undefined,
    optionnelles: values.optionnelles,
    tauxVariable: n(values.tauxVariable) / 100,
    crise: values.crise,
    demarrages: values.demarrages,
    missionStarts: missionStartInputs(values),
    membres: n(values.membres),
    cotisationParMembre: n(values.cotisationParMembre),
    equipe: values.equipe.map((p) => toPostInputs(p, values.optionnelles)),
    financeurs: values.financeurs.map((f) => ({
      label: f.label,
      kind: f.kind,
      annee1: n(f.annee1),
      annee2: n(f.annee2),
      subventionPublique: f.subventionPublique,
    })),
    honorairesCac,
    honorairesCacEstimation:
      honorairesCac === base.honorairesCac ? base.honorairesCacEstimation : undefined,
    soldeInitial: n(values.soldeInitial),
    lagMonths: n(values.lagMonths),
    moisAnnuel: n(values.moisAnnuel),
    debutExercice: n(values.debutExercice),
  };
}
