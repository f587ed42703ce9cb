import {
  FORFAIT_JOURS,
  LATEST_GRID_YEAR,
  SYNTEC_GRADES,
  SYNTEC_GRIDS,
  type SyntecGrade,
  type SyntecGrid,
} from "./data/syntecGrid";
import { CABINETS_MEDICAUX_GRID, CABINETS_MEDICAUX_LEVELS } from "./data/cabinetsMedicauxGrid";
import { SMIC } from "./data/smic";
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

/** The collective agreement a post is paid under: no agreement is specific to CPTS, they choose one or none. */
export type Convention = "syntec" | "cabinets-medicaux" | "aucune";
export const CONVENTIONS: readonly Convention[] = ["syntec", "cabinets-medicaux", "aucune"];
export const CONVENTION_LABELS: Record<Convention, string> = {
  syntec: "Syntec (IDCC 1486)",
  "cabinets-medicaux": "Cabinets médicaux (IDCC 1147)",
  aucune: "Aucune (SMIC)",
};

/** Where a post stands in its agreement's grid. */
export interface Classification {
  convention: Convention;
  /** Syntec coefficient. */
  coef?: number;
  /** Cabinets médicaux level, 4 to 16. */
  niveau?: number;
  /** Calendar year whose grid and SMIC apply. */
  anneeGrille: number;
  forfaitJours: boolean;
}

/** A full-time monthly minimum and what it rests on. */
export interface Minimum {
  montant: number;
  /** French, e.g. « minimum Syntec 2025, coefficient 130 » or « SMIC 2026 ». */
  base: string;
  /** Whether the agreement's amount was below the SMIC of its year and was raised to it. */
  releveAuSmic: boolean;
}

/** The SMIC in force in a calendar year: the latest known up to it; none before the table. */
export function smicFor(annee: number): { annee: number; montant: number } | undefined {
  const annees = Object.keys(SMIC.byYear)
    .map(Number)
    .filter((a) => a <= annee);
  if (!annees.length) return undefined;
  const latest = Math.max(...annees);
  return { annee: latest, montant: SMIC.byYear[latest] };
}

function requireConvention(value: unknown): Convention {
  if (!CONVENTIONS.includes(value as Convention)) {
    throw new DomainError(
      `Convention collective invalide : ${describeValue(value)}. Valeurs possibles : ${CONVENTIONS.join(", ")}.`,
      "convention"
    );
  }
  return value as Convention;
}

/** The cabinets médicaux minimum of a level (IDCC 1147, avenant 90, from 2024). */
function cabinetsMedicauxMinimum(niveau: unknown, anneeGrille: number): number {
  const grid = CABINETS_MEDICAUX_GRID;
  const amount = typeof niveau === "number" ? ownValue(grid.minimums, niveau) : undefined;
  if (amount === undefined) {
    throw new DomainError(
      `Niveau ${describeValue(niveau)} absent de la grille des cabinets médicaux. Niveaux disponibles : ${CABINETS_MEDICAUX_LEVELS[0]} à ${CABINETS_MEDICAUX_LEVELS[CABINETS_MEDICAUX_LEVELS.length - 1]}.`,
      "niveau"
    );
  }
  if (anneeGrille < grid.fromYear) {
    throw new DomainError(
      `Grille des cabinets médicaux non disponible pour ${anneeGrille} : la seule grille connue s'applique à partir de ${grid.fromYear}.`,
      "annee_grille"
    );
  }
  return amount;
}

/**
 * The full-time monthly minimum of a post: its agreement's grid (forfait jours only under Syntec, where the agreement
 * provides it), raised to the SMIC of the grid's year when below it. Without an agreement, the SMIC.
 */
export function agreementMinimum(c: Classification): Minimum {
  const convention = requireConvention(c.convention);
  const annee = requireInteger(
    c.anneeGrille,
    "annee_grille",
    SYNTEC_GRIDS[0].fromYear,
    2100,
    "Année de grille"
  );
  if (c.forfaitJours && convention !== "syntec") {
    throw new DomainError(
      "Forfait jours disponible avec la convention Syntec seulement : un forfait annuel en jours exige un accord collectif qui le prévoit (Code du travail, art. L3121-63).",
      "forfait_jours"
    );
  }
  const smic = smicFor(annee);
  let montant: number;
  let base: string;
  if (convention === "syntec") {
    montant = minimumSalary(c.coef!, annee, c.forfaitJours);
    base = `minimum Syntec ${gridForYear(annee).fromYear}, coefficient ${c.coef}${c.forfaitJours ? ", forfait jours" : ""}`;
  } else if (convention === "cabinets-medicaux") {
    montant = cabinetsMedicauxMinimum(c.niveau, annee);
    base = `minimum cabinets médicaux ${CABINETS_MEDICAUX_GRID.fromYear}, niveau ${c.niveau}`;
  } else {
    if (!smic) {
      throw new DomainError(
        `SMIC non disponible pour ${annee} : années disponibles à partir de ${Object.keys(SMIC.byYear)[0]}.`,
        "annee_grille"
      );
    }
    return { montant: smic.montant, base: `SMIC ${smic.annee}`, releveAuSmic: false };
  }
  if (smic && montant < smic.montant) {
    return {
      montant: smic.montant,
      base: `${base}, relevé au SMIC ${smic.annee}`,
      releveAuSmic: true,
    };
  }
  return { montant, base, releveAuSmic: false };
}

/**
 * Whether a post is a cadre for the payroll rules: Syntec's IC grades. The cabinets médicaux levels and posts without
 * an agreement are taken as non-cadres (our sources do not say which levels are cadres): an assumption, shown as such.
 */
export function isCadrePost(c: Classification): boolean {
  return c.convention === "syntec" && isCadre(c.coef!);
}

/** The latest year any grid or SMIC of the tables applies from: the default grid year of a post. */
export const LATEST_SALARY_YEAR = Math.max(
  LATEST_GRID_YEAR,
  CABINETS_MEDICAUX_GRID.fromYear,
  ...Object.keys(SMIC.byYear).map(Number)
);
