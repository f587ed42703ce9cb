// Cost of the coordinator post three ways: placed by a GE, hired directly by the CPTS, or freelance.
import { GEIO_TARIFF, type GeTariff } from "./data/geTariff";
import {
  LATEST_TAXE_SALAIRES_YEAR,
  TAXE_SALAIRES,
  TAXE_SALAIRES_YEARS,
  type TaxeSalairesYear,
} from "./data/taxeSalaires";
import { cents, DomainError, describeValue, requireInteger, requireNumber } from "./errors";
import { frLimit, LIMITS } from "./limits";
import { ownValue } from "./lookup";
import { employerMonthlyCost, requireBrut, requireEtp, requireFlag } from "./payroll";
import { isCadre, minimumSalary } from "./salary";

export function requireMois(mois: unknown): number {
  return requireInteger(mois, "mois", 1, LIMITS.mois, "Nombre de mois");
}

export interface GeQuery {
  /** Syntec/BET coefficient (ETAM 240–500, IC 95–270). */
  coef: number;
  etp: number;
  mois: number;
  /** Forfait 218 jours (minimum × 120 %), IC from position 3 only. */
  forfaitJours?: boolean;
  /** Calendar year whose Syntec grid applies (default: the latest grid). */
  anneeGrille?: number;
  tariff?: GeTariff;
}

/**
 * What a GE bills the CPTS, in € rounded to the cent. The employee's cost is a CDI's employer cost (the GE being an
 * association of fewer than 11 employees); the GE's own taxe sur les salaires, if it owes one, is left out: it depends
 * on the GE's VAT status and on its whole payroll.
 */
export interface GeCost {
  /** Actual monthly gross: Syntec minimum × etp. */
  brutMensuel: number;
  coutEmployeurMensuel: number;
  fraisMiseEnPlace: number;
  fraisGestionMensuels: number;
  fraisPaieMensuels: number;
  /** Monthly invoice: management + payroll fees + the employee's cost. */
  factureMensuelle: number;
  fraisFin: number;
  /** Set-up + mois × factureMensuelle + end-of-placement fee. */
  total: number;
}

function requireTariff(tariff: GeTariff): GeTariff {
  const fees = {
    setup: "mise en place",
    managementPerMonth: "gestion",
    payrollPerMonth: "paie",
    endOfPlacement: "fin de contrat",
  };
  for (const [key, label] of Object.entries(fees)) {
    requireNumber(
      tariff[key as keyof typeof fees],
      "tarif",
      (n) => n >= 0,
      `Frais de ${label} du GE`,
      "un montant positif ou nul en euros"
    );
  }
  return tariff;
}

/** The GE invoice for an employee whose monthly employer cost is known (pure arithmetic, no payroll engine). */
export function geBilling(
  brutMensuel: number,
  coutEmployeurMensuel: number,
  mois: number,
  tariff: GeTariff = GEIO_TARIFF
): GeCost {
  const factureMensuelle = cents(
    tariff.managementPerMonth + tariff.payrollPerMonth + coutEmployeurMensuel
  );
  return {
    brutMensuel: cents(brutMensuel),
    coutEmployeurMensuel: cents(coutEmployeurMensuel),
    fraisMiseEnPlace: cents(tariff.setup),
    fraisGestionMensuels: cents(tariff.managementPerMonth),
    fraisPaieMensuels: cents(tariff.payrollPerMonth),
    factureMensuelle,
    fraisFin: cents(tariff.endOfPlacement),
    total: cents(tariff.setup + mois * factureMensuelle + tariff.endOfPlacement),
  };
}

/** Total billed by a GE (GEIO price list by default) for a coordinator paid the Syntec minimum. */
export async function geCost(query: GeQuery): Promise<GeCost> {
  const etp = requireEtp(query.etp);
  const mois = requireMois(query.mois);
  const forfaitJours = requireFlag(query.forfaitJours ?? false, "forfait_jours", "Forfait jours");
  const tariff = requireTariff(query.tariff ?? GEIO_TARIFF);
  const fullTime = minimumSalary(query.coef, query.anneeGrille, forfaitJours);
  const cost = await employerMonthlyCost({
    brutMensuel: fullTime,
    etp,
    cadre: isCadre(query.coef),
  });
  return geBilling(cost.brut, cost.coutEmployeur, mois, tariff);
}

/** Taxe sur les salaires on one employee's yearly pay, for an association not liable to VAT, in €. */
export interface TaxeSalaires {
  /** Bands 4.25 / 8.50 / 13.60 % (art. 231 CGI). */
  brute: number;
  abattement: number;
  /** What remains due after the allowance of art. 1679 A CGI. */
  due: number;
}

/** The taxe sur les salaires figures applied to a calendar year: its own, else the latest before it, else the earliest. */
export function taxeYearFor(anneeCivile: number): TaxeSalairesYear & { annee: number } {
  const annee =
    [...TAXE_SALAIRES_YEARS].reverse().find((y) => y <= anneeCivile) ?? TAXE_SALAIRES_YEARS[0];
  return { annee, ...TAXE_SALAIRES.byYear[annee] };
}

