/**
 * The ACI payment calendar: when the CPAM pays each amount of the contract (ACI art. 9; Sénat report r25-032).
 *
 * S is the signature date, A_k = S + k years the anniversaries, L the payment lag (months). Contract year k runs
 * from A_(k-1) to A_k. For each envelope and contract year k, the fixed part of the year is split into an advance
 * paid when the year starts and a balance paid when it ends; the variable part earned in the year is paid when it
 * ends:
 * - fonctionnement: year 1 in full at S (plus the financement additionnel when eligible); from year 2, a 75 % advance
 *   at A_(k-1) + L and the 25 % balance at A_k + L;
 * - missions: year 1 advance of 75 % at the mission's start d_m, prorated by p_m = days(A1 − d_m) / days(A1 − S);
 *   balance and variable part (both prorated) at A1 + L; then 75 % advance at A_(k-1) + L, balance and variable part
 *   at A_k + L;
 * - crise: the plan (year 1, prorated) and each yearly update are paid in full when the year starts, no balance: the
 *   FCPTS 2023 tables pay the whole plan in year 1 and the whole update in year 2; the survenue amount counts only
 *   when a crisis is declared, whole (never prorated: a crisis is declared or not), at A_k + L like any variable part.
 * Everything due at an anniversary, the next year's advances included, is paid together after the lag (the Senate
 * report has the balance and the next advance paid at the same date). Payments at signature and at a mission's start
 * are dated on the day. So, with every mission started at S, the cash of contract year N is aciLine(…, "verse").
 */
import { hasFinancementAdditionnel, missionsOf, parseMission } from "./aci";
import { normalizeLabel } from "./labels";
import {
  additionnelAmount,
  advance,
  balance,
  dueDate,
  majorationT4,
  paidIf,
  yearAmount,
  yearInContract,
  yearTaille,
} from "./rules/calendar";
import { evaluate, evaluateNumber } from "./rules/expr";
import { yearOneProrata } from "./rules/prorata";
import {
  ACI_GRID,
  FINANCEMENT_ADDITIONNEL,
  MAJORATION_T4,
  type Mission,
  MISSION_LABELS,
  MISSIONS,
  OPTIONAL_MISSIONS,
  PAYMENT_RULES,
} from "./data/aciGrid";
import { CONTRACT_LENGTH } from "./data/contract";
import {
  DEFAULT_MISSION_START,
  MISSION_START_DEADLINES,
  MISSION_START_SETTINGS,
  type MissionStartSetting,
  PAYMENT_LAG,
} from "./data/paymentCalendar";
import {
  addMonths,
  type Day,
  dayOf,
  dayOfSerial,
  frDate,
  isoOf,
  parseIsoDate,
  requireDate,
  serialOfDay,
} from "./dates";
import { cents, DomainError, describeValue, requireInteger, requireNumber } from "./errors";

export interface CashPlanOptions {
  taille: number;
  /** ACI signature date, ISO yyyy-mm-dd. */
  dateSignature: string;
  /** Achievement rate of the variable parts, 0–1 (default 0: fixed parts only, the prudent case). */
  taux?: number;
  /** Whether a health crisis is declared: only then is the crisis survenue amount paid (default false). */
  crise?: boolean;
  /** Number of members, for the taille 4 majoration. */
  membres?: number;
  /** Include the optional missions qualité and accompagnement (default false). */
  optionnelles?: boolean;
  /** Cut-off date of the financement additionnel (default 2022-09-30). */
  dateLimiteAdditionnel?: string;
  /** Months between an anniversary and the payment of what falls due then (default PAYMENT_LAG.months). */
  lagMonths?: number;
  /** When a mission with no date in missionStarts starts: at signature (default) or the latest the ACI allows. */
  demarrage?: MissionStartSetting;
  /** Start date of a mission, ISO, overriding the setting for that mission. */
  missionStarts?: Partial<Record<Mission, string>>;
  /** Whether the contract is renewed after its 5th year on the same grid (default false: it ends). */
  renouvellement?: boolean;
  /** A change of taille by avenant: the new taille's amounts from the first anniversary after the date. */
  changementTaille?: TailleChange;
}

/** A change of taille by avenant, at an ISO date. */
export interface TailleChange {
  date: string;
  taille: number;
}

export type PaymentKind = "fonctionnement" | "additionnel" | "avance" | "solde" | "variable";

