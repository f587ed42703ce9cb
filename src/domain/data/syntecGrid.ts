import { type Provenance } from "./provenance";

/** A grade of the Syntec/BET classification (IDCC 1486). Coefficients are unique across ETAM and IC. */
export interface SyntecGrade {
  coef: number;
  category: "ETAM" | "IC";
  position: string;
}

export const SYNTEC_GRADES: readonly SyntecGrade[] = [
  { coef: 240, category: "ETAM", position: "1.1" },
  { coef: 250, category: "ETAM", position: "1.2" },
  { coef: 275, category: "ETAM", position: "2.1" },
  { coef: 310, category: "ETAM", position: "2.2" },
  { coef: 355, category: "ETAM", position: "2.3" },
  { coef: 400, category: "ETAM", position: "3.1" },
  { coef: 450, category: "ETAM", position: "3.2" },
  { coef: 500, category: "ETAM", position: "3.3" },
  { coef: 95, category: "IC", position: "1.1" },
  { coef: 100, category: "IC", position: "1.2" },
  { coef: 105, category: "IC", position: "2.1" },
  { coef: 115, category: "IC", position: "2.1" },
  { coef: 130, category: "IC", position: "2.2" },
  { coef: 150, category: "IC", position: "2.3" },
  { coef: 170, category: "IC", position: "3.1" },
  { coef: 210, category: "IC", position: "3.2" },
  { coef: 270, category: "IC", position: "3.3" },
];

/** Monthly gross minimum for 35 h, by coefficient, for one version of the grid. */
export interface SyntecGrid extends Provenance {
  /** First calendar year the grid applies to. */
  fromYear: number;
  minimums: Readonly<Record<number, number>>;
}

/** Avenant 47 formulas (2022–2024): ETAM = 843.50 + coef × 3.41; IC positions 1–2 = coef × 21.40. */
const etam2022 = (coef: number) => Math.round((843.5 + coef * 3.41) * 100) / 100;
const ic2022 = (coef: number) => Math.round(coef * 21.4 * 100) / 100;

export const SYNTEC_GRIDS: readonly SyntecGrid[] = [
  {
    fromYear: 2019,
    source:
      "Plaquette du GEIO, guichet CPTS Occitanie (www.guichet-cpts-occitanie.org), grille BET ; avenant 45 (https://s3i-france.com/salaires-minimum-nouvel-avenant-pour-de-nouvelles-augmentations/)",
    date: "2019-01-01",
    confidence: "Seuls les trois coefficients cités par la plaquette.",
    minimums: { 275: 1684, 130: 2707, 170: 3490 },
  },
  {
    fromYear: 2022,
    source:
      "Avenant 47 du 31 mars 2022 (arrêté d'extension du 18 juillet 2022) : ETAM 843,50 € + coef × 3,41 € ; IC coef × 21,40 € (positions 1 et 2) ; IC 3.1 déduit de 4 292,40 € / 120 %",
    date: "2022-07-22",
    confidence:
      "IC positions 1 et 2 : valeur du point non confirmée pour 2.2 (≈ 2 782 €) ; IC 3.2 et 3.3 absents des sources.",
    minimums: {
      ...Object.fromEntries(
        SYNTEC_GRADES.filter((g) => g.category === "ETAM").map((g) => [g.coef, etam2022(g.coef)])
      ),
      ...Object.fromEntries([95, 100, 105, 115, 130, 150].map((c) => [c, ic2022(c)])),
      170: 3577,
    },
  },
  {
    fromYear: 2025,
    source:
      "Accord du 26 juin 2024 (arrêté d'extension du 8 novembre 2024, JO du 27 novembre 2024) ; minima publiés par Advis avocats (https://advis-avocats.fr/verifiez-que-votre-remuneration-est-conforme-aux-dispositions-de-la-convention-collective-_ad236.html)",
    date: "2024-11-27",
    minimums: {
      240: 1815,
      250: 1845,
      275: 1875,
      310: 1905,
      355: 2045,
      400: 2185,
      450: 2340,
      500: 2490,
      95: 2135,
      100: 2240,
      105: 2315,
      115: 2530,
      130: 2850,
      150: 3275,
      170: 3650,
      210: 4495,
      270: 5755,
    },
  },
];

/** Forfait jours (218 days): minimum × 120 %, only for IC from position 3 (avenant du 1er avril 2014; GEIO leaflet). */
export const FORFAIT_JOURS: Provenance & { uplift: number; minPosition: number } = {
  source:
    "Convention Syntec, avenant du 1er avril 2014 à l'accord du 22 juin 1999 ; plaquette GEIO (« à partir du niveau cadre 3.1 avec majoration 120% »)",
  date: "2014-04-01",
  confidence: "L'accord de 2024 cite +20 % ou +22 % selon la classification ; 120 % retenu.",
  uplift: 1.2,
  minPosition: 3,
};

export const LATEST_GRID_YEAR = SYNTEC_GRIDS[SYNTEC_GRIDS.length - 1].fromYear;
