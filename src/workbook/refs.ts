// The cells and ranges each sheet hands to the others, and the labels their formulas compare with: one module every
// sheet imports, so that no sheet module imports another.
import type { PostMode } from "../domain/budgetInputs";
import type { Mission } from "../domain/data/aciGrid";
import type { Profession } from "../domain/data/prefill";
import type { TeamAccount } from "../domain/team";

/** Three references: one per exercice tested. */
export type Triple = [string, string, string];

export const MODE_LABELS: Record<PostMode, string> = {
  ge: "GE",
  salarie: "Salarié",
  prestataire: "Prestataire",
};
export const YES = "oui";

/** The mode of the posts each team account sums: 621 GE, 622 freelance, 641, 645 and 631 direct hires. */
export const ACCOUNT_MODE: Record<TeamAccount, PostMode> = {
  ge: "ge",
  prestataire: "prestataire",
  salaires: "salarie",
  chargesSociales: "salarie",
  taxeSalaires: "salarie",
};

/** Absolute, sheet-qualified references to the cells other sheets read. */
export interface ParametresRefs {
  nom: string;
  taille: string;
  signature: string;
  /** The first contract year budgeted, k. */
  premiereAnnee: string;
  /** « oui » when the contract is renewed after year 5. */
  renouvellement: string;
  /** The avenant's new taille and the first contract year it pays, when a change of taille is given. */
  changementTaille?: { taille: string; annee: string };
  /** Année 0, when a lettre d'intention date is given. */
  annee0?: Annee0Refs;
  dateLimite: string;
  optionnelles: string;
  tauxVariable: string;
  crise: string;
  membres: string;
  cotisation: string;
  aciSubvention: string;
  seuil: string;
  honorairesCac: string;
  debut: [string, string];
  fin: [string, string];
  delaiPaiement: string;
  moisAnnuel: string;
  debutExercice: string;
  /** First and last day of exercices 1 to 3, and whether each overlaps the two budgeted years (is tested). */
  exerciceDebut: Triple;
  exerciceFin: Triple;
  exerciceTeste: Triple;
  /** « à la signature » or « au plus tard »: when a mission with no date typed starts. */
  demarrage: string;
  /** Start date used for each mission and its first-year prorata. */
  demarrages: Record<Exclude<Mission, "fonctionnement">, { date: string; prorata: string }>;
  equipe: EquipeRefs;
  /** Each funder: its label, its two years' amounts and its « subvention publique » answer (oui/non). */
  financeurs: { label: string; montants: [string, string]; publique: string }[];
  /** Amount columns of the funders' table and its "subvention publique" column (oui/non). */
  financeursMontants: [string, string];
  financeursPublics: string;
  indemnites: IndemnitesRefs;
}

/** Année 0 in Paramètres: its dates, its receipts (dates, amounts, « oui » when public), what it spends. */
export interface Annee0Refs {
  debut: string;
  fin: string;
  recettes: { label: string; montant: string }[];
  dates: string;
  montants: string;
  publics: string;
  coordinateur: string;
  indemnites: string;
}

/** The members' indemnités (governance) and rémunérations (missions) in Paramètres. */
export interface IndemnitesRefs {
  /** The governance table's total: the Budget's governance line, the same each contract year. */
  gouvernance: string;
  /**
   * Per profession, the governance table's column of what one holder of each role of that profession receives a year
   * (0 on the other roles and on a role no one holds); undefined when there is no role.
   */
  roles: Record<Profession, string> | undefined;
  /** Per mission remuneration (inputs.remunerationsMissions order): its amount in contract years 1 and 2. */
  remunerations: [string, string][];
  /**
   * Per contract year and profession, the column of what one professional receives for each mission (undefined when
   * no mission is remunerated).
   */
  parPersonneMissions: [Record<Profession, string>, Record<Profession, string>] | undefined;
}

/** One contract year of the team's cost table: one row per post, a column per account, and its total row. */
export interface TeamYearRefs {
  /** The posts' modes (GE, Salarié, Prestataire), which the Budget sums by. */
  modes: string;
  comptes: Record<TeamAccount, string>;
  /** All posts, the tax included (Cout_Equipe_AnneeN). */
  total: string;
  /** The total row's cell of each account: 641 is the gross of direct hires, 631 the tax. */
  totaux: Record<TeamAccount, string>;
}

/**
 * The team in Paramètres: each range is a column of a table with one row per post, in the order of the posts (the
 * same in every table, so that SUMPRODUCT pairs them).
 */
export interface EquipeRefs {
  modes: string;
  debuts: string;
  durees: string;
  tarifsJour: string;
  joursParAn: string;
  bruts: string;
  coutsEmployeur: string;
  assiettes: string;
  facturesGe: string;
  fraisMiseEnPlace: string;
  fraisFin: string;
  /** The calendar years of the taxe sur les salaires table, and each one's tax per euro of pay. */
  taxeAnnees: string;
  taxeTaux: string;
  parAnnee: [TeamYearRefs, TeamYearRefs];
  /** The team's cost charged to each contracted envelope in contract years 1 and 2. */
  affecte: Partial<Record<Mission, [string, string]>>;
  /** The first post (the coordinator), which the Comparatif compares. */
  premier: { intitule: string; etp: string; brutTempsPlein: string };
}

export interface BaremeRefs {
  codes: string;
  /** The four taille columns of the scale: INDEX(montants, MATCH(code, codes, 0), Taille). */
  montants: string;
  tauxMajoration: string;
  membresMajoration: string;
  /** Share of a year's fixed part advanced when the year starts (the cash plan's calendar). */
  avance: string;
  passAnnees: string;
  passMontants: string;
}

