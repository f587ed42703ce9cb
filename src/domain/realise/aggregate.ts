// Budget versus actual: the entries summed in one pass per line, envelope and period (contract years and exercices
// tested), the subsidies received per exercice against the 153 000 € threshold, the bank balance at the end of each
// month of the cash plan, and the year-end projection.
import type { BudgetModel } from "../budget";
import { type Mission, MISSIONS } from "../data/aciGrid";
import { SEUIL_CAC } from "../data/thresholds";
import { cents, sumCents } from "../errors";
import { evaluate, evaluateNumber } from "../rules/expr";
import { overThreshold } from "../rules/cac";
import { grantedOverYears } from "../rules/prorata";
import { serialOfIso } from "../dates";
import { contractedEnvelopes } from "../team";
import {
  AccountLookup,
  type AccountMapping,
  defaultMappings,
  type RealiseLine,
  realiseLines,
  SUBSIDIES_ACCOUNT,
} from "./lines";
import { type RealisePeriod, realisePeriods } from "./periods";
import { consumed, gap, monthsBegun, projection } from "./rules";
import type { EntriesFile } from "./types";

/** Budget and actual of one line or envelope, per period (realisePeriods order). */
export interface PeriodFigures {
  budget: number[];
  realise: number[];
  /** Actual − budget. */
  ecart: number[];
  /** Actual / budget; "" when nothing is budgeted. */
  consomme: (number | "")[];
}

export interface LineActual extends RealiseLine, PeriodFigures {
  /** Charges: the actual of entries with no envelope in the file, per period (spread by the line's split). */
  sansEnveloppe: number[];
  /** Per contract year: actual to date + the budget of the months left. */
  projection: number[];
  ecritures: number;
}

export interface EnvelopeActual extends PeriodFigures {
  mission: Mission;
}

export interface UnmappedAccount {
  compte: string;
  libelle: string;
  debit: number;
  credit: number;
  ecritures: number;
}

export interface SubsidiesReceived {
  exercice: number;
  debut: string;
  fin: string;
  /** Class 74 credits minus debits dated in the exercice. */
  recues: number;
  seuil: number;
  depasse: boolean;
}

export interface BankMonth {
  /** yyyy-mm, a month of the cash plan up to the last entry's month. */
  mois: string;
  /** Account 512 (debit − credit) of every entry dated up to the month's last day. */
  realise: number;
  /** The cash plan's closing balance of the month. */
  prevu: number;
}

export interface RealiseCounts {
  ecritures: number;
  /** Écritures (JournalCode + EcritureNum) with debit ≠ credit. */
  desequilibrees: number;
  /** Total debit − total credit of the file, in euros. */
  ecartTotal: number;
  /** Entries dated in no period (contract year or exercice tested). */
  horsPeriode: number;
  /** Class 6 or 7 entries whose account maps to no line. */
  nonAffectees: number;
  /** Entries of other classes (third parties, bank, capital…): not budget lines. */
  autresComptes: number;
}

export interface RealiseSummary {
  periodes: RealisePeriod[];
  /** The last entry's date (ISO), undefined for a file without entries. */
  arrete: string | undefined;
  /** Per contract year: months begun up to the arrêté (0 to 12). */
  moisEcoules: number[];
  mappings: AccountMapping[];
  charges: LineActual[];
  produits: LineActual[];
  totalCharges: PeriodFigures & { projection: number[] };
  totalProduits: PeriodFigures & { projection: number[] };
  /** The contracted envelopes: the charges' budget and actual by envelope. */
  enveloppes: EnvelopeActual[];
  nonAffecte: UnmappedAccount[];
  subventions: SubsidiesReceived[];
  banque: BankMonth[];
  /** Account 512 at the arrêté: every entry's debit − credit. */
  banqueFin: number;
  /** Whether any entry is dated in each period. */
  couvert: boolean[];
  comptes: RealiseCounts;
}

