// The taxe sur les salaires per calendar year (CGI art. 231 and 1679 A): which months of the plan fall in each
// calendar year, how many of them a post works, and the tax due after the association's allowance. Plan months are
// numbered from 1, the signature month; `signatureMonth` is its month of the year (1–12).
import { add, type Arg, div, gt, iff, max, min, roundCents, sub } from "./expr";

/** The plan's month number of January of calendar year c (0 = the signature's), at least 1. */
export const calendarYearFrom = (c: number, signatureMonth: Arg) =>
  max(1, sub(12 * c + 2, signatureMonth));

/** The plan's month number of December of calendar year c. */
export const calendarYearTo = (c: number, signatureMonth: Arg) => sub(12 * c + 13, signatureMonth);

/** Months a post starting after `debut` months, for `duree` months, works within plan months `from` to `to`. */
export const monthsWorked = (debut: Arg, duree: Arg, from: Arg, to: Arg) =>
  max(0, sub(min(add(debut, duree), to), max(debut, sub(from, 1))));

/** The year's tax, once its allowance is taken off. */
export const taxeDue = (brute: Arg, abattement: Arg) => roundCents(max(0, sub(brute, abattement)));

/** The tax as a share of the year's pay (0 when there is none). */
export const effectiveRate = (due: Arg, pay: Arg) => iff(gt(pay, 0), div(due, pay), 0);
