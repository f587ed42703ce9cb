// The team's cost, post by post and month by month from the signature month: GE invoices, freelance fees, the
// payroll of direct hires, and the taxe sur les salaires on the whole payroll of each calendar year.
import {
  ACI_GRID,
  type Mission,
  MISSIONS,
  MISSION_LABELS,
  OPTIONAL_MISSIONS,
} from "./data/aciGrid";
import { GEIO_TARIFF } from "./data/geTariff";
import { POST_MODES, type PostInputs, type PostMode } from "./budgetInputs";
import {
  bandTax,
  geBilling,
  requireJoursParAn,
  requireMois,
  requireTarifJour,
  taxeYearFor,
} from "./coordinator";
import { calendarYearOf } from "./dates";
import { evaluateNumber } from "./rules/expr";
import { calendarYearFrom, calendarYearTo, monthsWorked, taxeDue } from "./rules/taxe";
import {
  cents,
  controlCharacterIn,
  DomainError,
  describeValue,
  hasControlCharacter,
  requireInteger,
  requireNumber,
  sum,
} from "./errors";
import { frLimit, LIMITS } from "./limits";
import { type EmployerCost, employerMonthlyCost, requireEtp, requireFlag } from "./payroll";
import { agreementMinimum, isCadrePost, type Minimum } from "./salary";

/** The accounts a post's cost goes to: 621 GE, 622 freelance, 641 gross pay, 645 employer contributions, 631 tax. */
export const TEAM_ACCOUNTS = [
  "ge",
  "prestataire",
  "salaires",
  "chargesSociales",
  "taxeSalaires",
] as const;
export type TeamAccount = (typeof TEAM_ACCOUNTS)[number];
export type ByAccount<T> = Record<TeamAccount, T>;

/** Contract years the team is costed over: the two budgeted ones and the third the cash plan shows. */
export const TEAM_YEARS = 3;
const MONTHS = TEAM_YEARS * 12;

export interface PostBudget {
  intitule: string;
  mode: PostMode;
  cadre: boolean;
  /** The agreement's full-time minimum (raised to the SMIC where below it). */
  minimum: Minimum;
  /** Full-time gross used: the one typed, or the minimum. */
  brutTempsPlein: number;
  /** Monthly, at the post's ETP, from the payroll rules: gross, employer cost without the tax, the tax's base. */
  brutMensuel: number;
  coutEmployeurMensuel: number;
  assietteMensuelle: number;
  /** The GE's fees (its price list) and monthly invoice: fees + the employee's cost. */
  fraisMiseEnPlace: number;
  fraisGestionMensuels: number;
  fraisPaieMensuels: number;
  factureMensuelleGe: number;
  fraisFin: number;
  /** Freelance fees of a worked month: day rate × days a year / 12. */
  honorairesMensuels: number;
  debutMois: number;
  mois: number;
  /** Months worked in each contract year 1–3. */
  moisParAnnee: number[];
  /** Cost per contract year 1–3, by account, in € to the cent; only the post's mode is non-zero (the tax: direct hires). */
  parAnnee: ByAccount<number[]>;
  /** All accounts together, per contract year 1–3. */
  total: number[];
  /** Share of the cost per envelope (contracted missions only), summing to 1. */
  repartition: Record<Mission, number>;
}

/** The taxe sur les salaires of one calendar year on all direct hires together. */
export interface CalendarYearTax {
  annee: number;
  /** Year of the bands and allowance applied. */
  anneeBareme: number;
  /** Each post's months in that year, and its pay liable to the tax (0 for a post that is not a direct hire). */
  mois: number[];
  remunerations: number[];
  /** Sum of each employee's tax by bands. */
  brute: number;
  abattement: number;
  /** brute − abattement, at least 0. */
  due: number;
}

