// The `Trésorerie` sheet, section by section: the summary, the monthly cash plan over 36 months from the signature
// month (receipts by source, payments by charge line, balances), its chart and hypotheses, then the ACI payment
// calendar the monthly ACI receipts sum up.
import { type BudgetModel } from "../../../domain/budget";
import { TREASURY_MONTHS } from "../../../domain/treasury";
import { calc, text } from "../../formats";
import { SheetRef } from "../../names";
import { type SheetPlan } from "../../planTypes";
import {
  type BaremeRefs,
  type BudgetRefs,
  type ParametresRefs,
  type TresorerieRefs,
} from "../../refs";
import { SheetBuilder } from "../../sheetBuilder";
import { balances } from "./balances";
import { aciCalendar, CALENDAR_COLUMNS as CAL } from "./calendar";
import { closingChart } from "./chart";
import { FIRST_MONTH, LAST_MONTH, MONTH_COLS, TresorerieGrid } from "./grid";
import { hypotheses } from "./hypotheses";
import { monthHeader } from "./months";
import { payments } from "./payments";
import { aciReceipts, receipts } from "./receipts";
import { fillSummary, summaryRows } from "./summary";

export interface TresorerieSources {
  parametres: ParametresRefs;
  bareme: BaremeRefs;
  budget: BudgetRefs;
}

/** The title and what the plan is. */
function heading(g: TresorerieGrid, p: ParametresRefs): void {
  g.s.add([
    calc(
      `="Plan de trésorerie sur ${TREASURY_MONTHS} mois : "&${p.nom}`,
      `Plan de trésorerie sur ${TREASURY_MONTHS} mois : ${g.model.inputs.nom}`,
      undefined,
      "title"
    ),
  ]);
  g.s.add([
    text(
      `Encaissements et décaissements mois par mois à partir du premier mois de l'année de contrat ${g.model.annees[0].anneeContrat}${g.model.annees[0].anneeContrat === 1 ? " (celui de la signature de l'ACI)" : ""}. Cellules jaunes à saisir ; hypothèses sous le tableau.`,
      "note"
    ),
  ]);
}

export function buildTresorerie(
  model: BudgetModel,
  name: string,
  { parametres: p, bareme: b, budget: bu }: TresorerieSources
): { sheet: SheetPlan; refs: TresorerieRefs } {
  const s = new SheetBuilder(name);
  const g = new TresorerieGrid(s, model);
  heading(g, p);
  s.add();
  const summary = summaryRows(g);
  s.add();
  const months = monthHeader(g, p);
  const receipt = receipts(g, p, bu, months);
  const outflows = payments(g, p, bu, months);
  s.add();
  const closing = balances(g, { inflows: receipt.total, outflows }, bu.annee0?.resultat);
  fillSummary(g, summary, { closing, months: months.row });
  s.add();
  const ref = new SheetRef(name);
  const chart = closingChart(g, ref, { months: months.row, closing });
  hypotheses(g);
  s.add();
  const calendar = aciCalendar(g, model, p, b);
  aciReceipts(g, receipt.aci, calendar, months);

  const monthsOf = (row: number) => ref.range(FIRST_MONTH, row, LAST_MONTH, row);
  const calendarColumn = (col: number) => ref.range(col, calendar.first, col, calendar.last);
  return {
    sheet: s.build({
      columnWidths: [56, 16, ...MONTH_COLS.map(() => 12), 14],
      frozenRows: months.row,
      frozenColumns: 2,
      // The chart (with the hypotheses) and the calendar each start a page; the months' header is not repeated.
      rowBreaks: [chart, calendar.header],
      print: {
        orientation: "landscape",
        fitToWidth: true,
        pagesWide: 3,
        repeatHeader: false,
        title: "Plan de trésorerie",
      },
    }),
    refs: {
      evenementsDates: calendarColumn(CAL.date),
      evenementsMontants: calendarColumn(CAL.montant),
      evenementsCodes: calendarColumn(CAL.code),
      evenementsAlloue: [
        calendarColumn(CAL.alloue[0]),
        calendarColumn(CAL.alloue[1]),
        calendarColumn(CAL.alloue[2]),
      ],
      mois: monthsOf(months.row),
      subventionsPubliques: monthsOf(receipt.publicSubsidies),
      min: ref.cell(2, summary.min),
      moisMin: ref.cell(2, summary.moisMin),
      premierDecouvert: ref.cell(2, summary.firstNegative),
      soldesFin: monthsOf(closing),
    },
  };
}
