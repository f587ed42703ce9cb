import { invalidDate, parseDateValue } from "../domain/dates";
import { DomainError, describeValue } from "../domain/errors";
import { ownValue } from "../domain/lookup";

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

const FLAGS: Readonly<Record<string, boolean>> = {
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
  const flag = typeof value === "string" ? ownValue(FLAGS, value.trim().toLowerCase()) : undefined;
  if (flag === undefined) {
    throw new DomainError(
      `${what} invalide : ${describeValue(value)}. Valeur attendue : VRAI ou FAUX.`,
      argument
    );
  }
  return flag;
}

/** An Excel date (serial number), or a text date "AAAA-MM-JJ" or "JJ/MM/AAAA", as ISO yyyy-mm-dd. */
export function toIsoDate(value: unknown, argument: string): string {
  const iso = parseDateValue(value);
  if (iso === undefined) throw invalidDate(value, argument, "Date", "ex. 28/12/2023");
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
