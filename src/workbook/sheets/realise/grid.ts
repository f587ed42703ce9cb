// The layout of the `Réalisé` sheet: account and label in columns A and B, then one block of four columns per period
// (budget, actual, gap, % consumed: the contract years, then the exercices tested), then the year-end projections.
import type { BudgetModel } from "../../../domain/budget";
import type { RealiseSummary } from "../../../domain/realise/aggregate";
import { periodLabel, type RealisePeriod } from "../../../domain/realise/periods";
import { frDate } from "../../../domain/dates";
import { text } from "../../formats";
import { a1 } from "../../names";
import { type EcrituresRefs, type ParametresRefs } from "../../refs";
import { type SheetBuilder } from "../../sheetBuilder";

export const FIRST_BLOCK = 3;
export const BLOCK = ["Budget", "Réalisé", "Écart (réalisé − budget)", "% consommé"] as const;
export const OFFSET = { budget: 0, realise: 1, ecart: 2, consomme: 3 } as const;

export class RealiseGrid {
  readonly periods: RealisePeriod[];

  constructor(
    readonly s: SheetBuilder,
    readonly model: BudgetModel,
    readonly summary: RealiseSummary,
    readonly p: ParametresRefs,
    readonly e: EcrituresRefs
  ) {
    this.periods = summary.periodes;
  }

  /** The column of a period's budget, actual, gap or percentage. */
  col(period: number, what: keyof typeof OFFSET): number {
    return FIRST_BLOCK + 4 * period + OFFSET[what];
  }

  /** The column of contract year y's projection, after the blocks. */
  projectionCol(y: number): number {
    return FIRST_BLOCK + 4 * this.periods.length + y;
  }

  /** « Année 1 », « Exercice 2 ». */
  periodLabel(period: number): string {
    return periodLabel(this.periods[period]);
  }

  /** The indices of the contract years among the periods. */
  get years(): number[] {
    return this.periods.flatMap((p, i) => (p.kind === "annee" ? [i] : []));
  }

  /** The first and last day of a period, as Paramètres holds them. */
  bounds(period: RealisePeriod): [string, string] {
    if (period.kind === "annee") {
      const y = this.model.annees.findIndex((a) => a.annee === period.numero);
      return [this.p.debut[y], this.p.fin[y]];
    }
    return [this.p.exerciceDebut[period.numero - 1], this.p.exerciceFin[period.numero - 1]];
  }

  /** SUMIFS criteria on the entries' dates, for a period. */
  inPeriod(period: number): string {
    const [debut, fin] = this.bounds(this.periods[period]);
    return `${this.e.dates},">="&${debut},${this.e.dates},"<="&${fin}`;
  }

  /** A band naming a section, over the account and label columns (column A alone is too narrow for it). */
  band(label: string): number {
    const row = this.s.add([text(label, "header"), text("", "header")]);
    this.s.merges.push(`${a1(1, row)}:${a1(2, row)}`);
    return row;
  }

  /** The two header rows of a table by period: each period's name and dates, then its four columns. */
  periodHeader(first: string, second: string, projections: boolean): number {
    const { s } = this;
    const top = s.add([text("", "header"), text("", "header")]);
    this.periods.forEach((period, i) => {
      const col = this.col(i, "budget");
      s.set(
        col,
        top,
        text(`${periodLabel(period)} (${frDate(period.debut)} – ${frDate(period.fin)})`, "header")
      );
      for (let k = 1; k < 4; k++) s.set(col + k, top, text("", "header"));
      s.merges.push(`${a1(col, top)}:${a1(col + 3, top)}`);
    });
    const sub = s.add([text(first, "header"), text(second, "header")]);
    this.periods.forEach((_, i) =>
      BLOCK.forEach((h, k) => s.set(this.col(i, "budget") + k, sub, text(h, "header")))
    );
    if (projections) {
      this.years.forEach((period, y) => {
        s.set(this.projectionCol(y), top, text("", "header"));
        s.set(
          this.projectionCol(y),
          sub,
          text(`Projection fin ${periodLabel(this.periods[period]).toLowerCase()}`, "header")
        );
      });
    }
    return sub;
  }
}
