// The prefilled budget's defaults by taille. Real CPTS accounts broken down by line were not found: apart from the
// official rates, every figure here is an estimate, shown as such in the workbook with its basis.
import { type ByTaille } from "./aciGrid";
import { type Provenance } from "./provenance";

/** How a yearly charge is paid in the cash plan. */
type Rhythm = "mensuel" | "annuel";

/** A running-cost line prefilled by taille; `estimation` is the French basis shown in its note. */
export interface PrefillCharge {
  label: string;
  compte: string;
  rythme: Rhythm;
  byTaille: ByTaille;
  /** « estimation — … »: the basis of the estimate, or undefined for a line left at 0 for the user to type. */
  estimation?: string;
}

/** Barème kilométrique (5 CV, up to 5 000 km a year): the official rate the travel line is priced at. */
export const BAREME_KILOMETRIQUE: Provenance & { parKm: number; puissance: string } = {
  source:
    "Barème kilométrique fiscal, arrêté du 27 mars 2023 (reconduit pour les revenus 2024 et 2025), véhicule de 5 CV jusqu'à 5 000 km : 0,636 €/km (actualites-paie.com, juristique.org)",
  date: "2023-03-27",
  confidence: "Barème 2026 non vérifié.",
  parKm: 0.636,
  puissance: "5 CV",
};

/** Kilometres travelled per year by taille: an estimate, priced at the barème. */
export const KM_PAR_AN: ByTaille = [2000, 3000, 4000, 6000];

const ESTIMATE = "estimation";

/**
 * The running costs of a CPTS by taille, € TTC a year (a CPTS funded by the ACI is normally not liable to VAT). Order
 * and accounts as the budget lines; rent is 0, typed by the CPTS (many use lent rooms).
 */
export const PREFILL_CHARGES: readonly PrefillCharge[] = [
  {
    label: "Outils informatiques et numériques (abonnements, site, visio, agenda partagé)",
    compte: "606",
    rythme: "mensuel",
    byTaille: [1500, 2000, 3000, 4000],
    estimation: `${ESTIMATE} — aucun prix public trouvé pour ces outils`,
  },
  {
    label: "Locations (bureau, salles de réunion)",
    compte: "613",
    rythme: "mensuel",
    byTaille: [0, 0, 0, 0],
  },
  {
    label: "Assurances (responsabilité civile, dirigeants)",
    compte: "616",
    rythme: "annuel",
    byTaille: [600, 800, 1000, 1200],
    estimation: `${ESTIMATE} — responsabilité civile d'une association : 200 à 1 500 € par an (assureurs) ; assurance des dirigeants : pas de prix trouvé`,
  },
  {
    label: "Formation des salariés",
    compte: "618",
    rythme: "mensuel",
    byTaille: [500, 800, 1000, 1500],
    estimation: `${ESTIMATE} — en partie prise en charge par l'OPCO`,
  },
  {
    label: "Expert-comptable et paie",
    compte: "622",
    rythme: "annuel",
    byTaille: [2500, 3000, 3500, 4500],
    estimation: `${ESTIMATE} — environ 1 700 € HT de base pour une petite structure (associationeconomienumerique.fr), plus les bulletins de paie (15 à 35 € chacun) et la répartition analytique par mission, TTC`,
  },
  {
    label: "Autres honoraires (juridique, conseil, études)",
    compte: "622",
    rythme: "annuel",
    byTaille: [0, 0, 0, 0],
  },
  {
    label: "Communication et publications",
    compte: "623",
    rythme: "mensuel",
    byTaille: [1000, 1500, 2500, 3500],
    estimation: `${ESTIMATE} — aucune source publique`,
  },
  {
    label: "Déplacements",
    compte: "625",
    rythme: "mensuel",
    byTaille: KM_PAR_AN.map((km) =>
      Math.round(km * BAREME_KILOMETRIQUE.parKm)
    ) as unknown as ByTaille,
    estimation: `${ESTIMATE} — kilomètres par an estimés × barème kilométrique fiscal (${BAREME_KILOMETRIQUE.puissance}, 0,636 €/km, arrêté du 27 mars 2023)`,
  },
  {
    label: "Événements, assemblée générale, soirées thématiques",
    compte: "6257",
    rythme: "annuel",
    byTaille: [1500, 2000, 3000, 4000],
    estimation: `${ESTIMATE} — aucune source publique`,
  },
  {
    label: "Frais postaux et télécommunications",
    compte: "626",
    rythme: "mensuel",
    byTaille: [0, 0, 0, 0],
  },
  {
    label: "Services bancaires",
    compte: "627",
    rythme: "mensuel",
    byTaille: [150, 200, 250, 300],
    estimation: `${ESTIMATE} — aucune source publique`,
  },
];

