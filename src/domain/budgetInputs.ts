import type { TailleChange } from "./cashPlan";
import { FINANCEMENT_ADDITIONNEL, type Mission, MISSIONS, OPTIONAL_MISSIONS } from "./data/aciGrid";
import {
  DEFAULT_MISSION_START,
  type MissionStartSetting,
  PAYMENT_LAG,
} from "./data/paymentCalendar";
import {
  HEURES_GOUVERNANCE,
  HONORAIRES_CAC,
  MIX_MISSIONS,
  PREFILL_CHARGES,
  type Profession,
  PROFESSIONNELS_PAR_MISSION,
  ROLES_GOUVERNANCE,
  TAUX_HORAIRES,
} from "./data/prefill";
import { todayIso } from "./dates";
import { type Convention, LATEST_SALARY_YEAR } from "./salary";
import { controlCharacterIn, DomainError, describeValue, hasControlCharacter } from "./errors";
import { frLimit, LIMITS } from "./limits";
import { type FunderKind } from "./threshold";

export type Taille = 1 | 2 | 3 | 4;

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
  /** Where the amount is the add-in's estimate: its basis, « estimation — … », shown in the workbook. */
  estimation?: string;
}

/**
 * A governance role (bureau, conseil d'administration) whose holders receive indemnités for their time (décret
 * 2022-375, account 65): hours a year per person × their profession's hourly rate.
 */
export interface GovernanceInput {
  role: string;
  profession: Profession;
  personnes: number;
  heuresParPersonne: number;
  /** Where the hours are the add-in's estimate: its basis. */
  estimation?: string;
}

/** A mission a socle or optional envelope funds: every envelope but fonctionnement. */
export type MissionEnvelope = Exclude<Mission, "fonctionnement">;

/**
 * The members' rémunérations for a mission's work (décret 2022-375, account 65): hours a year × the hourly rate of the
 * professions' mix, shared by `professionnels` people. Hours left out follow the default rule: 30 % of the mission's
 * fixed part received in the year.
 */
export interface MissionRemunerationInput {
  mission: MissionEnvelope;
  heuresAnnee1?: number;
  heuresAnnee2?: number;
  /** Share of the hours per profession, summing to 1. */
  mix: Record<Profession, number>;
  professionnels: number;
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
  taille: Taille;
  /** ACI signature date, ISO yyyy-mm-dd. */
  dateSignature: string;
  /** The first contract year budgeted, 1 to 5 (default 1): the budget covers years k and k + 1. */
  anneeDepart?: number;
  /** Whether the contract is renewed after year 5 on the same grid (default false: only year 5's balances follow). */
  renouvellement?: boolean;
  /** A change of taille by avenant: the new taille's amounts from the first anniversary after its date. */
  changementTaille?: TailleChange;
  /** Validation of the lettre d'intention, ISO: année 0 runs from it to the day before the signature. */
  dateLettreIntention?: string;
  /** Année 0: the ARS start-up lump sum for the professionals' time, € (default: Hauts-de-France by taille). */
  amorcageArs?: number;
  /** Année 0: the ARS funding of the start-up coordinator, € (default 24 000, Hauts-de-France). */
  coordinateurAmorcage?: number;
  /** Année 0: when the ARS pays both amounts, ISO (default: the lettre d'intention). */
  dateVersementArs?: string;
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
  /** Commissaire aux comptes fee per year, charged where the CAC is retained (no public scale: an estimate by taille). */
  honorairesCac: number;
  /** Where the CAC fee is the add-in's estimate: its basis. */
  honorairesCacEstimation?: string;
  /** Cut-off of the financement additionnel du fonctionnement, ISO yyyy-mm-dd (signature strictly before it). */
  dateLimiteAdditionnel: string;
  /** Whether the ACI counts towards the 153 000 € test (yes by default: CRPA L100-3 counts social-security bodies). */
  aciSubventionPublique: boolean;
  /** Yearly dues per member (account 756). */
  cotisationParMembre: number;
  charges: ChargeInput[];
  /** Hourly rate of each profession for the members' indemnités and rémunérations. */
  tauxHoraires: Record<Profession, number>;
  gouvernance: GovernanceInput[];
  /** One per contracted mission envelope. */
  remunerationsMissions: MissionRemunerationInput[];
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
  /** Cash at the bank at the start of the first budgeted month (the signature month in year 1), € (default 0). */
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
  // The xlsx writer would drop such a character and Excel keep it: the two workbooks would differ.
  if (hasControlCharacter(nom)) {
    throw new DomainError(`Nom de la CPTS invalide : ${controlCharacterIn(nom)}`, "nom");
  }
  return nom;
}

