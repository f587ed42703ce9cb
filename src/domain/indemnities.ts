// The members' indemnités (governance) and rémunérations (missions) of décret 2022-375: hours × the profession's
// hourly rate, and the cap of one PASS per professional per calendar year, checked on the most-paid person.
import {
  type GovernanceInput,
  type MissionEnvelope,
  type MissionRemunerationInput,
} from "./budgetInputs";
import { MISSION_LABELS } from "./data/aciGrid";
import { PART_REMUNERATIONS_MISSIONS, type Profession, PROFESSIONS } from "./data/prefill";
import { PASS } from "./data/thresholds";
import { calendarYearOf, monthNumber } from "./dates";
import { evaluate, evaluateNumber } from "./rules/expr";
import { calendarYearAmount, monthsInCalendarYear, passExceeded } from "./rules/pass";
import { cents, DomainError, describeValue, requireInteger, requireNumber, sum } from "./errors";
import { frLimit, LIMITS } from "./limits";
import type { Pair } from "./types";

/** Hours a person can give a year: 24 × 366. */
export const MAX_HOURS = 8784;

export interface GovernanceLine extends GovernanceInput {
  taux: number;
  /** What one holder of the role receives a year. */
  parPersonne: number;
  /** All holders, a year (the same both years). */
  montant: number;
}

export interface MissionRemunerationLine {
  mission: MissionEnvelope;
  /** Hours per contract year: typed, or by the default rule (30 % of the fixed part received ÷ the mix's rate). */
  heures: Pair;
  /** Whether each year's hours follow the default rule (an estimate). */
  parDefaut: [boolean, boolean];
  /** The mix's average hourly rate: Σ share × rate. */
  tauxMoyen: number;
  montants: Pair;
  professionnels: number;
  /** Per contract year, what one professional of each profession in the mix receives: hours ÷ people × rate. */
  parPersonne: Record<Profession, number>[];
}

/** The PASS check of one calendar year the budget covers (months of contract years 1–2 falling in it). */
export interface CalendarYearPass {
  annee: number;
  /** Months of the two contract years in that calendar year. */
  mois: number;
  anneePass: number;
  pass: number;
  /** The most-paid person's amount in that calendar year. */
  maxParProfessionnel: number;
  depasse: boolean;
}

export interface IndemnityBudget {
  gouvernance: GovernanceLine[];
  remunerations: MissionRemunerationLine[];
  /** Governance + missions, per contract year: account 65. */
  total: Pair;
  /** Per contract year: the most-paid person's amount (see maxPerPerson). */
  maxParProfessionnel: Pair;
  passParAnneeCivile: CalendarYearPass[];
}

/** The PASS of a calendar year: the latest known value up to that year, or the earliest known before the table. */
export function passFor(anneeCivile: number): { annee: number; montant: number } {
  const years = Object.keys(PASS.byYear)
    .map(Number)
    .sort((a, b) => a - b);
  const annee = [...years].reverse().find((y) => y <= anneeCivile) ?? years[0];
  return { annee, montant: PASS.byYear[annee] };
}

function requireRates(rates: Record<Profession, number>): Record<Profession, number> {
  for (const p of PROFESSIONS) {
    requireNumber(
      rates?.[p],
      "taux_horaire",
      (n) => n >= 0 && n <= LIMITS.montant,
      `Taux horaire « ${p} »`,
      `un montant en euros par heure, positif ou nul, au plus ${frLimit(LIMITS.montant)} €`
    );
  }
  return rates;
}

function requireProfession(value: unknown, what: string): Profession {
  if (!PROFESSIONS.includes(value as Profession)) {
    throw new DomainError(
      `${what} : profession invalide ${describeValue(value)}. Valeurs possibles : ${PROFESSIONS.join(", ")}.`,
      "profession"
    );
  }
  return value as Profession;
}

const requireHours = (value: unknown, what: string) =>
  requireNumber(
    value,
    "heures",
    (n) => n >= 0 && n <= MAX_HOURS,
    what,
    `un nombre d'heures par an de 0 à ${frLimit(MAX_HOURS)}`
  );

function governanceLine(g: GovernanceInput, rates: Record<Profession, number>): GovernanceLine {
  const what = `Gouvernance « ${g.role} »`;
  const profession = requireProfession(g.profession, what);
  requireInteger(g.personnes, "personnes", 0, LIMITS.membres, `${what} : nombre de personnes`);
  requireHours(g.heuresParPersonne, `${what} : heures par personne`);
  const taux = rates[profession];
  const parPersonne = cents(g.heuresParPersonne * taux);
  return { ...g, taux, parPersonne, montant: cents(parPersonne * g.personnes) };
}

function requireMix(mix: Record<Profession, number>, what: string): Record<Profession, number> {
  for (const p of PROFESSIONS) {
    requireNumber(
      mix?.[p],
      "mix",
      (n) => n >= 0 && n <= 1,
      `${what} : part « ${p} »`,
      "une part de 0 à 1"
    );
  }
  const total = sum(PROFESSIONS.map((p) => mix[p]));
  if (Math.abs(total - 1) > 1e-6) {
    throw new DomainError(
      `${what} : la répartition des heures par profession totalise ${describeValue(cents(total * 100) / 100)}. Valeur attendue : des parts dont la somme vaut 1 (100 %).`,
      "mix"
    );
  }
  return mix;
}

