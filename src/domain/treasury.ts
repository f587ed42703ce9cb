/**
 * The cash plan (`Trésorerie`): month by month from the signature month, what the CPTS receives (the ACI by the
 * payment calendar of ./cashPlan.ts, other funders, dues) and pays (the budget's charge lines), its bank balance,
 * and the 153 000 € test per financial year, on the subsidies received and on those granted.
 */
import type { ChargeLine, FunderBudgetLine, Pair, Period } from "./types";
import type { TeamBudget, TeamAccount } from "./team";
import { type BudgetInputs, type Rythme, RYTHMES, TREASURY_DEFAULTS } from "./budgetInputs";
import {
  type AciPayment,
  aciCalendar,
  aciCashBetween,
  type CashPlanOptions,
  latestMissionStarts,
  monthlyAciInflows,
} from "./cashPlan";
import { type Mission } from "./data/aciGrid";
import { SEUIL_CAC } from "./data/thresholds";
import { budgetYears, contractYear, exercicePeriods } from "./budgetYears";
import { type Annee0, requireArsCounted } from "./annee0";
import { exercicePeriod, serialOfIso } from "./dates";
import { cents, DomainError, describeValue, requireInteger, requireNumber, sum } from "./errors";
import { overThreshold } from "./rules/cac";
import { evaluate, evaluateNumber } from "./rules/expr";
import { type DayPeriod, grantedOverYears, proratedByDays } from "./rules/prorata";
import {
  ACI_FUNDING_LABEL,
  checkThreshold,
  type FundingLine,
  type ThresholdCheck,
} from "./threshold";

/**
 * Months in the plan. What falls due at the second anniversary (the balance of year 2) is paid at A2 + lag, and the
 * lag is at most 11 months: 36 months from the signature month always show it.
 */
export const TREASURY_MONTHS = 36;
/** The contract years the plan spans: months 1–12 are year 1, 13–24 year 2, 25–36 year 3. */
export const TREASURY_YEARS = TREASURY_MONTHS / 12;

/** The modelling choices of the cash plan, in French, printed under it with CASH_PLAN_HYPOTHESES. */
export const TREASURY_HYPOTHESES: readonly string[] = [
  `Le plan couvre ${TREASURY_MONTHS} mois à partir du premier mois budgété (celui de la signature en année 1) : assez pour voir le solde de la seconde année budgétée, versé à son anniversaire plus le délai de paiement (11 mois au plus).`,
  "Les mois 1 à 12 du plan forment la première année de contrat budgétée, les mois 13 à 24 la seconde, les mois 25 à 36 la suivante ; les versements de l'ACI sont placés à leur date exacte. L'ACI d'une année de contrat (Budget) compte les versements par leur date : une mission démarrée dans le mois du premier anniversaire, avant celui-ci, relève de l'année 1 bien que le versement tombe au 13e mois.",
  "Équipe : chaque poste est payé les mois de son contrat (mois de début et durée, Paramètres) : facture du groupement d'employeurs (frais de mise en place le premier mois, frais de fin le dernier), salaire et charges du salarié, honoraires du prestataire (tarif × jours par an / 12) ; la taxe sur les salaires de chaque année civile, répartie entre les salariés au prorata de leur rémunération, sur leurs mois de cette année.",
  "Autres charges, selon la colonne « Versement » : « mensuel », un douzième du montant de l'année chaque mois ; « annuel », tout le montant le mois des éléments annuels (Paramètres). Honoraires du commissaire aux comptes : annuels.",
  "Autres financeurs et cotisations : le montant de l'année de contrat est encaissé en une fois, le mois des éléments annuels.",
  "Troisième année du plan : les charges et les cotisations de la seconde année budgétée sont reconduites, l'équipe est comptée selon les durées saisies ; aucun autre financement que l'ACI n'est supposé (prudence : ils sont rarement reconduits).",
  "Trésorerie de fin de mois = trésorerie de début de mois + encaissements − décaissements, arrondie au centime ; en rouge quand elle est négative.",
  "Seuil de 153 000 € par exercice comptable : l'exercice 1 est celui qui contient le premier jour du budget (la date de signature en année 1), sur 12 mois à partir du mois de début d'exercice (Paramètres) ; chaque exercice qui recoupe les deux années budgétées est testé (deux, ou trois quand elles ne commencent pas le premier jour d'un exercice) ; un premier exercice plus court ou plus long n'est pas modélisé.",
  "Subventions encaissées dans un exercice : l'ACI versée selon le calendrier ci-dessus et les autres subventions publiques reçues pendant l'exercice.",
  "Subventions attribuées pour un exercice : chaque montant dû au titre d'une année de contrat est réparti au prorata des jours de cette année (pour l'année 1 d'une mission, à partir de son démarrage) compris dans l'exercice ; de même pour les autres subventions publiques sur leur année de contrat.",
  "Les sources divergent sur la lecture à retenir (encaissé ou attribué) : le contrôle signale un dépassement selon l'une ou l'autre.",
  `Honoraires du commissaire aux comptes (Budget) : le seuil s'apprécie par exercice (Code de commerce, art. L612-4). Ils sont inscrits dans une année de contrat dont les subventions dépassent le seuil, ou qui recoupe un exercice au-dessus du seuil (subventions encaissées ou attribuées), puis dans chaque année suivante (mandat de ${SEUIL_CAC.mandateYears} exercices).`,
  "Année 0 (lettre d'intention saisie) : la trésorerie saisie est celle de la validation de la lettre d'intention ; le résultat de l'année 0 (Budget) s'y ajoute au premier mois du plan ; ses versements comptent au seuil de l'exercice qui les reçoit, dans les deux lectures.",
  "Non modélisés : délais de paiement des fournisseurs, TVA.",
];