export interface AciPayment {
  /** Payment date, ISO. */
  date: string;
  mission: Mission;
  /** The Barème ACI row the amount comes from, e.g. "acces.fixe", "crise.survenue". */
  code: string;
  /** "fonctionnement": year-1 fonctionnement paid in full at signature; "avance" of a crisis amount is its whole. */
  kind: PaymentKind;
  /** The contract year the amount is due for (not the year it is paid in). */
  contractYear: number;
  amount: number;
}

/** A lag of 12 months or more would push anniversary payments past the next anniversary. */
export const MAX_LAG_MONTHS = 11;
const CONTRACT_YEARS = CONTRACT_LENGTH.years;
const MAX_YEARS = 20;
const MAX_MONTHS = 600;

const deadlines = MISSION_START_DEADLINES.months;

/** The modelling choices, in French, for the workbook to print beside the cash plan. */
export const CASH_PLAN_HYPOTHESES: readonly string[] = [
  "Les années de contrat courent d'un anniversaire de la signature à l'autre (année 1 : de la signature au premier anniversaire) ; ce ne sont pas des années civiles.",
  "Fonctionnement : l'année 1 est versée en totalité à la signature, avec le financement additionnel (+75 %) si l'ACI est signé avant la date limite ; ensuite, avance de 75 % à chaque anniversaire et solde de 25 % à l'anniversaire suivant.",
  "Missions, volet fixe : avance de 75 % au démarrage de la mission, au prorata des jours restant jusqu'au premier anniversaire ; solde de 25 % au premier anniversaire ; puis, à chaque anniversaire, solde de l'année écoulée et avance de 75 % de l'année qui commence.",
  "Une mission qui démarre au premier anniversaire ne perçoit rien au titre de l'année 1 : sa première avance est celle de l'année 2.",
  "Volet variable : versé à l'anniversaire qui suit l'année où il est acquis, au taux de réalisation saisi (0 % par défaut, hypothèse prudente) ; celui de l'année 1 est proratisé comme le volet fixe (non confirmé par les textes).",
  "Crise sanitaire : l'élaboration du plan (année 1, au prorata) puis chaque mise à jour annuelle sont versées en totalité au début de l'année concernée, sans avance ni solde, comme dans les tableaux FCPTS « Pour un départ de ma CPTS sans fausse note » (12 mai 2023) ; le montant « survenue d'une crise » n'est compté que si une crise est déclarée, en entier (jamais au prorata), à l'anniversaire suivant.",
  `Tout ce qui est dû à un anniversaire (soldes, parts variables et avances de l'année qui commence, versés ensemble) est payé ${PAYMENT_LAG.months} mois après l'anniversaire par défaut : aucune source ne donne ce délai, à ajuster avec la CPAM.`,
  "Les versements à la signature et au démarrage des missions sont datés du jour même ; en pratique, la CPAM paie quelques semaines plus tard.",
  `Démarrage des missions (Paramètres) : « ${MISSION_START_SETTINGS.signature} » par défaut, comme les tableaux FCPTS 2023 ; « ${MISSION_START_SETTINGS["au-plus-tard"]} », le plus tard que l'ACI permet, soit ${deadlines.acces} mois après la signature pour l'accès aux soins et la crise sanitaire, ${deadlines.parcours} mois pour les parcours et la prévention, ${deadlines.qualite} mois pour les missions optionnelles (délai non fixé par les textes) ; ou une date saisie par mission.`,
  `Taille 4 avec au moins ${MAJORATION_T4.minMembers} membres : +${MAJORATION_T4.rate * 100} % sur toutes les missions, hors fonctionnement et financement additionnel.`,
  `Le contrat dure ${CONTRACT_YEARS} ans : sans renouvellement, après le ${CONTRACT_YEARS}e anniversaire, seuls le solde et le volet variable de l'année ${CONTRACT_YEARS} sont versés ; renouvelé, le même barème est supposé continuer (un nouveau contrat peut en fixer un autre).`,
  "Changement de taille par avenant : les montants de la nouvelle taille s'appliquent à partir du premier anniversaire qui suit la date de l'avenant ; l'année qui commence reçoit le solde de 25 % de l'année écoulée à l'ancienne taille et l'avance de 75 % à la nouvelle (règle non sourcée, à vérifier dans l'avenant).",
];

