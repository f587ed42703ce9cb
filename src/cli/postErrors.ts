/**
 * A domain error about a post, told in the inputs file's terms: « Poste 2 (« Secrétaire ») : salaire brut… » becomes
 * « equipe[1].brutMensuel (« Secrétaire ») : salaire brut… », the JSON path of the value at fault.
 */
import { type PostInputs } from "../domain/budgetInputs";
import { type DomainError, describeValue } from "../domain/errors";
import { ownValue } from "../domain/lookup";

/** The domain's argument names (those of the custom functions) and the post's JSON keys. */
const POST_KEYS: Readonly<Record<string, keyof PostInputs>> = {
  intitule: "intitule",
  mode: "mode",
  convention: "convention",
  coef: "coef",
  niveau: "niveau",
  brut_mensuel: "brutMensuel",
  etp: "etp",
  forfait_jours: "forfaitJours",
  annee_grille: "anneeGrille",
  debut_mois: "debutMois",
  mois: "mois",
  tarif_jour: "tarifJour",
  jours: "joursParAn",
  repartition: "repartition",
};

/** The message with the JSON path of the post's value, or undefined when the error is not about a post. */
export function postErrorInFileTerms(
  error: DomainError,
  equipe: readonly PostInputs[]
): string | undefined {
  const index = Number(/^Poste (\d+) /.exec(error.message)?.[1]) - 1;
  const post = equipe[index];
  if (!post) return undefined;
  const key = ownValue(POST_KEYS, error.argument);
  const path = `equipe[${index}]${key ? `.${key}` : ""}`;
  const name = describeValue(post.intitule);
  for (const [prefix, shown] of [
    [`Poste ${index + 1} (${name}) : `, `${path} (${name}) : `],
    [`Poste ${index + 1} : `, `${path} : `],
  ]) {
    if (error.message.startsWith(prefix)) return shown + error.message.slice(prefix.length);
  }
  return `${path} : ${error.message}`;
}
