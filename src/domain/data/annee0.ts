import { type ByTaille } from "./aciGrid";
import { type Provenance } from "./provenance";

/** The CNAM payment when the lettre d'intention is validated (avenant 2 to the ACI CPTS), by taille. */
export const VERSEMENT_LETTRE_INTENTION: Provenance & { montants: ByTaille } = {
  source:
    "Avenant 2 à l'ACI CPTS : financement à la validation de la lettre d'intention (fmfpro.org, https://fmfpro.org/?p=2134 ; Le Concours médical, « Négos interprofessionnelles CPTS : la Cnam gonfle encore l'enveloppe »)",
  date: "2020-11-30",
  confidence:
    "Montants du projet d'avenant (novembre 2020), concordants dans trois sources ; Le Pharmacien de France donne 20 000 et 25 000 € en tailles 3 et 4 ; texte final non vérifié. Remplacez-les par le montant notifié par la CPAM.",
  montants: [15000, 17500, 25000, 30000],
};

/**
 * The ARS start-up aid (FIR) of Hauts-de-France: a lump sum for the professionals' time and expenses by taille, and
 * 24 000 € for a 0,5 ETP coordinator over about a year, both once the lettre d'intention is validated.
 */
export const AMORCAGE_ARS_HDF: Provenance & { forfaits: ByTaille; coordinateur: number } = {
  source:
    "ARS Hauts-de-France, « La coordination d'une CPTS », https://hauts-de-france.paps.sante.fr/la-coordination-dune-cpts",
  date: "2023-11-30",
  confidence:
    "Forfait de 10 000 à 20 000 € selon la taille : 10 000 € en taille 1 et 20 000 € en taille 4 ; 13 000 € (taille 2) et 16 000 € (taille 3) sont interpolés par le complément. Les autres régions versent autre chose (30 000 à 50 000 € selon les sources, par ex. 30 000 € en Île-de-France) : saisissez le montant de votre ARS.",
  forfaits: [10000, 13000, 16000, 20000],
  coordinateur: 24000,
};

/** Année 0 lasts at most as long as the team's plan can cost a post: 36 months before the signature. */
export const MAX_ANNEE0_MONTHS = 36;

/** What the other regions' ARS pay for the same start-up, as the sources give it: the CPTS types its own. */
export const AMORCAGE_AUTRES_REGIONS =
  "30 000 à 50 000 € selon les sources, par ex. 30 000 € en Île-de-France";

/** The tailles whose Hauts-de-France lump sum is interpolated between tailles 1 and 4 (flagged). */
export const AMORCAGE_INTERPOLE: readonly number[] = [2, 3];
