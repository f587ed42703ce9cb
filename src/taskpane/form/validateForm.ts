// Inline validation of the form, in French: one message per field at fault, keyed by the field's path.
import { isIsoDate } from "../../domain/dates";
import { FormValues } from "./formValues";
import { parseFrenchNumber } from "./numbers";

export type FormErrors = Partial<Record<string, string>>;

/** The ACI CPTS was signed on 20 June 2019: no CPTS contract predates it. */
const ACI_CPTS_DATE = "2019-06-20";

function amountError(text: string): string | undefined {
  const n = parseFrenchNumber(text);
  if (Number.isNaN(n)) return "Saisissez un montant en euros (ex. 12 000).";
  if (n < 0) return "Montant négatif : saisissez un montant positif ou nul.";
  return undefined;
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

  set("nom", v.nom.trim() ? undefined : "Indiquez le nom de la CPTS.");
  set("taille", wholeError(v.taille, 1, 4, "Taille invalide : saisissez 1, 2, 3 ou 4."));
  if (!isIsoDate(v.dateSignature)) {
    set("dateSignature", "Date invalide : choisissez une date au format jj/mm/aaaa.");
  } else if (v.dateSignature < ACI_CPTS_DATE) {
    set(
      "dateSignature",
      "L'ACI CPTS date du 20 juin 2019 : la signature ne peut pas être antérieure."
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
      Infinity,
      "Nombre de membres invalide : saisissez un entier positif ou nul."
    )
  );

  set(
    "mois",
    wholeError(
      v.mois,
      1,
      Infinity,
      "Durée invalide : saisissez un nombre entier de mois (au moins 1)."
    )
  );
  if (v.mode === "prestataire") {
    set("tarifJour", amountError(v.tarifJour));
    const jours = parseFrenchNumber(v.joursParAn);
    set(
      "joursParAn",
      jours >= 0 && jours <= 366 ? undefined : "Nombre de jours invalide : de 0 à 366 jours par an."
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
