// The checks a budget fails, each with what the treasurer should do, in French.
import { yearLabel } from "../../domain/budgetYears";
import { HONORAIRES_CAC } from "../../domain/data/prefill";
import { SEUIL_CAC } from "../../domain/data/thresholds";
import { cents } from "../../domain/errors";
import { feeMissing } from "../../domain/rules/cac";
import { evaluate } from "../../domain/rules/expr";
import { formatEuros } from "../form/numbers";
import { type BudgetFigures, type YearFigures } from "./figures";

export interface FailedCheck {
  id: string;
  severity: "error" | "warning";
  title: string;
  action: string;
}

/** What crossing the threshold entails (Code de commerce L612-4, D612-5; décret 2009-540). */
export const CAC_CONSEQUENCE =
  `Nommer un commissaire aux comptes (et un suppléant si requis) pour ${SEUIL_CAC.mandateYears} exercices, ` +
  `établir des comptes annuels et les publier au Journal officiel dans les ${SEUIL_CAC.publicationMonths} mois de leur approbation ` +
  "(art. L612-4 et D612-5 du Code de commerce).";

const CAC_ESTIMATES = `de ${formatEuros(Math.min(...HONORAIRES_CAC.byTaille))} à ${formatEuros(
  Math.max(...HONORAIRES_CAC.byTaille)
)}`;

function yearChecks(y: YearFigures): FailedCheck[] {
  const checks: FailedCheck[] = [];
  const year = yearLabel(y.anneeContrat);
  const overspend = y.depassementFonctionnement;
  // An overspent envelope makes the résultat negative by as much: the fonctionnement's is told on its own.
  const deficit = cents(-y.resultat - overspend);
  if (overspend > 0) {
    const { depenses } = y.fonctionnement;
    checks.push({
      id: `fonctionnement-${y.annee}`,
      severity: "error",
      title:
        `${year} : l'enveloppe fonctionnement est dépassée de ${formatEuros(overspend)} : ses charges ` +
        `(${formatEuros(depenses)}) dépassent ses ressources (${formatEuros(cents(depenses - overspend))} : ACI de ` +
        "fonctionnement, autres financeurs et cotisations), et le budget est en déficit d'autant.",
      action:
        "Imputez aux missions la part du temps de l'équipe qui les sert (répartition par enveloppe de chaque poste), réduisez des frais de fonctionnement ou inscrivez un financement complémentaire (ARS, collectivités, cotisations).",
    });
  }
  if (deficit > 0) {
    checks.push({
      id: `deficit-${y.annee}`,
      severity: "error",
      title: `${year} : budget en déficit de ${formatEuros(deficit)}${overspend > 0 ? " en plus du dépassement du fonctionnement" : ""}.`,
      action:
        "Une enveloppe de mission est dépassée, ou des charges n'ont pas de produit en face : réduisez des charges ou inscrivez un financement complémentaire. Les financeurs attendent un budget prévisionnel à l'équilibre (total des charges = total des produits) ; le détail par enveloppe est dans la feuille « Contrôles ».",
    });
  } else if (y.resultat > 0) {
    checks.push({
      id: `excedent-${y.annee}`,
      severity: "warning",
      title: `${year} : excédent de ${formatEuros(y.resultat)}, le budget n'est pas à l'équilibre.`,
      action:
        "Affectez cet excédent à des actions des missions (lignes « Actions à détailler » du Budget) ou réduisez une demande de subvention.",
    });
  }
  if (evaluate(feeMissing(y.cacRetenu, y.honorairesCac)) === true) {
    checks.push({
      id: `honoraires-cac-${y.annee}`,
      severity: "error",
      title: `${year} : les honoraires du commissaire aux comptes sont à inscrire (seuil dépassé sur l'année, sur un exercice selon au moins une lecture, ou mandat en cours) mais ne sont pas budgétés.`,
      action: `Saisissez les honoraires du CAC (compte 622) : aucun barème n'étant publié, le complément propose une estimation par taille, ${CAC_ESTIMATES} par an.`,
    });
  }
  if (y.indemnites.depasse) {
    checks.push({
      id: `indemnites-${y.annee}`,
      severity: "error",
      title:
        `${year} : un professionnel recevrait ${formatEuros(y.indemnites.maxParProfessionnel)} d'indemnités, ` +
        `au-delà du PASS ${y.indemnites.anneePass} (${formatEuros(y.indemnites.pass)}).`,
      action:
        "Plafonnez les indemnités et rémunérations à 1 PASS par professionnel et par année civile (décret 2022-375) : répartissez les heures du rôle le plus indemnisé entre plusieurs personnes (Paramètres).",
    });
  }
  return checks;
}

/** Year by year, errors before warnings. */
export function failedChecks(figures: BudgetFigures): FailedCheck[] {
  const rank = (c: FailedCheck) => (c.severity === "error" ? 0 : 1);
  return figures.annees.flatMap((y) => yearChecks(y).sort((a, b) => rank(a) - rank(b)));
}
