// The `Trésorerie` sheet: the monthly cash plan over 36 months from the signature month, months in columns as a
// French plan de trésorerie reads, its chart and hypotheses, then the ACI payment calendar it sums up (./aciCalendar).
import { type BudgetModel } from "../../domain/budget";
import { RYTHMES } from "../../domain/budgetInputs";
import { CASH_PLAN_HYPOTHESES } from "../../domain/cashPlan";
import { MISSION_LABELS, MISSIONS } from "../../domain/data/aciGrid";
import { TREASURY_HYPOTHESES, TREASURY_MONTHS } from "../../domain/treasury";
import { calc, excelDate, FORMAT, input, number, quoted, text } from "../formats";
import { a1, columnLetter, SheetRef } from "../names";
import { type SheetPlan } from "../planTypes";
import { SheetBuilder } from "../sheetBuilder";
import { addAciCalendar, CALENDAR_COLUMNS as CAL } from "./aciCalendar";
import {
  type BaremeRefs,
  type BudgetRefs,
  MODE_LABELS,
  type ParametresRefs,
  type TresorerieRefs,
  YES,
} from "../refs";

export interface TresorerieSources {
  parametres: ParametresRefs;
  bareme: BaremeRefs;
  budget: BudgetRefs;
}

const FIRST_MONTH = 3;
const LAST_MONTH = FIRST_MONTH + TREASURY_MONTHS - 1;
const TOTAL_COL = LAST_MONTH + 1;
const MONTH_COLS = Array.from({ length: TREASURY_MONTHS }, (_, i) => FIRST_MONTH + i);
/** Longest line of the printed hypotheses, in characters (9-point notes across one printed strip). */
const NOTE_WIDTH = 190;
const MONTHLY = "mensuel";
/** The chart spans the labels and a year of months: one printed strip. */
const CHART_COLUMNS = 14;
const CHART_ROWS = 22;

/** Splits a paragraph into lines of at most `width` characters, at spaces. */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

