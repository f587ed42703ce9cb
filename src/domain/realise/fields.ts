// The fields of an accounting export, one by one: amounts (comma or point decimals, no thousands separator in a FEC,
// spaces in a French Excel CSV), dates (AAAAMMJJ in a FEC, JJ/MM/AAAA or AAAA-MM-JJ in a CSV), accounts, envelopes.
import { type Mission } from "../data/aciGrid";
import { parseCompactDate, parseDateText } from "../dates";
import { DomainError, describeValue } from "../errors";
import { resolveMission } from "../labels";
import { frLimit, LIMITS } from "../limits";
import { MISSIONS } from "../data/aciGrid";

/** Where a field is: « Ligne 12, champ « Debit » ». */
export interface FieldPlace {
  ligne: number;
  champ: string;
}

/** The French error for a field of the file, naming its line, the field and the value as the file shows it. */
export function fieldError(
  place: FieldPlace,
  what: string,
  value: string,
  expected: string
): DomainError {
  return new DomainError(
    `Ligne ${place.ligne}, champ « ${place.champ} » : ${what} ${describeValue(value)}. Valeur attendue : ${expected}.`,
    place.champ
  );
}

/** What an Excel cell holds. */
const MAX_CELL_TEXT = 32_767;
/** Control characters but the tab and the line breaks a label may hold: no writer keeps them alike. */
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** A text field written in a cell (a label, a journal): trimmed, at most a cell long, control characters as « � ». */
export function parseText(value: string, place: FieldPlace): string {
  const trimmed = value.trim();
  if (trimmed.length > MAX_CELL_TEXT) {
    throw new DomainError(
      `Ligne ${place.ligne}, champ « ${place.champ} » : texte trop long (${frLimit(trimmed.length)} caractères). Valeur attendue : au plus ${frLimit(MAX_CELL_TEXT)} caractères, ce que contient une cellule.`,
      place.champ
    );
  }
  return trimmed.replace(CONTROL, "\ufffd");
}

const AMOUNT = /^([+-]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.](\d{1,2}))?$/;
const MAX_CENTS = LIMITS.montant * 100;
export const AMOUNT_EXPECTED = `un montant en euros, virgule décimale et au plus deux décimales (ex. 1234,56), au plus ${frLimit(LIMITS.montant)} €`;

/** An amount in whole cents; an empty field is 0. */
export function parseCents(value: string, place: FieldPlace): number {
  const trimmed = value.trim();
  if (trimmed === "") return 0;
  const m = AMOUNT.exec(trimmed);
  if (!m) throw fieldError(place, "montant invalide", value, AMOUNT_EXPECTED);
  const units = Number(m[2].replace(/[ \u00a0\u202f]/g, ""));
  const decimals = m[3] === undefined ? 0 : Number(m[3].padEnd(2, "0"));
  const cents = units * 100 + decimals;
  if (cents > MAX_CENTS) throw fieldError(place, "montant invalide", value, AMOUNT_EXPECTED);
  return m[1] === "-" && cents !== 0 ? -cents : cents;
}

/** A FEC date, AAAAMMJJ, as ISO. */
export function parseFecDate(value: string, place: FieldPlace): string {
  const iso = parseCompactDate(value.trim());
  if (iso === undefined) {
    throw fieldError(
      place,
      "date invalide",
      value,
      "une date réelle au format AAAAMMJJ (ex. 20250131)"
    );
  }
  return iso;
}

/** A CSV date, JJ/MM/AAAA or AAAA-MM-JJ, as ISO. */
export function parseCsvDate(value: string, place: FieldPlace): string {
  const iso = parseDateText(value.trim());
  if (iso === undefined) {
    throw fieldError(
      place,
      "date invalide",
      value,
      "une date réelle au format JJ/MM/AAAA ou AAAA-MM-JJ (ex. 31/01/2025)"
    );
  }
  return iso;
}

const ACCOUNT = /^\d[0-9A-Za-z]*$/;

/** An account number: a digit first (its class), then digits or letters. */
export function parseAccount(value: string, place: FieldPlace): string {
  const trimmed = value.trim();
  if (!ACCOUNT.test(trimmed)) {
    throw fieldError(
      place,
      "compte invalide",
      value,
      "un numéro de compte du plan comptable, commençant par sa classe (ex. 6226, 512000)"
    );
  }
  return trimmed;
}

/** An envelope of the analytic column, by key or French label; an empty field is none. */
export function parseEnvelope(value: string, place: FieldPlace): Mission | undefined {
  if (value.trim() === "") return undefined;
  const mission = resolveMission(value);
  if (mission === undefined || mission === "socle" || mission === "total") {
    throw fieldError(
      place,
      "enveloppe inconnue",
      value,
      `une enveloppe de l'ACI, par sa clé (${MISSIONS.join(", ")}) ou son libellé (ex. Accès aux soins), ou vide`
    );
  }
  return mission;
}