/** One ACI payment of the plan, with the period it is granted for and its share in each exercice. */
export interface TreasuryEvent extends AciPayment {
  /** Days the amount is granted for: the contract year, or for a mission's year 1 from its start to A1. */
  periode: Period;
  /** The amount prorated by days onto each exercice tested (see Treasury.exercices), to the cent. */
  alloue: number[];
}

/** How a charge line is paid: over the team's contracts, or by its rhythm. */
export type Versement = "equipe" | Rythme;

export interface TreasuryMonth {
  /** Calendar month, yyyy-mm. */
  mois: string;
  /** 1 to 36. */
  numero: number;
  /** Contract year the month counts in: 1, 2 or 3. */
  annee: number;
  aci: Record<Mission, number>;
  /** Per funder, in the budget's order. */
  financeurs: number[];
  cotisations: number;
  encaissements: number;
  /** Per charge line, in the budget's order (model.charges flattened). */
  decaissements: number[];
  totalDecaissements: number;
  soldeDebut: number;
  /** Rounded to the cent. */
  soldeFin: number;
}

export interface SubsidyCount {
  /** ACI received in, or granted for, the exercice, whether or not it is counted as a public subsidy. */
  aci: number;
  /** Other funders marked as public subsidies. */
  autres: number;
  /** Année 0's public money dated in the exercice (the lettre d'intention's CNAM payment, the ARS aid). */
  annee0: number;
  /** The threshold test; seuil.counted is the total counted (the ACI only when it counts as a subsidy). */
  seuil: ThresholdCheck;
}

export interface ExerciceThreshold {
  /** 1 for the exercice that contains the signature date, then 2 and 3. */
  exercice: number;
  /** Whether it overlaps contract years 1 and 2, so that its test counts (exercice 3 may not). */
  teste: boolean;
  /** ISO dates. */
  debut: string;
  fin: string;
  encaissees: SubsidyCount;
  allouees: SubsidyCount;
}

export interface MissionStart {
  /** Start date used, ISO. */
  date: string;
  /** Latest start the ACI allows, ISO. */
  auPlusTard: string;
  /** Share of year 1 left after the start: (A1 − start) / (A1 − S) in days. */
  prorata: number;
}

export interface Treasury {
  lagMonths: number;
  soldeInitial: number;
  moisAnnuel: number;
  debutExercice: number;
  demarrages: Record<Exclude<Mission, "fonctionnement">, MissionStart>;
  /** The ACI payments of the plan in a fixed order (see aciCalendar), zero amounts included. */
  evenements: TreasuryEvent[];
  /** How each charge line is paid, in the budget's order. */
  versements: Versement[];
  months: TreasuryMonth[];
  /** Lowest end-of-month balance, and its month (yyyy-mm; the first one if several). */
  min: number;
  moisMin: string;
  /** First month ending below zero, yyyy-mm, if any. */
  firstNegativeMonth?: string;
  /** Cash to find so that the balance never goes below zero: max(0, −min). */
  besoin: number;
  /**
   * Exercices 1 to 3; those that overlap contract years 1 and 2 are tested (`teste`): two, or three when the
   * signature is not an exercice's first day.
   */
  exercices: ExerciceThreshold[];
  /** The exercice of the lettre d'intention, when it ends before exercice 1. */
  exerciceAnnee0?: ExerciceAnnee0;
  /** A CAC mandate still running from an exercice before the budget (budgets from year 2 on). */
  mandatAnterieur?: MandatAnterieur;
}