export interface BudgetRefs {
  /** Année 0's totals (first amount column), when there is one. */
  annee0?: { produits: string; subventions: string; charges: string; resultat: string };
  /** Each envelope's « actions à détailler » amount and overspend, in years 1 and 2 (0 for one not contracted). */
  enveloppes: Record<Mission, { actions: [string, string]; depassement: [string, string] }>;
  aciTotal: [string, string];
  totalCharges: [string, string];
  totalProduits: [string, string];
  resultat: [string, string];
  honorairesCac: [string, string];
  /** The charges allocated to fonctionnement before its « actions à détailler » line, the team's share included. */
  fonctionnementAffecte: [string, string];
  /** Each ACI line (model.aci order): its amounts in contract years 1 and 2. */
  aciLignes: [string, string][];
  /** Per contracted envelope: its overspend (≥ 0) in each contract year (the balance table). */
  depassements: { mission: Mission; montants: [string, string] }[];
  /** How many estimated charge lines still hold the add-in's estimate. */
  estimations: string;
  /** Sum of the « actions à détailler » lines. */
  resteAAffecter: [string, string];
  depassementFonctionnement: [string, string];
  /** Enveloppe column and year columns of the ACI lines, for SUMIF by envelope. */
  aciEnveloppes: string;
  aciMontants: [string, string];
  emploisContributions: [string, string];
  contributions: [string, string];
  /** Each charge line in the model's order (model.charges flattened): its account, label and yearly amounts. */
  lignes: { compte: string; label: string; montants: [string, string] }[];
  cotisations: [string, string];
}

/** The payment calendar's columns (Trésorerie), which the Budget sums by Barème row and contract year. */
export interface CalendarRefs {
  codes: string;
  dates: string;
  montants: string;
}

export interface ControlesRefs {
  subventions: [string, string];
  /** The funding lines with an amount not counted as public subsidies, their labels joined by ", " (or empty). */
  nonComptes: [string, string];
  cacObligatoire: [string, string];
  /** Whether the Budget charges the CAC fee in contract years 1 and 2 (the rule of computeBudget). */
  cacRetenu: [string, string];
  depensesFonctionnement: [string, string];
  aciFonctionnement: [string, string];
  indemniteMax: [string, string];
  pass: [string, string];
  anneePass: [string, string];
  /** Whether the most-paid person is over the PASS in the calendar year the check retains (TRUE/FALSE). */
  passDepasse: [string, string];
  /** The members' indemnités and rémunérations, account 65. */
  indemnitesProfessionnels: [string, string];
  /** Per exercice, 0 for one not tested. */
  subventionsEncaissees: Triple;
  subventionsAllouees: Triple;
  /** Année 0's public subsidies counted in each exercice (0 for one not tested), when the budget has an année 0. */
  annee0ParExercice?: Triple;
  /** The lettre d'intention's exercice, when it ends before exercice 1 and is tested apart. */
  exerciceAnnee0?: { debut: string; fin: string; subventions: string; depasse: string };
}

/** Ranges of this sheet that the `Contrôles` sheet reads, and the cells behind the defined names. */
export interface TresorerieRefs {
  evenementsDates: string;
  evenementsMontants: string;
  /** Each ACI payment's Barème row code, which the Budget sums by. */
  evenementsCodes: string;
  /** Each ACI payment's share granted for exercices 1 to 3. */
  evenementsAlloue: [string, string, string];
  /** The first day of each month of the plan. */
  mois: string;
  /** Per month, the other funders' amounts received that count as public subsidies. */
  subventionsPubliques: string;
  min: string;
  moisMin: string;
  premierDecouvert: string;
  /** The closing balance of each month of the plan (the row of `mois`' columns). */
  soldesFin: string;
}

/** The yearly cost of each status at the post's ETP (the `Comparatif` sheet). */
export interface ComparatifRefs {
  geAnnee1: string;
  salarieAnnee1: string;
  prestataireAnnee1: string;
}

/** The Obligations sheet's counts, behind the defined names the pane reads. */
export interface ObligationsRefs {
  enRetard: string;
  prochainement: string;
}

/** The columns of the imported entries (`Écritures`), which the `Réalisé` sheet sums: one row per entry. */
export interface EcrituresRefs {
  dates: string;
  comptes: string;
  /** The envelope of the file's analytic column, or « Selon la ligne ». */
  enveloppes: string;
  /** First digit, first two and first three of the account. */
  classes: string;
  racines2: string;
  racines3: string;
  /** The budget line (its account) found in the account table, « non affecté », or empty outside classes 6 and 7. */
  lignes: string;
  /** Debit − credit (credit − debit for class 7). */
  montants: string;
  debits: string;
  credits: string;
}

/** The account table of the `Réalisé` sheet: account prefixes and the line each sends its entries to. */
export interface AccountTableRefs {
  prefixes: string;
  lignes: string;
}

/** The analytic split of the `Réalisé` sheet's charge lines, which its envelope sections read. */
export interface SplitRefs {
  /** Per contracted envelope, its share column over the charge lines. */
  shares: Map<Mission, string>;
  /** Per period, the column of the actual with no envelope in the file. */
  sansEnveloppe: string[];
}

/** The head of the `Réalisé` sheet, which its later sections read. */
export interface SyntheseRefs {
  /** Per contract year: the months begun by the last entry (A1 references on this sheet). */
  elapsed: string[];
  banqueFinRow: number;
}
