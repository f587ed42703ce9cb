// The receipts month by month: the ACI by envelope (filled from the payment calendar once it is written, see
// ./calendar.ts), the other funders and the members' dues once a year, their total, and the public subsidies among them.
import { type Mission, MISSION_LABELS, MISSIONS } from "../../../domain/data/aciGrid";
import { calc, quoted, text } from "../../formats";
import { a1 } from "../../names";
import { type BudgetRefs, type ParametresRefs, YES } from "../../refs";
import { type CalendarRows, CALENDAR_COLUMNS as CAL } from "./calendar";
import { type TresorerieGrid } from "./grid";
import { type MonthHeader } from "./months";

export interface ReceiptRows {
  /** The ACI row of each envelope, whose months `aciReceipts` fills. */
  aci: { mission: Mission; row: number }[];
  total: number;
  /** Per month, the funders' amounts that count as public subsidies. */
  publicSubsidies: number;
}

export function receipts(
  g: TresorerieGrid,
  p: ParametresRefs,
  bu: BudgetRefs,
  m: MonthHeader
): ReceiptRows {
  const { s, model, months } = g;
  g.band("ENCAISSEMENTS");
  const first = s.nextRow;
  const aci = MISSIONS.map((mission) => ({
    mission,
    row: s.add([text(`ACI : ${MISSION_LABELS[mission]}`), text("calendrier", "note")]),
  }));
  const funders = model.financeurs.map((f, i) => {
    const row = s.add([calc(`=${p.financeurs[i].label}`, f.label), text("annuel", "note")]);
    g.monthly(
      row,
      (c) =>
        `=IF(AND(${m.annee(c)}<=${p.premiereAnnee}+1,${m.annualMonth(c)}),${m.forYear(c, p.financeurs[i].montants)},0)`,
      (k) => months[k].financeurs[i]
    );
    return row;
  });
  const dues = s.add([text("Cotisations des membres"), text("annuel", "note")]);
  g.monthly(
    dues,
    (c) => `=IF(${m.annualMonth(c)},${m.forYear(c, bu.cotisations)},0)`,
    (k) => months[k].cotisations
  );
  const total = s.add([text("Total des encaissements", "total"), null]);
  g.monthly(
    total,
    (c) => `=SUM(${c}${first}:${c}${dues})`,
    (k) => months[k].encaissements,
    "total"
  );
  const publicSubsidies = s.add([text("dont subventions publiques hors ACI", "note")]);
  const publicFunders = (k: number) =>
    model.financeurs.reduce(
      (sum, f, i) => sum + (f.subventionPublique ? months[k].financeurs[i] : 0),
      0
    );
  g.monthly(
    publicSubsidies,
    (c) =>
      funders.length > 0
        ? `=SUMIF(${p.financeursPublics},"${YES}",${c}${funders[0]}:${c}${funders[funders.length - 1]})`
        : "=0",
    publicFunders
  );
  return { aci, total, publicSubsidies };
}

/** The monthly ACI receipts: the calendar's payments of each envelope dated in the month. */
export function aciReceipts(
  g: TresorerieGrid,
  rows: ReceiptRows["aci"],
  calendar: CalendarRows,
  m: MonthHeader
): void {
  const column = (col: number) =>
    `${a1(col, calendar.first, true)}:${a1(col, calendar.last, true)}`;
  const [dates, amounts, envelopes] = [CAL.date, CAL.montant, CAL.enveloppe].map(column);
  for (const { mission, row } of rows) {
    g.monthly(
      row,
      (c) =>
        `=SUMIFS(${amounts},${envelopes},${quoted(MISSION_LABELS[mission])},${dates},">="&${m.debut(c)},${dates},"<"&EDATE(${m.debut(c)},1))`,
      (k) => g.months[k].aci[mission]
    );
  }
}
