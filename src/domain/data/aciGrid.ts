import { CURRENT_ACI_GRID_VERSION } from "./aciGridVersions";
import { type Provenance } from "./provenance";

/** Taille 1 to 4: index 0 is taille 1. */
export type ByTaille = readonly [number, number, number, number];

export const MISSIONS = [
  "fonctionnement",
  "acces",
  "parcours",
  "prevention",
  "crise",
  "qualite",
  "accompagnement",
] as const;
export type Mission = (typeof MISSIONS)[number];
export const SOCLE_MISSIONS: readonly Mission[] = ["acces", "parcours", "prevention", "crise"];
export const OPTIONAL_MISSIONS: readonly Mission[] = ["qualite", "accompagnement"];

/** French label of each envelope, as the ACI and the FCPTS tables name them. */
export const MISSION_LABELS: Record<Mission, string> = {
  fonctionnement: "Fonctionnement",
  acces: "Accès aux soins",
  parcours: "Parcours pluriprofessionnels",
  prevention: "Prévention",
  crise: "Crise sanitaire",
  qualite: "Qualité et pertinence des soins",
  accompagnement: "Accompagnement des professionnels",
};

/** The FCPTS seminar document that prints the per-taille tables. */
export const FCPTS_2023 =
  "FCPTS, « Pour un départ de ma CPTS sans fausse note », séminaire national du collège des coordinateurs, 12 mai 2023";

/** One envelope of the grid, per taille. */
export interface AciEnvelope {
  /** Volet fixe per contract year (for crise: the year the plan is drafted). */
  fixe: ByTaille;
  /** Maximum volet variable (for crise: the survenue amount, paid only when a crisis is declared). */
  variable: ByTaille;
}

/** The amounts of one version of the ACI grid, with their provenance. */
export type AciGrid = Provenance & {
  envelopes: Record<Mission, AciEnvelope>;
  /** Crisis plan update, paid in the years after the plan is drafted. */
  criseMiseAJour: ByTaille;
};

/**
 * ACI envelopes per year: the latest version of the grid (./aciGridVersions), today avenant 2 to the ACI of
 * 20 June 2019 (signed 20 Dec 2021, JO 31 March 2022).
 */
export const ACI_GRID: AciGrid = CURRENT_ACI_GRID_VERSION.grid;

/**
 * Financement additionnel du fonctionnement: +75 % of the fonctionnement envelope, paid at signature, for an ACI
 * signed before the cut-off. From the FCPTS 2023 document only; it prints 56 250 for T4, a copy of the T3 line
 * (75 % of 90 000 is 67 500). Negotiation drafts said "before 31 Dec 2021": the cut-off stays a parameter.
 */
export const FINANCEMENT_ADDITIONNEL: Provenance & { rate: number; defaultCutoff: string } = {
  source: `${FCPTS_2023}, encadré « A savoir : financement additionnel du fonctionnement »`,
  date: "2023-05-12",
  confidence:
    "Source unique (document FCPTS) ; date limite non confirmée au JO (les projets d'avenant disaient 31/12/2021).",
  rate: 0.75,
  defaultCutoff: "2022-09-30",
};

/** +10 % on every mission (socle and optional, fixe and variable) for a taille 4 CPTS with at least 100 members. */
export const MAJORATION_T4: Provenance & { rate: number; minMembers: number } = {
  source: `${FCPTS_2023}, encadré « CPTS de taille 4 »`,
  date: "2023-05-12",
  confidence: "Source unique (document FCPTS) ; non retrouvée dans le texte publié au JO.",
  rate: 0.1,
  minMembers: 100,
};

/** Payment shares of the contract-year schedule (ACI art. 9; Sénat report r25-032). */
export const PAYMENT_RULES: Provenance & { advance: number } = {
  source: "ACI CPTS du 20 juin 2019, art. 9 ; rapport du Sénat r25-032 (2025)",
  date: "2019-06-20",
  advance: 0.75,
};
