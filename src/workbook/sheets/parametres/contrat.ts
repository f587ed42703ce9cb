// The CPTS and its ACI contract: who it is, its size, when it signed, the options of the contract, its members and
// the 153 000 € threshold with the fee it entails.
import { FINANCEMENT_ADDITIONNEL } from "../../../domain/data/aciGrid";
import { SEUIL_CAC } from "../../../domain/data/thresholds";
import { estimated, FORMAT, input } from "../../formats";
import { AMOUNT, type ParametresGrid } from "./grid";
import { HEADCOUNT, HEADCOUNT_ERROR } from "../../validations";

const ACI_SUBSIDY_NOTE =
  "Les praticiens comptent l'ACI (Assurance Maladie) comme subvention publique ; certains y voient une rémunération de missions. Aucune décision ne tranche : ne répondre « non » qu'avec l'avis de votre expert-comptable.";
const CAC_FEE_NOTE =
  "Aucun barème public pour une association : honoraires libres. Remplacez le montant par le devis du commissaire aux comptes.";

/** The band, the CPTS, the dates and the options of its contract. */
export function cptsEtContrat(g: ParametresGrid) {
  const { inputs } = g.model;
  g.band("CPTS et contrat ACI");
  const nom = g.scalar("Nom de la CPTS", input(inputs.nom));
  const taille = g.taille(
    "Taille de la CPTS (1 à 4)",
    inputs.taille,
    "T1 < 40 000 habitants ; T2 < 80 000 ; T3 < 175 000 ; T4 au-delà."
  );
  const signature = g.date(
    "Date de signature de l'ACI",
    inputs.dateSignature,
    "L'année 1 court de la signature à son premier anniversaire."
  );
  const dateLimite = g.date(
    "Date limite du financement additionnel",
    inputs.dateLimiteAdditionnel,
    "+75 % du fonctionnement en année 1 si l'ACI est signé avant.",
    FINANCEMENT_ADDITIONNEL.confidence
  );
  const optionnelles = g.yesNo(
    "Missions optionnelles (qualité, accompagnement)",
    inputs.optionnelles,
    "oui : qualité et accompagnement des professionnels contractés."
  );
  const tauxVariable = g.scalar(
    "Taux de réalisation du volet variable",
    input(inputs.tauxVariable, FORMAT.percent),
    "0 % conseillé par la CPAM et l'ARS : budgéter sur les parts fixes.",
    { kind: "decimal", min: 0, max: 1 },
    "Saisissez un pourcentage de 0 % à 100 %."
  );
  const crise = g.yesNo(
    "Crise sanitaire déclarée",
    inputs.crise,
    "Seule une crise déclarée ouvre le montant « survenue » (versé en année 2)."
  );
  return { nom, taille, signature, dateLimite, optionnelles, tauxVariable, crise };
}

/** Below them: the members and their dues, whether the ACI counts as a public subsidy, the threshold, the CAC fee. */
export function membresEtSeuil(g: ParametresGrid) {
  const { inputs } = g.model;
  const membres = g.scalar(
    "Nombre de membres",
    input(inputs.membres, FORMAT.count),
    "Taille 4 : +10 % sur les missions dès 100 membres ; base des cotisations.",
    HEADCOUNT,
    HEADCOUNT_ERROR
  );
  const cotisation = g.scalar(
    "Cotisation annuelle par membre",
    input(inputs.cotisationParMembre, FORMAT.euroCents),
    "Compte 756.",
    AMOUNT
  );
  const aciSubvention = g.yesNo(
    "ACI comptée comme subvention publique",
    inputs.aciSubventionPublique,
    "oui par défaut (voir la note de la cellule).",
    ACI_SUBSIDY_NOTE
  );
  const seuil = g.scalar(
    "Seuil de subventions publiques",
    input(g.model.seuilCac, FORMAT.euro, SEUIL_CAC.source),
    "Code de commerce, art. L612-4 et D612-5.",
    AMOUNT
  );
  const honorairesCac = g.scalar(
    "Honoraires annuels du commissaire aux comptes",
    inputs.honorairesCacEstimation
      ? estimated(
          input(inputs.honorairesCac, FORMAT.euro),
          `${inputs.honorairesCacEstimation}. ${CAC_FEE_NOTE}`
        )
      : input(inputs.honorairesCac, FORMAT.euro, CAC_FEE_NOTE),
    "Saisir le devis ; inscrits dès la 1re année au-dessus du seuil.",
    AMOUNT
  );
  return { membres, cotisation, aciSubvention, seuil, honorairesCac };
}