/** The commissaire aux comptes' fee by taille, € TTC, charged in the contract years where the CAC is retained. */
export const HONORAIRES_CAC: { byTaille: ByTaille; estimation: string } = {
  byTaille: [4500, 5000, 5500, 6500],
  estimation: `${ESTIMATE} — 30 à 50 heures (barème indicatif de l'article R823-12 du Code de commerce) × 100 à 150 € HT de l'heure, TTC`,
};

/** The member professionals whose time the CPTS pays, with an hourly rate each. */
export const PROFESSIONS = ["medecin", "pharmacien", "sageFemme", "infirmier", "autre"] as const;
export type Profession = (typeof PROFESSIONS)[number];
export const PROFESSION_LABELS: Record<Profession, string> = {
  medecin: "Médecin",
  pharmacien: "Pharmacien",
  sageFemme: "Sage-femme",
  infirmier: "Infirmier",
  autre: "Autre profession",
};

/**
 * Hourly rates of a libéral professional's time: an official public benchmark (HPV vaccination in schools), not a
 * CPTS scale — each CPTS sets its own in its règlement intérieur. One rate for all professions is legally fragile.
 */
export const TAUX_HORAIRES: Provenance & { byProfession: Record<Profession, number> } = {
  source:
    "Arrêté du 3 juillet 2024 (JO du 7 juillet 2024), rémunération des professionnels libéraux pour la vaccination contre les papillomavirus dans les collèges : médecin 75 €/h, pharmacien et sage-femme 48 €/h, infirmier 37 €/h",
  date: "2024-07-03",
  confidence:
    "Repère public, pas un barème de CPTS ; « autre profession » 48 €/h est une estimation (aucun repère officiel pour les masseurs-kinésithérapeutes, orthophonistes, chirurgiens-dentistes…).",
  byProfession: { medecin: 75, pharmacien: 48, sageFemme: 48, infirmier: 37, autre: 48 },
};

/** Hours of governance (bureau, conseil d'administration) a year, by taille: an estimate. */
export const HEURES_GOUVERNANCE: ByTaille = [80, 120, 160, 220];

/**
 * The governance roles the taille's hours are shared among, with a profession each: an estimate (no source gives the
 * split); the president carries the largest share, which the PASS check per person must see.
 */
export const ROLES_GOUVERNANCE: readonly {
  role: string;
  profession: Profession;
  personnes: number;
  part: number;
}[] = [
  { role: "Président", profession: "medecin", personnes: 1, part: 0.4 },
  { role: "Trésorier", profession: "pharmacien", personnes: 1, part: 0.2 },
  { role: "Secrétaire", profession: "infirmier", personnes: 1, part: 0.2 },
  { role: "Autres membres du bureau", profession: "autre", personnes: 2, part: 0.2 },
];

/** Members' mission remunerations: this share of each mission's fixed part received in the year, by default. */
export const PART_REMUNERATIONS_MISSIONS = {
  value: 0.3,
  estimation: `${ESTIMATE} — 30 % de la part fixe de la mission reçue dans l'année (les enveloppes des missions sont en général sous-consommées : rapport du Sénat r25-032, octobre 2025, https://www.senat.fr/rap/r25-032/r25-0326.html)`,
};

/** Default mix of professions in a mission's hours: an estimate, to adapt to who does the work. */
export const MIX_MISSIONS: Record<Profession, number> = {
  medecin: 0.25,
  pharmacien: 0.25,
  sageFemme: 0,
  infirmier: 0.25,
  autre: 0.25,
};

/** Professionals sharing a mission's hours, by default: an estimate for the PASS check per person. */
export const PROFESSIONNELS_PAR_MISSION: ByTaille = [5, 8, 10, 15];
