import { type Provenance } from "./provenance";

/** A figure of the coordinator comparison, with where it comes from. */
export interface SourcedFigure extends Provenance {
  value: number;
}

/** Days worked in a full-time forfait-jours year: the ceiling of the forfait annuel en jours. */
export const JOURS_FORFAIT: SourcedFigure = {
  source: "Code du travail, article L3121-64 (forfait annuel en jours : 218 jours au plus)",
  date: "2016-08-10",
  value: 218,
};

/** Legal yearly working time of a full-time employee, in hours (35 h a week). */
export const DUREE_LEGALE_ANNUELLE: SourcedFigure = {
  source:
    "Code du travail, articles L3121-27 (35 heures par semaine) et L3121-41 (1 607 heures par an)",
  date: "2016-08-10",
  value: 1607,
};

/** Day rate of a freelance coordinator used when none is typed: an estimate, no public source gives one. */
export const TARIF_JOUR_ESTIME: SourcedFigure = {
  source:
    "Estimation du complément, sans source publique : à remplacer par le devis du prestataire",
  date: "2026-01-01",
  confidence:
    "Estimation : aucune source publique ne donne le tarif journalier d'un coordinateur de CPTS.",
  value: 400,
};
