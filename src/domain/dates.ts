// Calendar dates, the one place they are parsed, validated and computed: ISO yyyy-mm-dd strings at the edges, UTC
// day numbers for arithmetic, Excel serial numbers (1900 date system) for the workbook and the custom functions.
import { DomainError, describeValue } from "./errors";

/** Days since 1 January 1970 (UTC): day arithmetic without time zones or hours. */
export type Day = number;

const DAY_MS = 86_400_000;

/**
 * The dates accepted anywhere: from 1 March 1900 (Excel's serials are wrong before it, around its phantom 29 February
 * 1900) to 30 December 9999 (the day before Excel's last date, so that the day after stays a date).
 */
export const FIRST_DATE = "1900-03-01";
export const LAST_DATE = "9999-12-30";
export const DATE_RANGE_TEXT = "du 01/03/1900 au 30/12/9999";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** The day of a year, month (1–12) and day of month if they form a real calendar date, otherwise undefined. */
function dayOfParts(year: number, month: number, day: number): Day | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date.getTime() / DAY_MS : undefined;
}

/** yyyy-mm-dd of a day number. */
export function isoOf(day: Day): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The day number of an ISO date already validated; anything else is a bug, not a user's mistake. */
export function dayOf(iso: string): Day {
  const m = ISO_DATE.exec(iso);
  const day = m ? dayOfParts(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  if (day === undefined) throw new Error(`Not an ISO date: ${iso}`);
  return day;
}

/** The day number of an ISO yyyy-mm-dd string naming a real calendar day in the accepted range, else undefined. */
export function parseIsoDate(value: unknown): Day | undefined {
  if (typeof value !== "string" || value < FIRST_DATE || value > LAST_DATE) return undefined;
  const m = ISO_DATE.exec(value);
  return m ? dayOfParts(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** Whether a value is an ISO yyyy-mm-dd real calendar day in the accepted range (2023-02-30 is not). */
export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== undefined;
}

/** The French error for a value that is not an accepted date; `format` tells how to type one. */
export function invalidDate(
  value: unknown,
  argument: string,
  what = "Date",
  format = "AAAA-MM-JJ"
): DomainError {
  return new DomainError(
    `${what} invalide : ${describeValue(value)}. Valeur attendue : une date réelle ${DATE_RANGE_TEXT} (${format}).`,
    argument
  );
}

/** An accepted ISO date, as its day number; anything else throws the French error naming `what`. */
export function requireDate(value: unknown, argument: string, what = "Date"): Day {
  const day = parseIsoDate(value);
  if (day === undefined) throw invalidDate(value, argument, what);
  return day;
}

/** An accepted ISO date, as given; anything else throws the French error naming `what`. */
export function requireIsoDate(value: unknown, argument: string, what = "Date"): string {
  requireDate(value, argument, what);
  return value as string;
}

/** The ISO date of a day, if there is one and it is in the accepted range. */
const accepted = (day: Day | undefined) => {
  const iso = day === undefined ? undefined : isoOf(day);
  return iso !== undefined && iso >= FIRST_DATE && iso <= LAST_DATE ? iso : undefined;
};

/** A text date "AAAA-MM-JJ" or "JJ/MM/AAAA" (French order) as ISO, if it is a real calendar day in the range. */
export function parseDateText(text: string): string | undefined {
  const iso = ISO_DATE.exec(text);
  const french = FRENCH_DATE.exec(text);
  return accepted(
    iso
      ? dayOfParts(Number(iso[1]), Number(iso[2]), Number(iso[3]))
      : french
        ? dayOfParts(Number(french[3]), Number(french[2]), Number(french[1]))
        : undefined
  );
}

/** A compact text date "AAAAMMJJ" (a FEC's) as ISO, if it is a real calendar day in the range. */
export function parseCompactDate(text: string): string | undefined {
  const m = COMPACT_DATE.exec(text);
  return accepted(m ? dayOfParts(Number(m[1]), Number(m[2]), Number(m[3])) : undefined);
}

/** A cell's date, an Excel serial or a text date "AAAA-MM-JJ" or "JJ/MM/AAAA", as ISO if accepted. */
export function parseDateValue(value: unknown): string | undefined {
  const iso =
    typeof value === "number"
      ? isoOfSerial(value)
      : typeof value === "string"
        ? parseDateText(value.trim())
        : undefined;
  return isIsoDate(iso) ? iso : undefined;
}

/** Today's date (UTC), ISO. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

// Excel serial numbers, 1900 date system: serial 1 is 1 January 1900 and serial 60 the 29 February 1900 that never
// was (Lotus 1-2-3's leap-year bug, kept by Excel): serials from 61 (1 March 1900) count from 30 December 1899.
const SERIAL_OF_1970 = 25_569;
const PHANTOM_SERIAL = 60;
const LAST_SERIAL = 2_958_465; // 31/12/9999

/** Excel's serial number of an ISO date: what a date cell holds. */
export function serialOfIso(iso: string): number {
  const serial = dayOf(iso) + SERIAL_OF_1970;
  return serial > PHANTOM_SERIAL ? serial : serial - 1;
}

/** The ISO date of an Excel serial (its fraction, the time of day, ignored); undefined for 60 and out of range. */
export function isoOfSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= LAST_SERIAL + 1) return undefined;
  const day = Math.floor(serial);
  if (day === PHANTOM_SERIAL) return undefined;
  return isoOf(day - SERIAL_OF_1970 + (day < PHANTOM_SERIAL ? 1 : 0));
}

