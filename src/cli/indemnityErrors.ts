/**
 * A domain error about the members' indemnités, told in the inputs file's terms: « Gouvernance « Président » : heures
 * par personne invalide… » becomes « gouvernance[0].heuresParPersonne (« Président ») : heures par personne
 * invalide… », the JSON path of the value at fault. The file's shape already bounds most values: what reaches the
 * domain is what only it checks (hours a year, a mix summing to 1, a mission not contracted or given twice); the
 * hourly rates never get there (the shape has the domain's bounds).
 */
import {
  type BudgetInputs,
  type GovernanceInput,
  type MissionRemunerationInput,
} from "../domain/budgetInputs";
import { type DomainError } from "../domain/errors";
import { indemnityBudget } from "../domain/indemnities";
import { ownValue } from "../domain/lookup";
import { contractedEnvelopes } from "../domain/team";

/** The domain's argument names and the governance item's JSON keys. */
const GOVERNANCE_KEYS: Readonly<Record<string, keyof GovernanceInput>> = {
  profession: "profession",
  personnes: "personnes",
  heures: "heuresParPersonne",
};

/** The index of the first item the domain refuses with this very message, or -1. */
function refusedIndex<T>(
  items: readonly T[],
  check: (item: T) => unknown,
  message: string
): number {
  return items.findIndex((item) => {
    try {
      check(item);
      return false;
    } catch (error) {
      return error instanceof Error && error.message === message;
    }
  });
}

/** The JSON key of a mission's value the message is about: « part « medecin » … » is mix.medecin. */
function remunerationKey(argument: string | undefined, rest: string): string | undefined {
  if (argument === "mix") {
    const profession = /^part « (\w+) »/.exec(rest)?.[1];
    return profession ? `mix.${profession}` : "mix";
  }
  if (argument === "heures") {
    const year = /^heures de l'année (\d)/.exec(rest)?.[1];
    return year && `heuresAnnee${year}`;
  }
  return argument === "professionnels" ? "professionnels" : undefined;
}

/** The first remuneration line the domain refuses for its mission: not contracted, or a second line for it. */
function invalidMissionIndex(inputs: BudgetInputs): number {
  const contracted = contractedEnvelopes(inputs.optionnelles);
  const seen = new Set<string>();
  return inputs.remunerationsMissions.findIndex((r) => {
    const invalid = !contracted.includes(r.mission) || seen.has(r.mission);
    seen.add(r.mission);
    return invalid;
  });
}

/** The message with the JSON path of the value, or undefined when the error is about none of these keys. */
export function indemnityErrorInFileTerms(
  error: DomainError,
  inputs: BudgetInputs
): string | undefined {
  const { message, argument } = error;
  const month = inputs.dateSignature.slice(0, 7);
  const governance = /^Gouvernance (« .* ») : (.*)$/s.exec(message);
  if (governance) {
    const index = refusedIndex(
      inputs.gouvernance,
      (g) => indemnityBudget(inputs.tauxHoraires, [g], [], () => [0, 0], month),
      message
    );
    if (index < 0) return undefined;
    const key = ownValue(GOVERNANCE_KEYS, argument);
    return `gouvernance[${index}]${key ? `.${key}` : ""} (${governance[1]}) : ${governance[2]}`;
  }

  const mission = /^Rémunérations des professionnels : (mission invalide .*)$/s.exec(message);
  if (mission)
    return `remunerationsMissions[${invalidMissionIndex(inputs)}].mission : ${mission[1]}`;

  const remuneration = /^Rémunérations (« .* ») : (.*)$/s.exec(message);
  if (remuneration) {
    const index = refusedIndex(
      inputs.remunerationsMissions,
      (r: MissionRemunerationInput) =>
        indemnityBudget(inputs.tauxHoraires, [], [r], () => [0, 0], month),
      message
    );
    if (index < 0) return undefined;
    const key = remunerationKey(argument, remuneration[2]);
    return `remunerationsMissions[${index}]${key ? `.${key}` : ""} (${remuneration[1]}) : ${remuneration[2]}`;
  }
  return undefined;
}
