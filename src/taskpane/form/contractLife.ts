// The contract's life in the form: the first contract year budgeted, the renewal after year 5, a change of taille by
// avenant. Checked by the domain's own rules, in its words.
import { budgetYears, contractYear, requireFirstYear } from "../../domain/budgetYears";
import { contractTaille, requireSignature, tailleChangeYear } from "../../domain/cashPlan";
import { CONTRACT_LENGTH, LAST_FIRST_YEAR } from "../../domain/data/contract";
import { frDate, isIsoDate } from "../../domain/dates";
import { TREASURY_YEARS } from "../../domain/treasury";
import { domainFailure } from "./domainCheck";
import { type FormValues, tailleOf } from "./formValues";
import { parseFrenchNumber } from "./numbers";

/** The first contract years a budget can start with: 1 to 5. */
export const FIRST_YEARS: readonly number[] = Array.from(
  { length: LAST_FIRST_YEAR },
  (_, i) => i + 1
);

/**
 * Whether the renewal after year 5 changes the budget: when the cash plan's contract years, from the first budgeted
 * one, reach year 6 (from a first year 4: its third year is year 6).
 */
export function renewalMatters(anneeDepart: string): boolean {
  return parseFrenchNumber(anneeDepart) + TREASURY_YEARS - 1 > CONTRACT_LENGTH.years;
}

type ContractField = "anneeDepart" | "nouvelleTaille" | "dateAvenant";

const DATE_FORMAT = "Date invalide : choisissez une date au format jj/mm/aaaa.";

/** The contract fields at fault, each with the domain's message (the CLI's too). */
export function contractLifeErrors(v: FormValues): Partial<Record<ContractField, string>> {
  const errors: Partial<Record<ContractField, string>> = {
    anneeDepart: domainFailure(() => requireFirstYear(parseFrenchNumber(v.anneeDepart)))?.message,
  };
  if (!v.changementTaille) return errors;
  if (!isIsoDate(v.dateAvenant)) errors.dateAvenant = DATE_FORMAT;
  const taille = tailleOf(v);
  // The taille and the signature have their own messages: the avenant is checked against valid ones.
  if (taille === undefined || !isIsoDate(v.dateSignature)) return errors;
  const change = { date: v.dateAvenant, taille: parseFrenchNumber(v.nouvelleTaille) };
  const failure = domainFailure(() =>
    contractTaille({ taille, dateSignature: v.dateSignature, changementTaille: change }, 1)
  );
  if (failure?.argument === "date_avenant") errors.dateAvenant ??= failure.message;
  else if (failure && failure.argument !== "date_signature")
    errors.nouvelleTaille = failure.message;
  return errors;
}

/** A signature date the domain accepts. */
const validSignature = (v: FormValues) =>
  isIsoDate(v.dateSignature) && !domainFailure(() => requireSignature(v.dateSignature));

/** The rule, then the two years' dates once the signature is valid: « Ici : année 4 du 01/03/2028 au 28/02/2029… ». */
export function budgetYearsHint(v: FormValues): string {
  const rule =
    "Le budget couvre cette année de contrat et la suivante ; l'année 1 court de la signature au premier anniversaire.";
  const k = parseFrenchNumber(v.anneeDepart);
  if (!validSignature(v) || domainFailure(() => requireFirstYear(k))) return rule;
  const [first, second] = budgetYears(v.dateSignature, k).periodes;
  const period = (p: typeof first) => `du ${frDate(p.du)} au ${frDate(p.au)}`;
  return `${rule} Ici : année ${k} ${period(first)}, année ${k + 1} ${period(second)}.`;
}

/** The rule, then when the avenant's amounts start once it is valid: « à partir de l'année 3 du contrat (01/03/2027) ». */
export function avenantHint(v: FormValues): string {
  const rule =
    "Les montants de la nouvelle taille s'appliquent à partir du premier anniversaire qui suit la date de l'avenant (règle non sourcée, à vérifier dans l'avenant).";
  const errors = contractLifeErrors(v);
  const valid = validSignature(v) && tailleOf(v) !== undefined;
  if (!valid || errors.dateAvenant || errors.nouvelleTaille) return rule;
  const year = tailleChangeYear(v.dateSignature, v.dateAvenant);
  const from = contractYear(v.dateSignature, year).du;
  return `${rule} Ici : taille ${v.nouvelleTaille} à partir de l'année ${year} du contrat (${frDate(from)}).`;
}