/**
 * The signatures a budget can have: none predates the ACI CPTS of 20 June 2019, and the latest leaves a century of
 * payments (CPTS.VERSEMENTS) within the dates a workbook takes.
 */
export const SIGNATURE_RANGE = { first: "2019-06-20", last: "9899-12-31" } as const;

/** A signature date within SIGNATURE_RANGE, as its day number; the French error otherwise. */
export function requireSignature(value: unknown, argument = "date_signature"): Day {
  const day = requireDate(value, argument, "Date de signature");
  if (day < dayOf(SIGNATURE_RANGE.first) || day > dayOf(SIGNATURE_RANGE.last)) {
    throw new DomainError(
      `Date de signature invalide : ${frDate(day)}. Valeur attendue : une date du ${frDate(SIGNATURE_RANGE.first)} (ACI CPTS du 20 juin 2019) au ${frDate(SIGNATURE_RANGE.last)}.`,
      argument
    );
  }
  return day;
}

/** The k-th anniversary of a signature date (a 29 February signature has them on 28 February in common years). */
export function contractAnniversary(dateSignature: string, k: number): string {
  const signature = requireSignature(dateSignature);
  return isoOf(
    addMonths(signature, 12 * requireInteger(k, "annee", 0, Infinity, "Année de contrat"))
  );
}

function deadlineOf(signature: Day, m: Exclude<Mission, "fonctionnement">): Day {
  return addMonths(signature, deadlines[m]);
}

/** The latest start the ACI allows for each mission; fonctionnement starts at signature. */
export function latestMissionStarts(dateSignature: string): Record<Mission, string> {
  const signature = requireSignature(dateSignature);
  const start = (m: Mission) => (m === "fonctionnement" ? signature : deadlineOf(signature, m));
  return Object.fromEntries(MISSIONS.map((m) => [m, isoOf(start(m))])) as Record<Mission, string>;
}

/** Validated options. */
interface Plan {
  /** Taille index (0 for taille 1) of contract year k. */
  tailleOf: (k: number) => number;
  /** The taille 4 majoration of contract year k. */
  majorationOf: (k: number) => number;
  /** Whether contract year k is paid: years 1–5, and the later ones when the contract is renewed. */
  paidYear: (k: number) => boolean;
  signature: Day;
  taux: number;
  crise: boolean;
  additionnel: boolean;
  lag: number;
  /** The missions contracted: the optional ones only when chosen. */
  missions: readonly Mission[];
  /** Start date and first-year prorata of every mission, contracted or not. */
  starts: Record<Mission, { day: Day; prorata: number }>;
}

type StartOptions = Pick<CashPlanOptions, "missionStarts" | "demarrage">;

function missionStart(o: StartOptions, m: Mission, signature: Day): Day {
  const given = o.missionStarts?.[m];
  const what = `Date de démarrage de la mission « ${MISSION_LABELS[m]} »`;
  if (m === "fonctionnement") {
    if (given !== undefined && requireDate(given, "demarrage", what) !== signature) {
      throw new DomainError(
        `${what} invalide : ${describeValue(given)}. Le fonctionnement démarre à la signature (${frDate(signature)}).`,
        "demarrage"
      );
    }
    return signature;
  }
  const deadline = deadlineOf(signature, m);
  if (given === undefined) return startSetting(o) === "signature" ? signature : deadline;
  const day = requireDate(given, "demarrage", what);
  if (day < signature) {
    throw new DomainError(
      `${what} invalide : ${frDate(day)} précède la signature (${frDate(signature)}).`,
      "demarrage"
    );
  }
  if (day > deadline) {
    throw new DomainError(
      `${what} trop tardive : ${frDate(day)}. Valeur attendue : au plus tard ${deadlines[m]} mois après la signature, soit le ${frDate(deadline)}.`,
      "demarrage"
    );
  }
  return day;
}

/**
 * A mission-start setting from its key or its French label, whatever the case, accents or dashes: "signature",
 * "à la signature", "au plus tard", "au-plus-tard".
 */
export function parseStartSetting(value: unknown): MissionStartSetting {
  const plain = typeof value === "string" ? normalizeLabel(value).replace(/-/g, " ") : "";
  const found = (Object.keys(MISSION_START_SETTINGS) as MissionStartSetting[]).find(
    (key) =>
      plain === key.replace(/-/g, " ") ||
      plain === normalizeLabel(MISSION_START_SETTINGS[key]).replace(/-/g, " ")
  );
  if (found === undefined) {
    throw new DomainError(
      `Démarrage des missions invalide : ${describeValue(value)}. Valeurs possibles : « signature » ou « au plus tard ».`,
      "demarrage"
    );
  }
  return found;
}