export interface TeamBudget {
  postes: PostBudget[];
  taxeParAnneeCivile: CalendarYearTax[];
  /** Per contract year 1–3: the sum of the posts, by account. */
  parAnnee: ByAccount<number[]>;
  /** Everything the team costs the CPTS, the tax included, per contract year 1–3. */
  coutEquipe: number[];
  /** Gross pay of direct hires, per contract year 1–3. */
  masseSalariale: number[];
  /** Per contract year 1–3 and envelope: the posts' cost by their split (fonctionnement takes the rounding, see splitByEnvelope). */
  parEnveloppe: Record<Mission, number>[];
  /** Per month 1–36 from the signature month, by account (not rounded: the cash plan's twelfths). */
  parMois: ByAccount<number[]>;
}

/** What a post is named in a message: « Poste 2 (« Secrétaire ») ». */
const postName = (p: PostInputs, i: number) => `Poste ${i + 1} (${describeValue(p.intitule)})`;

function requireMode(value: unknown, what: string): PostMode {
  if (!POST_MODES.includes(value as PostMode)) {
    throw new DomainError(
      `${what} : mode invalide ${describeValue(value)}. Valeurs possibles : ${POST_MODES.join(", ")}.`,
      "mode"
    );
  }
  return value as PostMode;
}

/** The envelopes a post can be charged to: fonctionnement and the contracted missions. */
export function contractedEnvelopes(optionnelles: boolean): Mission[] {
  return MISSIONS.filter((m) => optionnelles || !OPTIONAL_MISSIONS.includes(m));
}

/**
 * The default split of a post (FACTS §7, the coordinator): half on fonctionnement, half on the contracted missions
 * pro rata of their fixed parts (the crisis's preparation part, not the survenue), for the taille.
 */
export function defaultRepartition(taille: number, optionnelles: boolean): Record<Mission, number> {
  const missions = contractedEnvelopes(optionnelles).filter((m) => m !== "fonctionnement");
  const fixed = (m: Mission) => ACI_GRID.envelopes[m].fixe[taille - 1];
  const total = sum(missions.map(fixed));
  const split = Object.fromEntries(MISSIONS.map((m) => [m, 0])) as Record<Mission, number>;
  split.fonctionnement = 0.5;
  for (const m of missions) split[m] = (0.5 * fixed(m)) / total;
  return split;
}

/** Shares summing to 1 within a millionth (a split typed as percentages rounds). */
const SHARE_TOLERANCE = 1e-6;

function requireRepartition(
  value: PostInputs["repartition"],
  what: string,
  taille: number,
  optionnelles: boolean
): Record<Mission, number> {
  if (value === undefined) return defaultRepartition(taille, optionnelles);
  const allowed = contractedEnvelopes(optionnelles);
  const split = Object.fromEntries(MISSIONS.map((m) => [m, 0])) as Record<Mission, number>;
  for (const [key, share] of Object.entries(value)) {
    if (!allowed.includes(key as Mission)) {
      throw new DomainError(
        `${what} : enveloppe de répartition invalide ${describeValue(key)}. Valeurs possibles : ${allowed.join(", ")}${optionnelles ? "" : " (missions optionnelles non contractées)"}.`,
        "repartition"
      );
    }
    split[key as Mission] = requireNumber(
      share,
      "repartition",
      (n) => n >= 0 && n <= 1,
      `${what} : part « ${MISSION_LABELS[key as Mission]} »`,
      "une part de 0 à 1 (ex. 0,5 pour la moitié)"
    );
  }
  const total = sum(Object.values(split));
  if (Math.abs(total - 1) > SHARE_TOLERANCE) {
    throw new DomainError(
      `${what} : la répartition par enveloppe totalise ${describeValue(cents(total * 100) / 100)}. Valeur attendue : des parts dont la somme vaut 1 (100 %).`,
      "repartition"
    );
  }
  return split;
}

function requireName(value: unknown, index: number): string {
  if (typeof value !== "string" || !value.trim() || value.length > LIMITS.nom) {
    throw new DomainError(
      `Poste ${index + 1} : intitulé invalide : ${describeValue(value)}. Valeur attendue : un texte non vide de ${LIMITS.nom} caractères au plus.`,
      "intitule"
    );
  }
  if (hasControlCharacter(value)) {
    throw new DomainError(
      `Poste ${index + 1} : intitulé invalide : ${controlCharacterIn(value)}`,
      "intitule"
    );
  }
  return value;
}

