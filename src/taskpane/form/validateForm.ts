// Inline validation of the form, in French: one message per field at fault, keyed by the field's path
// (a post's fields: "equipe.1.etp").
import { requireCptsName } from "../../domain/budgetInputs";
import { isIsoDate } from "../../domain/dates";
import { frLimit, LIMITS } from "../../domain/limits";
import { type FormValues } from "./formValues";
import { parseFrenchNumber } from "./numbers";
import { MAX_LAG_MONTHS, requireSignature } from "../../domain/cashPlan";
import { annee0DateErrors, hasAnnee0 } from "./annee0";
import { contractLifeErrors } from "./contractLife";
import { domainFailure } from "./domainCheck";
import { missionStartErrors } from "./missionStarts";
import { validatePost } from "./validatePost";

export type FormErrors = Partial<Record<string, string>>;

function amountError(text: string): string | undefined {
  const n = parseFrenchNumber(text);
  if (Number.isNaN(n)) return "Saisissez un montant en euros (ex. 12 000).";
  if (n < 0) return "Montant négatif : saisissez un montant positif ou nul.";
  if (n > LIMITS.montant) return `Montant trop élevé : au plus ${frLimit(LIMITS.montant)} €.`;
  return undefined;
}

/** A balance: negative allowed (an overdraft). */
function balanceError(text: string): string | undefined {
  const n = parseFrenchNumber(text);
  if (Number.isNaN(n))
    return "Saisissez un montant en euros (ex. 12 000, ou -2 000 pour un découvert).";
  if (Math.abs(n) > LIMITS.montant)
    return `Montant trop élevé : au plus ${frLimit(LIMITS.montant)} €.`;
  return undefined;
}

const domainError = (check: () => unknown) => domainFailure(check)?.message;

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
  for (const [field, message] of Object.entries(contractLifeErrors(v))) set(field, message);
  for (const [field, message] of Object.entries(annee0DateErrors(v))) set(field, message);
  for (const [field, message] of Object.entries(missionStartErrors(v))) set(field, message);
  if (hasAnnee0(v)) {
    set("amorcageArs", amountError(v.amorcageArs));
    set("coordinateurAmorcage", amountError(v.coordinateurAmorcage));
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

  set("cotisationParMembre", amountError(v.cotisationParMembre));

  v.equipe.forEach((post, i) => {
    for (const [field, message] of Object.entries(validatePost(post, i, v.optionnelles))) {
      set(`equipe.${i}.${field}`, message);
    }
  });

  v.financeurs.forEach((f, i) => {
    set(`financeurs.${i}.annee1`, amountError(f.annee1));
    set(`financeurs.${i}.annee2`, amountError(f.annee2));
  });
  set("honorairesCac", amountError(v.honorairesCac));
  set("soldeInitial", balanceError(v.soldeInitial));
  set(
    "lagMonths",
    wholeError(
      v.lagMonths,
      0,
      MAX_LAG_MONTHS,
      `Délai de versement invalide : de 0 à ${MAX_LAG_MONTHS} mois.`
    )
  );
  const month = "saisissez un mois de 1 (janvier) à 12 (décembre).";
  set(
    "moisAnnuel",
    wholeError(v.moisAnnuel, 1, 12, `Mois des éléments annuels invalide : ${month}`)
  );
  set(
    "debutExercice",
    wholeError(v.debutExercice, 1, 12, `Mois de début de l'exercice invalide : ${month}`)
  );
  return errors;
}