/** The tax by bands on one employee's yearly pay, before any allowance (art. 231 CGI), in €. */
export function bandTax(pay: number, limits: readonly [number, number]): number {
  const [low, mid, high] = TAXE_SALAIRES.rates;
  const [limit1, limit2] = limits;
  return cents(
    low * Math.min(pay, limit1) +
      mid * Math.max(0, Math.min(pay, limit2) - limit1) +
      high * Math.max(0, pay - limit2)
  );
}

/**
 * The allowance is per association and per calendar year: this assumes the post is the association's only pay,
 * so that the whole allowance is available to it (a team's tax is computed in ./team.ts).
 */
export function taxeSalaires(
  remunerationAnnuelle: number,
  annee: number = LATEST_TAXE_SALAIRES_YEAR
): TaxeSalaires {
  const year = ownValue(TAXE_SALAIRES.byYear, annee);
  if (!year) {
    throw new DomainError(
      `Année de taxe sur les salaires non disponible : ${describeValue(annee)}. Années disponibles : ${TAXE_SALAIRES_YEARS.join(", ")}.`,
      "annee_taxe"
    );
  }
  const pay = requireNumber(
    remunerationAnnuelle,
    "remuneration_annuelle",
    (n) => n >= 0,
    "Rémunération annuelle",
    "un montant positif ou nul en euros"
  );
  const brute = bandTax(pay, year.limits);
  return { brute, abattement: year.abattement, due: cents(Math.max(0, brute - year.abattement)) };
}

export interface DirectHireQuery {
  /** Full-time (35 h) monthly gross, in €. */
  brutMensuel: number;
  /** Default 1. */
  etp?: number;
  /** Default 12. */
  mois?: number;
  /** Default true. */
  cadre?: boolean;
}

/** In € rounded to the cent. */
export interface DirectHireCost {
  /** Actual monthly gross: brutMensuel × etp. */
  brutMensuel: number;
  /** Without the taxe sur les salaires. */
  coutEmployeurMensuel: number;
  cotisationsPatronalesMensuelles: number;
  mois: number;
  /** coutEmployeurMensuel × mois. */
  coutEmployeur: number;
  /** Taxe sur les salaires due over the months, after the association's allowance. */
  taxeSalaires: number;
  /** Year of the taxe sur les salaires figures used. */
  anneeTaxeSalaires: number;
  total: number;
}

/**
 * Cost of a CDI hired by the CPTS itself over `mois` months, taxe sur les salaires included. Up to 12 months are
 * taken as falling in one calendar year; a longer period is cut into 12-month slices (whole years, then the rest),
 * each taxed on its own with a full allowance, at the latest year's figures.
 */
export async function directHireCost(query: DirectHireQuery): Promise<DirectHireCost> {
  const etp = requireEtp(query.etp ?? 1);
  const mois = requireMois(query.mois ?? 12);
  const cadre = requireFlag(query.cadre ?? true, "cadre", "Statut cadre");
  const cost = await employerMonthlyCost({
    brutMensuel: requireBrut(query.brutMensuel),
    etp,
    cadre,
  });
  const taxOn = (months: number) => taxeSalaires(cost.assietteTaxeSalaires * months).due;
  const wholeYears = Math.floor(mois / 12);
  const rest = mois % 12;
  const taxe = cents(wholeYears * taxOn(12) + (rest > 0 ? taxOn(rest) : 0));
  const coutEmployeur = cents(cost.coutEmployeur * mois);
  return {
    brutMensuel: cost.brut,
    coutEmployeurMensuel: cost.coutEmployeur,
    cotisationsPatronalesMensuelles: cost.cotisationsPatronales,
    mois,
    coutEmployeur,
    taxeSalaires: taxe,
    anneeTaxeSalaires: LATEST_TAXE_SALAIRES_YEAR,
    total: cents(coutEmployeur + taxe),
  };
}

/** A freelance coordinator's day rate, € HT: above 0 (0 € would leave the post out of the budget). */
export function requireTarifJour(tarifJour: unknown): number {
  return requireNumber(
    tarifJour,
    "tarif_jour",
    (n) => n > 0 && n <= LIMITS.montant,
    "Tarif journalier du prestataire",
    `un montant HT en euros supérieur à 0, au plus ${frLimit(LIMITS.montant)} €`
  );
}

/** A freelance coordinator's days of work per contract year: above 0, at most 366. */
export function requireJoursParAn(joursParAn: unknown): number {
  return requireNumber(
    joursParAn,
    "jours",
    (n) => n > 0 && n <= LIMITS.joursParAn,
    "Jours par an du prestataire",
    `un nombre de jours supérieur à 0, au plus ${LIMITS.joursParAn} (ex. 0,5 pour une demi-journée)`
  );
}

/** Cost of a freelance coordinator: day rate × days, in €. */
export function freelanceCost(tarifJour: number, jours: number): number {
  const rate = requireTarifJour(tarifJour);
  const days = requireNumber(
    jours,
    "jours",
    (n) => n > 0 && n <= (LIMITS.joursParAn * LIMITS.mois) / 12,
    "Nombre de jours",
    `un nombre de jours supérieur à 0, au plus ${frLimit((LIMITS.joursParAn * LIMITS.mois) / 12)} (ex. 0,5 pour une demi-journée)`
  );
  return cents(rate * days);
}