/** The typed full-time gross, refused below the agreement's minimum. */
function requireTypedGross(value: unknown, minimum: Minimum, what: string): number {
  return requireNumber(
    value,
    "brut_mensuel",
    (n) => n >= minimum.montant && n <= LIMITS.montant,
    `${what} : salaire brut mensuel à temps plein`,
    `au moins ${describeValue(minimum.montant)} € (${minimum.base}), au plus ${frLimit(LIMITS.montant)} €`
  );
}

interface CheckedPost {
  input: PostInputs;
  what: string;
  minimum: Minimum;
  brutTempsPlein: number;
  cadre: boolean;
  repartition: Record<Mission, number>;
}

function checkPost(
  p: PostInputs,
  index: number,
  taille: number,
  optionnelles: boolean
): CheckedPost {
  requireName(p.intitule, index);
  const what = postName(p, index);
  const mode = requireMode(p.mode, what);
  requireEtp(p.etp);
  requireFlag(p.forfaitJours, "forfait_jours", `${what} : forfait jours`);
  requireInteger(p.debutMois, "debut_mois", 0, LIMITS.mois, `${what} : mois de début`);
  requireMois(p.mois);
  if (mode === "prestataire") {
    requireTarifJour(p.tarifJour);
    requireJoursParAn(p.joursParAn);
  } else {
    // Kept for a switch to freelance and for the comparison: 0 (unset) allowed.
    requireNumber(
      p.tarifJour,
      "tarif_jour",
      (n) => n >= 0 && n <= LIMITS.montant,
      `${what} : tarif journalier`,
      `un montant positif ou nul en euros, au plus ${frLimit(LIMITS.montant)} €`
    );
    requireNumber(
      p.joursParAn,
      "jours",
      (n) => n >= 0 && n <= LIMITS.joursParAn,
      `${what} : jours par an`,
      `un nombre de jours positif ou nul, au plus ${LIMITS.joursParAn}`
    );
  }
  const minimum = agreementMinimum(p);
  const brutTempsPlein =
    p.brutMensuel === undefined ? minimum.montant : requireTypedGross(p.brutMensuel, minimum, what);
  return {
    input: p,
    what,
    minimum,
    brutTempsPlein,
    cadre: isCadrePost(p),
    repartition: requireRepartition(p.repartition, what, taille, optionnelles),
  };
}

/** Runs a post's checks so that every error names the post, as « Poste 2 (« Secrétaire ») : … ». */
function namingThePost<T>(index: number, p: PostInputs, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof DomainError) || error.message.startsWith("Poste ")) throw error;
    // « ETP invalide » keeps its capitals; « Nombre de mois invalide » becomes « nombre de mois invalide ».
    const m = error.message;
    const lead = /^\p{Lu}\p{Ll}/u.test(m) ? m[0].toLowerCase() + m.slice(1) : m;
    const named = `${postName(p, index)} : ${lead}`;
    throw new DomainError(named, error.argument);
  }
}

/** Whether month k (0 = the signature month) falls within the post. */
const worksIn = (p: PostInputs, k: number) => k >= p.debutMois && k < p.debutMois + p.mois;

/** What a month of a post costs is drawn from. */
type PostCosts = Pick<
  PostBudget,
  | "mode"
  | "brutMensuel"
  | "coutEmployeurMensuel"
  | "fraisMiseEnPlace"
  | "factureMensuelleGe"
  | "fraisFin"
  | "honorairesMensuels"
  | "debutMois"
  | "mois"
>;