/** A label the workbook writes in a cell (a funder, a charge…): a text of at most LIMITS.libelle characters, no control character. */
export function requireLabel(value: unknown, argument: string, what: string): string {
  if (typeof value !== "string") {
    throw new DomainError(
      `${what} invalide : ${describeValue(value)}. Valeur attendue : un texte.`,
      argument
    );
  }
  if (value.length > LIMITS.libelle) {
    throw new DomainError(
      `${what} trop long : ${frLimit(value.length)} caractères. Valeur attendue : au plus ${LIMITS.libelle} caractères.`,
      argument
    );
  }
  if (hasControlCharacter(value)) {
    throw new DomainError(`${what} invalide : ${controlCharacterIn(value)}`, argument);
  }
  return value;
}

/** Defaults of the cash-plan fields: every consumer of BudgetInputs reads them through here. */
export const TREASURY_DEFAULTS = {
  lagMonths: PAYMENT_LAG.months,
  soldeInitial: 0,
  moisAnnuel: 6,
  debutExercice: 1,
} as const;

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

/**
 * The team by taille (an estimate): a coordinator at 0,8 ETP for taille 1, full time from taille 2, and a chargé(e) de
 * mission (Syntec ETAM 2.3) full time for taille 4 (ARS Hauts-de-France « à terme un temps plein »; forum de la FCPTS).
 */
export function defaultTeam(taille: Taille): PostInputs[] {
  const coordinateur = { ...defaultPost(), etp: taille === 1 ? 0.8 : 1 };
  if (taille < 4) return [coordinateur];
  return [coordinateur, { ...defaultPost(), intitule: "Chargé(e) de mission", coef: 355 }];
}

/** The governance roles and their hours for a taille: the taille's hours shared by role (an estimate). */
export function defaultGovernance(taille: Taille): GovernanceInput[] {
  const hours = HEURES_GOUVERNANCE[taille - 1];
  return ROLES_GOUVERNANCE.map((r) => ({
    role: r.role,
    profession: r.profession,
    personnes: r.personnes,
    heuresParPersonne: Math.round((hours * r.part) / r.personnes),
    estimation: `estimation — ${hours} heures de gouvernance par an pour une CPTS de taille ${taille}, réparties par rôle`,
  }));
}

/** One remuneration line per mission the CPTS contracts, its hours by the default rule. */
export function defaultMissionRemunerations(
  taille: Taille,
  optionnelles: boolean
): MissionRemunerationInput[] {
  return MISSIONS.filter(
    (m): m is MissionEnvelope =>
      m !== "fonctionnement" && (optionnelles || !OPTIONAL_MISSIONS.includes(m))
  ).map((mission) => ({
    mission,
    mix: { ...MIX_MISSIONS },
    professionnels: PROFESSIONNELS_PAR_MISSION[taille - 1],
  }));
}

/** The prefilled budget of a taille: every default that is an estimate carries its basis. */
export function defaultBudgetInputs(taille: Taille = 1, optionnelles = false): BudgetInputs {
  return {
    nom: "CPTS",
    taille,
    dateSignature: todayIso(),
    anneeDepart: 1,
    renouvellement: false,
    optionnelles,
    tauxVariable: 0,
    crise: false,
    membres: 0,
    equipe: defaultTeam(taille),
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
    honorairesCac: HONORAIRES_CAC.byTaille[taille - 1],
    honorairesCacEstimation: HONORAIRES_CAC.estimation,
    dateLimiteAdditionnel: FINANCEMENT_ADDITIONNEL.defaultCutoff,
    aciSubventionPublique: true,
    cotisationParMembre: 0,
    charges: PREFILL_CHARGES.map((c) => ({
      label: c.label,
      compte: c.compte,
      enveloppe: "fonctionnement",
      annee1: c.byTaille[taille - 1],
      annee2: c.byTaille[taille - 1],
      rythme: c.rythme,
      ...(c.estimation && { estimation: c.estimation }),
    })),
    tauxHoraires: { ...TAUX_HORAIRES.byProfession },
    gouvernance: defaultGovernance(taille),
    remunerationsMissions: defaultMissionRemunerations(taille, optionnelles),
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
