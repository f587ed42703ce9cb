// Inline validation of the form, in French: one message per field at fault, keyed by the field's path.
import { requireCptsName } from "../../domain/budgetInputs";
import { requireJoursParAn, requireTarifJour } from "../../domain/coordinator";
import { isIsoDate } from "../../domain/dates";
import { DomainError } from "../../domain/errors";
import { frLimit, LIMITS } from "../../domain/limits";
import { type FormValues } from "./formValues";
import { parseFrenchNumber } from "./numbers";
import { requireSignature } from "../../domain/cashPlan";

export type FormErrors = Partial<Record<string, string>>;

function amountError(text: string): string | undefined {
  const n = parseFrenchNumber(text);
  if (Number.isNaN(n)) return "Saisissez un montant en euros (ex. 12 000).";
  if (n < 0) return "Montant négatif : saisissez un montant positif ou nul.";
  if (n > LIMITS.montant) return `Montant trop élevé : au plus ${frLimit(LIMITS.montant)} €.`;
  return undefined;
}

/** The domain's own message when it refuses a value, so that the pane and the CLI say the same. */
function domainError(check: () => unknown): string | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error.message;
    throw error;
  }
}

function wholeError(text: string, min: number, max: number, message: string): string | undefined {
  const n = parseFrenchNumber(text);
  return Number.isInteger(n) && n >= min && n <= max ? undefined : message;
}

export function validateForm(v: FormValues): FormErrors {
  const errors: FormErrors = {};
  const set = (key: string, message: string | undefined) => {
    if (message) errors[key] = message;
  };

  set(
    "nom",
    domainError(() => requireCptsName(v.nom.trim()))
  );
  set("taille", wholeError(v.taille, 1, 4, "Taille invalide : saisissez 1, 2, 3 ou 4."));
  if (!isIsoDate(v.dateSignature)) {
    set("dateSignature", "Date invalide : choisissez une date au format jj/mm/aaaa.");
  } else {
    set(
      "dateSignature",
      domainError(() => requireSignature(v.dateSignature))
    );
  }
  const taux = parseFrenchNumber(v.tauxVariable);
  set(
    "tauxVariable",
    taux >= 0 && taux <= 100 ? undefined : "Le scénario du volet variable va de 0 à 100 %."
  );
  set(
    "membres",
    wholeError(
      v.membres,
      0,
      LIMITS.membres,
      `Nombre de membres invalide : saisissez un entier de 0 à ${frLimit(LIMITS.membres)}.`
    )
  );

  set(
    "mois",
    wholeError(
      v.mois,
      1,
      LIMITS.mois,
      `Durée invalide : saisissez un nombre entier de mois, de 1 à ${LIMITS.mois}.`
    )
  );
  if (v.mode === "prestataire") {
    const tarif = parseFrenchNumber(v.tarifJour);
    set(
      "tarifJour",
      Number.isNaN(tarif)
        ? "Saisissez un montant en euros (ex. 500)."
        : domainError(() => requireTarifJour(tarif))
    );
    const jours = parseFrenchNumber(v.joursParAn);
    set(
      "joursParAn",
      Number.isNaN(jours)
        ? "Saisissez un nombre de jours par an (ex. 96)."
        : domainError(() => requireJoursParAn(jours))
    );
  } else {
    const etp = parseFrenchNumber(v.etp);
    set(
      "etp",
      etp > 0 && etp <= 1 ? undefined : "ETP invalide : de 0 à 1 (1 = temps plein, 0,5 = mi-temps)."
    );
  }

  v.financeurs.forEach((f, i) => {
    set(`financeurs.${i}.annee1`, amountError(f.annee1));
    set(`financeurs.${i}.annee2`, amountError(f.annee2));
  });
  set("honorairesCac", amountError(v.honorairesCac));
  return errors;
}
