import { FINANCEMENT_ADDITIONNEL, type Mission } from "./data/aciGrid";
import {
  DEFAULT_MISSION_START,
  type MissionStartSetting,
  PAYMENT_LAG,
} from "./data/paymentCalendar";
import { todayIso } from "./dates";
import { type Convention, LATEST_SALARY_YEAR } from "./salary";
import { DomainError } from "./errors";
import { frLimit, LIMITS } from "./limits";
import { type FunderKind } from "./threshold";

/** How a post is filled: placed by a groupement d'employeurs, hired directly, or freelance. */
export type PostMode = "ge" | "salarie" | "prestataire";
export const POST_MODES: readonly PostMode[] = ["ge", "salarie", "prestataire"];

/** A post of the team: the JSON keys of the inputs file's `equipe` items. */
export interface PostInputs {
  intitule: string;
  mode: PostMode;
  convention: Convention;
  /** Syntec/BET coefficient (convention "syntec"). */
  coef?: number;
  /** Cabinets médicaux level, 4 to 16 (convention "cabinets-medicaux"). */
  niveau?: number;
  /** Full-time (35 h) monthly gross typed by the user, at least the agreement's minimum; default that minimum. */
  brutMensuel?: number;
  /** Full-time equivalent, (0, 1]. */
  etp: number;
  forfaitJours: boolean;
  /** Calendar year whose grid and SMIC apply. */
  anneeGrille: number;
  /** First month of the post, 0 = the signature month. */
  debutMois: number;
  /** Length of the contract or placement, in months. */
  mois: number;
  /** Freelance day rate (€ HT) and days per contract year. */
  tarifJour: number;
  joursParAn: number;
  /** Share of the post's cost charged to each ACI envelope, summing to 1; default: see defaultRepartition. */
  repartition?: Partial<Record<Mission, number>>;
}

/** A funder other than the ACI, with the amount expected in each contract year. */
export interface FunderInput {
  label: string;
  kind: FunderKind;
  annee1: number;
  annee2: number;
  /** Whether the line counts towards the 153 000 € test. */
  subventionPublique: boolean;
}

/** How a yearly amount is paid in the cash plan: in twelfths each month, or at once in the month of annual items. */
export type Rythme = "mensuel" | "annuel";
export const RYTHMES: readonly Rythme[] = ["mensuel", "annuel"];

/** A charge the treasurer enters: no sourced figure exists for these lines, so they default to 0. */
export interface ChargeInput {
  label: string;
  /** Account of the plan comptable associatif, class 60 to 68 (e.g. "613"). */
  compte: string;
  /** ACI envelope the line is charged to in the analytic split. */
  enveloppe: Mission;
  annee1: number;
  annee2: number;
  /** Payment rhythm in the cash plan (default "mensuel"). */
  rythme?: Rythme;
}

/**
 * Indemnities or rémunérations paid to member professionals (décret 2022-375, account 65): a number of professionals
 * each paid the same amount in a contract year.
 */
export interface IndemnityInput {
  label: string;
  enveloppe: Mission;
  professionnels: number;
  parProfessionnelAnnee1: number;
  parProfessionnelAnnee2: number;
  /** Payment rhythm in the cash plan (default "mensuel"). */
  rythme?: Rythme;
}

/** A contribution volontaire en nature, valued: received in class 87 and used in class 86, for the same amount. */
export interface ContributionInput {
  label: string;
  /** Class 86 account, e.g. "864" personnel bénévole. */
  compteEmploi: string;
  /** Class 87 account, e.g. "870" bénévolat. */
  compteContribution: string;
  annee1: number;
  annee2: number;
}

/** The task pane's and the CLI's answers: everything the two-year budget is built from. */
export interface BudgetInputs {
  nom: string;
  taille: 1 | 2 | 3 | 4;
  /** ACI signature date, ISO yyyy-mm-dd. */
  dateSignature: string;
  /** Whether the two optional missions (qualité, accompagnement) are contracted. */
  optionnelles: boolean;
  /** Scenario for the variable part, 0–1. CPAM and ARS advise budgeting on the fixed parts only: 0 by default. */
  tauxVariable: number;
  /** Whether a health crisis is declared (only then does the survenue amount count). */
  crise: boolean;
  /** Number of members (taille 4 majoration from 100). */
  membres: number;
  /** The team, the coordinator first: the comparison and the single-post CLI flags describe the first post. */
  equipe: PostInputs[];
  financeurs: FunderInput[];
  /** Commissaire aux comptes fee per year (no public scale; estimates 3 000–7 500 €, from the R823-12 hour bands). */
  honorairesCac: number;
  /** Cut-off of the financement additionnel du fonctionnement, ISO yyyy-mm-dd (signature strictly before it). */
  dateLimiteAdditionnel: string;
  /** Whether the ACI counts towards the 153 000 € test (yes by default: CRPA L100-3 counts social-security bodies). */
  aciSubventionPublique: boolean;
  /** Yearly dues per member (account 756). */
  cotisationParMembre: number;
  charges: ChargeInput[];
  indemnites: IndemnityInput[];
  contributionsVolontaires: ContributionInput[];
  /**
   * When the missions start, for the Budget, the Trésorerie and the checks alike: "signature" (default, as the FCPTS
   * tables) or "au-plus-tard" (accès and crise 6 months after signature, the others 12 months).
   */
  demarrages?: MissionStartSetting;
  /** Start date of a mission, ISO, overriding `demarrages` for that mission. */
  missionStarts?: Partial<Record<Exclude<Mission, "fonctionnement">, string>>;
  /** Months between a contract anniversary and the CPAM's payment, 0–11 (default 2, unsourced). */
  lagMonths?: number;
  /** Cash at the bank at the start of the signature month, € (default 0). */
  soldeInitial?: number;
  /** Calendar month (1–12) in which annual charges are paid and other funders and dues are received (default 6). */
  moisAnnuel?: number;
  /** First calendar month (1–12) of the financial year, for the 153 000 € test per exercice (default 1, January). */
  debutExercice?: number;
}