/** What the cash plan reads from the budget: every amount comes from there, none is recomputed. */
export interface TreasurySources {
  chargeLines: ChargeLine[];
  equipe: TeamBudget;
  financeurs: FunderBudgetLine[];
  cotisations: Pair;
}

/** The payment-calendar options of a budget. */
export function cashPlanOptions(inputs: BudgetInputs): CashPlanOptions {
  return {
    taille: inputs.taille,
    dateSignature: inputs.dateSignature,
    taux: inputs.tauxVariable,
    crise: inputs.crise,
    membres: inputs.membres,
    optionnelles: inputs.optionnelles,
    dateLimiteAdditionnel: inputs.dateLimiteAdditionnel,
    lagMonths: inputs.lagMonths ?? TREASURY_DEFAULTS.lagMonths,
    demarrage: inputs.demarrages,
    missionStarts: inputs.missionStarts,
    renouvellement: inputs.renouvellement,
    changementTaille: inputs.changementTaille,
  };
}

/**
 * A month's closing balance, as the Trésorerie sheet's ROUND(ROUND(…,5),2): to the 0.001 cent first, then to the
 * cent. Monthly charges are not whole cents (a twelfth of a yearly amount), so a balance can be an exact half cent
 * that the floating-point noise of the month's sum puts on either side, differently in each engine; to the 0.001 cent,
 * that noise is gone and every engine rounds the same half cent the same way.
 */
const closingCents = (amount: number) => cents(Number(amount.toFixed(5)));

/** A period as the rules of ./rules/prorata.ts take it: day numbers (Excel serials), as the workbook's cells hold. */
const days = (p: Period): DayPeriod => ({ du: serialOfIso(p.du), au: serialOfIso(p.au) });

function requireMonth(value: unknown, argument: string, what: string): number {
  return requireInteger(value, argument, 1, 12, what);
}

function rythmeOf(value: Rythme | undefined, label: string): Rythme {
  if (value !== undefined && !RYTHMES.includes(value)) {
    throw new DomainError(
      `Rythme de versement invalide pour « ${label} » : ${describeValue(value)}. Valeurs possibles : ${RYTHMES.join(", ")}.`,
      "rythme"
    );
  }
  return value ?? "mensuel";
}

/** How each charge line is paid: the team over its contracts, the CAC fee yearly, the others as chosen. */
function versementOf(line: ChargeLine, inputs: BudgetInputs): Versement {
  switch (line.kind) {
    case "saisie":
      return rythmeOf(inputs.charges[line.index!].rythme, line.label);
    case "gouvernance":
    case "remuneration":
    case "actions":
      return "mensuel";
    case "cac":
      return "annuel";
    default:
      return "equipe";
  }
}

/** Month j (1-based) of a charge line: budget year index (year 3 repeats year 2), calendar month. */
function chargeInMonth(
  line: ChargeLine,
  versement: Versement,
  j: number,
  calendarMonth: number,
  equipe: TeamBudget,
  moisAnnuel: number
): number {
  if (versement === "equipe") return equipe.parMois[line.kind as TeamAccount][j - 1];
  const amount = line.montants[Math.min(Math.ceil(j / 12), 2) - 1];
  if (versement === "mensuel") return amount / 12;
  return calendarMonth === moisAnnuel ? amount : 0;
}

