// The two contract years a budget covers: k and k + 1 for a chosen first year k (1 by default), from the
// anniversary A_(k-1) of the signature, and the exercices the 153 000 € test reads around them.
import { contractAnniversary } from "./cashPlan";
import { LAST_FIRST_YEAR } from "./data/contract";
import { dayBefore, exercicePeriod } from "./dates";
import { requireInteger } from "./errors";
import type { Period } from "./types";

/** Contract year k as ISO dates, from A_(k-1) to the day before A_k. */
export function contractYear(dateSignature: string, k: number): Period {
  return {
    du: contractAnniversary(dateSignature, k - 1),
    au: dayBefore(contractAnniversary(dateSignature, k)),
  };
}

/** The first contract year budgeted, 1 to 5 (budgeting years 5 and 6 shows the contract's end). */
export function requireFirstYear(value: unknown, argument = "annee_depart"): number {
  return requireInteger(value ?? 1, argument, 1, LAST_FIRST_YEAR, "Première année budgétée");
}

export interface BudgetYears {
  /** The first contract year budgeted, k. */
  premiere: number;
  /** Contract years k and k + 1. */
  periodes: readonly [Period, Period];
}

export function budgetYears(dateSignature: string, anneeDepart?: number): BudgetYears {
  const premiere = requireFirstYear(anneeDepart);
  return {
    premiere,
    periodes: [contractYear(dateSignature, premiere), contractYear(dateSignature, premiere + 1)],
  };
}

/** Most exercices two contract years can overlap: 24 months that do not start on an exercice's first day. */
export const MAX_EXERCICES = 3;

/**
 * The first three exercices from the one containing the first budgeted day, each tested when it overlaps the two
 * budgeted years: the first two always are, the third when they do not start on an exercice's first day.
 */
export function exercicePeriods(years: BudgetYears, debutExercice: number) {
  const [first, second] = years.periodes;
  return Array.from({ length: MAX_EXERCICES }, (_, x) => {
    const period = exercicePeriod(first.du, debutExercice, x + 1);
    return { ...period, teste: period.debut <= second.au };
  });
}

/** A contract year's heading: « Année 4 ». */
export const yearLabel = (anneeContrat: number) => `Année ${anneeContrat}`;
