// The official payroll rules evaluated directly, without our wrapper (src/domain/payroll.ts): what the tests compare
// our figures with.
import type Engine from "publicodes";
import { payrollSituation } from "../../src/domain/payroll";

export async function rawPayrollEngine(): Promise<Engine> {
  const rules = (await import("modele-social")).default;
  const { default: PublicodesEngine } = await import("publicodes");
  return new PublicodesEngine(rules, { warn: false });
}

/**
 * The wrapper's situation (a CDI in an association of fewer than 11 employees) evaluated directly, monthly: with
 * `entreprise . TVA = oui` the total has no taxe sur les salaires at all; with `non` (the association as it is), it
 * includes modele-social's own tax. What the comparison checks is the wrapper's evaluation (its rules, its
 * memoization, its prorating), not the situation, written once in src/domain/payroll.ts.
 */
export function directCost(
  engine: Engine,
  brut: number,
  etp: number,
  cadre: boolean,
  tva: "oui" | "non" = "oui"
) {
  engine.setSituation({ ...payrollSituation(brut, etp, cadre), "entreprise . TVA": tva });
  const value = (rule: string) =>
    engine.evaluate({ valeur: rule, unité: "€/mois" }).nodeValue as number;
  return {
    total: value("salarié . coût total employeur"),
    cotisations: value("salarié . cotisations . employeur"),
    prevoyance: value("salarié . cotisations . prévoyances . employeur"),
    taxe: tva === "non" ? value("salarié . régimes spécifiques . taxe sur les salaires") : 0,
  };
}
