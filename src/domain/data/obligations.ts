import { FCPTS_2023 } from "./aciGrid";
import { type Provenance } from "./provenance";

/**
 * What an obligation's due date is tied to: the signature (the association must exist and hold an account to sign
 * and be paid), the first 200 days after it, the first direct hire, or the first exercice over the 153 000 € threshold.
 */
export type ObligationTrigger = "signature" | "deuxCentsJours" | "embauche" | "seuil";

/** A budget line an obligation costs, found by its account (and label). */
export type ObligationCost = "locations" | "assurances" | "expertComptable" | "cac" | "gouvernance";

export interface Obligation {
  theme: string;
  label: string;
  trigger: ObligationTrigger;
  cost?: ObligationCost;
}

/** The days after the signature the checklist's source gives the CPTS for its regulatory obligations. */
export const PREMIERS_JOURS = 200;

/** The regulatory obligations of a CPTS's first 200 days, by theme; the source says the list is not exhaustive. */
export const OBLIGATIONS: Provenance & { items: readonly Obligation[] } = {
  source: `${FCPTS_2023}, « Les obligations réglementaires dans les 200 premiers jours de la CPTS »`,
  date: "2023-05-12",
  confidence: "Liste non exhaustive, selon la source elle-même.",
  items: [
    {
      theme: "Création de l'association",
      label: "Dépôt des statuts et formalités de publication",
      trigger: "signature",
    },
    { theme: "Création de l'association", label: "Numéro SIRET", trigger: "signature" },
    {
      theme: "Création de l'association",
      label: "Numéro FINESS (donné par l'ARS)",
      trigger: "signature",
    },
    {
      theme: "Locaux",
      label: "Locaux : assurance, aménagement, salle de réunion",
      trigger: "deuxCentsJours",
      cost: "locations",
    },
    {
      theme: "Finances",
      label: "Compte bancaire : ouverture, habilitations, accès au compte",
      trigger: "signature",
    },
    {
      theme: "Finances",
      label: "Logiciel comptable (reprise des informations bancaires)",
      trigger: "deuxCentsJours",
    },
    {
      theme: "Finances",
      label: "Choix d'un cabinet d'expertise comptable (comptes annuels, gestion sociale)",
      trigger: "deuxCentsJours",
      cost: "expertComptable",
    },
    {
      theme: "Finances",
      label:
        "Commissaire aux comptes (plus de 153 000 € de subventions publiques dans un exercice)",
      trigger: "seuil",
      cost: "cac",
    },
    {
      theme: "Assurances",
      label: "Assurance des locaux",
      trigger: "deuxCentsJours",
      cost: "assurances",
    },
    {
      theme: "Assurances",
      label: "Responsabilité civile des dirigeants",
      trigger: "deuxCentsJours",
      cost: "assurances",
    },
    {
      theme: "Assurances",
      label: "Responsabilité civile de l'association",
      trigger: "deuxCentsJours",
      cost: "assurances",
    },
    {
      theme: "Personnel",
      label: "Déclaration préalable à l'embauche (avant chaque embauche)",
      trigger: "embauche",
    },
    { theme: "Personnel", label: "Registre unique du personnel", trigger: "embauche" },
    {
      theme: "Personnel",
      label: "Santé au travail (service de prévention et de santé au travail)",
      trigger: "embauche",
    },
    { theme: "Personnel", label: "Complémentaire santé collective", trigger: "embauche" },
    {
      theme: "Personnel",
      label: "Affichages obligatoires du Code du travail",
      trigger: "embauche",
    },
    {
      theme: "Indemnités des membres",
      label:
        "Indemnités : montant, demande, justificatifs et versement au règlement intérieur ; procédure de contrôle",
      trigger: "deuxCentsJours",
      cost: "gouvernance",
    },
    {
      theme: "Protection des données (RGPD)",
      label: "Délégué à la protection des données (DPO) lorsqu'il est requis",
      trigger: "deuxCentsJours",
    },
    {
      theme: "Protection des données (RGPD)",
      label: "Registre des activités de traitement",
      trigger: "deuxCentsJours",
    },
    {
      theme: "Protection des données (RGPD)",
      label: "Droit d'auteur et droit à l'image",
      trigger: "deuxCentsJours",
    },
    {
      theme: "Protection des données (RGPD)",
      label: "Mentions légales (site internet)",
      trigger: "deuxCentsJours",
    },
  ],
};

/** The tools a CPTS equips itself with, in the source's chronological order, and the four stages it names. */
export const OUTILS: Provenance & {
  categories: readonly [string, string][];
  etapes: readonly string[];
} = {
  source: `${FCPTS_2023}, « Quels outils pour ma CPTS ? » (indicatifs, par ordre chronologique d'équipement)`,
  date: "2023-05-12",
  categories: [
    ["Communication interne", "logiciel de visio, messagerie instantanée…"],
    ["Aide au diagnostic", "Rezone CPTS…"],
    ["Communication externe", "site web, réseaux sociaux…"],
    ["Communication collaborative", "groupes de travail, échange de fichiers…"],
    ["Gestion de projet", "agenda partagé, outil de coworking…"],
    ["Aide aux missions", "gestion des soins non programmés, outils régionaux de parcours…"],
    [
      "Gestion administrative",
      "internalisation totale ou partielle de la comptabilité, de la gestion des ressources humaines…",
    ],
  ],
  etapes: [
    "Dès la lettre d'intention, principalement pour la rédaction du projet de santé",
    "Pour la rédaction du projet de santé et sa mise en œuvre",
    "Pour la mise en œuvre du projet de santé",
    "Pour aller plus loin, selon les ressources humaines et les volontés de la CPTS",
  ],
};
