// The PASS cap per calendar year (décret 2022-375): amounts are paid month by month, so a calendar year receives 1/12 of
// a contract year's amount for each of its months in that contract year. Months are numbered 12 × year + month.
import {
  add,
  and,
  type Arg,
  div,
  ge,
  gt,
  le,
  max,
  min,
  mul,
  roundCents,
  sub,
  yearOf,
} from "./expr";

/** Months of the 12-month contract year starting at month `first` that fall in calendar year `year`: 0 to 12. */
export const monthsInCalendarYear = (first: Arg, year: Arg) =>
  max(
    0,
    add(sub(min(add(first, 11), add(mul(12, year), 12)), max(first, add(mul(12, year), 1))), 1)
  );

/** What a calendar year receives of two contract years' amounts, given its months in each. */
export const calendarYearAmount = (months1: Arg, amount1: Arg, months2: Arg, amount2: Arg) =>
  roundCents(add(div(mul(months1, amount1), 12), div(mul(months2, amount2), 12)));

/**
 * Whether a calendar year counts for the contract year from `du` to `au` (serials): it lies within their calendar
 * years and receives some of the budget's months (`months`, those of both contract years in it).
 */
export const countsForContractYear = (year: Arg, du: Arg, au: Arg, months: Arg) =>
  and(ge(year, yearOf(du)), le(year, yearOf(au)), gt(months, 0));

/** Whether the most-paid professional's amount in a calendar year is over its PASS: strictly above it. */
export const passExceeded = (amount: Arg, pass: Arg) => gt(amount, pass);
