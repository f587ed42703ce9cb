// The contract's life: the first contract year budgeted, its renewal after year 5, a change of taille by avenant.
import { tailleChangeYear } from "../../../domain/cashPlan";
import { CONTRACT_LENGTH, TAILLE_CHANGE } from "../../../domain/data/contract";
import { calc, FORMAT, number, text } from "../../formats";
import { absolute, type ParametresGrid } from "./grid";

export interface VieContratRows {
  premiereAnnee: number;
  renouvellement: number;
  /** The avenant's new taille and the first contract year it pays, when a change is given. */
  changement?: { taille: number; annee: number };
}

export function vieDuContrat(g: ParametresGrid, rows: { signature: number }): VieContratRows {
  const { inputs, annees } = g.model;
  const years = CONTRACT_LENGTH.years;
  const premiereAnnee = g.scalar(
    "Première année de contrat budgétée",
    number(annees[0].anneeContrat, FORMAT.year),
    "Choisie à la génération (volet ou --annee-depart) : pour en changer, régénérez le budget."
  );
  const renouvellement = g.yesNo(
    `Contrat renouvelé après l'année ${years}`,
    inputs.renouvellement ?? false,
    `non : après le ${years}e anniversaire, seuls le solde et le volet variable de l'année ${years} sont versés.`,
    CONTRACT_LENGTH.confidence
  );
  const change = inputs.changementTaille;
  if (change === undefined) {
    g.scalar(
      "Changement de taille par avenant",
      text("aucun"),
      "À indiquer dans le volet ou le fichier d'entrées (changementTaille), puis régénérer."
    );
    return { premiereAnnee, renouvellement };
  }
  const taille = g.taille(
    "Nouvelle taille (avenant)",
    change.taille,
    "Taille du contrat après l'avenant."
  );
  const date = g.date(
    "Date de l'avenant",
    change.date,
    "La nouvelle taille s'applique au premier anniversaire qui suit (règle non sourcée).",
    TAILLE_CHANGE.confidence
  );
  // Anniversaries on or before the avenant, by EDATE's month-end rule (as the domain counts them), plus 2.
  const [sig, day] = [absolute(2, rows.signature), absolute(2, date)];
  const n = `(YEAR(${day})-YEAR(${sig}))`;
  const annee = g.scalar(
    "Première année de contrat à la nouvelle taille",
    calc(
      `=${n}-IF(${day}<EDATE(${sig},12*${n}),1,0)+2`,
      tailleChangeYear(inputs.dateSignature, change.date),
      FORMAT.year
    ),
    "Elle reçoit l'avance de 75 % à la nouvelle taille et le solde de 25 % de l'année écoulée à l'ancienne."
  );
  return { premiereAnnee, renouvellement, changement: { taille, annee } };
}