/** The cost of one post in month k (1-based), by account, the tax aside. */
function monthCost(post: PostCosts, k: number): ByAccount<number> {
  const worked = k > post.debutMois && k <= post.debutMois + post.mois;
  const costs: ByAccount<number> = {
    ge: 0,
    prestataire: 0,
    salaires: 0,
    chargesSociales: 0,
    taxeSalaires: 0,
  };
  if (post.mode === "ge") {
    costs.ge =
      (worked ? post.factureMensuelleGe : 0) +
      (k === post.debutMois + 1 ? post.fraisMiseEnPlace : 0) +
      (k === post.debutMois + post.mois ? post.fraisFin : 0);
  } else if (worked && post.mode === "prestataire") {
    costs.prestataire = post.honorairesMensuels;
  } else if (worked) {
    costs.salaires = post.brutMensuel;
    costs.chargesSociales = post.coutEmployeurMensuel - post.brutMensuel;
  }
  return costs;
}

/**
 * The taxe sur les salaires of every calendar year the plan's months touch (CGI art. 231 and 1679 A): each direct
 * hire's pay of the whole year (months beyond the plan included) taxed by bands, summed, less the year's association
 * allowance, once.
 */
function calendarYearTaxes(
  checked: CheckedPost[],
  assiettes: number[],
  firstMonth: string
): CalendarYearTax[] {
  const yearOf = (k: number) => calendarYearOf(firstMonth, k);
  const first = yearOf(0);
  const last = yearOf(MONTHS - 1);
  const taxes: CalendarYearTax[] = [];
  for (let annee = first; annee <= last; annee++) {
    const bareme = taxeYearFor(annee);
    // Months of each post in this calendar year, counted from the signature month (they may pass the plan's end).
    const signatureMonth = Number(firstMonth.slice(5, 7));
    const [from, to] = [
      calendarYearFrom(annee - first, signatureMonth),
      calendarYearTo(annee - first, signatureMonth),
    ];
    const mois = checked.map(({ input }) =>
      evaluateNumber(monthsWorked(input.debutMois, input.mois, from, to))
    );
    const remunerations = checked.map(({ input }, i) =>
      input.mode === "salarie" ? cents(assiettes[i] * mois[i]) : 0
    );
    const brute = cents(sum(remunerations.map((pay) => bandTax(pay, bareme.limits))));
    taxes.push({
      annee,
      anneeBareme: bareme.annee,
      mois,
      remunerations,
      brute,
      abattement: bareme.abattement,
      due: evaluateNumber(taxeDue(brute, bareme.abattement)),
    });
  }
  return taxes;
}

/**
 * The team over contract years 1–3, from the signature month (`firstMonth`, yyyy-mm). Validates the posts.
 * Each post's share of a calendar year's tax is in proportion to its pay, spread over its months of that year.
 */
export async function teamBudget(
  equipe: PostInputs[],
  firstMonth: string,
  taille: number,
  optionnelles: boolean
): Promise<TeamBudget> {
  if (!Array.isArray(equipe) || equipe.length < 1 || equipe.length > LIMITS.postes) {
    throw new DomainError(
      `Équipe invalide : ${describeValue(Array.isArray(equipe) ? equipe.length : equipe)} postes. Valeur attendue : de 1 à ${LIMITS.postes} postes, le coordinateur en premier.`,
      "equipe"
    );
  }
  const checked = equipe.map((p, i) =>
    namingThePost(i, p, () => checkPost(p, i, taille, optionnelles))
  );
  const costs = await Promise.all(
    checked.map((c) =>
      employerMonthlyCost({ brutMensuel: c.brutTempsPlein, etp: c.input.etp, cadre: c.cadre })
    )
  );
  const taxes = calendarYearTaxes(
    checked,
    costs.map((c) => c.assietteTaxeSalaires),
    firstMonth
  );
  const yearOf = (k: number) => calendarYearOf(firstMonth, k);
  return assemble(
    checked.map((c, i) => costPost(c, costs[i], i, taxes, yearOf)),
    taxes
  );
}

interface CostedPost {
  post: PostBudget;
  /** Months 1–36, by account. */
  months: ByAccount<number>[];
}

const byAccount = <T>(f: (a: TeamAccount) => T): ByAccount<T> =>
  Object.fromEntries(TEAM_ACCOUNTS.map((a) => [a, f(a)])) as ByAccount<T>;