/** Excel's serial number of a day number. */
export const serialOfDay = (day: Day): number => serialOfIso(isoOf(day));

/** The day number of an Excel serial that is a date; anything else is a bug, not a user's mistake. */
export function dayOfSerial(serial: number): Day {
  const iso = isoOfSerial(serial);
  if (iso === undefined) throw new Error(`Not a date serial: ${serial}`);
  return dayOf(iso);
}

/** yyyy-mm of an Excel serial, "" when it is no date. */
export function monthOfSerial(serial: number): string {
  return isoOfSerial(serial)?.slice(0, 7) ?? "";
}

// Arithmetic.

/** Same day n months later (or earlier), or the month's last day when it is shorter: Excel's EDATE. */
export function addMonths(day: Day, n: number): Day {
  const date = new Date(day * DAY_MS);
  const [y, m] = [date.getUTCFullYear(), date.getUTCMonth() + n];
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)) / DAY_MS;
}

/** Same day `years` later, ISO: 29 February falls back to 28 February in a common year, as EDATE does. */
export function addYears(iso: string, years: number): string {
  return isoOf(addMonths(dayOf(iso), 12 * years));
}

/** Months counted from January of year 0 of a date or a month (ISO yyyy-mm-dd or yyyy-mm): month arithmetic. */
export function monthNumber(isoOrMonth: string): number {
  return 12 * Number(isoOrMonth.slice(0, 4)) + Number(isoOrMonth.slice(5, 7)) - 1;
}

/** The calendar year of the month `k` months after that of `isoOrMonth` (k = 0: its own year). */
export function calendarYearOf(isoOrMonth: string, k: number): number {
  return Math.floor((monthNumber(isoOrMonth) + k) / 12);
}

/** The first day of the month `k` months after that of an ISO date. */
export function monthStart(iso: string, k = 0): Day {
  return addMonths(dayOf(`${iso.slice(0, 7)}-01`), k);
}

/** Whole months from `from` to `to` (ISO), as Excel's DATEDIF(from, to, "m"); `to` not before `from`. */
export function wholeMonthsBetween(from: string, to: string): number {
  return (
    monthNumber(to) - monthNumber(from) - (Number(to.slice(8)) < Number(from.slice(8)) ? 1 : 0)
  );
}

/** The day before an ISO date, ISO. */
export function dayBefore(iso: string): string {
  return isoOf(dayOf(iso) - 1);
}

/** Days from `from` to `to` (ISO): 0 for the same day, negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return dayOf(to) - dayOf(from);
}

/**
 * Financial year (exercice) k, 1-based, as ISO dates: exercices start every year on the same month and day (the day
 * falling back to the month's last day when shorter) and exercice 1 is the one that contains `date`.
 */
export function exercicePeriod(
  date: string,
  startMonth: number,
  k: number,
  startDay = 1
): { debut: string; fin: string } {
  const startOf = (year: number) => {
    const first = dayOfParts(year, startMonth, 1)!;
    return first + Math.min(startDay, addMonths(first, 1) - first) - 1;
  };
  const y = Number(date.slice(0, 4));
  const first = startOf(y) <= dayOf(date) ? y : y - 1;
  return { debut: isoOf(startOf(first + k - 1)), fin: isoOf(startOf(first + k) - 1) };
}

// French display.

/** "15/03/2025" from an ISO date or a day number. */
export function frDate(date: string | Day): string {
  const iso = typeof date === "number" ? isoOf(date) : date;
  return iso.split("-").reverse().join("/");
}

/** "janvier" from a month number, 1 to 12. */
export function frenchMonthName(month: number): string {
  return new Date(Date.UTC(2000, month - 1, 1)).toLocaleDateString("fr-FR", {
    month: "long",
    timeZone: "UTC",
  });
}

/** "janvier 2025" from a month yyyy-mm. */
export function frenchMonth(month: string): string {
  return new Date(dayOf(`${month}-01`) * DAY_MS).toLocaleDateString("fr-FR", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}
