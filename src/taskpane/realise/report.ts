// What the pane tells of an import of the accountant's entries: what was read, what was counted aside, the actual.
import { type RealiseSummary, type UnmappedAccount } from "../../domain/realise/aggregate";
import { periodLabel } from "../../domain/realise/periods";
import { type EntriesFile, type FileFormat } from "../../domain/realise/types";
import { frDate } from "../../domain/dates";
import { formatEuros } from "../form/numbers";

const FORMATS: Record<FileFormat, string> = {
  fec: "FEC (colonnes Debit et Credit)",
  "fec-montant-sens": "FEC (colonnes Montant et Sens)",
  csv: "CSV simple (date;compte;libelle;debit;credit)",
};

export interface ImportReport {
  /** « 24 écritures importées, la dernière du 01/07/2026. » */
  titre: string;
  /** The file as the domain read it: format, separator, encoding, analytic column. */
  fichier: string;
  /** What is counted apart: each a sentence, with its count. */
  comptes: string[];
  /** Class 6 and 7 accounts that map to no budget line, with their totals. */
  nonAffectes: UnmappedAccount[];
  /** Per contract year and exercice: charges and produits, actual against budget. */
  periodes: string[];
  /** Subsidies received per exercice against the threshold, then the bank at the last entry. */
  tresorerie: string[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export function importReport(file: EntriesFile, s: RealiseSummary): ImportReport {
  const c = s.comptes;
  const unbalanced = file.desequilibres
    .slice(0, 5)
    .map((d) => `${d.journal} ${d.numero} (ligne ${d.ligne}, écart ${formatEuros(d.ecart / 100)})`);
  const more = file.desequilibres.length - unbalanced.length;
  return {
    titre: `${plural(c.ecritures, "écriture importée", "écritures importées")}${s.arrete ? `, la dernière du ${frDate(s.arrete)}` : ""}.`,
    fichier: `Format : ${FORMATS[file.format]}, séparateur ${file.separateur}, encodage ${file.encodage}${file.analytique ? ", avec une colonne analytique (enveloppes)" : ""}.`,
    comptes: [
      `Débit total ${formatEuros(file.totalDebit / 100)}, crédit total ${formatEuros(file.totalCredit / 100)}` +
        (c.ecartTotal === 0 ? " : équilibrés." : ` : écart de ${formatEuros(c.ecartTotal)}.`),
      c.desequilibrees === 0
        ? "Aucune écriture déséquilibrée."
        : `${plural(c.desequilibrees, "écriture déséquilibrée", "écritures déséquilibrées")} (débit ≠ crédit) : ${unbalanced.join(", ")}${more > 0 ? ` et ${more} autres` : ""}.`,
      `Hors période (ni année de contrat ni exercice du budget) : ${plural(c.horsPeriode, "écriture", "écritures")}.`,
      `Non affectées (classes 6 et 7 sans ligne du budget) : ${plural(c.nonAffectees, "écriture", "écritures")}.`,
    ],
    nonAffectes: s.nonAffecte,
    periodes: s.periodes.map(
      (p, i) =>
        `${periodLabel(p)} : charges ${formatEuros(s.totalCharges.realise[i])} sur ${formatEuros(s.totalCharges.budget[i])} budgétés, produits ${formatEuros(s.totalProduits.realise[i])} sur ${formatEuros(s.totalProduits.budget[i])}.`
    ),
    tresorerie: [
      ...s.subventions.map(
        (x) =>
          `Subventions reçues, exercice ${x.exercice} : ${formatEuros(x.recues)}, ${x.depasse ? "au-delà" : "en deçà"} du seuil de ${formatEuros(x.seuil)}.`
      ),
      `Solde bancaire (512) à la dernière écriture : ${formatEuros(s.banqueFin)}.`,
    ],
  };
}
