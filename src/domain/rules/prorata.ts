// Shares by days: how much of an amount granted for a period falls in another (an exercice), and how much of year 1
// is left after a mission's start. Dates are day numbers (Excel serials), both ends inclusive.
import { add, type Arg, div, iff, lt, max, min, mul, roundCents, sub } from "./expr";

export interface DayPeriod {
  du: Arg;
  au: Arg;
}

/** Days of period p inside window w. */
export const daysInside = (p: DayPeriod, w: DayPeriod) =>
  max(0, add(sub(min(p.au, w.au), max(p.du, w.du)), 1));

/** Days of a period. */
export const length = (p: DayPeriod) => add(sub(p.au, p.du), 1);

/** The part of an amount granted for period p that falls in window w, prorated by days, to the cent (0 if p is empty). */
export const proratedByDays = (amount: Arg, p: DayPeriod, w: DayPeriod) =>
  iff(lt(p.au, p.du), 0, roundCents(div(mul(amount, daysInside(p, w)), length(p))));

/** What two contract years grant in window w: each year's amount times its share of days in w, to the cent. */
export const grantedOverYears = (
  amounts: readonly [Arg, Arg],
  years: readonly [DayPeriod, DayPeriod],
  w: DayPeriod
) =>
  roundCents(
    add(
      mul(amounts[0], div(daysInside(years[0], w), length(years[0]))),
      mul(amounts[1], div(daysInside(years[1], w), length(years[1])))
    )
  );

/** The share of contract year 1 left after a mission's start, (A1 − start) / (A1 − S), kept within 0 and 1. */
export const yearOneProrata = (start: Arg, signature: Arg, firstAnniversary: Arg) =>
  max(0, min(1, div(sub(firstAnniversary, start), sub(firstAnniversary, signature))));
