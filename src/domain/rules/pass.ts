// The PASS cap per calendar year (décret 2022-375): amounts are paid month by month, so a calendar year receives 1/12 of
// a contract year's amount for each of its months in that contract year. Months are numbered 12 × year + month.
import { add, type Arg, div, max, min, mul, roundCents, sub } from "./expr";

/** Months of the 12-month contract year starting at month `first` that fall in calendar year `year`: 0 to 12. */
export const monthsInCalendarYear = (first: Arg, year: Arg) =>
  max(
    0,
    add(sub(min(add(first, 11), add(mul(12, year), 12)), max(first, add(mul(12, year), 1))), 1)
  );

/** What a calendar year receives of two contract years' amounts, given its months in each. */
export const calendarYearAmount = (months1: Arg, amount1: Arg, months2: Arg, amount2: Arg) =>
  roundCents(add(div(mul(months1, amount1), 12), div(mul(months2, amount2), 12)));
