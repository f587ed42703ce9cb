// The checks a budget fails, each with what the treasurer should do, in French.
import { SEUIL_CAC } from "../../domain/data/thresholds";
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

function yearChecks(y: YearFigures): FailedCheck[] {
  const checks: FailedCheck[] = [];
  const year = `Année ${y.annee}`;
  if (y.resultat < 0) {
    checks.push({
      id: `deficit-${y.annee}`,
      severity: "error",
      title: `${year} : budget en déficit de ${formatEuros(-y.resultat)}.`,
      action:
        "Réduisez des charges ou inscrivez un financement complémentaire : les financeurs attendent un budget prévisionnel à l'équilibre (total des charges = total des produits).",
    });
  } else if (y.resultat > 0) {
    checks.push({
      id: `excedent-${y.annee}`,
      severity: "warning",
      title: `${year} : excédent de ${formatEuros(y.resultat)}, le budget n'est pas à l'équilibre.`,
      action:
        "Affectez cet excédent à des charges prévues (actions des missions, indemnités, équipement) ou réduisez une demande de subvention.",
    });
  }
  if (y.cacRetenu && y.honorairesCac === 0) {
    checks.push({
      id: `honoraires-cac-${y.annee}`,
      severity: "error",
      title: `${year} : les honoraires du commissaire aux comptes sont à inscrire (seuil dépassé sur l'année, sur un exercice selon au moins une lecture, ou mandat en cours) mais ne sont pas budgétés.`,
      action:
        "Saisissez les honoraires du CAC (compte 622) : de 3 000 à 7 500 € HT par an selon les estimations, aucun barème n'étant publié.",
    });
  }
  if (y.fonctionnement.ecart < 0) {
    checks.push({
      id: `fonctionnement-${y.annee}`,
      severity: "warning",
      title:
        `${year} : les dépenses de fonctionnement (${formatEuros(y.fonctionnement.depenses)}) dépassent l'ACI de ` +
        `fonctionnement versée dans l'année (${formatEuros(y.fonctionnement.financementAci)}) de ${formatEuros(-y.fonctionnement.ecart)}.`,
      action:
        "Financez l'écart par d'autres produits (ARS, collectivités, cotisations) ou imputez aux missions les dépenses qui les servent.",
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
        "Plafonnez les indemnités et rémunérations à 1 PASS par professionnel et par année civile (décret 2022-375).",
    });
  }
  return checks;
}

/** Year by year, errors before warnings. */
export function failedChecks(figures: BudgetFigures): FailedCheck[] {
  const rank = (c: FailedCheck) => (c.severity === "error" ? 0 : 1);
  return figures.annees.flatMap((y) => yearChecks(y).sort((a, b) => rank(a) - rank(b)));
}
