// The ACI grid as dated data: every version the add-in knows, the one in force at a date, and the notice that the
// grid is about to change. Adding a version is one data file beside this one, listed in ./list.ts, and a test.
import { frDate, requireIsoDate } from "../../dates";
import { DomainError } from "../../errors";
import { type Provenance } from "../provenance";
import { ACI_GRID_VERSIONS } from "./list";
import { type AciGridVersion } from "./types";

export { ACI_GRID_VERSIONS } from "./list";
export { type AciGridVersion } from "./types";

/** A version's days in force, in French: « depuis le 31/03/2022 » or « du 31/03/2022 au 30/06/2026 ». */
export function frValidite(v: AciGridVersion): string {
  const { du, au } = v.validite;
  return au === undefined ? `depuis le ${frDate(du)}` : `du ${frDate(du)} au ${frDate(au)}`;
}

/**
 * The version in force on `dateIso` (yyyy-mm-dd); if two are (a version closed after the next one started), the one
 * that started last. Without a date, the latest version. A date before every version is a French error: the amounts
 * of then are not in the add-in.
 */
export function aciGridAt(
  dateIso?: string,
  versions: readonly AciGridVersion[] = ACI_GRID_VERSIONS
): AciGridVersion {
  const latestFirst = [...versions].sort((a, b) => b.validite.du.localeCompare(a.validite.du));
  if (dateIso === undefined) return latestFirst[0];
  const date = requireIsoDate(dateIso, "date", "Date de la grille ACI");
  const found = latestFirst.find(
    (v) => v.validite.du <= date && (v.validite.au === undefined || date <= v.validite.au)
  );
  if (found) return found;
  const oldest = latestFirst[latestFirst.length - 1];
  throw new DomainError(
    `Aucune grille ACI connue en vigueur le ${frDate(date)}. La plus ancienne du complément (${oldest.texte}) s'applique ${frValidite(oldest)} : saisissez les montants de votre contrat dans le barème.`,
    "date"
  );
}

/** The version whose amounts the add-in uses (`ACI_GRID`): the latest. */
export const CURRENT_ACI_GRID_VERSION = aciGridAt();

/**
 * The LFSS 2026 asks the CNAM to open, within six months of its promulgation (first half of 2026), the negotiation of
 * an avenant to the ACI CPTS (how the CPTS support the « réseau France Santé »): the amounts may change.
 */
export const ACI_GRID_NOTICE: Provenance & { texte: string } = {
  texte:
    "Un avenant à l'ACI CPTS doit être négocié en 2026 : la loi de financement de la sécurité sociale pour 2026 (article 63, réseau France Santé) demande à l'Assurance maladie d'en ouvrir la négociation au premier semestre 2026. Les montants de ce barème peuvent changer : vérifiez ceux de votre contrat.",
  source:
    "Loi n° 2025-1403 du 30 décembre 2025 de financement de la sécurité sociale pour 2026, article 63 (JO du 31 décembre 2025)",
  date: "2025-12-30",
};
