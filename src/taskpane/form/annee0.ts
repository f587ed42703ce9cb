// Année 0 in the form: from the lettre d'intention to the day before the signature, with a first year 1 only. Its
// dates are checked by the domain's own rules, in its words; its hints give the Hauts-de-France presets and sources.
import { lettreIntention } from "../../domain/annee0";
import { requireSignature } from "../../domain/cashPlan";
import {
  AMORCAGE_ARS_HDF,
  AMORCAGE_AUTRES_REGIONS,
  AMORCAGE_INTERPOLE,
  MAX_ANNEE0_MONTHS,
  VERSEMENT_LETTRE_INTENTION,
} from "../../domain/data/annee0";
import { dayBefore, frDate, isIsoDate } from "../../domain/dates";
import { domainFailure } from "./domainCheck";
import { type FormValues, tailleOf } from "./formValues";
import { formatEuros, parseFrenchNumber } from "./numbers";

type Annee0DateField = "dateLettreIntention" | "dateVersementArs";

const DATE_FORMAT = "Date invalide : choisissez une date au format jj/mm/aaaa.";

/** Whether année 0 can be budgeted: it precedes contract year 1, so only with a first budgeted year 1. */
export const annee0Possible = (v: Pick<FormValues, "anneeDepart">) =>
  parseFrenchNumber(v.anneeDepart) === 1;

/** Whether the form budgets an année 0: a lettre d'intention date with a first year 1. */
export const hasAnnee0 = (v: FormValues) => annee0Possible(v) && v.dateLettreIntention !== "";

const validSignature = (v: FormValues) =>
  isIsoDate(v.dateSignature) && !domainFailure(() => requireSignature(v.dateSignature));

/** The dates at fault, with the domain's message for the lettre d'intention (the CLI's too). */
export function annee0DateErrors(v: FormValues): Partial<Record<Annee0DateField, string>> {
  if (!hasAnnee0(v)) return {};
  const errors: Partial<Record<Annee0DateField, string>> = {};
  if (!isIsoDate(v.dateLettreIntention)) errors.dateLettreIntention = DATE_FORMAT;
  // The signature has its own message: the lettre d'intention is checked against a valid one.
  else if (validSignature(v)) {
    errors.dateLettreIntention = domainFailure(() =>
      lettreIntention({ ...v, anneeDepart: 1 })
    )?.message;
  }
  if (v.dateVersementArs !== "" && !isIsoDate(v.dateVersementArs)) {
    errors.dateVersementArs = DATE_FORMAT;
  }
  return errors;
}

/** The rule, then année 0's period once the dates are valid: « Ici : année 0 du 01/02/2026 au 30/09/2026. ». */
export function lettreIntentionHint(v: FormValues): string {
  const rule = `Facultative : laissez vide sans année 0. L'année 0 court de la validation de la lettre d'intention à la veille de la signature (au plus ${MAX_ANNEE0_MONTHS} mois avant le mois de la signature) ; son argent compte dans le seuil de l'exercice qui le reçoit.`;
  if (!hasAnnee0(v) || !validSignature(v) || annee0DateErrors(v).dateLettreIntention) return rule;
  return `${rule} Ici : année 0 du ${frDate(v.dateLettreIntention)} au ${frDate(dayBefore(v.dateSignature))}.`;
}

/** Why the section asks nothing when the first budgeted year is not 1. */
export const ANNEE0_IMPOSSIBLE =
  "L'année 0 précède l'année 1 du contrat : elle ne se budgète qu'avec « Première année budgétée » à l'année 1 (section « La CPTS »).";

/** The CNAM's payment at the lettre d'intention for the taille: not typed, an estimate. */
export function versementCnamNote(v: FormValues): string {
  const taille = tailleOf(v);
  const amount =
    taille === undefined
      ? "selon la taille"
      : `${formatEuros(VERSEMENT_LETTRE_INTENTION.montants[taille - 1])} en taille ${taille}`;
  return `La CNAM verse à la validation de la lettre d'intention ${amount} (estimation — avenant 2 à l'ACI CPTS, montants du projet d'avenant : remplacez-les dans le classeur par le montant notifié par la CPAM).`;
}

/** The Hauts-de-France lump sum of the taille, flagged when interpolated, its source and the other regions' range. */
export function amorcageHint(v: FormValues): string {
  const taille = tailleOf(v);
  const preset =
    taille === undefined
      ? ""
      : `Valeur de l'ARS Hauts-de-France en taille ${taille} : ${formatEuros(AMORCAGE_ARS_HDF.forfaits[taille - 1])}${
          AMORCAGE_INTERPOLE.includes(taille)
            ? ` (interpolée entre ${formatEuros(AMORCAGE_ARS_HDF.forfaits[0])} en taille 1 et ${formatEuros(AMORCAGE_ARS_HDF.forfaits[3])} en taille 4 : à vérifier auprès de l'ARS)`
            : ""
        }. `;
  return `${preset}Source : ${AMORCAGE_ARS_HDF.source}. Les autres régions versent autre chose (${AMORCAGE_AUTRES_REGIONS}) : saisissez le montant de votre ARS. Dépensé en indemnités des professionnels pour le projet de santé.`;
}

export const COORDINATEUR_AMORCAGE_HINT = `Hauts-de-France : ${formatEuros(AMORCAGE_ARS_HDF.coordinateur)} pour un coordinateur à 0,5 ETP pendant environ un an. Son coût est celui du premier poste de l'équipe, de la lettre d'intention à la signature.`;

export const VERSEMENT_ARS_HINT =
  "Facultative : sans date, les deux montants de l'ARS sont reçus à la validation de la lettre d'intention.";