/**
 * A mission's start date typed for a contract signed on `dateSignature`, checked as the cash plan checks it (from
 * the signature to the mission's deadline): the pane asks it before any budget is computed.
 */
export function requireMissionStart(dateSignature: string, m: Mission, date: string): string {
  return isoOf(missionStart({ missionStarts: { [m]: date } }, m, requireSignature(dateSignature)));
}

function startSetting(o: StartOptions): MissionStartSetting {
  return o.demarrage === undefined ? DEFAULT_MISSION_START : parseStartSetting(o.demarrage);
}

/**
 * The first contract year paid at the new taille after an avenant dated `date`: the year that starts at the first
 * anniversary strictly after it (TAILLE_CHANGE). `completed` anniversaries are on or before the date.
 */
export function tailleChangeYear(dateSignature: string, date: string): number {
  const signature = requireSignature(dateSignature);
  const day = requireDate(date, "date_avenant", "Date de l'avenant de changement de taille");
  if (day < signature) {
    throw new DomainError(
      `Date de l'avenant de changement de taille invalide : ${frDate(day)} précède la signature (${frDate(signature)}).`,
      "date_avenant"
    );
  }
  let completed = 0;
  while (addMonths(signature, 12 * (completed + 1)) <= day) completed++;
  return completed + 2;
}

/** The taille of each contract year: the signed one, then the avenant's from its first year. */
function tailles(o: CashPlanOptions, taille: number): (k: number) => number {
  const change = o.changementTaille;
  if (change === undefined) return () => taille;
  const next = requireInteger(change.taille, "taille", 1, 4, "Nouvelle taille de CPTS");
  if (next === taille) {
    throw new DomainError(
      `Changement de taille invalide : la nouvelle taille (${next}) est celle du contrat. Valeur attendue : une autre taille de 1 à 4.`,
      "taille"
    );
  }
  const from = tailleChangeYear(o.dateSignature, change.date);
  return (k) => evaluateNumber(yearTaille(k, from, next, taille));
}

/** The taille that pays contract year k: the contract's, or the avenant's from its first year. */
export function contractTaille(o: CashPlanOptions, k: number): number {
  return tailles(o, requireInteger(o.taille, "taille", 1, 4, "Taille de CPTS"))(k);
}

function resolve(o: CashPlanOptions): Plan {
  const taille = requireInteger(o.taille, "taille", 1, 4, "Taille de CPTS");
  const signature = requireSignature(o.dateSignature);
  const tailleOf = tailles(o, taille);
  const taux = requireNumber(
    o.taux ?? 0,
    "taux",
    (n) => n >= 0 && n <= 1,
    "Taux de réalisation",
    "un nombre de 0 à 1 (ex. 0,8 pour 80 %)"
  );
  const lag = requireInteger(
    o.lagMonths ?? PAYMENT_LAG.months,
    "delai_mois",
    0,
    MAX_LAG_MONTHS,
    "Délai de paiement (mois)"
  );
  if (o.membres !== undefined)
    requireInteger(o.membres, "membres", 0, Infinity, "Nombre de membres");
  const cutoff =
    o.dateLimiteAdditionnel === undefined
      ? undefined
      : isoOf(
          requireDate(
            o.dateLimiteAdditionnel,
            "date_limite",
            "Date limite du financement additionnel"
          )
        );
  const missions = MISSIONS.filter((m) => o.optionnelles || !OPTIONAL_MISSIONS.includes(m));
  const firstAnniversary = addMonths(signature, 12);
  const starts = Object.fromEntries(
    MISSIONS.map((m) => {
      const day = missionStart(o, m, signature);
      const prorata = evaluateNumber(yearOneProrata(day, signature, firstAnniversary));
      return [m, { day, prorata }];
    })
  ) as Plan["starts"];
  const renewed = o.renouvellement ?? false;
  return {
    tailleOf: (k) => tailleOf(k) - 1,
    majorationOf: (k) =>
      evaluateNumber(
        majorationT4(tailleOf(k), o.membres ?? 0, MAJORATION_T4.minMembers, MAJORATION_T4.rate)
      ),
    paidYear: (k) => evaluate(yearInContract(k, CONTRACT_YEARS, renewed)) === true,
    signature,
    taux,
    crise: o.crise ?? false,
    additionnel: hasFinancementAdditionnel(isoOf(signature), cutoff),
    lag,
    missions,
    starts,
  };
}

