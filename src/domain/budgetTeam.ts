// The team in the two-year budget: one charge line per account (621, 622, 631, 641, 645), summed over the posts.
import { type TeamAccount, type TeamBudget } from "./team";
import { type ChargeLine, TEAM_ENVELOPE } from "./types";

const TEAM_LINES: readonly [TeamAccount, string, string][] = [
  ["ge", "621", "Personnel mis à disposition par le groupement d'employeurs"],
  ["prestataire", "622", "Honoraires des prestataires de l'équipe"],
  ["taxeSalaires", "631", "Taxe sur les salaires"],
  ["salaires", "641", "Rémunérations brutes du personnel"],
  ["chargesSociales", "645", "Charges sociales patronales"],
];

/** The team's cost by account in contract years 1 and 2, every line present (0 when no post uses it). */
export function teamCharges(team: TeamBudget): ChargeLine[] {
  return TEAM_LINES.map(([kind, compte, label]) => ({
    kind,
    compte,
    label,
    enveloppe: TEAM_ENVELOPE,
    montants: [team.parAnnee[kind][0], team.parAnnee[kind][1]],
  }));
}
