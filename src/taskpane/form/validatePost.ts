// Inline validation of one post of the team, in French, each message naming the post: « Poste 2 : ETP invalide … ».
// What the domain checks itself (day rate, days, the agreement's minimum) is said in the domain's words.
import { LATEST_SALARY_YEAR, agreementMinimum, type Minimum } from "../../domain/salary";
import { requireJoursParAn, requireTarifJour } from "../../domain/coordinator";
import { MISSION_LABELS } from "../../domain/data/aciGrid";
import { type DomainError } from "../../domain/errors";
import { frLimit, LIMITS } from "../../domain/limits";
import { contractedEnvelopes } from "../../domain/team";
import { domainFailure } from "./domainCheck";
import { formatEuros, parseFrenchNumber, toFrenchInput } from "./numbers";
import { type PostFormValues, postFieldsShown } from "./postValues";

/** A post's field at fault, or its split's total ("repartition") or one share ("part.acces"). */
export type PostErrors = Partial<Record<string, string>>;

/** « Poste 2 : » before a message; its first letter lowered unless it starts an acronym (ETP, SMIC). */
export function inPost(index: number, message: string): string {
  const lowered = /^\p{Lu}\p{Ll}/u.test(message)
    ? message.charAt(0).toLowerCase() + message.slice(1)
    : message;
  return `Poste ${index + 1} : ${lowered}`;
}

/** Field of the post each argument of the domain's agreement checks belongs to. */
const CLASSIFICATION_FIELDS: Record<string, string> = {
  coef: "coef",
  niveau: "niveau",
  forfait_jours: "forfaitJours",
};

/** The full-time minimum of the post's agreement and level, or the domain's refusal of that classification. */
export function postMinimum(
  p: PostFormValues
): { minimum: Minimum; failure?: undefined } | { minimum?: undefined; failure: DomainError } {
  const shown = postFieldsShown(p);
  let minimum: Minimum | undefined;
  const failure = domainFailure(() => {
    minimum = agreementMinimum({
      convention: p.convention,
      coef: shown.coef ? parseFrenchNumber(p.coef) : undefined,
      niveau: shown.niveau ? parseFrenchNumber(p.niveau) : undefined,
      anneeGrille: LATEST_SALARY_YEAR,
      forfaitJours: shown.forfaitJours && p.forfaitJours,
    });
  });
  return failure ? { failure } : { minimum: minimum! };
}

/** « minimum : 2 397,97 € (minimum cabinets médicaux 2024, niveau 11) ». */
export const minimumHint = (m: Minimum) => `minimum : ${formatEuros(m.montant)} (${m.base})`;

const isWhole = (text: string, min: number, max: number) => {
  const n = parseFrenchNumber(text);
  return Number.isInteger(n) && n >= min && n <= max;
};

function grossError(text: string, minimum: Minimum | undefined): string | undefined {
  if (!text.trim()) return undefined;
  const n = parseFrenchNumber(text);
  if (Number.isNaN(n))
    return "Saisissez un salaire brut mensuel en euros (ex. 2 800), ou laissez vide pour le minimum.";
  if (n > LIMITS.montant) return `Montant trop élevé : au plus ${frLimit(LIMITS.montant)} €.`;
  if (minimum && n < minimum.montant)
    return `Brut mensuel sous le minimum : au moins ${formatEuros(minimum.montant)} (${minimum.base}).`;
  return undefined;
}

/** The split's errors: each share 0–100 %, and the shares of the contracted envelopes summing to 100 %. */
function splitErrors(shares: NonNullable<PostFormValues["repartition"]>, optionnelles: boolean) {
  const errors: PostErrors = {};
  let total = 0;
  for (const m of contractedEnvelopes(optionnelles)) {
    const share = parseFrenchNumber(shares[m] ?? "0");
    if (share >= 0 && share <= 100) total += share;
    else errors[`part.${m}`] = `Part « ${MISSION_LABELS[m]} » invalide : de 0 à 100 %.`;
  }
  // The domain's tolerance: shares summing to 1 within a millionth.
  if (Object.keys(errors).length === 0 && Math.abs(total / 100 - 1) > 1e-6) {
    errors.repartition = `Répartition à ${toFrenchInput(Math.round(total * 100) / 100)} % : les parts doivent totaliser 100 %.`;
  }
  return errors;
}

export function validatePost(p: PostFormValues, index: number, optionnelles: boolean): PostErrors {
  const errors: PostErrors = {};
  const set = (field: string, message: string | undefined) => {
    if (message) errors[field] = inPost(index, message);
  };
  const shown = postFieldsShown(p);

  const intitule = p.intitule.trim();
  set("intitule", intitule ? undefined : "Intitulé manquant : nommez le poste (ex. Secrétaire).");
  if (intitule.length > LIMITS.nom) {
    set(
      "intitule",
      `Intitulé trop long : ${frLimit(intitule.length)} caractères, au plus ${LIMITS.nom}.`
    );
  }
  set(
    "debutMois",
    isWhole(p.debutMois, 0, LIMITS.mois)
      ? undefined
      : `Mois de début invalide : saisissez un nombre entier de mois, de 0 (premier mois du budget) à ${LIMITS.mois}.`
  );
  set(
    "mois",
    isWhole(p.mois, 1, LIMITS.mois)
      ? undefined
      : `Durée invalide : saisissez un nombre entier de mois, de 1 à ${LIMITS.mois}.`
  );

  if (shown.freelance) {
    const tarif = parseFrenchNumber(p.tarifJour);
    set(
      "tarifJour",
      Number.isNaN(tarif)
        ? "Saisissez un montant en euros (ex. 500)."
        : domainFailure(() => requireTarifJour(tarif))?.message
    );
    const jours = parseFrenchNumber(p.joursParAn);
    set(
      "joursParAn",
      Number.isNaN(jours)
        ? "Saisissez un nombre de jours par an (ex. 96)."
        : domainFailure(() => requireJoursParAn(jours))?.message
    );
  } else {
    const etp = parseFrenchNumber(p.etp);
    set(
      "etp",
      etp > 0 && etp <= 1 ? undefined : "ETP invalide : de 0 à 1 (1 = temps plein, 0,5 = mi-temps)."
    );
    const { minimum, failure } = postMinimum(p);
    if (failure) set(CLASSIFICATION_FIELDS[failure.argument] ?? "convention", failure.message);
    set("brutMensuel", grossError(p.brutMensuel, minimum));
  }

  if (p.repartition) {
    for (const [field, message] of Object.entries(splitErrors(p.repartition, optionnelles))) {
      set(field, message);
    }
  }
  return errors;
}