/** The test on the ACI and the other public subsidies of an exercice; funders not counted are named as excluded. */
function subsidies(inputs: BudgetInputs, aci: number, autres: number, annee0 = 0): SubsidyCount {
  const lines: FundingLine[] = [
    {
      label: ACI_FUNDING_LABEL,
      kind: "aci",
      amount: aci,
      subventionPublique: inputs.aciSubventionPublique,
    },
    {
      label: "Autres subventions publiques",
      kind: "autre",
      amount: autres,
      subventionPublique: true,
    },
    ...(annee0 > 0
      ? [
          {
            label: "Année 0 (lettre d'intention, ARS)",
            kind: "autre" as const,
            amount: annee0,
            subventionPublique: true,
          },
        ]
      : []),
    ...inputs.financeurs
      .filter((f) => !f.subventionPublique)
      .map((f) => ({ label: f.label, kind: f.kind, amount: 0, subventionPublique: false })),
  ];
  return { aci, autres, annee0, seuil: checkThreshold(lines) };
}

export interface PlanSettings {
  soldeInitial: number;
  moisAnnuel: number;
  debutExercice: number;
}

function settingsOf(inputs: BudgetInputs): PlanSettings {
  return {
    soldeInitial: requireNumber(
      inputs.soldeInitial ?? TREASURY_DEFAULTS.soldeInitial,
      "solde_initial",
      () => true,
      "Trésorerie au départ",
      "un montant en euros"
    ),
    moisAnnuel: requireMonth(
      inputs.moisAnnuel ?? TREASURY_DEFAULTS.moisAnnuel,
      "mois_annuel",
      "Mois des éléments annuels"
    ),
    debutExercice: requireMonth(
      inputs.debutExercice ?? TREASURY_DEFAULTS.debutExercice,
      "debut_exercice",
      "Mois de début de l'exercice comptable"
    ),
  };
}

/** The 36 months: receipts by source (read from the receipts), payments by line, balances. */
function monthsOf(
  inputs: BudgetInputs,
  sources: TreasurySources,
  receipts: TreasuryReceipts,
  versements: Versement[]
): TreasuryMonth[] {
  const { chargeLines, equipe, cotisations } = sources;
  const { soldeInitial, moisAnnuel } = receipts.settings;
  const months: TreasuryMonth[] = [];
  // With an année 0, the typed cash is that of the lettre d'intention: its result comes before the first month.
  let soldeDebut = cents(soldeInitial + (receipts.annee0?.resultat ?? 0));
  receipts.aciMonths.forEach((row, i) => {
    const numero = i + 1;
    const annee = Math.ceil(numero / 12);
    const calendarMonth = Number(row.month.slice(5, 7));
    const annual = calendarMonth === moisAnnuel;
    const funders = receipts.financeursParMois[i];
    // Dues are assumed in year 3 too, at the year-2 amount.
    const dues = annual ? cotisations[Math.min(annee, 2) - 1] : 0;
    const encaissements = sum([...Object.values(row.byMission), ...funders, dues]);
    const decaissements = chargeLines.map((line, l) =>
      chargeInMonth(line, versements[l], numero, calendarMonth, equipe, moisAnnuel)
    );
    const totalDecaissements = sum(decaissements);
    const soldeFin = closingCents(soldeDebut + (encaissements - totalDecaissements));
    months.push({
      mois: row.month,
      numero,
      annee,
      aci: row.byMission,
      financeurs: funders,
      cotisations: dues,
      encaissements,
      decaissements,
      totalDecaissements,
      soldeDebut,
      soldeFin,
    });
    soldeDebut = soldeFin;
  });
  return months;
}

/** The 153 000 € test of exercice x + 1, on the subsidies received in it and on those granted for it. */
function exerciceThreshold(
  inputs: BudgetInputs,
  financeurs: FunderBudgetLine[],
  exercice: { debut: string; fin: string; teste: boolean },
  x: number,
  evenements: TreasuryEvent[],
  aciMonths: { month: string }[],
  financeursParMois: number[][],
  annee0: Annee0 | undefined
): ExerciceThreshold {
  const { debut, fin, teste } = exercice;
  const early = annee0Between(annee0, debut, fin);
  const inExercice = aciMonths
    .map((m, i) => ({ first: `${m.month}-01`, i }))
    .filter(({ first }) => first >= debut && first <= fin)
    .map(({ i }) => i);
  const publics = financeurs.map((f) => f.subventionPublique);
  const received = cents(
    sum(inExercice.flatMap((i) => financeursParMois[i].filter((_, f) => publics[f])))
  );
  const publicOf = (y: 0 | 1) =>
    cents(sum(financeurs.filter((f) => f.subventionPublique).map((f) => f.montants[y])));
  const years = budgetYears(inputs.dateSignature, inputs.anneeDepart).periodes.map(days) as [
    DayPeriod,
    DayPeriod,
  ];
  const window = days({ du: debut, au: fin });
  const granted = evaluateNumber(grantedOverYears([publicOf(0), publicOf(1)], years, window));
  // An exercice outside contract years 1 and 2 counts nothing: the budget does not cover it.
  const none = (count: SubsidyCount): SubsidyCount => (teste ? count : subsidies(inputs, 0, 0));
  return {
    exercice: x + 1,
    teste,
    debut,
    fin,
    encaissees: none(
      subsidies(inputs, aciCashBetween(cashPlanOptions(inputs), debut, fin), received, early)
    ),
    // Année 0's lump sums are granted when they are paid: the same in both readings.
    allouees: none(
      subsidies(inputs, cents(sum(evenements.map((e) => e.alloue[x]))), granted, early)
    ),
  };
}

