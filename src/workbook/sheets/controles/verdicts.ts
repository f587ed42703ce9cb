// The sentences the checks' formulas show (each under Excel's 255-character limit for a string in a formula).
import { SEUIL_CAC } from "../../../domain/data/thresholds";

export const VERDICTS = {
  cacOui: "CAC obligatoire",
  cacNon: "Pas d'obligation",
  consequenceOui: `CAC (et suppléant si requis) pour ${SEUIL_CAC.mandateYears} exercices ; comptes publiés au JO dans les ${SEUIL_CAC.publicationMonths} mois de leur approbation.`,
  consequenceNon: "Sous le seuil les deux années : pas d'obligation de CAC à ce titre.",
  honorairesManquants: "À renseigner : seuil dépassé mais honoraires du CAC à 0 (Paramètres).",
  honorairesOk: `Inscrits dès la 1re année de contrat au-dessus du seuil ou recoupant un exercice au-dessus du seuil (mandat de ${SEUIL_CAC.mandateYears} exercices).`,
  cacRetenu: `Oui si le seuil est dépassé sur l'année de contrat, ou sur un exercice qui la recoupe (subventions encaissées ou attribuées), ou sur une année antérieure : mandat de ${SEUIL_CAC.mandateYears} exercices.`,
  fonctionnementDepasse:
    "Dépenses de fonctionnement au-delà de l'ACI fonctionnement versé : à couvrir par d'autres produits.",
  fonctionnementOk: "Dépenses de fonctionnement couvertes par l'ACI fonctionnement versé.",
  passDepasse: "Dépassement : un professionnel recevrait plus que le PASS (décret 2022-375).",
  passOk: "Le professionnel le mieux payé reste sous le PASS de chaque année civile.",
  fonctionnementDepassement:
    "Fonctionnement dépassé : déplacer une part de l'équipe vers les missions (répartition par enveloppe, Paramètres) ou réduire ses charges.",
  fonctionnementCouvert:
    "Fonctionnement couvert par ses ressources (ACI, autres financeurs, cotisations).",
  missionDepassee:
    "Mission dépassée : réduire ses charges ou la part de l'équipe qui lui est affectée (Paramètres).",
  missionCouverte: "Mission couverte : son reste va à sa ligne « Actions à détailler ».",
  resteAAffecter:
    "À remplacer par les actions réelles de chaque mission : non dépensé, il irait aux réserves.",
  reservesCroissantes:
    "Excédent les deux années : les réserves augmentent. Le Sénat (rapport r25-032) range la « thésaurisation » parmi les mésusages des fonds : programmez les actions.",
  reservesStables: "Pas d'excédent les deux années : pas d'accumulation de réserves prévue.",
  deficit: "Budget en déficit : réduire les charges ou trouver d'autres produits.",
  equilibre: "Budget équilibré ou excédentaire.",
  uneLecture: "À vérifier",
  exerciceDepasse: `Seuil dépassé sur un exercice selon au moins une lecture : voir avec l'expert-comptable ; si l'obligation est retenue, CAC pour ${SEUIL_CAC.mandateYears} exercices.`,
  exerciceOk:
    "Sous le seuil sur chaque exercice testé, en subventions encaissées comme attribuées.",
  sansObjet: "Sans objet",
} as const;
