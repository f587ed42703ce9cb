import { type Mission } from "./aciGrid";
import { type Provenance } from "./provenance";

/**
 * Months between a contract anniversary and the CPAM payment of what falls due then (balances, variable parts and
 * the next year's advances). No source gives it: our research guessed 1 to 3 months, the FCPTS forum thread « budget
 * coordination CPTS taille 3 » only says payments come late. A parameter, 2 months by default.
 */
export const PAYMENT_LAG: Provenance & { months: number } = {
  source:
    "ACI CPTS du 20 juin 2019, art. 9 (versements à chaque date anniversaire) ; aucun texte ne fixe le délai effectif de paiement",
  date: "2019-06-20",
  confidence:
    "Non sourcé : délai estimé à 2 mois (ordre de grandeur de 1 à 3 mois, non confirmé par les textes). À ajuster avec la CPAM.",
  months: 2,
};

/** Latest start of each mission, in months after signature (ARS Hauts-de-France PAPS page, updated 30 Nov 2023). */
export const MISSION_START_DEADLINES: Provenance & {
  months: Record<Exclude<Mission, "fonctionnement">, number>;
} = {
  source:
    "ARS Hauts-de-France, PAPS, « Le financement de la CPTS : l'accord conventionnel interprofessionnel (ACI) », mis à jour le 30/11/2023",
  date: "2023-11-30",
  confidence:
    "Missions optionnelles (qualité, accompagnement) : les sources ne fixent pas de délai, la CPTS choisit ; 12 mois par défaut, comme parcours et prévention.",
  months: { acces: 6, crise: 6, parcours: 12, prevention: 12, qualite: 12, accompagnement: 12 },
};

/**
 * When the missions start, unless a date is typed for one: « à la signature » reproduces the FCPTS tables (every
 * mission started at signature, FCPTS 2023 « Pour un départ de ma CPTS sans fausse note »); « au plus tard » takes
 * the latest start the ACI allows (MISSION_START_DEADLINES). One setting feeds the Budget, the Trésorerie and the checks.
 */
export type MissionStartSetting = "signature" | "au-plus-tard";
export const MISSION_START_SETTINGS: Readonly<Record<MissionStartSetting, string>> = {
  signature: "à la signature",
  "au-plus-tard": "au plus tard",
};
export const DEFAULT_MISSION_START: MissionStartSetting = "signature";
