// A start date per mission in the form: optional (left empty, the mission follows the « Démarrage des missions »
// setting), checked by the cash plan's own rule, so that the pane and the CLI refuse the same dates in the same words.
import { latestMissionStarts, requireMissionStart, requireSignature } from "../../domain/cashPlan";
import { type Mission, OPTIONAL_MISSIONS, SOCLE_MISSIONS } from "../../domain/data/aciGrid";
import { frDate, isIsoDate } from "../../domain/dates";
import { type BudgetInputs } from "../../domain/budgetInputs";
import { domainFailure } from "./domainCheck";
import { type FormValues } from "./formValues";

export type StartedMission = Exclude<Mission, "fonctionnement">;

/** Every mission that can start after the signature: the socle's, then the optional ones. */
export const STARTED_MISSIONS = [...SOCLE_MISSIONS, ...OPTIONAL_MISSIONS] as StartedMission[];

/** The missions whose start the form asks: the socle's, and the optional ones when contracted. */
export function startedMissions(optionnelles: boolean): StartedMission[] {
  return optionnelles
    ? STARTED_MISSIONS
    : STARTED_MISSIONS.filter((m) => SOCLE_MISSIONS.includes(m));
}

/** No date typed: every mission follows the setting. */
export const NO_MISSION_STARTS = Object.fromEntries(STARTED_MISSIONS.map((m) => [m, ""])) as Record<
  StartedMission,
  string
>;

/** The form's error key of a mission's date. */
export const missionStartField = (m: StartedMission) => `missionStarts.${m}`;

const validSignature = (v: FormValues) =>
  isIsoDate(v.dateSignature) && !domainFailure(() => requireSignature(v.dateSignature));

/** The dates typed for the missions asked, each refused with the cash plan's message (the CLI's too). */
export function missionStartErrors(v: FormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.datesParMission) return errors;
  for (const m of startedMissions(v.optionnelles)) {
    const date = v.missionStarts[m];
    if (date === "") continue;
    if (!isIsoDate(date)) {
      errors[missionStartField(m)] = "Date invalide : choisissez une date au format jj/mm/aaaa.";
    } else if (validSignature(v)) {
      const failure = domainFailure(() => requireMissionStart(v.dateSignature, m, date));
      if (failure) errors[missionStartField(m)] = failure.message;
    }
  }
  return errors;
}

/** What an empty date means for a mission, and the latest date allowed, once the signature is valid. */
export function missionStartHint(v: FormValues, m: StartedMission): string {
  if (!validSignature(v)) return "Vide : selon le démarrage choisi ci-dessus.";
  const latest = frDate(latestMissionStarts(v.dateSignature)[m]);
  const empty = v.demarrages === "signature" ? frDate(v.dateSignature) : latest;
  return `Vide : démarrage le ${empty}. Au plus tard le ${latest}.`;
}

/** The dates typed for the missions contracted, as BudgetInputs.missionStarts. */
export function missionStartInputs(v: FormValues): NonNullable<BudgetInputs["missionStarts"]> {
  if (!v.datesParMission) return {};
  return Object.fromEntries(
    startedMissions(v.optionnelles)
      .filter((m) => v.missionStarts[m] !== "")
      .map((m) => [m, v.missionStarts[m]])
  );
}

/** The form's dates from BudgetInputs.missionStarts. */
export function missionStartValues(
  starts: BudgetInputs["missionStarts"]
): Record<StartedMission, string> {
  return { ...NO_MISSION_STARTS, ...starts };
}
