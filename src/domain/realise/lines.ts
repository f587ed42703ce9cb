// The budget lines actual entries are compared with: the charge lines of the model grouped by account (several lines
// can share one, e.g. 622 for the freelancers and the CAC), the subsidies (74) and the members' dues (756); each
// charge line's analytic split, and the account table that maps an account to a line by its longest prefix.
import type { BudgetModel } from "../budget";
import { type Mission, MISSION_LABELS, MISSIONS } from "../data/aciGrid";
import { cents, sum, sumCents } from "../errors";
import { TEAM_ENVELOPE } from "../types";

export interface RealiseLine {
  /** The account: the line's key in the account table. */
  compte: string;
  label: string;
  nature: "charge" | "produit";
  /** Per contract year (model.annees order). */
  budget: number[];
  /** Charges: the share of each envelope, summing to 1 (the budget's own split over its two years). */
  repartition: Record<Mission, number>;
  /** Charges: each line's index in model.charges flattened, whose amounts this line sums. */
  sources: number[];
}

/** One row of the account table: an account prefix and the line (its account) the entries under it go to. */
export interface AccountMapping {
  prefixe: string;
  ligne: string;
}

/** The longest account prefix the workbook's lookup tries (LEFT(compte, 10) down to LEFT(compte, 1)). */
export const MAX_PREFIX = 10;

export const SUBSIDIES_ACCOUNT = "74";
export const DUES_ACCOUNT = "756";

const zeroSplit = () => Object.fromEntries(MISSIONS.map((m) => [m, 0])) as Record<Mission, number>;

/** Each envelope's share of amounts by envelope; all on `fallback` when they sum to 0. */
function shares(amounts: Record<Mission, number>, fallback: Mission): Record<Mission, number> {
  const total = sum(MISSIONS.map((m) => amounts[m]));
  const split = zeroSplit();
  if (total === 0) split[fallback] = 1;
  else for (const m of MISSIONS) split[m] = amounts[m] / total;
  return split;
}

/** The charge lines by account, in account order, with their split; then the subsidies and the dues. */
export function realiseLines(model: BudgetModel): RealiseLine[] {
  const flat = model.charges.flatMap((c) => c.lignes);
  const years = model.annees.map((_, y) => y as 0 | 1);
  const byAccount = new Map<string, number[]>();
  flat.forEach((line, i) => byAccount.set(line.compte, [...(byAccount.get(line.compte) ?? []), i]));
  const team = model.equipe;
  const charges = [...byAccount.entries()].map(([compte, sources]): RealiseLine => {
    const lines = sources.map((i) => flat[i]);
    const amounts = zeroSplit();
    for (const line of lines) {
      for (const y of years) {
        if (line.enveloppe === TEAM_ENVELOPE) {
          // The team's lines are split as the team's whole cost is.
          const cost = team.coutEquipe[y];
          if (cost !== 0)
            for (const m of MISSIONS)
              amounts[m] += (line.montants[y] * team.parEnveloppe[y][m]) / cost;
        } else amounts[line.enveloppe] += line.montants[y];
      }
    }
    const first = lines[0].enveloppe;
    return {
      compte,
      label: [...new Set(lines.map((l) => l.label))].join(" ; "),
      nature: "charge",
      budget: years.map((y) => sumCents(lines.map((l) => l.montants[y]))),
      repartition: shares(amounts, first === TEAM_ENVELOPE ? "fonctionnement" : first),
      sources,
    };
  });
  const produit = (compte: string, label: string, budget: number[]): RealiseLine => ({
    compte,
    label,
    nature: "produit",
    budget,
    repartition: shares(zeroSplit(), "fonctionnement"),
    sources: [],
  });
  return [
    ...charges,
    produit(
      SUBSIDIES_ACCOUNT,
      "Subventions d'exploitation (ACI et autres financeurs)",
      model.annees.map((a) => cents(a.aci + a.financeurs))
    ),
    produit(
      DUES_ACCOUNT,
      "Cotisations des membres",
      model.annees.map((a) => a.cotisations)
    ),
  ];
}

/** The default account table: each line's own account. */
export function defaultMappings(lines: readonly RealiseLine[]): AccountMapping[] {
  return lines.map((l) => ({ prefixe: l.compte, ligne: l.compte }));
}

/** Finds an account's line by its longest prefix in the table (the workbook's lookup: case-insensitive). */
export class AccountLookup {
  private readonly table = new Map<string, string>();
  private readonly cache = new Map<string, string | undefined>();

  constructor(mappings: readonly AccountMapping[]) {
    for (const m of mappings) {
      const key = m.prefixe.toUpperCase();
      if (key.length <= MAX_PREFIX && !this.table.has(key)) this.table.set(key, m.ligne);
    }
  }

  /** The line (its account) of an account, undefined when no prefix matches. */
  lineOf(compte: string): string | undefined {
    if (this.cache.has(compte)) return this.cache.get(compte);
    const upper = compte.toUpperCase();
    let found: string | undefined;
    for (let n = Math.min(upper.length, MAX_PREFIX); n > 0 && found === undefined; n--) {
      found = this.table.get(upper.slice(0, n));
    }
    this.cache.set(compte, found);
    return found;
  }
}

/** The envelope label written in the entries sheet for an entry with no envelope in the file. */
export const BY_LINE = "Selon la ligne";

export const envelopeLabel = (m: Mission | undefined) => (m ? MISSION_LABELS[m] : BY_LINE);
