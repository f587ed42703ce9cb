// The rules of budget versus actual, written once (./../rules/expr.ts): the model evaluates them, the Réalisé sheet
// prints them as formulas.
import {
  add,
  type Arg,
  div,
  eq,
  iff,
  lt,
  min,
  monthsDiff,
  mul,
  roundCents,
  sub,
} from "../rules/expr";

/** Months in a contract year. */
export const YEAR_MONTHS = 12;

/** The year-end projection: the actual to date plus the budget of the months left, a twelfth each. */
export const projection = (actual: Arg, budget: Arg, elapsed: Arg) =>
  roundCents(add(actual, div(mul(budget, sub(YEAR_MONTHS, elapsed)), YEAR_MONTHS)));

/** Actual minus budget. */
export const gap = (actual: Arg, budget: Arg) => roundCents(sub(actual, budget));

/** The share of the budget consumed; empty text when nothing is budgeted (no division by zero). */
export const consumed = (actual: Arg, budget: Arg) => iff(eq(budget, 0), "", div(actual, budget));

/** Months of a contract year begun by the arrêté (dates as serials): DATEDIF + 1, between 0 and 12. */
export const monthsBegun = (debut: Arg, arrete: Arg) =>
  iff(lt(arrete, debut), 0, min(YEAR_MONTHS, add(monthsDiff(debut, arrete), 1)));
