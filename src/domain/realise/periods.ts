// The periods the actual is compared on: the budget's contract years and the exercices it tests, as the model gives
// them (never recomputed here).
import type { BudgetModel } from "../budget";

export interface RealisePeriod {
  kind: "annee" | "exercice";
  /** The contract year or the exercice's number, as the model numbers it. */
  numero: number;
  /** ISO dates, both inclusive. */
  debut: string;
  fin: string;
}

/** « Année 1 », « Exercice 2 ». */
export const periodLabel = (p: RealisePeriod) =>
  `${p.kind === "annee" ? "Année" : "Exercice"} ${p.numero}`;

/** The contract years of the budget, then the exercices it tests. */
export function realisePeriods(model: BudgetModel): RealisePeriod[] {
  return [
    ...model.annees.map((a): RealisePeriod => ({
      kind: "annee",
      numero: a.annee,
      debut: a.debut,
      fin: a.fin,
    })),
    ...model.tresorerie.exercices
      .filter((e) => e.teste)
      .map((e): RealisePeriod => ({
        kind: "exercice",
        numero: e.exercice,
        debut: e.debut,
        fin: e.fin,
      })),
  ];
}
