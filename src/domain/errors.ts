import { frLimit, LIMITS } from "./limits";

/** A bad input to a domain calculator. The message is French: it is shown to the user as is. */
export class DomainError extends Error {
  constructor(
    message: string,
    /** Name of the argument at fault, as the custom functions call it. */
    readonly argument: string
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** A number as Excel shows it in a French workbook: comma decimals, 1E+308; #NOMBRE! for what no cell can hold. */
const fr = (n: number) =>
  Number.isFinite(n) ? String(n).replace(".", ",").replace("e", "E") : "#NOMBRE!";

/** Longest text quoted in a message: a cell holds up to 32 767 characters. */
const MAX_SHOWN_TEXT = 60;

/** C0 and C1 control characters, DEL, and the bidirectional overrides that reorder what follows them. */
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Whether a text holds a control character (a tab, a line break, an escape…). */
export const hasControlCharacter = (text: string): boolean => text.search(CONTROL) >= 0;

/**
 * A text with its control characters shown as their symbols (« ␉ » for a tab, « ␛ » for an escape, « ␡ » for DEL;
 * « � » for the others), so that a message never hands a terminal or a pane a raw control character.
 */
export function visibleText(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "\ufffd";
  });
}

/** A value in a French message, as Excel would show it: VRAI/FAUX, comma decimals, quoted text, « vide ». */
export function describeValue(value: unknown): string {
  if (typeof value === "number") return fr(value);
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  if (typeof value === "string") {
    // Cut between code points, never inside a surrogate pair.
    const chars = Array.from(value);
    const shown =
      chars.length > MAX_SHOWN_TEXT ? `${chars.slice(0, MAX_SHOWN_TEXT).join("")}…` : value;
    return `« ${visibleText(shown)} »`;
  }
  if (value === null || value === undefined) return "vide";
  if (Array.isArray(value)) return "une plage de cellules";
  return "une valeur non reconnue";
}

/** The end of a message refusing a text that holds a control character. */
export const controlCharacterIn = (text: string): string =>
  `${describeValue(text)} contient un caractère de contrôle (tabulation, retour à la ligne…). Valeur attendue : un texte sans caractère de contrôle.`;

export function requireInteger(
  value: unknown,
  argument: string,
  min: number,
  max: number,
  what: string
): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    const range =
      max === Infinity
        ? `un entier supérieur ou égal à ${frLimit(min)}`
        : `un entier de ${frLimit(min)} à ${frLimit(max)}`;
    throw new DomainError(
      `${what} invalide : ${describeValue(value)}. Valeur attendue : ${range}.`,
      argument
    );
  }
  return value;
}

export function requireNumber(
  value: unknown,
  argument: string,
  check: (n: number) => boolean,
  what: string,
  expected: string
): number {
  if (typeof value !== "number" || !Number.isFinite(value) || !check(value)) {
    throw new DomainError(
      `${what} invalide : ${describeValue(value)}. Valeur attendue : ${expected}.`,
      argument
    );
  }
  return value;
}

/**
 * Rounds as a spreadsheet's ROUND(x, digits) does, so the workbook's formulas give the same figures: to 15
 * significant digits first (33 472.605, stored as 33 472.604999…, is a half cent), then half away from zero.
 */
export function roundLikeSpreadsheet(x: number, digits: number): number {
  const factor = 10 ** digits;
  const scaled = Math.round(Number((Math.abs(x) * factor).toPrecision(15)));
  return (x < 0 ? -scaled / factor : scaled / factor) || 0;
}

/** A euro amount to the cent, as ROUND(x, 2). */
export function cents(amount: number): number {
  return roundLikeSpreadsheet(amount, 2);
}

/** The exact sum of amounts; round it with cents() where the model rounds (a total of the Budget). */
export const sum = (amounts: readonly number[]): number => amounts.reduce((s, a) => s + a, 0);

/** The sum of amounts to the cent, as a ROUND(SUM(…), 2) of the workbook. */
export const sumCents = (amounts: readonly number[]): number => cents(sum(amounts));

/** An amount in euros, 0 to LIMITS.montant; the French error otherwise. */
export function requireAmount(value: unknown, argument: string, what: string): number {
  return requireNumber(
    value,
    argument,
    (n) => n >= 0 && n <= LIMITS.montant,
    what,
    `un montant positif ou nul en euros, au plus ${frLimit(LIMITS.montant)} €`
  );
}