/** Fixed and variable amounts due to mission m for contract year k (the rule yearAmount of ./rules/calendar.ts). */
function yearAmounts(plan: Plan, m: Mission, k: number): { fixe: number; variable: number } {
  const env = ACI_GRID.envelopes[m];
  const t = plan.tailleOf(k);
  const args = {
    majoration: plan.majorationOf(k),
    prorata: plan.starts[m].prorata,
    rate: plan.taux,
    declared: plan.crise,
    contracted: plan.missions.includes(m),
    inContract: plan.paidYear(k),
  };
  const fixe = m === "crise" && k > 1 ? ACI_GRID.criseMiseAJour[t] : env.fixe[t];
  return {
    fixe: evaluateNumber(yearAmount(m, k, "fixe", { ...args, amount: fixe })),
    variable: evaluateNumber(yearAmount(m, k, "variable", { ...args, amount: env.variable[t] })),
  };
}

/** Whether a year's fixed part is paid whole when the year starts: a crisis amount, fonctionnement in year 1. */
function paidWhole(m: Mission, k: number): boolean {
  return m === "crise" || (m === "fonctionnement" && k === 1);
}

const KIND_ORDER: readonly PaymentKind[] = [
  "fonctionnement",
  "additionnel",
  "solde",
  "variable",
  "avance",
];

/** The Barème ACI row a payment comes from (see budgetAci.ts ACI_ROWS). */
export function baremeCode(m: Mission, kind: PaymentKind, contractYear: number): string {
  if (m === "fonctionnement") return kind === "additionnel" ? "fonctionnement.additionnel" : m;
  if (m === "crise") {
    if (kind === "variable") return "crise.survenue";
    return contractYear === 1 ? "crise.elaboration" : "crise.miseajour";
  }
  return kind === "variable" ? `${m}.variable` : `${m}.fixe`;
}

/** Date on which what falls due at the k-th anniversary is paid: A_k + lag. */
function dueDay(plan: Plan, k: number): Day {
  return dayOfSerial(evaluateNumber(dueDate(serialOfDay(plan.signature), k, plan.lag)));
}

/**
 * Every payment the rules provide for, mission by mission and year by year, zero amounts included (an optional
 * mission not contracted, a mission starting at A1, a variable part at 0 %). Only payments that can never be
 * non-zero are left out: the balance of an amount paid in full, the variable part of fonctionnement.
 */
function events(plan: Plan, years: number, first = 1): AciPayment[] {
  const payments: AciPayment[] = [];
  const pay = (
    day: Day,
    mission: Mission,
    kind: PaymentKind,
    contractYear: number,
    amount: number
  ) =>
    payments.push({
      date: isoOf(day),
      mission,
      code: baremeCode(mission, kind, contractYear),
      kind,
      contractYear,
      amount,
    });
  for (const m of MISSIONS) {
    for (let k = first; k <= years; k++) {
      const { fixe, variable } = yearAmounts(plan, m, k);
      const whole = paidWhole(m, k);
      const advanced = whole ? fixe : evaluateNumber(advance(fixe, PAYMENT_RULES.advance));
      const start = k === 1 ? plan.starts[m].day : dueDay(plan, k - 1);
      pay(start, m, m === "fonctionnement" && k === 1 ? "fonctionnement" : "avance", k, advanced);
      if (m === "fonctionnement" && k === 1) {
        const additionnel = additionnelAmount(fixe, FINANCEMENT_ADDITIONNEL.rate);
        pay(
          plan.signature,
          m,
          "additionnel",
          1,
          evaluateNumber(paidIf(additionnel, plan.additionnel))
        );
      }
      if (!whole) pay(dueDay(plan, k), m, "solde", k, evaluateNumber(balance(fixe, advanced)));
      if (m !== "fonctionnement") pay(dueDay(plan, k), m, "variable", k, variable);
    }
  }
  return payments;
}

function schedule(plan: Plan, years: number): AciPayment[] {
  return events(plan, years)
    .filter((p) => p.amount > 0)
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        MISSIONS.indexOf(a.mission) - MISSIONS.indexOf(b.mission) ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
    );
}