const figures = (budget: number[], realise: number[]): PeriodFigures => ({
  budget,
  realise,
  ecart: realise.map((r, p) => evaluateNumber(gap(r, budget[p]))),
  consomme: realise.map((r, p) => evaluate(consumed(r, budget[p])) as number | ""),
});

/** Months of a contract year begun by the arrêté: DATEDIF(début, arrêté, "m") + 1, between 0 and 12. */
export function monthsElapsed(debut: string, arrete: string | undefined): number {
  if (arrete === undefined) return 0;
  return evaluateNumber(monthsBegun(serialOfIso(debut), serialOfIso(arrete)));
}

/**
 * Budget versus actual of a budget model and the entries of the accountant's file, in one pass over the entries.
 * `mappings` is the account table (default: each line's own account).
 */
export function compareWithBudget(
  model: BudgetModel,
  file: EntriesFile,
  mappings: AccountMapping[] = defaultMappings(realiseLines(model))
): RealiseSummary {
  const periods = realisePeriods(model);
  const lines = realiseLines(model);
  const index = new Map(lines.map((l, i) => [l.compte, i]));
  const lookup = new AccountLookup(mappings);
  const nP = periods.length;
  const perLine = () => lines.map(() => new Array<number>(nP).fill(0));
  // Accumulators in cents: exact, whatever the number of entries.
  const actual = perLine();
  const unassigned = perLine();
  const explicit = MISSIONS.map(() => new Array<number>(nP).fill(0));
  const counts = lines.map(() => 0);
  const subsidies = new Array<number>(nP).fill(0);
  const bankByMonth = new Map<string, number>();
  const unmapped = new Map<string, UnmappedAccount>();
  const covered = new Array<boolean>(nP).fill(false);
  let bank = 0;
  let horsPeriode = 0;
  let nonAffectees = 0;
  let autresComptes = 0;
  let arrete: string | undefined;
  // The periods a date falls in, once per distinct date (a year of books has a few hundred).
  const byDate = new Map<string, number[]>();
  const periodsOfDate = (date: string) => {
    let found = byDate.get(date);
    if (found === undefined) {
      found = periods.flatMap((p, i) => (date >= p.debut && date <= p.fin ? [i] : []));
      byDate.set(date, found);
    }
    return found;
  };

  for (const e of file.entries) {
    if (arrete === undefined || e.date > arrete) arrete = e.date;
    const inPeriod = periodsOfDate(e.date);
    if (inPeriod.length === 0) horsPeriode++;
    for (const p of inPeriod) covered[p] = true;
    const classe = e.compte[0];
    if (e.compte.startsWith("512")) {
      bank += e.debit - e.credit;
      const month = e.date.slice(0, 7);
      bankByMonth.set(month, (bankByMonth.get(month) ?? 0) + e.debit - e.credit);
    }
    if (classe !== "6" && classe !== "7") {
      autresComptes++;
      continue;
    }
    const net = classe === "7" ? e.credit - e.debit : e.debit - e.credit;
    if (e.compte.startsWith(SUBSIDIES_ACCOUNT)) for (const p of inPeriod) subsidies[p] += net;
    const key = lookup.lineOf(e.compte);
    const l = key === undefined ? undefined : index.get(key);
    if (l === undefined) {
      nonAffectees++;
      const u = unmapped.get(e.compte) ?? {
        compte: e.compte,
        libelle: e.compteLib || e.libelle,
        debit: 0,
        credit: 0,
        ecritures: 0,
      };
      u.debit += e.debit;
      u.credit += e.credit;
      u.ecritures++;
      unmapped.set(e.compte, u);
      continue;
    }
    counts[l]++;
    const charge = lines[l].nature === "charge";
    for (const p of inPeriod) {
      actual[l][p] += net;
      if (!charge) continue;
      if (e.enveloppe) explicit[MISSIONS.indexOf(e.enveloppe)][p] += net;
      else unassigned[l][p] += net;
    }
  }

  const euros = (c: number) => c / 100;
  const years = periods.filter((p) => p.kind === "annee");
  const yearDays = years.map((y) => ({ du: serialOfIso(y.debut), au: serialOfIso(y.fin) }));
  const moisEcoules = years.map((y) => monthsElapsed(y.debut, arrete));
  const budgetByPeriod = (perYear: number[]) =>
    periods.map((p) =>
      p.kind === "annee"
        ? perYear[years.indexOf(p)]
        : evaluateNumber(
            grantedOverYears([perYear[0], perYear[1]], [yearDays[0], yearDays[1]], {
              du: serialOfIso(p.debut),
              au: serialOfIso(p.fin),
            })
          )
    );
  const withActual = lines.map((line, l): LineActual => {
    const budget = budgetByPeriod(line.budget);
    const realise = actual[l].map(euros);
    return {
      ...line,
      ...figures(budget, realise),
      sansEnveloppe: unassigned[l].map(euros),
      projection: years.map((_, y) =>
        evaluateNumber(projection(realise[y], line.budget[y], moisEcoules[y]))
      ),
      ecritures: counts[l],
    };
  });
  const charges = withActual.filter((l) => l.nature === "charge");
  const produits = withActual.filter((l) => l.nature === "produit");
  const total = (ls: LineActual[]) => ({
    ...figures(
      periods.map((_, p) => sumCents(ls.map((l) => l.budget[p]))),
      periods.map((_, p) => sumCents(ls.map((l) => l.realise[p])))
    ),
    projection: years.map((_, y) => sumCents(ls.map((l) => l.projection[y]))),
  });
  const enveloppes = contractedEnvelopes(model.inputs.optionnelles).map(
    (mission): EnvelopeActual => {
      const m = MISSIONS.indexOf(mission);
      const spread = (of: (l: LineActual) => number) =>
        charges.reduce((s, l) => s + of(l) * l.repartition[mission], 0);
      return {
        mission,
        ...figures(
          periods.map((_, p) => cents(spread((l) => l.budget[p]))),
          periods.map((_, p) => cents(euros(explicit[m][p]) + spread((l) => l.sansEnveloppe[p])))
        ),
      };
    }
  );
  const bankMonths: BankMonth[] = [];
  const months = [...bankByMonth.keys()].sort();
  let running = 0;
  let next = 0;
  for (const m of model.tresorerie.months) {
    if (arrete === undefined || m.mois > arrete.slice(0, 7)) break;
    while (next < months.length && months[next] <= m.mois)
      running += bankByMonth.get(months[next++])!;
    bankMonths.push({ mois: m.mois, realise: euros(running), prevu: m.soldeFin });
  }
  return {
    periodes: periods,
    arrete,
    moisEcoules,
    mappings,
    charges,
    produits,
    totalCharges: total(charges),
    totalProduits: total(produits),
    enveloppes,
    nonAffecte: [...unmapped.values()]
      .sort((a, b) => (a.compte < b.compte ? -1 : a.compte > b.compte ? 1 : 0))
      .map((u) => ({ ...u, debit: euros(u.debit), credit: euros(u.credit) })),
    subventions: periods
      .map((p, i) => ({ p, recues: euros(subsidies[i]) }))
      .filter(({ p }) => p.kind === "exercice")
      .map(({ p, recues }) => ({
        exercice: p.numero,
        debut: p.debut,
        fin: p.fin,
        recues,
        seuil: SEUIL_CAC.amount,
        depasse: evaluate(overThreshold(recues, SEUIL_CAC.amount)) === true,
      })),
    banque: bankMonths,
    banqueFin: euros(bank),
    couvert: covered,
    comptes: {
      ecritures: file.entries.length,
      desequilibrees: file.desequilibres.length,
      ecartTotal: euros(file.totalDebit - file.totalCredit),
      horsPeriode,
      nonAffectees,
      autresComptes,
    },
  };
}
