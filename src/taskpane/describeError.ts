// Any failure (Office.js, domain, file) as a sentence the treasurer can act on.
import { DomainError, visibleText } from "../domain/errors";
import { PaneError } from "./paneError";

/** Office.js error codes (OfficeExtension.ErrorCodes, Excel.ErrorCodes) a user can meet here, in French. */
const OFFICE_CODES: Record<string, string> = {
  InvalidOperationInCellEditMode:
    "Excel est en mode édition de cellule : validez ou annulez la saisie en cours (Entrée ou Échap), puis réessayez.",
  AccessDenied:
    "le classeur est protégé ou ouvert en lecture seule : ôtez la protection ou enregistrez une copie modifiable.",
  ItemAlreadyExists: "une feuille ou un nom du même nom existe déjà.",
  ItemNotFound:
    "un élément attendu est introuvable dans le classeur (une feuille ou un nom défini a pu être supprimé).",
  InvalidArgument: "Excel a refusé une valeur ou une adresse envoyée par le complément.",
  InvalidReference: "une référence de cellule est invalide.",
  ApiNotFound:
    "cette version d'Excel ne prend pas en charge une fonction nécessaire (ExcelApi 1.9 au minimum).",
  RequestPayloadSizeLimitExceeded:
    "le classeur à écrire dépasse la taille maximale d'une requête d'Excel sur le web.",
  GeneralException: "Excel a rencontré une erreur interne.",
};

interface OfficeErrorShape {
  code: string;
  message?: string;
  debugInfo?: { code?: string; message?: string; errorLocation?: string };
}

function isOfficeError(error: unknown): error is OfficeErrorShape {
  return (
    typeof error === "object" &&
    error !== null &&
    "debugInfo" in error &&
    typeof (error as OfficeErrorShape).code === "string"
  );
}

export function describeError(error: unknown): string {
  if (isOfficeError(error)) {
    const known = OFFICE_CODES[error.code];
    const detail = error.debugInfo?.message ?? error.message;
    const where = error.debugInfo?.errorLocation;
    const technical = [
      `code ${error.code}`,
      where && `emplacement ${where}`,
      detail && detail !== known && `message « ${detail} »`,
    ]
      .filter(Boolean)
      .join(", ");
    return `${known ?? "Excel a refusé l'opération."} (${technical})`;
  }
  // Their messages are French, written for the treasurer.
  if (error instanceof DomainError || error instanceof PaneError) return error.message;
  return `${UNEXPECTED} (détail : ${technicalText(error)})`;
}

/** What any other failure (a bug, the browser) says: its technical text goes in the « détail » part. */
export const UNEXPECTED =
  "Le complément a rencontré une erreur inattendue : réessayez, et si elle persiste, signalez-la avec ce message.";

/** Longest technical text shown. */
const MAX_DETAIL = 300;

/** A JavaScript error's name and message, or the thrown value as text (an object's fields, never « [object Object] »). */
function technicalText(error: unknown): string {
  const text = (): string => {
    if (error instanceof Error) return `${error.name} : ${error.message}`;
    if (typeof error !== "object" || error === null) return String(error);
    try {
      return JSON.stringify(error);
    } catch {
      return "valeur non affichable";
    }
  };
  const chars = Array.from(visibleText(text()));
  return chars.length > MAX_DETAIL ? `${chars.slice(0, MAX_DETAIL).join("")}…` : chars.join("");
}
