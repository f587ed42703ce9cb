import { TAILLES } from "./data/tailles";
import { requireNumber } from "./errors";
import { frLimit, LIMITS } from "./limits";

/** Taille of a CPTS (1–4) from the population of its territory. */
export function tailleFromPopulation(habitants: number): 1 | 2 | 3 | 4 {
  requireNumber(
    habitants,
    "habitants",
    (n) => n > 0 && n <= LIMITS.habitants,
    "Nombre d'habitants",
    `un nombre d'habitants supérieur à 0, au plus ${frLimit(LIMITS.habitants)}`
  );
  return TAILLES.bounds.find((b) => habitants < b.max || (b.maxInclusive && habitants === b.max))!
    .taille;
}
