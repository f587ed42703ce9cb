import { type Provenance } from "./provenance";

/**
 * Minimum monthly gross of the cabinets médicaux agreement (IDCC 1147) for 151,67 h, by level 4 to 16, from
 * 1 January 2024 (avenant 90). A CPTS is usually outside the agreement's scope: it applies it only voluntarily.
 */
export const CABINETS_MEDICAUX_GRID: Provenance & {
  fromYear: number;
  minimums: Readonly<Record<number, number>>;
} = {
  source:
    "Convention collective du personnel des cabinets médicaux (IDCC 1147), avenant 90 du 14 décembre 2023, étendu par arrêté du 17 mai 2024 (JO du 1er juin 2024, NOR TSST2406494A)",
  date: "2024-01-01",
  confidence:
    "Source unique : montants repris d'un seul relevé, non vérifiés sur Légifrance ; aucun avenant salarial postérieur trouvé (les niveaux 4 et 5 sont sous le SMIC 2026).",
  fromYear: 2024,
  minimums: {
    4: 1782.14,
    5: 1815.79,
    6: 1889.38,
    7: 1966.21,
    8: 2050.62,
    9: 2159.91,
    10: 2275.69,
    11: 2397.97,
    12: 2535.4,
    13: 2685.81,
    14: 3232.29,
    15: 3848.01,
    16: 4530.83,
  },
};

export const CABINETS_MEDICAUX_LEVELS = Object.keys(CABINETS_MEDICAUX_GRID.minimums).map(Number);
