// The amounts of the ACI payment calendar (ACI art. 9; see ../cashPlan.ts): what each envelope is due for a contract
// year, and how a year's fixed part splits into an advance and a balance. The cash plan evaluates these rules; the
// calendar of the `Trésorerie` sheet prints them.
import { type Mission, OPTIONAL_MISSIONS } from "../data/aciGrid";
import { CONTRACT_LENGTH } from "../data/contract";
import {
  add,
  and,
  type Arg,
  edate,
  eq,
  type Expr,
  ge,
  iff,
  le,
  lift,
  lt,
  mul,
  or,
  roundCents,
  sub,
} from "./expr";

/** The taille 4 majoration: 1 + rate for a taille 4 with at least `minMembers` members, 1 otherwise. */
export const majorationT4 = (taille: Arg, membres: Arg, minMembers: Arg, rate: Arg) =>
  iff(and(eq(taille, 4), ge(membres, minMembers)), add(1, rate), 1);

/**
 * What a mission's scale amount is multiplied by for a contract year: the majoration, times in year 1 the share of
 * the year left after the mission's start (its prorata).
 */
export const yearFactor = (majoration: Arg, yearOneProrata?: Arg) =>
  yearOneProrata === undefined ? majoration : mul(yearOneProrata, majoration);

/** A fixed part due for the year: the scale's amount times the year's factor, to the cent. */
export const fixedPart = (amount: Arg, factor: Arg) => roundCents(mul(factor, amount));

/** A variable part earned in the year: the scale's amount times the year's factor, at the achievement rate. */
export const variablePart = (amount: Arg, rate: Arg, factor: Arg) =>
  roundCents(mul(mul(factor, amount), rate));

/** An amount paid only when a condition holds (a mission contracted, a signature before the cut-off), 0 otherwise. */
export const paidIf = (amount: Arg, condition: Arg) => mul(amount, iff(condition, 1, 0));

/** The financement additionnel's amount: the fonctionnement's times its rate, to the cent. */
export const additionnelAmount = (fonctionnement: Arg, rate: Arg) =>
  roundCents(mul(fonctionnement, rate));

/** Whether the financement additionnel is due: the ACI signed strictly before its cut-off (dates as serials). */
export const signedBeforeCutoff = (signature: Arg, cutoff: Arg) => lt(signature, cutoff);

/** The crisis survenue amount: majorated, paid whole (never prorated to the mission's start), only when declared. */
export const crisisSurvenue = (amount: Arg, majoration: Arg, declared: Arg) =>
  paidIf(roundCents(mul(amount, majoration)), declared);

/** The advance paid when the year starts: a share of its fixed part, to the cent. */
export const advance = (fixe: Arg, share: Arg) => roundCents(mul(fixe, share));

/** The balance paid when the year ends: the fixed part less its advance. */
export const balance = (fixe: Arg, advancePaid: Arg) => roundCents(sub(fixe, advancePaid));

/** The taille that pays contract year k: the avenant's from its first year on, the contract's before. */
export const yearTaille = (k: Arg, firstYearOfChange: Arg, newTaille: Arg, taille: Arg) =>
  iff(ge(k, firstYearOfChange), newTaille, taille);

/** Whether contract year k is paid: within the contract's length, or the contract is renewed. */
export const yearInContract = (k: Arg, length: Arg, renewed: Arg) => or(le(k, length), renewed);

/** The k-th anniversary of the signature (serials): EDATE(S, 12k), a 29 February one on 28 February in common years. */
export const anniversary = (signature: Arg, k: Arg) => edate(signature, mul(12, k));

/** When what falls due at the k-th anniversary is paid: the anniversary plus the payment lag, in months. */
export const dueDate = (signature: Arg, k: Arg, lagMonths: Arg) =>
  edate(anniversary(signature, k), lagMonths);

/** What a year's amount reads: the scale's amount of the part at the year's taille, and the year's settings. */
export interface YearAmountArgs {
  /** The scale's amount: the fixed part (in year 1 the crisis plan's elaboration, later its update) or the variable. */
  amount: Arg;
  majoration: Arg;
  /** The share of year 1 left after the mission's start (read in year 1 only). */
  prorata: Arg;
  /** The variable part's achievement rate. */
  rate: Arg;
  /** Whether a crisis is declared. */
  declared: Arg;
  /** Whether the optional missions are contracted (read for an optional mission only). */
  contracted: Arg;
  /** Whether the year is paid by the contract (read after the contract's last year only). */
  inContract: Arg;
}

/**
 * The fixed or variable part mission m is due for contract year k: fonctionnement as the scale gives it; a crisis
 * plan at the year's factor, a crisis majorated and paid when declared; another mission at the year's factor (prorated
 * in year 1, majorated for taille 4), only when contracted if optional; nothing for a year after the contract's end.
 */
export function yearAmount(
  m: Mission,
  k: number,
  part: "fixe" | "variable",
  a: YearAmountArgs
): Expr {
  const factor = yearFactor(a.majoration, k === 1 ? a.prorata : undefined);
  const amount = (): Expr => {
    if (m === "fonctionnement") return part === "fixe" ? lift(a.amount) : lift(0);
    if (m === "crise") {
      return part === "fixe"
        ? fixedPart(a.amount, factor)
        : crisisSurvenue(a.amount, a.majoration, a.declared);
    }
    const due =
      part === "fixe" ? fixedPart(a.amount, factor) : variablePart(a.amount, a.rate, factor);
    return OPTIONAL_MISSIONS.includes(m) ? paidIf(due, a.contracted) : due;
  };
  return k > CONTRACT_LENGTH.years ? paidIf(amount(), a.inContract) : amount();
}