/**
 * The CPTS's name, as typed: not blank, and at most LIMITS.nom characters, since the workbook's titles and the file
 * name are built from it (a cell holds 32 767 characters at most).
 */
export function requireCptsName(nom: unknown): string {
  if (typeof nom !== "string" || !nom.trim()) {
    throw new DomainError("Nom de la CPTS manquant : indiquez le nom de la CPTS.", "nom");
  }
  if (nom.length > LIMITS.nom) {
    throw new DomainError(
      `Nom de la CPTS trop long : ${frLimit(nom.length)} caractères. Valeur attendue : au plus ${LIMITS.nom} caractères.`,
      "nom"
    );
  }
  return nom;
}

/** Defaults of the cash-plan fields: every consumer of BudgetInputs reads them through here. */
export const TREASURY_DEFAULTS = {
  lagMonths: PAYMENT_LAG.months,
  soldeInitial: 0,
  moisAnnuel: 6,
  debutExercice: 1,
} as const;

/**
 * The usual running costs of a CPTS (apta-idf93.org « Les financements de la CPTS »; Concours pluripro, 2023), as [label, account, rhythm]: insurance
 * premiums and fees billed once a year are annual, the rest is paid month by month.
 */
const DEFAULT_CHARGES: readonly [string, string, Rythme][] = [
  ["Fournitures, petit équipement et logiciels", "606", "mensuel"],
  ["Locations (bureau, salles de réunion)", "613", "mensuel"],
  ["Assurances", "616", "annuel"],
  ["Documentation et formation", "618", "mensuel"],
  ["Honoraires de l'expert-comptable", "622", "annuel"],
  ["Autres honoraires (juridique, conseil)", "622", "annuel"],
  ["Communication et publications", "623", "mensuel"],
  ["Déplacements, missions et réceptions", "625", "mensuel"],
  ["Frais postaux et télécommunications", "626", "mensuel"],
  ["Services bancaires", "627", "mensuel"],
];

const DEFAULT_INDEMNITIES: readonly [string, Mission][] = [
  ["Indemnités de gouvernance (bureau, conseil)", "fonctionnement"],
  ["Indemnités et rémunérations : accès aux soins", "acces"],
  ["Indemnités et rémunérations : parcours", "parcours"],
  ["Indemnités et rémunérations : prévention", "prevention"],
  ["Indemnités et rémunérations : crise sanitaire", "crise"],
];

/** The coordinator placed by a GE, Syntec IC 2.2, full time over the two contract years. */
export function defaultPost(): PostInputs {
  return {
    intitule: "Coordinateur",
    mode: "ge",
    convention: "syntec",
    coef: 130,
    etp: 1,
    forfaitJours: false,
    anneeGrille: LATEST_SALARY_YEAR,
    debutMois: 0,
    mois: 24,
    tarifJour: 0,
    joursParAn: 0,
  };
}

export function defaultBudgetInputs(): BudgetInputs {
  return {
    nom: "CPTS",
    taille: 1,
    dateSignature: todayIso(),
    optionnelles: false,
    tauxVariable: 0,
    crise: false,
    membres: 0,
    equipe: [defaultPost()],
    financeurs: [
      { label: "ARS (FIR)", kind: "ars", annee1: 0, annee2: 0, subventionPublique: true },
      { label: "Région", kind: "collectivite", annee1: 0, annee2: 0, subventionPublique: true },
      {
        label: "Département",
        kind: "collectivite",
        annee1: 0,
        annee2: 0,
        subventionPublique: true,
      },
      {
        label: "Intercommunalité / commune",
        kind: "collectivite",
        annee1: 0,
        annee2: 0,
        subventionPublique: true,
      },
      {
        label: "Autres financements",
        kind: "autre",
        annee1: 0,
        annee2: 0,
        subventionPublique: false,
      },
    ],
    honorairesCac: 0,
    dateLimiteAdditionnel: FINANCEMENT_ADDITIONNEL.defaultCutoff,
    aciSubventionPublique: true,
    cotisationParMembre: 0,
    charges: DEFAULT_CHARGES.map(([label, compte, rythme]) => ({
      label,
      compte,
      enveloppe: "fonctionnement",
      annee1: 0,
      annee2: 0,
      rythme,
    })),
    indemnites: DEFAULT_INDEMNITIES.map(([label, enveloppe]) => ({
      label,
      enveloppe,
      professionnels: 0,
      parProfessionnelAnnee1: 0,
      parProfessionnelAnnee2: 0,
      rythme: "mensuel",
    })),
    contributionsVolontaires: [
      {
        label: "Bénévolat des professionnels",
        compteEmploi: "864",
        compteContribution: "870",
        annee1: 0,
        annee2: 0,
      },
      {
        label: "Mise à disposition gratuite de locaux",
        compteEmploi: "861",
        compteContribution: "871",
        annee1: 0,
        annee2: 0,
      },
    ],
    demarrages: DEFAULT_MISSION_START,
    missionStarts: {},
    ...TREASURY_DEFAULTS,
  };
}