/**
 * A mission's remunerations. `fixeRecu` is the mission's fixed part received in each contract year: the default
 * hours spend PART_REMUNERATIONS_MISSIONS of it at the mix's rate.
 */
function missionLine(
  r: MissionRemunerationInput,
  rates: Record<Profession, number>,
  fixeRecu: Pair
): MissionRemunerationLine {
  const what = `Rémunérations « ${MISSION_LABELS[r.mission] ?? describeValue(r.mission)} »`;
  const mix = requireMix(r.mix, what);
  const professionnels = requireInteger(
    r.professionnels,
    "professionnels",
    1,
    LIMITS.membres,
    `${what} : nombre de professionnels`
  );
  const tauxMoyen = sum(PROFESSIONS.map((p) => mix[p] * rates[p]));
  const typed = [r.heuresAnnee1, r.heuresAnnee2];
  const heures = typed.map((h, y) =>
    h === undefined
      ? tauxMoyen > 0
        ? (PART_REMUNERATIONS_MISSIONS.value * fixeRecu[y]) / tauxMoyen
        : 0
      : requireHours(h, `${what} : heures de l'année ${y + 1}`)
  ) as Pair;
  return {
    mission: r.mission,
    heures,
    parDefaut: [typed[0] === undefined, typed[1] === undefined],
    tauxMoyen,
    montants: heures.map((h) => cents(h * tauxMoyen)) as Pair,
    professionnels,
    parPersonne: heures.map(
      (h) =>
        Object.fromEntries(
          PROFESSIONS.map((p) => [p, mix[p] > 0 ? (h / professionnels) * rates[p] : 0])
        ) as Record<Profession, number>
    ),
  };
}

/**
 * The most-paid person of a contract year: for each profession, the best-paid governance role of that profession
 * plus an average share of every mission where the profession works; the largest of these. A line's average is not
 * enough when one role carries most hours (the president), hence the role by role maximum.
 */
function maxPerPerson(
  gouvernance: GovernanceLine[],
  remunerations: MissionRemunerationLine[],
  y: 0 | 1
): number {
  return Math.max(0, ...PROFESSIONS.map((p) => mostPaidOf(gouvernance, remunerations, p, y)));
}

/** The most-paid person of profession p in contract year y + 1: its best-paid role plus its share of the missions. */
export function mostPaidOf(
  gouvernance: readonly GovernanceLine[],
  remunerations: readonly MissionRemunerationLine[],
  p: Profession,
  y: 0 | 1
): number {
  const roles = gouvernance.filter((g) => g.profession === p && g.personnes > 0);
  const governance = Math.max(0, ...roles.map((g) => g.parPersonne));
  return cents(governance + sum(remunerations.map((r) => r.parPersonne[y][p])));
}

/**
 * The PASS cap per calendar year (décret 2022-375: indemnités and rémunérations together, one PASS per professional
 * per calendar year). Amounts are paid month by month: a calendar year receives 1/12 of a contract year's amount for
 * each of its months in that contract year. `firstMonth` is the signature month, yyyy-mm.
 */
function passByCalendarYear(firstMonth: string, perPerson: Pair): CalendarYearPass[] {
  const first = monthNumber(firstMonth) + 1;
  const [from, to] = [calendarYearOf(firstMonth, 0), calendarYearOf(firstMonth, 23)];
  return Array.from({ length: to - from + 1 }, (_, c) => {
    const annee = from + c;
    const pass = passFor(annee);
    const months = [first, first + 12].map((m) => evaluateNumber(monthsInCalendarYear(m, annee)));
    const maxParProfessionnel = evaluateNumber(
      calendarYearAmount(months[0], perPerson[0], months[1], perPerson[1])
    );
    return {
      annee,
      mois: months[0] + months[1],
      anneePass: pass.annee,
      pass: pass.montant,
      maxParProfessionnel,
      depasse: evaluate(passExceeded(maxParProfessionnel, pass.montant)) === true,
    };
  });
}

export function indemnityBudget(
  rates: Record<Profession, number>,
  gouvernance: GovernanceInput[],
  remunerationsMissions: MissionRemunerationInput[],
  fixeRecu: (mission: MissionEnvelope) => Pair,
  firstMonth: string
): IndemnityBudget {
  const taux = requireRates(rates);
  const governance = gouvernance.map((g) => governanceLine(g, taux));
  const remunerations = remunerationsMissions.map((r) => missionLine(r, taux, fixeRecu(r.mission)));
  const governanceTotal = cents(sum(governance.map((g) => g.montant)));
  const maxParProfessionnel: Pair = [
    maxPerPerson(governance, remunerations, 0),
    maxPerPerson(governance, remunerations, 1),
  ];
  return {
    gouvernance: governance,
    remunerations,
    total: [0, 1].map((y) =>
      cents(governanceTotal + sum(remunerations.map((r) => r.montants[y])))
    ) as Pair,
    maxParProfessionnel,
    passParAnneeCivile: passByCalendarYear(firstMonth, maxParProfessionnel),
  };
}