export interface AciCalendar {
  /** Start date (ISO) and first-year prorata of every mission, contracted or not; fonctionnement starts at S. */
  starts: Record<Mission, { date: string; prorata: number }>;
  /**
   * Every payment of contract years 1 to `years` in a fixed order (mission, contract year, then advance, balance,
   * variable part), zero amounts included: the same rows whatever the options, for a table of live formulas.
   */
  events: AciPayment[];
}

/**
 * The payment calendar of contract years `first` to `years` as a fixed table: aciPaymentSchedule is its non-zero
 * rows in date order (from year 1).
 */
export function aciCalendar(o: CashPlanOptions, years: number, first = 1): AciCalendar {
  const plan = resolve(o);
  const all = events(
    plan,
    requireInteger(years, "annees", 1, MAX_YEARS, "Nombre d'années de contrat"),
    requireInteger(first, "premiere_annee", 1, years, "Première année de contrat")
  );
  const starts = Object.fromEntries(
    MISSIONS.map((m) => [m, { date: isoOf(plan.starts[m].day), prorata: plan.starts[m].prorata }])
  ) as AciCalendar["starts"];
  return { starts, events: all };
}

/**
 * Every ACI payment due for contract years 1 to `years` (default 5, the contract's length), in date order. The
 * balance and variable part of the last year, paid after it ends, are included; the next year's advance is not.
 */
export function aciPaymentSchedule(o: CashPlanOptions, years = CONTRACT_YEARS): AciPayment[] {
  const plan = resolve(o);
  return schedule(
    plan,
    requireInteger(years, "annees", 1, MAX_YEARS, "Nombre d'années de contrat")
  );
}

/** Contract years to cover so that every payment up to `last` is in the schedule (none after the end unless renewed). */
function yearsThrough(plan: Plan, last: Day): number {
  let years = 1;
  while (addMonths(plan.signature, 12 * years) <= last) years++;
  return years;
}

/** Payments from `first` to `last` inclusive (the contract renewed on the same terms when it is). */
function paymentsBetween(plan: Plan, first: Day, last: Day): AciPayment[] {
  const [from, to] = [isoOf(first), isoOf(last)];
  return schedule(plan, yearsThrough(plan, last)).filter((p) => p.date >= from && p.date <= to);
}

/** € of ACI received from `from` to `to` inclusive, for one mission, its label, "socle" or "total" (default). */
export function aciCashBetween(
  o: CashPlanOptions & { mission?: string },
  from: string,
  to: string
): number {
  const plan = resolve(o);
  const missions = missionsOf(parseMission(o.mission ?? "total"));
  const first = requireDate(from, "date_debut", "Date de début");
  const last = requireDate(to, "date_fin", "Date de fin");
  if (first > last) {
    throw new DomainError(
      `Période invalide : la date de fin (${frDate(last)}) précède la date de début (${frDate(first)}).`,
      "date_fin"
    );
  }
  const payments = paymentsBetween(plan, first, last).filter((p) => missions.includes(p.mission));
  return cents(payments.reduce((sum, p) => sum + p.amount, 0));
}

/** ACI receipts month by month from `startMonth` (yyyy-mm), per envelope and in total. */
export function monthlyAciInflows(
  o: CashPlanOptions,
  startMonth: string,
  months: number
): { month: string; byMission: Record<Mission, number>; total: number }[] {
  const plan = resolve(o);
  const first = parseIsoDate(`${startMonth}-01`);
  if (first === undefined) {
    throw new DomainError(
      `Mois de début invalide : ${describeValue(startMonth)}. Valeur attendue : un mois (AAAA-MM).`,
      "mois_debut"
    );
  }
  requireInteger(months, "nb_mois", 1, MAX_MONTHS, "Nombre de mois");
  const rows = Array.from({ length: months }, (_, i) => ({
    month: isoOf(addMonths(first, i)).slice(0, 7),
    byMission: Object.fromEntries(MISSIONS.map((m) => [m, 0])) as Record<Mission, number>,
    total: 0,
  }));
  for (const p of paymentsBetween(plan, first, addMonths(first, months) - 1)) {
    const row = rows.find((r) => r.month === p.date.slice(0, 7))!;
    row.byMission[p.mission] = cents(row.byMission[p.mission] + p.amount);
    row.total = cents(row.total + p.amount);
  }
  return rows;
}
