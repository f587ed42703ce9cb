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

/** What pays each charge line: typed by the treasurer, or computed from the coordinator, the CAC fee, indemnities. */
export type ChargeKind =
  | "saisie"
  | "ge"
  | "prestataire"
  | "cac"
  | "taxeSalaires"
  | "salaires"
  | "chargesSociales"
  | "indemnite";

export interface ChargeLine {
  kind: ChargeKind;
  /** Index in inputs.charges ("saisie") or inputs.indemnites ("indemnite"). */
  index?: number;
  compte: string;
  label: string;
  enveloppe: Mission;
  montants: Pair;
}

export interface FunderBudgetLine {
  label: string;
  subventionPublique: boolean;
  montants: Pair;
}
