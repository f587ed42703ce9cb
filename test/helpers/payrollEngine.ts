// The official payroll rules evaluated directly, without our wrapper (src/domain/payroll.ts): what the tests compare
// our figures with.
import type Engine from "publicodes";

export async function rawPayrollEngine(): Promise<Engine> {
  const rules = (await import("modele-social")).default;
  const { default: PublicodesEngine } = await import("publicodes");
  return new PublicodesEngine(rules, { warn: false });
}

/**
 * A CDI in an association of fewer than 11 employees, monthly: with `entreprise . TVA = oui` the total has no taxe sur
 * les salaires at all; with `non` (the association as it is), it includes modele-social's own tax.
 */
export function directCost(
  engine: Engine,
  brut: number,
  etp: number,
  cadre: boolean,
  tva: "oui" | "non" = "oui"
) {
  engine.setSituation({
    "salarié . contrat": "'CDI'",
    "salarié . contrat . salaire brut": `${brut} €/mois`,
    "salarié . contrat . statut cadre": cadre ? "oui" : "non",
    "entreprise . catégorie juridique": "'association'",
    "entreprise . association non lucrative": "oui",
    "entreprise . salariés . effectif . seuil": "'moins de 11'",
    "entreprise . TVA": tva,
    ...(etp < 1 && {
      "salarié . contrat . temps de travail . temps partiel": "oui",
      "salarié . contrat . temps de travail . temps partiel . heures par semaine": `${35 * etp} heure/semaine`,
    }),
  });
  const value = (rule: string) =>
    engine.evaluate({ valeur: rule, unité: "€/mois" }).nodeValue as number;
  return {
    total: value("salarié . coût total employeur"),
    cotisations: value("salarié . cotisations . employeur"),
    prevoyance: value("salarié . cotisations . prévoyances . employeur"),
    taxe: tva === "non" ? value("salarié . régimes spécifiques . taxe sur les salaires") : 0,
  };
}
