// Employer cost of one employee, from the official payroll rules (npm modele-social + publicodes, Urssaf).
// This is the only module that touches them, and it loads them lazily: the rules (640 kB) and the engine start-up
// take one to a few seconds, paid by the first call (or by preloadPayroll), never by importing the domain core.
import type { RègleModèleSocial } from "modele-social";
import type Engine from "publicodes";
import type { PublicodesExpression } from "publicodes";
import { cents, DomainError, describeValue, requireNumber } from "./errors";
import { frLimit, LIMITS } from "./limits";

export interface EmployeeSituation {
  /** Full-time (35 h) monthly gross, in €. */
  brutMensuel: number;
  /** Full-time equivalent, in (0, 1]: the employee works 35 h × etp a week and earns brutMensuel × etp. */
  etp: number;
  cadre: boolean;
}

/** Monthly amounts in €, rounded to the cent. */
export interface EmployerCost {
  /** Actual gross: brutMensuel × etp. */
  brut: number;
  /** Gross + employer contributions after reductions (RGDU…), without the taxe sur les salaires. */
  coutEmployeur: number;
  cotisationsPatronales: number;
  /** Pay liable to the taxe sur les salaires: gross + the employer's health and provident contributions. */
  assietteTaxeSalaires: number;
}

/** Validates a full-time monthly gross, in €. */
export function requireBrut(brut: unknown): number {
  return requireNumber(
    brut,
    "brut_mensuel",
    (n) => n > 0 && n <= LIMITS.montant,
    "Salaire brut mensuel",
    `un montant en euros supérieur à 0, au plus ${frLimit(LIMITS.montant)} € (salaire à temps plein, 35 h)`
  );
}

export function requireEtp(etp: unknown): number {
  return requireNumber(
    etp,
    "etp",
    (n) => n > 0 && n <= 1,
    "ETP",
    "un nombre supérieur à 0 et inférieur ou égal à 1 (ex. 0,5 pour un mi-temps)"
  );
}

/** Validates a yes/no argument (Excel's VRAI/FAUX). */
export function requireFlag(value: unknown, argument: string, what: string): boolean {
  if (typeof value !== "boolean") {
    throw new DomainError(
      `${what} invalide : ${describeValue(value)}. Valeur attendue : VRAI ou FAUX.`,
      argument
    );
  }
  return value;
}

/**
 * The only rules evaluated per situation, of modele-social 11 (see node_modules/modele-social/dist/names.ts): each one
 * evaluated costs the engine a parse of the expression, and the total already holds everything else.
 */
const RULES = {
  /** Gross + deductible expenses + employer contributions + taxe sur les salaires − deferred aids. */
  totalCost: "salarié . coût total employeur",
  provident: "salarié . cotisations . prévoyances . employeur",
} as const;

type Situation = Partial<Record<RègleModèleSocial, PublicodesExpression>>;

/**
 * A CDI in a non-profit association of fewer than 11 employees (a CPTS). A CPTS is not liable to VAT, so it pays the
 * taxe sur les salaires; but modele-social would compute it employee by employee, without the association's allowance
 * (art. 1679 A CGI). The association is therefore declared liable to VAT: the engine leaves the tax out of
 * `coût total employeur`, and the team module computes it on the whole payroll, with the allowance.
 */
export function payrollSituation(brut: number, etp: number, cadre: boolean): Situation {
  const situation: Situation = {
    "salarié . contrat": "'CDI'",
    "salarié . contrat . salaire brut": `${brut} €/mois`,
    "salarié . contrat . statut cadre": cadre ? "oui" : "non",
    "entreprise . catégorie juridique": "'association'",
    "entreprise . association non lucrative": "oui",
    "entreprise . salariés . effectif . seuil": "'moins de 11'",
    "entreprise . TVA": "oui",
  };
  if (etp < 1) {
    situation["salarié . contrat . temps de travail . temps partiel"] = "oui";
    situation["salarié . contrat . temps de travail . temps partiel . heures par semaine"] =
      `${Math.round(35 * etp * 1e4) / 1e4} heure/semaine`;
  }
  return situation;
}

type PayrollEngine = Engine<RègleModèleSocial>;

let engine: Promise<PayrollEngine> | undefined;

function loadEngine(): Promise<PayrollEngine> {
  engine ??= Promise.all([import("modele-social"), import("publicodes")]).then(
    ([{ default: rules }, { default: PublicodesEngine }]) =>
      // Known, harmless warnings of modele-social 11.1, silenced: rule cycles, experimental rules (association), and
      // one unit warning on each evaluation (a `contexte` setting a €/mois rule to "0€"). Situation errors still throw.
      new PublicodesEngine(rules, {
        warn: { cyclicReferences: false, experimentalRules: false, unitConversion: false },
      }),
    (error: unknown) => {
      engine = undefined;
      throw error;
    }
  );
  return engine;
}

/** Loads the rules and builds the engine in the background, so that the first cost is quick. */
export async function preloadPayroll(): Promise<void> {
  await loadEngine();
}

function monthly(payroll: PayrollEngine, rule: RègleModèleSocial): number {
  const value = payroll.evaluate({ valeur: rule, unité: "€/mois" }).nodeValue;
  if (value === null) return 0; // not applicable
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new Error(
      `Calcul de paie impossible : la règle « ${rule} » n'a pas de valeur (${String(value)}).`
    );
  }
  return value;
}

function evaluateCost(payroll: PayrollEngine, situation: Situation, brut: number): EmployerCost {
  payroll.setSituation(situation);
  const coutEmployeur = cents(monthly(payroll, RULES.totalCost));
  // Frozen: the memoized result is shared by every caller.
  return Object.freeze({
    brut,
    coutEmployeur,
    // Without the tax, deductible expenses (none here) nor deferred aids (none for this CDI), the total is the gross
    // plus the employer's contributions: test/domain/coordinator.test.ts checks both against the engine's own rules.
    cotisationsPatronales: cents(coutEmployeur - brut),
    assietteTaxeSalaires: cents(brut + monthly(payroll, RULES.provident)),
  });
}

const MAX_CACHED = 1000;
const costs = new Map<string, Promise<EmployerCost>>();

/**
 * Monthly employer cost of a CDI in a CPTS (association, < 11 employees), without the taxe sur les salaires.
 * The rules' own date applies (modele-social 11.1: 1 July 2026). Results are memoized by situation.
 */
export async function employerMonthlyCost(employee: EmployeeSituation): Promise<EmployerCost> {
  const etp = requireEtp(employee.etp);
  const brut = cents(requireBrut(employee.brutMensuel) * etp);
  const situation = payrollSituation(
    brut,
    etp,
    requireFlag(employee.cadre, "cadre", "Statut cadre")
  );
  const key = JSON.stringify(situation);
  let cost = costs.get(key);
  if (!cost) {
    if (costs.size >= MAX_CACHED) costs.delete(costs.keys().next().value!);
    cost = loadEngine().then((payroll) => evaluateCost(payroll, situation, brut));
    costs.set(key, cost);
    cost.catch(() => costs.delete(key));
  }
  return cost;
}
