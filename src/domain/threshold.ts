import { SEUIL_CAC } from "./data/thresholds";
import { cents, DomainError, describeValue } from "./errors";
import { frLimit, LIMITS, frEuros } from "./limits";
import { ownValue } from "./lookup";
import { leftOutLabel, leftOutLabels, overThreshold } from "./rules/cac";
import { evaluate } from "./rules/expr";

/** Kinds of funder; ACI, ARS/FIR and local authorities count as public subsidies by default (FACTS.md §3). */
export type FunderKind = "aci" | "ars" | "collectivite" | "autre";

/** The ACI's line in the 153 000 € test. */
export const ACI_FUNDING_LABEL = "ACI (Assurance Maladie)";

export const COUNTS_BY_DEFAULT: Record<FunderKind, boolean> = {
  aci: true,
  ars: true,
  collectivite: true,
  autre: false,
};

export interface FundingLine {
  label: string;
  kind: FunderKind;
  amount: number;
  /** Overrides the default: whether this line counts as a public subsidy. */
  subventionPublique?: boolean;
}

export interface ThresholdCheck {
  counted: number;
  threshold: number;
  /** Threshold minus counted: negative when crossed. */
  margin: number;
  cacMandatory: boolean;
  reason: string;
  /** The lines with an amount that are not public subsidies, their labels joined by ", " ("" when none). */
  excluded: string;
}

export function countsAsSubsidy(line: FundingLine): boolean {
  return line.subventionPublique ?? ownValue(COUNTS_BY_DEFAULT, line.kind) ?? false;
}

const isAmount = (n: unknown): n is number =>
  typeof n === "number" && Number.isFinite(n) && n >= 0 && n <= LIMITS.montant;
const AMOUNT_EXPECTED = `un montant positif ou nul en euros, au plus ${frLimit(LIMITS.montant)} €`;

/** Whether a year's public subsidies oblige the association to appoint a CAC (strictly above 153 000 €). */
export function isCacMandatory(subsidies: number): boolean {
  if (!isAmount(subsidies)) {
    throw new DomainError(
      `Montant de subventions invalide : ${describeValue(subsidies)}. Valeur attendue : ${AMOUNT_EXPECTED}.`,
      "subventions"
    );
  }
  return overSeuil(subsidies);
}

/** The rule of rules/cac.ts, the one the Contrôles sheet prints, over the legal threshold. */
const overSeuil = (subsidies: number) =>
  evaluate(overThreshold(subsidies, SEUIL_CAC.amount)) === true;

/** The 153 000 € test (Code de commerce L612-4 / D612-5) on one financial year's funding lines. */
/** A line's amount: a sum of bounded amounts (every funder of an exercice), so finite but not itself bounded. */
const isSum = (n: unknown): n is number => typeof n === "number" && Number.isFinite(n) && n >= 0;

export function checkThreshold(lines: readonly FundingLine[]): ThresholdCheck {
  for (const line of lines) {
    if (!isSum(line.amount)) {
      throw new DomainError(
        `Montant invalide pour « ${line.label} » : ${describeValue(line.amount)}. Valeur attendue : un montant positif ou nul en euros.`,
        "montant"
      );
    }
  }
  const counted = cents(lines.filter(countsAsSubsidy).reduce((s, l) => s + l.amount, 0));
  const excluded = String(
    evaluate(leftOutLabels(lines.map((l) => leftOutLabel(countsAsSubsidy(l), l.amount, l.label))))
  );
  const cacMandatory = overSeuil(counted);
  const margin = cents(SEUIL_CAC.amount - counted);
  const reason = cacMandatory
    ? `Subventions publiques de ${frEuros(counted)}, au-delà du seuil de ${frEuros(SEUIL_CAC.amount)} (art. L612-4 et D612-5 du Code de commerce) : ` +
      `nomination d'un commissaire aux comptes (et d'un suppléant si requis) pour ${SEUIL_CAC.mandateYears} exercices, ` +
      `comptes annuels publiés au Journal officiel dans les ${SEUIL_CAC.publicationMonths} mois de leur approbation.`
    : `Subventions publiques de ${frEuros(counted)}, sous le seuil de ${frEuros(SEUIL_CAC.amount)} (marge ${frEuros(margin)}) : ` +
      `pas d'obligation de commissaire aux comptes à ce titre.`;
  return { counted, threshold: SEUIL_CAC.amount, margin, cacMandatory, reason, excluded };
}
