import { type Provenance } from "./provenance";

/**
 * The ACI contract is signed for 5 years: after the 5th anniversary, without renewal, only the balances and the
 * variable part of year 5 are paid. A renewed contract is a new contract; the add-in assumes the same grid continues.
 */
export const CONTRACT_LENGTH: Provenance & { years: number } = {
  source:
    "ACI CPTS du 20 juin 2019 (contrat tripartite CPTS, CPAM, ARS conclu pour cinq ans) ; rapport du Sénat r25-032 (2025)",
  date: "2019-06-20",
  confidence:
    "Renouvellement : aucun texte ne fixe le barème d'un nouveau contrat ; le complément suppose que le même barème continue.",
  years: 5,
};

/**
 * A change of taille by avenant (the territory's population crosses a bound): the new amounts apply from the first
 * anniversary after the avenant's date. No text fixes when: a parameter of the rule, not a source.
 */
export const TAILLE_CHANGE: Provenance = {
  source: "ACI CPTS du 20 juin 2019, art. 9 (versements à chaque date anniversaire)",
  date: "2019-06-20",
  confidence:
    "Non sourcé : le complément applique la nouvelle taille à partir du premier anniversaire qui suit la date de l'avenant (l'année qui commence reçoit le solde de 25 % de l'ancienne taille et l'avance de 75 % de la nouvelle). À vérifier dans l'avenant.",
};

/** The first contract year a budget can start with: the contract's last year (the next one is then year 6). */
export const LAST_FIRST_YEAR = CONTRACT_LENGTH.years;