/** Année 0's public money dated from `debut` to `fin` (ISO, inclusive). */
function annee0Between(annee0: Annee0 | undefined, debut: string, fin: string): number {
  const dated = (annee0?.recettes ?? []).filter(
    (r) => r.subventionPublique && r.date >= debut && r.date <= fin
  );
  return cents(sum(dated.map((r) => r.montant)));
}

/**
 * The latest exercice before the budget (from the signature's, when the budget starts after year 1) whose ACI
 * received is over the threshold: the CAC appointed then is still in office when its 6-exercice mandate ends on or
 * after the first budgeted day. Other funders of those years are unknown: the ACI alone is counted.
 */
export interface MandatAnterieur {
  debut: string;
  fin: string;
  subventions: number;
  /** Last day of the mandate's sixth exercice. */
  finMandat: string;
}

function earlierMandate(
  inputs: BudgetInputs,
  options: CashPlanOptions,
  debutExercice: number,
  budgetStart: string
): MandatAnterieur | undefined {
  if (!inputs.aciSubventionPublique) return undefined;
  let found: MandatAnterieur | undefined;
  for (let x = 1; ; x++) {
    const { debut, fin } = exercicePeriod(inputs.dateSignature, debutExercice, x);
    if (fin >= budgetStart) break;
    const subventions = aciCashBetween(options, debut, fin);
    if (evaluate(overThreshold(subventions, SEUIL_CAC.amount)) === true) {
      const finMandat = exercicePeriod(
        inputs.dateSignature,
        debutExercice,
        x + SEUIL_CAC.mandateYears - 1
      ).fin;
      found = { debut, fin, subventions, finMandat };
    }
  }
  return found && found.finMandat >= budgetStart ? found : undefined;
}

/**
 * The exercice of the lettre d'intention when it ends before exercice 1 (the one containing the signature): it
 * receives only année 0's money, tested apart.
 */
export interface ExerciceAnnee0 {
  debut: string;
  fin: string;
  subventions: number;
  seuil: ThresholdCheck;
}

function exerciceOfAnnee0(
  inputs: BudgetInputs,
  annee0: Annee0 | undefined,
  debutExercice: number,
  firstExercice: string
): ExerciceAnnee0 | undefined {
  if (annee0 === undefined || annee0.debut >= firstExercice) return undefined;
  const { debut, fin } = exercicePeriod(annee0.debut, debutExercice, 1);
  const count = subsidies(inputs, 0, 0, annee0Between(annee0, debut, fin));
  return { debut, fin, subventions: count.seuil.counted, seuil: count.seuil };
}

/**
 * What the cash plan receives, which depends on the funders and the ACI only, never on the charges: the ACI payments
 * and monthly receipts, the other funders' monthly receipts, and the 153 000 € test per exercice. The budget computes
 * it first, since the CAC fee it charges follows the exercices' test (see computeBudget).
 */
export interface TreasuryReceipts {
  settings: PlanSettings;
  options: CashPlanOptions;
  demarrages: Treasury["demarrages"];
  evenements: TreasuryEvent[];
  /** The ACI received per month of the plan, by envelope. */
  aciMonths: { month: string; byMission: Record<Mission, number> }[];
  /** Per month of the plan, per funder in the budget's order: the amount received. */
  financeursParMois: number[][];
  exercices: ExerciceThreshold[];
  annee0?: Annee0;
  exerciceAnnee0?: ExerciceAnnee0;
  mandatAnterieur?: MandatAnterieur;
}

