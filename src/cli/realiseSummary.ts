/** What the CLI prints about an import of the accountant's entries: the counts, the actual to date, the threshold. */
import { frEuros } from "../domain/limits";
import { type RealiseSummary } from "../domain/realise/aggregate";
import { periodLabel } from "../domain/realise/periods";
import { frDate } from "../domain/dates";

export function realiseSummaryText(s: RealiseSummary): string {
  const c = s.comptes;
  const lines = [
    "",
    `Réalisé (feuilles Réalisé et Écritures) : ${c.ecritures} ${c.ecritures > 1 ? "écritures importées" : "écriture importée"}${s.arrete ? `, la dernière du ${frDate(s.arrete)}` : ""}.`,
    `  déséquilibrées (débit ≠ crédit) : ${c.desequilibrees}${c.ecartTotal !== 0 ? ` ; écart total débit − crédit : ${frEuros(c.ecartTotal)}` : ""}`,
    `  hors période (ni année de contrat ni exercice du budget) : ${c.horsPeriode}`,
    `  non affectées (classes 6 et 7 sans ligne du budget) : ${c.nonAffectees}${s.nonAffecte.length > 0 ? ` (comptes ${s.nonAffecte.map((u) => u.compte).join(", ")})` : ""}`,
    ...s.periodes.map(
      (p, i) =>
        `  ${periodLabel(p)} : charges ${frEuros(s.totalCharges.realise[i])} sur ${frEuros(s.totalCharges.budget[i])} budgétés, produits ${frEuros(s.totalProduits.realise[i])} sur ${frEuros(s.totalProduits.budget[i])}`
    ),
    ...s.subventions.map(
      (x) =>
        `  Subventions reçues, exercice ${x.exercice} : ${frEuros(x.recues)}, ${x.depasse ? "AU-DELÀ DU SEUIL" : "sous le seuil"} de ${frEuros(x.seuil)}`
    ),
    `  Solde bancaire (512) à la dernière écriture : ${frEuros(s.banqueFin)}`,
  ];
  return lines.join("\n") + "\n";
}
