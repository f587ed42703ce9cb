import {
  FORFAIT_JOURS,
  LATEST_GRID_YEAR,
  SYNTEC_GRADES,
  SYNTEC_GRIDS,
  type SyntecGrade,
  type SyntecGrid,
} from "./data/syntecGrid";
import { cents, DomainError, describeValue, requireInteger } from "./errors";
import { ownValue } from "./lookup";

/** The grid in force in a calendar year (2019–2021, 2022–2024, 2025 onwards). */
export function gridForYear(year: number = LATEST_GRID_YEAR): SyntecGrid {
  requireInteger(year, "annee_grille", SYNTEC_GRIDS[0].fromYear, 2100, "Année de grille");
  return [...SYNTEC_GRIDS].reverse().find((g) => g.fromYear <= year)!;
}

export function gradeOf(coef: number): SyntecGrade | undefined {
  return SYNTEC_GRADES.find((g) => g.coef === coef);
}

/**
 * Syntec/BET monthly gross minimum for 35 h, full time. Forfait jours (× 120 %) only from IC position 3.
 */
export function minimumSalary(coef: number, gridYear?: number, forfaitJours = false): number {
  const grid = gridForYear(gridYear);
  const amount = typeof coef === "number" ? ownValue(grid.minimums, coef) : undefined;
  if (amount === undefined) {
    const allowed = Object.keys(grid.minimums)
      .map(Number)
      .sort((a, b) => a - b)
      .join(", ");
    throw new DomainError(
      `Coefficient ${describeValue(coef)} absent de la grille Syntec ${grid.fromYear}. Coefficients disponibles : ${allowed}.`,
      "coef"
    );
  }
  if (forfaitJours) {
    const grade = gradeOf(coef)!;
    if (grade.category !== "IC" || Number(grade.position[0]) < FORFAIT_JOURS.minPosition) {
      throw new DomainError(
        `Forfait jours impossible pour le coefficient ${coef} (${grade.category} ${grade.position}) : réservé aux cadres (IC) à partir de la position 3 (coefficients 170, 210, 270).`,
        "forfait_jours"
      );
    }
    return cents(amount * FORFAIT_JOURS.uplift);
  }
  return amount;
}

export function isCadre(coef: number): boolean {
  return gradeOf(coef)?.category === "IC";
}
