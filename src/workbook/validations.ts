// The input checks every sheet applies, from the bounds the calculators take (src/domain/limits.ts): a value the
// workbook accepts is one the add-in accepts.
import { MAX_HOURS } from "../domain/indemnities";
import { frLimit, LIMITS } from "../domain/limits";
import { type ValidationRule } from "./planTypes";

export const AMOUNT: ValidationRule = { kind: "decimal", min: 0, max: LIMITS.montant };
export const AMOUNT_ERROR = `Saisissez un montant positif ou nul, en euros, d'au plus ${frLimit(LIMITS.montant)} €.`;
/** A bank balance, which may be negative. */
export const BALANCE: ValidationRule = {
  kind: "decimal",
  min: -LIMITS.montant,
  max: LIMITS.montant,
};
export const BALANCE_ERROR = `Saisissez un montant en euros, d'au plus ${frLimit(LIMITS.montant)} € en valeur absolue.`;
/** Members of the CPTS, or professionals paid on an indemnity line. */
export const HEADCOUNT: ValidationRule = { kind: "whole", min: 0, max: LIMITS.membres };
export const HEADCOUNT_ERROR = `Saisissez un nombre entier de 0 à ${frLimit(LIMITS.membres)}.`;
/** Hours a year one person gives (a governance role, a mission). */
export const HOURS: ValidationRule = { kind: "decimal", min: 0, max: MAX_HOURS };
export const HOURS_ERROR = `Saisissez un nombre d'heures par an de 0 à ${frLimit(MAX_HOURS)}.`;
/** A share from 0 % to 100 %. */
export const SHARE: ValidationRule = { kind: "decimal", min: 0, max: 1 };
export const SHARE_ERROR = "Saisissez un pourcentage de 0 % à 100 %.";
