// Types shared by the budget model's modules (budget, its ACI and team lines, the cash plan): kept apart so that no
// module imports another's types back.
import type { Mission } from "./data/aciGrid";

/** An amount for each of the two budgeted contract years. */
export type Pair = [number, number];

/** A period of days, ISO dates, both inclusive. */
export interface Period {
  du: string;
  au: string;
}

/**
 * What pays each charge line: typed by the treasurer, or computed from the team (by account), the CAC fee, the members'
 * governance indemnités and mission rémunérations, and what remains of each envelope (« actions à détailler »).
 */
export type ChargeKind =
  | "saisie"
  | "ge"
  | "prestataire"
  | "cac"
  | "taxeSalaires"
  | "salaires"
  | "chargesSociales"
  | "gouvernance"
  | "remuneration"
  | "actions";

export interface ChargeLine {
  kind: ChargeKind;
  /** Index in inputs.charges ("saisie") or inputs.remunerationsMissions ("remuneration"). */
  index?: number;
  compte: string;
  label: string;
  /** The envelope of the analytic split; the team's lines are split post by post (TeamBudget.parEnveloppe). */
  enveloppe: Mission | typeof TEAM_ENVELOPE;
  montants: Pair;
  /** Where an amount is the add-in's estimate: its basis, « estimation — … » (computed lines have none). */
  estimation?: string;
}

/** The analytic "envelope" of the team's lines: each post has its own split. */
export const TEAM_ENVELOPE = "equipe";

export interface FunderBudgetLine {
  label: string;
  subventionPublique: boolean;
  montants: Pair;
}
