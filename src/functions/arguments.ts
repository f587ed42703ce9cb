import { DomainError, describeValue } from "../domain/errors";

/**
 * Conversions from what Excel passes to what the domain expects. An omitted optional argument arrives as null; an
 * empty cell as 0 (desktop) or null (web); the adapters also treat "" as empty.
 */

/** null, undefined or a string of blanks. */
export function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/** A required argument: empty → "Argument manquant". */
export function required<T>(value: T | null | undefined, argument: string): T {
  if (isBlank(value)) {
    throw new DomainError(`Argument manquant : ${argument}.`, argument);
  }
  return value as T;
}

/** An optional argument for which 0 is a real value (a rate, a count): only empty means the default. */
export function optional<T>(value: T | null | undefined): T | undefined {
  return isBlank(value) ? undefined : (value as T);
}

/** An optional argument for which 0 cannot be meant (a year, a length, a label): empty or 0 means the default. */
export function optionalNonZero<T>(value: T | null | undefined): T | undefined {
  return isBlank(value) || value === 0 ? undefined : (value as T);
}

const FLAGS: Record<string, boolean> = {
  vrai: true,
  true: true,
  oui: true,
  faux: false,
  false: false,
  non: false,
};

/** An optional yes/no argument: VRAI/FAUX, 1/0 or oui/non; empty means the default (undefined). */
export function optionalFlag(value: unknown, argument: string, what: string): boolean | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "boolean") return value;
  if (value === 0 || value === 1) return value === 1;
  const flag = typeof value === "string" ? FLAGS[value.trim().toLowerCase()] : undefined;
  if (flag === undefined) {
    throw new DomainError(
      `${what} invalide : ${describeValue(value)}. Valeur attendue : VRAI ou FAUX.`,
      argument
    );
  }
  return flag;
}

const DAY_MS = 86_400_000;
/** Excel serial 61 is 1 March 1900: serials above 60 count from 30 December 1899 (60 is the phantom 29/02/1900). */
const EPOCH_AFTER_1900_03_01 = Date.UTC(1899, 11, 30);
const EPOCH_BEFORE_1900_03_01 = Date.UTC(1899, 11, 31);
const LAST_SERIAL = 2958465; // 31/12/9999

function isoOfUtc(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** yyyy-mm-dd if the parts form a real calendar date, otherwise undefined. */
function isoOfParts(year: number, month: number, day: number): string | undefined {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  const valid =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? isoOfUtc(time) : undefined;
}

function isoOfSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= LAST_SERIAL + 1) return undefined;
  const day = Math.floor(serial); // the fraction is the time of day
  if (day === 60) return undefined;
  const epoch = day > 60 ? EPOCH_AFTER_1900_03_01 : EPOCH_BEFORE_1900_03_01;
  return isoOfUtc(epoch + day * DAY_MS);
}

function isoOfText(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return isoOfParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (french) return isoOfParts(Number(french[3]), Number(french[2]), Number(french[1]));
  return undefined;
}

/** An Excel date (serial number), or a text date "AAAA-MM-JJ" or "JJ/MM/AAAA", as ISO yyyy-mm-dd. */
export function toIsoDate(value: unknown, argument: string): string {
  const iso =
    typeof value === "number"
      ? isoOfSerial(value)
      : typeof value === "string"
        ? isoOfText(value.trim())
        : undefined;
  if (iso === undefined) {
    throw new DomainError(
      `Date invalide : ${describeValue(value)}. Valeur attendue : une date (ex. 28/12/2023).`,
      argument
    );
  }
  return iso;
}

/** A required date: empty or 0 (an empty cell on desktop) → "Argument manquant". */
export function requiredDate(value: unknown, argument: string): string {
  return toIsoDate(required(value === 0 ? null : value, argument), argument);
}

/** An optional date: empty or 0 → undefined. */
export function optionalDate(value: unknown, argument: string): string | undefined {
  const date = optionalNonZero(value);
  return date === undefined ? undefined : toIsoDate(date, argument);
}