/** The receipts of the cash plan and the threshold for every exercice tested, from the inputs and the funders alone. */
export function computeReceipts(
  inputs: BudgetInputs,
  financeurs: FunderBudgetLine[],
  annee0?: Annee0
): TreasuryReceipts {
  const settings = settingsOf(inputs);
  const options = cashPlanOptions(inputs);
  const years = budgetYears(inputs.dateSignature, inputs.anneeDepart);
  const k = years.premiere;
  // Years k − 2 to k + 2 in full: what year k − 2 leaves at A_(k-2) + lag can fall in exercice 1, which may start
  // up to a year before A_(k-1); year k + 2's advances are paid at A_(k+1) + lag, inside the plan; its balance and
  // variable part come after month 36 but are granted for year k + 2, which a third exercice can overlap.
  const calendar = aciCalendar(options, k + TREASURY_YEARS - 1, Math.max(1, k - 2));
  const signature = inputs.dateSignature;
  const start = years.periodes[0].du;
  const periods = exercicePeriods(years, settings.debutExercice);

  const evenements = calendar.events.map((e): TreasuryEvent => {
    const year = contractYear(signature, e.contractYear);
    const periode = {
      du: e.contractYear === 1 ? calendar.starts[e.mission].date : year.du,
      au: year.au,
    };
    const alloue = periods.map((x) =>
      evaluateNumber(proratedByDays(e.amount, days(periode), days({ du: x.debut, au: x.fin })))
    );
    return { ...e, periode, alloue };
  });

  const aciMonths = monthlyAciInflows(options, start.slice(0, 7), TREASURY_MONTHS);
  // Other funders: the contract year's amount once, the month of the annual items; none assumed beyond year 2.
  const financeursParMois = aciMonths.map((row, i) => {
    const annee = Math.ceil((i + 1) / 12);
    const annual = Number(row.month.slice(5, 7)) === settings.moisAnnuel;
    return financeurs.map((f) => (annual && annee <= 2 ? f.montants[annee - 1] : 0));
  });

  const latest = latestMissionStarts(signature);
  const demarrages = Object.fromEntries(
    Object.entries(calendar.starts)
      .filter(([m]) => m !== "fonctionnement")
      .map(([m, s]) => [m, { date: s.date, auPlusTard: latest[m as Mission], prorata: s.prorata }])
  ) as Treasury["demarrages"];

  const exerciceAnnee0 = exerciceOfAnnee0(inputs, annee0, settings.debutExercice, periods[0].debut);
  requireArsCounted(
    annee0,
    exerciceAnnee0,
    periods.filter((p) => p.teste)
  );
  return {
    settings,
    options,
    demarrages,
    evenements,
    aciMonths,
    financeursParMois,
    exercices: periods.map((e, x) =>
      exerciceThreshold(inputs, financeurs, e, x, evenements, aciMonths, financeursParMois, annee0)
    ),
    annee0,
    exerciceAnnee0,
    mandatAnterieur: earlierMandate(inputs, options, settings.debutExercice, start),
  };
}

/**
 * The cash plan of a budget: 36 months from the signature month, and the threshold per exercice. `receipts`
 * is what computeReceipts gave for the same inputs and funders (computed here when not given).
 */
export function computeTreasury(
  inputs: BudgetInputs,
  sources: TreasurySources,
  receipts: TreasuryReceipts = computeReceipts(inputs, sources.financeurs)
): Treasury {
  const versements = sources.chargeLines.map((line) => versementOf(line, inputs));
  const months = monthsOf(inputs, sources, receipts, versements);
  const min = Math.min(...months.map((m) => m.soldeFin));

  return {
    lagMonths: receipts.options.lagMonths!,
    ...receipts.settings,
    demarrages: receipts.demarrages,
    evenements: receipts.evenements,
    versements,
    months,
    min,
    moisMin: months.find((m) => m.soldeFin === min)!.mois,
    firstNegativeMonth: months.find((m) => m.soldeFin < 0)?.mois,
    besoin: min < 0 ? cents(-min) : 0,
    exercices: receipts.exercices,
    ...(receipts.exerciceAnnee0 && { exerciceAnnee0: receipts.exerciceAnnee0 }),
    ...(receipts.mandatAnterieur && { mandatAnterieur: receipts.mandatAnterieur }),
  };
}
