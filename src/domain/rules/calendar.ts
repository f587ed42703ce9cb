// The amounts of the ACI payment calendar (ACI art. 9; see ../cashPlan.ts): what each envelope is due for a contract
// year, and how a year's fixed part splits into an advance and a balance. The cash plan evaluates these rules; the
// calendar of the `Trésorerie` sheet prints them.
import { add, and, type Arg, edate, eq, ge, iff, le, lt, mul, or, roundCents, sub } from "./expr";

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