const YEARS = Array.from({ length: TEAM_YEARS }, (_, y) => y);

function costPost(
  c: CheckedPost,
  cost: EmployerCost,
  i: number,
  taxes: CalendarYearTax[],
  yearOf: (k: number) => number
): CostedPost {
  const p = c.input;
  const ge = geBilling(cost.brut, cost.coutEmployeur, p.mois, GEIO_TARIFF);
  const base: PostCosts = {
    mode: p.mode,
    brutMensuel: cost.brut,
    coutEmployeurMensuel: cost.coutEmployeur,
    fraisMiseEnPlace: ge.fraisMiseEnPlace,
    factureMensuelleGe: ge.factureMensuelle,
    fraisFin: ge.fraisFin,
    honorairesMensuels: (p.tarifJour * p.joursParAn) / 12,
    debutMois: p.debutMois,
    mois: p.mois,
  };
  // The post's share of a calendar year's tax is in proportion to its pay, spread evenly over its months that year.
  const taxOfMonth = (k: number): number => {
    const tax = taxes.find((t) => t.annee === yearOf(k - 1))!;
    const total = sum(tax.remunerations);
    if (!total || !tax.remunerations[i] || !worksIn(p, k - 1)) return 0;
    return (tax.due * tax.remunerations[i]) / total / tax.mois[i];
  };
  const months = Array.from({ length: MONTHS }, (_, j) => ({
    ...monthCost(base, j + 1),
    taxeSalaires: taxOfMonth(j + 1),
  }));
  const years = YEARS.map((y) => months.slice(12 * y, 12 * y + 12));
  const parAnnee = byAccount((a) => years.map((ms) => cents(sum(ms.map((m) => m[a])))));
  return {
    post: {
      ...base,
      intitule: p.intitule,
      cadre: c.cadre,
      minimum: c.minimum,
      brutTempsPlein: c.brutTempsPlein,
      assietteMensuelle: cost.assietteTaxeSalaires,
      fraisGestionMensuels: ge.fraisGestionMensuels,
      fraisPaieMensuels: ge.fraisPaieMensuels,
      moisParAnnee: YEARS.map(
        (y) => Array.from({ length: 12 }, (_, j) => 12 * y + j).filter((k) => worksIn(p, k)).length
      ),
      parAnnee,
      total: YEARS.map((y) => cents(sum(TEAM_ACCOUNTS.map((a) => parAnnee[a][y])))),
      repartition: c.repartition,
    },
    months,
  };
}

/**
 * The team's cost of contract year y by envelope: each envelope's share of the posts, to the cent, and fonctionnement
 * (always contracted) what the others leave, so that the envelopes add up to the team's cost without losing a cent.
 */
function splitByEnvelope(postes: PostBudget[], y: number, total: number): Record<Mission, number> {
  const split = Object.fromEntries(
    MISSIONS.map((m) => [m, cents(sum(postes.map((p) => p.total[y] * p.repartition[m])))])
  ) as Record<Mission, number>;
  split.fonctionnement = cents(
    total - sum(MISSIONS.filter((m) => m !== "fonctionnement").map((m) => split[m]))
  );
  return split;
}

function assemble(costed: CostedPost[], taxes: CalendarYearTax[]): TeamBudget {
  const postes = costed.map((c) => c.post);
  const parAnnee = byAccount((a) =>
    YEARS.map((y) => cents(sum(postes.map((p) => p.parAnnee[a][y]))))
  );
  const coutEquipe = YEARS.map((y) => cents(sum(postes.map((p) => p.total[y]))));
  return {
    postes,
    taxeParAnneeCivile: taxes,
    parAnnee,
    coutEquipe,
    masseSalariale: parAnnee.salaires,
    parEnveloppe: YEARS.map((y) => splitByEnvelope(postes, y, coutEquipe[y])),
    parMois: byAccount((a) =>
      Array.from({ length: MONTHS }, (_, k) => sum(costed.map((c) => c.months[k][a])))
    ),
  };
}
