import { LATEST_GRID_YEAR } from "./data/syntecGrid";
import { FunderKind } from "./threshold";

/** How the coordinator is employed: placed by a groupement d'employeurs, hired directly, or freelance. */
export type CoordinatorMode = "ge" | "salarie" | "prestataire";

export interface CoordinatorInputs {
  mode: CoordinatorMode;
  /** Syntec/BET coefficient (GE and direct hire). */
  coef: number;
  /** Full-time equivalent, (0, 1]. */
  etp: number;
  /** Length of the placement or contract in months, from the signature date. */
  mois: number;
  forfaitJours: boolean;
  anneeGrille: number;
  /** Freelance day rate (€ HT) and days per contract year. */
  tarifJour: number;
  joursParAn: number;
}

/** A funder other than the ACI, with the amount expected in each contract year. */
export interface FunderInput {
  label: string;
  kind: FunderKind;
  annee1: number;
  annee2: number;
  /** Whether the line counts towards the 153 000 € test. */
  subventionPublique: boolean;
}

/** The task pane's and the CLI's answers: everything the two-year budget is built from. */
export interface BudgetInputs {
  nom: string;
  taille: 1 | 2 | 3 | 4;
  /** ACI signature date, ISO yyyy-mm-dd. */
  dateSignature: string;
  /** Whether the two optional missions (qualité, accompagnement) are contracted. */
  optionnelles: boolean;
  /** Scenario for the variable part, 0–1. CPAM and ARS advise budgeting on the fixed parts only: 0 by default. */
  tauxVariable: number;
  /** Whether a health crisis is declared (only then does the survenue amount count). */
  crise: boolean;
  /** Number of members (taille 4 majoration from 100). */
  membres: number;
  coordinateur: CoordinatorInputs;
  financeurs: FunderInput[];
  /** Commissaire aux comptes fee per year (no public scale; estimates 3 000–7 500 €, research-domain.md §3). */
  honorairesCac: number;
}

/** Today's date, ISO: the default signature date of a new budget. */
function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function defaultBudgetInputs(): BudgetInputs {
  return {
    nom: "CPTS",
    taille: 1,
    dateSignature: todayIso(),
    optionnelles: false,
    tauxVariable: 0,
    crise: false,
    membres: 0,
    coordinateur: {
      mode: "ge",
      coef: 130,
      etp: 1,
      mois: 24,
      forfaitJours: false,
      anneeGrille: LATEST_GRID_YEAR,
      tarifJour: 0,
      joursParAn: 0,
    },
    financeurs: [
      { label: "ARS (FIR)", kind: "ars", annee1: 0, annee2: 0, subventionPublique: true },
      { label: "Région", kind: "collectivite", annee1: 0, annee2: 0, subventionPublique: true },
      { label: "Département", kind: "collectivite", annee1: 0, annee2: 0, subventionPublique: true },
      { label: "Intercommunalité / commune", kind: "collectivite", annee1: 0, annee2: 0, subventionPublique: true },
      { label: "Autres financements", kind: "autre", annee1: 0, annee2: 0, subventionPublique: false },
    ],
    honorairesCac: 0,
  };
}
