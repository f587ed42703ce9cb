// The ACI payment calendar, at the bottom of the sheet on a page of its own: one row per payment the rules provide
// for (fixed rows, zero amounts included), its date, amount and granted period as live formulas of the Paramètres and
// the Barème, and its share granted for each exercice. The monthly ACI receipts and the Budget sum it.
import { type BudgetModel } from "../../../domain/budget";
import { type Mission, MISSION_LABELS } from "../../../domain/data/aciGrid";
import { anniversary, dueDate } from "../../../domain/rules/calendar";
import { cell, type Expr, sub } from "../../../domain/rules/expr";
import { proratedByDays } from "../../../domain/rules/prorata";
import { type TreasuryEvent } from "../../../domain/treasury";
import { calc, excelDate, FORMAT, number, ruleCell, text } from "../../formats";
import { a1 } from "../../names";
import { type BaremeRefs, type ParametresRefs } from "../../refs";
import { amountRule } from "./calendarAmounts";
import { type TresorerieGrid } from "./grid";

/** Columns of the calendar table. */
export const CALENDAR_COLUMNS = {
  label: 1,
  date: 2,
  montant: 3,
  annee: 4,
  du: 5,
  au: 6,
  alloue: [7, 8, 9],
  enveloppe: 10,
  code: 11,
} as const;
const COL = CALENDAR_COLUMNS;

/** Rows of the calendar: its header (a page starts there), and its first and last payment. */
export interface CalendarRows {
  header: number;
  first: number;
  last: number;
}

type StartedMission = Exclude<Mission, "fonctionnement">;

/** The label of a payment, e.g. "Accès aux soins : solde année 1". */
function eventLabel(e: TreasuryEvent): string {
  const n = e.contractYear;
  const crise = e.mission === "crise";
  const what: Record<TreasuryEvent["kind"], string> = {
    fonctionnement: "année 1, à la signature",
    additionnel: "financement additionnel",
    avance: crise
      ? n === 1
        ? "élaboration du plan"
        : `mise à jour du plan, année ${n}`
      : `avance année ${n}`,
    solde: `solde année ${n}`,
    variable: crise ? `survenue d'une crise, année ${n}` : `volet variable année ${n}`,
  };
  return `${MISSION_LABELS[e.mission]} : ${what[e.kind]}`;
}

/** The title, what the table is, and its columns' header; returns the title's row. */
function heading(g: TresorerieGrid): number {
  const { s } = g;
  const header = s.add([
    text("Calendrier des versements de l'ACI", "header"),
    ...Array.from({ length: COL.code - 1 }, () => text("", "header")),
  ]);
  s.add([
    text(
      "Chaque versement et sa date suivent les Paramètres ; le Budget en reprend, par ligne du barème (code), ceux datés dans chaque année de contrat. Exercices 1 à 3 : part du montant attribuée à l'exercice, au prorata des jours de la période couverte.",
      "note"
    ),
  ]);
  s.add(
    [
      "Versement",
      "Date",
      "Montant",
      "Année",
      "Période du",
      "au",
      "Exercice 1",
      "Exercice 2",
      "Exercice 3",
      "Enveloppe",
      "Code barème",
    ].map((h) => text(h, "header"))
  );
  return header;
}

export function aciCalendar(
  g: TresorerieGrid,
  model: BudgetModel,
  p: ParametresRefs,
  b: BaremeRefs
): CalendarRows {
  const { s } = g;
  const { evenements: events, exercices } = model.tresorerie;
  const header = heading(g);
  const amount = amountRule(model, p, b);

  const signature = cell(p.signature, excelDate(model.inputs.dateSignature));
  const lag = cell(p.delaiPaiement, model.tresorerie.lagMonths);
  const start = (m: Mission) =>
    m === "fonctionnement"
      ? signature
      : cell(
          p.demarrages[m as StartedMission].date,
          excelDate(model.tresorerie.demarrages[m as StartedMission].date)
        );
  /** At signature, at the mission's start, or at the anniversary plus the payment lag. */
  const date = ({ mission: m, kind, contractYear: k }: TreasuryEvent) => {
    if (kind === "fonctionnement" || kind === "additionnel") return signature;
    if (kind === "avance") return k === 1 ? start(m) : dueDate(signature, k - 1, lag);
    return dueDate(signature, k, lag);
  };
  const exercice = (x: number) => ({
    du: cell(p.exerciceDebut[x], excelDate(exercices[x].debut)),
    au: cell(p.exerciceFin[x], excelDate(exercices[x].fin)),
  });

  /** The amount cell of each advance written, by mission and contract year: the balance of its year reads it. */
  const advances = new Map<string, Expr>();
  const yearKey = (e: TreasuryEvent) => `${e.mission} ${e.contractYear}`;
  const advanceOf = (e: TreasuryEvent) => {
    const found = advances.get(yearKey(e));
    if (found === undefined) throw new Error(`No advance before the balance: ${eventLabel(e)}`);
    return found;
  };

  const first = s.nextRow;
  for (const e of events) {
    const row = s.nextRow;
    const [du, au, montant] = [a1(COL.du, row), a1(COL.au, row), a1(COL.montant, row)];
    const amountCell = cell(montant, e.amount);
    if (e.kind === "avance") advances.set(yearKey(e), amountCell);
    const period = { du: cell(du, excelDate(e.periode.du)), au: cell(au, excelDate(e.periode.au)) };
    const k = e.contractYear;
    s.add([
      text(eventLabel(e)),
      ruleCell(date(e), FORMAT.date),
      ruleCell(amount(e, advanceOf), FORMAT.euroCentsOrDash),
      number(k, FORMAT.year),
      ruleCell(k === 1 ? start(e.mission) : anniversary(signature, k - 1), FORMAT.date),
      ruleCell(sub(anniversary(signature, k), 1), FORMAT.date),
      ...e.alloue.map((_, x) =>
        ruleCell(proratedByDays(amountCell, period, exercice(x)), FORMAT.euroCentsOrDash)
      ),
      text(MISSION_LABELS[e.mission]),
      text(e.code, "source"),
    ]);
  }
  const last = s.nextRow - 1;
  const sum = (col: number, values: number[]) =>
    calc(
      `=SUM(${a1(col, first)}:${a1(col, last)})`,
      values.reduce((total, v) => total + v, 0),
      FORMAT.euro,
      "total"
    );
  s.add([
    text("Total des versements du calendrier", "total"),
    null,
    sum(
      COL.montant,
      events.map((e) => e.amount)
    ),
    null,
    null,
    null,
    ...COL.alloue.map((col, x) =>
      sum(
        col,
        events.map((e) => e.alloue[x])
      )
    ),
  ]);
  return { header, first, last };
}
