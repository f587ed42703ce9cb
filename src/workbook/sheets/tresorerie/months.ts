// The months' header: each month's number, its contract year and its first day; and the formula pieces the monthly
// rows build on them.
import { TREASURY_MONTHS } from "../../../domain/treasury";
import { monthStartFormula } from "../../dateFormulas";
import { calc, excelDate, FORMAT, number, text } from "../../formats";
import { type ParametresRefs } from "../../refs";
import { MONTH_COLS, TOTAL_COL, type TresorerieGrid } from "./grid";

export interface MonthHeader {
  /** The row of each month's first day: the frozen header, the chart's categories. */
  row: number;
  /** Month number (1 to 36) of the month in column c. */
  numero(c: string): string;
  /** Its contract year. */
  annee(c: string): string;
  /** Its first day. */
  debut(c: string): string;
  /** Whether it is the month of the year when annual amounts are paid. */
  annualMonth(c: string): string;
  /** A yearly pair read for the month's contract year (the third year repeats the second). */
  forYear(c: string, pair: [string, string]): string;
}

export function monthHeader(g: TresorerieGrid, p: ParametresRefs): MonthHeader {
  const { s, months } = g;
  const offset = g.model.annees[0].anneeContrat - 1;
  const start = p.debut[0];
  const numberRow = s.add([text("Mois n°", "header"), text("", "header")]);
  const yearRow = s.add([text("Année de contrat", "header"), text("", "header")]);
  const monthRow = s.add([text("Plan de trésorerie", "header"), text("Versement", "header")]);
  months.forEach((m, i) => {
    s.set(MONTH_COLS[i], numberRow, number(m.numero, FORMAT.year, "header"));
    s.set(MONTH_COLS[i], yearRow, number(offset + m.annee, '"Année "0', "header"));
    s.set(
      MONTH_COLS[i],
      monthRow,
      calc(`=${monthStartFormula(start, i)}`, excelDate(`${m.mois}-01`), FORMAT.month, "header")
    );
  });
  s.set(TOTAL_COL, numberRow, text("", "header"));
  s.set(TOTAL_COL, yearRow, text("", "header"));
  s.set(TOTAL_COL, monthRow, text(`Total ${TREASURY_MONTHS} mois`, "header"));

  const at = (row: number) => (c: string) => `${c}$${row}`;
  const [numero, annee, debut] = [at(numberRow), at(yearRow), at(monthRow)];
  return {
    row: monthRow,
    numero,
    annee,
    debut,
    annualMonth: (c) => `MONTH(${debut(c)})=${p.moisAnnuel}`,
    forYear: (c, pair) => `IF(${annee(c)}=${p.premiereAnnee},${pair[0]},${pair[1]})`,
  };
}