export function buildTresorerie(
  model: BudgetModel,
  name: string,
  { parametres: p, bareme: b, budget: bu }: TresorerieSources
): { sheet: SheetPlan; refs: TresorerieRefs } {
  const s = new SheetBuilder(name);
  const ref = new SheetRef(name);
  const t = model.tresorerie;
  const months = t.months;
  const chargeLines = model.charges.flatMap((cl) => cl.lignes);
  const col = (i: number) => columnLetter(MONTH_COLS[i]);
  /** A row of 36 monthly formulas and their total; `formula(c)` for the month in column c. */
  const monthly = (
    row: number,
    formula: (c: string) => string,
    expected: (i: number) => number,
    style?: "total"
  ) => {
    const fmt = style ? FORMAT.euro : FORMAT.euroOrDash;
    MONTH_COLS.forEach((column, i) =>
      s.set(column, row, calc(formula(col(i)), expected(i), fmt, style))
    );
    const total = months.reduce((sum, _, i) => sum + expected(i), 0);
    s.set(
      TOTAL_COL,
      row,
      calc(`=SUM(${a1(FIRST_MONTH, row)}:${a1(LAST_MONTH, row)})`, total, fmt, style)
    );
  };
  const band = (label: string) =>
    s.add([
      text(label, "header"),
      ...Array.from({ length: TOTAL_COL - 1 }, () => text("", "header")),
    ]);

  s.add([
    calc(
      `="Plan de trésorerie sur ${TREASURY_MONTHS} mois : "&${p.nom}`,
      `Plan de trésorerie sur ${TREASURY_MONTHS} mois : ${model.inputs.nom}`,
      undefined,
      "title"
    ),
  ]);
  s.add([
    text(
      "Encaissements et décaissements mois par mois à partir du mois de la signature de l'ACI. Cellules jaunes à saisir ; hypothèses sous le tableau.",
      "note"
    ),
  ]);
  s.add();
  const minRow = s.add([text("Trésorerie la plus basse (fin de mois)", "total")]);
  const moisMinRow = s.add([text("Mois de la trésorerie la plus basse")]);
  const firstNegativeRow = s.add([text("Premier mois à découvert")]);
  const besoinRow = s.add([text("Trésorerie à trouver pour ne jamais être à découvert", "total")]);
  s.add();

  // Month headers: the number of the month, its contract year, its first day.
  const numberRow = s.add([text("Mois n°", "header"), text("", "header")]);
  const yearRow = s.add([text("Année de contrat", "header"), text("", "header")]);
  const monthRow = s.add([text("Plan de trésorerie", "header"), text("Versement", "header")]);
  months.forEach((m, i) => {
    s.set(MONTH_COLS[i], numberRow, number(m.numero, FORMAT.year, "header"));
    s.set(MONTH_COLS[i], yearRow, number(m.annee, '"Année "0', "header"));
    s.set(
      MONTH_COLS[i],
      monthRow,
      calc(
        `=DATE(YEAR(${p.signature}),MONTH(${p.signature})+${i},1)`,
        excelDate(`${m.mois}-01`),
        FORMAT.month,
        "header"
      )
    );
  });
  s.set(TOTAL_COL, numberRow, text("", "header"));
  s.set(TOTAL_COL, yearRow, text("", "header"));
  s.set(TOTAL_COL, monthRow, text(`Total ${TREASURY_MONTHS} mois`, "header"));
  const at = (row: number) => (c: string) => `${c}$${row}`;
  const [numero, annee, debutMois] = [at(numberRow), at(yearRow), at(monthRow)];
  const annualMonth = (c: string) => `MONTH(${debutMois(c)})=${p.moisAnnuel}`;
  /** A yearly pair read for the month's contract year (year 3 repeats year 2). */
  const forYear = (c: string, pair: [string, string]) => `IF(${annee(c)}=1,${pair[0]},${pair[1]})`;

  band("ENCAISSEMENTS");
  const firstInflow = s.nextRow;
  const aciRows = MISSIONS.map((m) => ({
    mission: m,
    row: s.add([text(`ACI : ${MISSION_LABELS[m]}`), text("calendrier", "note")]),
  }));
  const funderRows = model.financeurs.map((f, i) => {
    const row = s.add([calc(`=${p.financeurs[i].label}`, f.label), text("annuel", "note")]);
    monthly(
      row,
      (c) => `=IF(AND(${annee(c)}<=2,${annualMonth(c)}),${forYear(c, p.financeurs[i].montants)},0)`,
      (k) => months[k].financeurs[i]
    );
    return row;
  });
  const duesRow = s.add([text("Cotisations des membres"), text("annuel", "note")]);
  monthly(
    duesRow,
    (c) => `=IF(${annualMonth(c)},${forYear(c, bu.cotisations)},0)`,
    (k) => months[k].cotisations
  );
  const totalInflowRow = s.add([text("Total des encaissements", "total"), null]);
  monthly(
    totalInflowRow,
    (c) => `=SUM(${c}${firstInflow}:${c}${duesRow})`,
    (k) => months[k].encaissements,
    "total"
  );
  const publicRow = s.add([text("dont subventions publiques hors ACI", "note")]);
  const publicFunders = (k: number) =>
    model.financeurs.reduce(
      (sum, f, i) => sum + (f.subventionPublique ? months[k].financeurs[i] : 0),
      0
    );
  monthly(
    publicRow,
    (c) =>
      funderRows.length > 0
        ? `=SUMIF(${p.financeursPublics},"${YES}",${c}${funderRows[0]}:${c}${funderRows[funderRows.length - 1]})`
        : "=0",
    publicFunders
  );

  band("DÉCAISSEMENTS");
  const firstOutflow = s.nextRow;
  chargeLines.forEach((line, l) => {
    const versement = t.versements[l];
    const source = bu.lignes[l];
    const label = calc(`=${source.compte}&" "&${source.label}`, `${line.compte} ${line.label}`);
    if (versement === "coordinateur") {
      const row = s.add([label, text("contrat", "note")]);
      const worked = (c: string) => `${numero(c)}<=${p.duree}`;
      const formula =
        line.kind === "ge"
          ? (c: string) =>
              `=IF(${p.mode}="${MODE_LABELS.ge}",IF(${worked(c)},${p.factureGe},0)+IF(${numero(c)}=1,${p.fraisMiseEnPlace},0)+IF(${numero(c)}=${p.duree},${p.fraisFin},0),0)`
          : (c: string) =>
              `=IF(${worked(c)},IF(${annee(c)}=1,${source.montants[0]}/${p.mois[0]},${source.montants[1]}/${p.mois[1]}),0)`;
      monthly(row, formula, (k) => months[k].decaissements[l]);
      return;
    }
    // The CAC fee is always annual; the treasurer chooses the rhythm of the other lines.
    const row = s.add([label, line.kind === "cac" ? text(versement, "note") : input(versement)]);
    if (line.kind !== "cac") {
      s.validations.push({
        range: a1(2, row),
        rule: { kind: "list", values: [...RYTHMES] },
        error: "Choisissez mensuel ou annuel.",
      });
    }
    const amount = (c: string) => forYear(c, source.montants);
    monthly(
      row,
      (c) => `=IF($B${row}="${MONTHLY}",${amount(c)}/12,IF(${annualMonth(c)},${amount(c)},0))`,
      (k) => months[k].decaissements[l]
    );
  });
  const lastOutflow = s.nextRow - 1;
  const totalOutflowRow = s.add([text("Total des décaissements", "total"), null]);
  monthly(
    totalOutflowRow,
    (c) => `=SUM(${c}${firstOutflow}:${c}${lastOutflow})`,
    (k) => months[k].totalDecaissements,
    "total"
  );
  s.add();

  const netRow = s.add([text("Solde du mois (encaissements − décaissements)")]);
  monthly(
    netRow,
    (c) => `=${c}${totalInflowRow}-${c}${totalOutflowRow}`,
    (k) => months[k].encaissements - months[k].totalDecaissements
  );
  const openingRow = s.add([text("Trésorerie en début de mois"), text("saisir en C", "note")]);
  const closingRow = s.add([text("Trésorerie en fin de mois", "total")]);
  MONTH_COLS.forEach((column, i) => {
    const opening =
      i === 0
        ? input(
            t.soldeInitial,
            FORMAT.euro,
            "Trésorerie disponible au début du mois de la signature."
          )
        : calc(`=${col(i - 1)}${closingRow}`, months[i].soldeDebut, FORMAT.euro);
    s.set(column, openingRow, opening);
    s.set(
      column,
      closingRow,
      calc(
        `=ROUND(ROUND(${col(i)}${openingRow}+${col(i)}${netRow},5),2)`,
        months[i].soldeFin,
        FORMAT.euro,
        "total"
      )
    );
  });
  s.validations.push({
    range: a1(FIRST_MONTH, openingRow),
    rule: { kind: "decimal", min: -100_000_000, max: 100_000_000 },
    error: "Saisissez un montant en euros.",
  });
  const closing = `${a1(FIRST_MONTH, closingRow, true)}:${a1(LAST_MONTH, closingRow, true)}`;
  const monthRange = `${a1(FIRST_MONTH, monthRow, true)}:${a1(LAST_MONTH, monthRow, true)}`;
  s.conditionalFormats.push({
    range: closing.replace(/\$/g, ""),
    formula: `=${a1(FIRST_MONTH, closingRow)}<0`,
    style: "bad",
  });

  // The summary on top: the lowest balance, its month, the first month below zero, the cash to find.
  // INDEX(row, 1, n): Gnumeric reads INDEX(row, n) as a row number; SUMPRODUCT makes closing<0 an array everywhere.
  const minCell = a1(2, minRow, true);
  s.set(2, minRow, calc(`=MIN(${closing})`, t.min, FORMAT.euro, "total"));
  s.set(
    2,
    moisMinRow,
    calc(
      `=INDEX(${monthRange},1,MATCH(${minCell},${closing},0))`,
      excelDate(`${t.moisMin}-01`),
      FORMAT.monthLong
    )
  );
  s.set(
    2,
    firstNegativeRow,
    calc(
      `=IF(COUNTIF(${closing},"<0")=0,"aucun",INDEX(${monthRange},1,SUMPRODUCT(MATCH(TRUE,${closing}<0,0))))`,
      t.firstNegativeMonth ? excelDate(`${t.firstNegativeMonth}-01`) : "aucun",
      FORMAT.monthLong
    )
  );
  s.set(2, besoinRow, calc(`=MAX(0,-${minCell})`, t.besoin, FORMAT.euro, "total"));
  s.conditionalFormats.push(
    { range: a1(2, minRow), formula: `=${a1(2, minRow)}<0`, style: "bad" },
    { range: a1(2, besoinRow), formula: `=${a1(2, besoinRow)}>0`, style: "bad" }
  );

  // The chart of the closing balance, then room for it.
  s.add();
  const chartRow = s.nextRow;
  s.charts.push({
    title: "Trésorerie en fin de mois",
    type: "line",
    categories: ref.range(FIRST_MONTH, monthRow, LAST_MONTH, monthRow),
    categoryFormat: "[$-40C]mmm yy",
    series: [
      {
        name: `=${ref.cell(1, closingRow)}`,
        values: ref.range(FIRST_MONTH, closingRow, LAST_MONTH, closingRow),
      },
    ],
    anchor: a1(1, chartRow),
    width: CHART_COLUMNS,
    height: CHART_ROWS,
  });
  // The chart's rows, and one to keep its legend off the hypotheses.
  for (let i = 0; i <= CHART_ROWS; i++) s.add();

  s.add([
    text("Hypothèses", "header"),
    ...Array.from({ length: CHART_COLUMNS - 1 }, () => text("", "header")),
  ]);
  for (const hypothesis of [...CASH_PLAN_HYPOTHESES, ...TREASURY_HYPOTHESES]) {
    wrap(`• ${hypothesis}`, NOTE_WIDTH).forEach((line, i) =>
      s.add([text(i === 0 ? line : `   ${line}`, "note")])
    );
  }
  s.add();

  // The ACI payment calendar the monthly ACI receipts sum up, on a page of its own.
  const calendar = addAciCalendar(s, model, { parametres: p, bareme: b });

  // The monthly ACI receipts sum the calendar's payments of each envelope dated in the month.
  const column = (col: number) =>
    `${a1(col, calendar.first, true)}:${a1(col, calendar.last, true)}`;
  const [dates, amounts, envelopes] = [CAL.date, CAL.montant, CAL.enveloppe].map(column);
  for (const { mission, row } of aciRows) {
    monthly(
      row,
      (c) =>
        `=SUMIFS(${amounts},${envelopes},${quoted(MISSION_LABELS[mission])},${dates},">="&${debutMois(c)},${dates},"<"&EDATE(${debutMois(c)},1))`,
      (k) => months[k].aci[mission]
    );
  }

  const calendarColumn = (col: number) => ref.range(col, calendar.first, col, calendar.last);
  return {
    sheet: s.build({
      columnWidths: [56, 16, ...MONTH_COLS.map(() => 12), 14],
      frozenRows: monthRow,
      frozenColumns: 2,
      // The chart (with the hypotheses) and the calendar each start a page; the months' header is not repeated.
      rowBreaks: [chartRow, calendar.header],
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
      mois: ref.range(FIRST_MONTH, monthRow, LAST_MONTH, monthRow),
      subventionsPubliques: ref.range(FIRST_MONTH, publicRow, LAST_MONTH, publicRow),
      min: ref.cell(2, minRow),
      moisMin: ref.cell(2, moisMinRow),
      premierDecouvert: ref.cell(2, firstNegativeRow),
    },
  };
}
