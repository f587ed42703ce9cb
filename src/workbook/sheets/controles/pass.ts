// The members' indemnités and rémunérations against the PASS (décret 2022-375: together, at most one PASS per
// professional per calendar year): the most-paid person of each contract year, profession by profession; what that
// person receives in each calendar year the 24 months touch (1/12 of a contract year's amount per month of it), against
// that year's PASS; per contract year, the overlapping calendar year closest to the PASS.
import { type BudgetModel, passFor } from "../../../domain/budget";
import { type Profession, PROFESSION_LABELS, PROFESSIONS } from "../../../domain/data/prefill";
import { calendarYearOf, monthNumber } from "../../../domain/dates";
import { cents } from "../../../domain/errors";
import { mostPaidOf } from "../../../domain/indemnities";
import { add, cell, evaluateNumber, iff, lt } from "../../../domain/rules/expr";
import {
  calendarYearAmount,
  countsForContractYear,
  monthsInCalendarYear,
  passExceeded,
} from "../../../domain/rules/pass";
import { calc, excelDate, FORMAT, ruleCell, text } from "../../formats";
import { type CellPlan } from "../../planTypes";
import { type BaremeRefs, type BudgetRefs, type ParametresRefs } from "../../refs";
import { type Col, type ControlesGrid, EXERCICE_COLS, negative, YEAR_COLS, yearCell } from "./grid";
import { VERDICTS } from "./verdicts";

/** The three calendar years the 24 budgeted months can touch (the third none when they start in January). */
const CALENDAR_COLS = EXERCICE_COLS;
const at = (col: Col, row: number) => `${col}${row}`;

/** What the most-paid professional of profession p receives in contract year y+1 (the model's rule, per profession). */
const perProfession = (model: BudgetModel, p: Profession, y: 0 | 1) =>
  mostPaidOf(model.indemnites.gouvernance, model.indemnites.remunerations, p, y);

/** The account-65 total, and per profession and contract year the most-paid person; returns the maximum's row. */
export function plusHauteIndemnite(
  g: ControlesGrid,
  p: ParametresRefs,
  bu: BudgetRefs
): { total: number; maximum: number } {
  const { model } = g;
  const roles = p.indemnites.roles;
  const missions = p.indemnites.parPersonneMissions;
  g.yearSection("Indemnités et rémunérations des professionnels (décret 2022-375)");
  const lines = model.charges.flatMap((c) => c.lignes);
  const members = lines
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => l.kind === "gouvernance" || l.kind === "remuneration")
    .map(({ i }) => bu.lignes[i]);
  const total = g.perYear(
    "Indemnités et rémunérations des professionnels (compte 65)",
    (y, a) =>
      calc(
        `=ROUND(${members.map((m) => m.montants[y]).join("+") || "0"},2)`,
        a.indemnitesProfessionnels,
        FORMAT.euro
      ),
    text("Gouvernance et missions (Paramètres) : les lignes 65 du Budget.", "note")
  );
  const first = g.s.nextRow;
  for (const profession of PROFESSIONS) {
    const label = PROFESSION_LABELS[profession];
    const governance = roles ? `MAX(0,${roles[profession]})` : "";
    g.perYear(`${label} : rôle le mieux payé + part des missions`, (y) => {
      const parts = [governance, missions ? `SUM(${missions[y][profession]})` : ""].filter(Boolean);
      return calc(
        `=ROUND(${parts.join("+") || "0"},2)`,
        perProfession(model, profession, y),
        FORMAT.euro
      );
    });
  }
  const last = g.s.nextRow - 1;
  const maximum = g.perYear(
    "Professionnel le mieux payé, par année de contrat",
    (y) =>
      calc(
        `=MAX(0,${YEAR_COLS[y]}${first}:${YEAR_COLS[y]}${last})`,
        model.indemnites.maxParProfessionnel[y],
        FORMAT.euro
      ),
    text(
      "Par profession : son rôle de gouvernance le mieux payé et une part égale des heures de chaque mission de sa répartition.",
      "note"
    ),
    true
  );
  return { total, maximum };
}

export interface CalendarRows {
  annee: number;
  montant: number;
  anneePass: number;
  pass: number;
  /** Per contract year: each calendar year's margin under the PASS when it overlaps that year, else « – ». */
  marges: [number, number];
}

/** The PASS of each calendar year the 24 months touch, against the most-paid person's amount in it. */
export function passParAnneeCivile(
  g: ControlesGrid,
  p: ParametresRefs,
  b: BaremeRefs,
  maximum: number
): CalendarRows {
  const { s, model } = g;
  const { annees } = model;
  const start = annees[0].debut;
  const year0 = calendarYearOf(start, 0);
  const first = p.debut[0];
  const years = CALENDAR_COLS.map((_, k) => year0 + k);
  g.section("PASS par année civile (indemnités et rémunérations ensemble)", [
    "1re année civile",
    "2e année civile",
    "3e année civile",
  ]);
  const row = (label: string, cell: (col: Col, k: number) => CellPlan, reading?: CellPlan) =>
    s.add([text(label), ...CALENDAR_COLS.map(cell), null, reading ?? null]);
  const annee = row("Année civile", (col, k) =>
    calc(
      k === 0 ? `=YEAR(${first})` : `=${CALENDAR_COLS[k - 1]}${s.nextRow}+1`,
      years[k],
      FORMAT.year
    )
  );
  // Month numbers 12 × year + month (rules/pass.ts): the first month of each contract year.
  const startMonth = cell(`12*YEAR(${first})+MONTH(${first})`, monthNumber(start) + 1);
  const firstOf = (y: 0 | 1) => (y === 0 ? startMonth : add(startMonth, 12));
  const monthsRule = (y: 0 | 1, col: Col, k: number) =>
    monthsInCalendarYear(firstOf(y), cell(at(col, annee), years[k]));
  const monthsIn = (y: 0 | 1, k: number) => evaluateNumber(monthsRule(y, CALENDAR_COLS[k], k));
  const months = ([0, 1] as const).map((y) =>
    row(`Mois de l'année de contrat ${annees[y].anneeContrat}`, (col, k) =>
      ruleCell(monthsRule(y, col, k), FORMAT.count)
    )
  );
  const max = model.indemnites.maxParProfessionnel;
  const amountRule = (col: Col, k: number) =>
    calendarYearAmount(
      cell(at(col, months[0]), monthsIn(0, k)),
      cell(`$B$${maximum}`, max[0]),
      cell(at(col, months[1]), monthsIn(1, k)),
      cell(`$C$${maximum}`, max[1])
    );
  const amounts = years.map((_, k) => evaluateNumber(amountRule(CALENDAR_COLS[k], k)));
  const montant = row("Montant du professionnel le mieux payé", (col, k) =>
    ruleCell(amountRule(col, k), FORMAT.euro)
  );
  const passes = years.map(passFor);
  const anneePass = row("Année du PASS de l'année civile (dernière connue)", (col, k) =>
    calc(
      `=IFERROR(INDEX(${b.passAnnees},MATCH(${at(col, annee)},${b.passAnnees},1)),INDEX(${b.passAnnees},1))`,
      passes[k].annee,
      FORMAT.year
    )
  );
  const pass = row("PASS de l'année civile", (col, k) =>
    calc(
      `=INDEX(${b.passMontants},MATCH(${at(col, anneePass)},${b.passAnnees},0))`,
      passes[k].montant,
      FORMAT.euro
    )
  );
  const margin = years.map((_, k) => cents(passes[k].montant - amounts[k]));
  const marge = row("Marge sous le PASS de l'année civile", (col, k) =>
    calc(`=${at(col, pass)}-${at(col, montant)}`, margin[k], FORMAT.euro)
  );
  g.format(marge, negative(marge), "bad", "D");
  // A calendar year counts for a contract year when their dates overlap and some of the 24 months fall in it.
  const marges = ([0, 1] as const).map((y) => {
    const du = cell(p.debut[y], excelDate(annees[y].debut));
    const au = cell(p.fin[y], excelDate(annees[y].fin));
    return row(`Marge, si l'année civile recoupe l'année de contrat ${y + 1}`, (col, k) => {
      const monthsOf = (c: 0 | 1) => cell(at(col, months[c]), monthsIn(c, k));
      const counts = countsForContractYear(
        cell(at(col, annee), years[k]),
        du,
        au,
        add(monthsOf(0), monthsOf(1))
      );
      return ruleCell(iff(counts, cell(at(col, marge), margin[k]), "–"), FORMAT.euro);
    });
  }) as [number, number];
  return { annee, montant, anneePass, pass, marges };
}

/** Per contract year, the overlapping calendar year where the most-paid person is closest to the PASS. */
export function passParAnneeDeContrat(
  g: ControlesGrid,
  c: CalendarRows
): { anneePass: number; pass: number; indemniteMax: number; passDepasse: number } {
  g.yearSection("Indemnités : 1 PASS par professionnel (décret 2022-375)");
  const range = (row: number) => `$B$${row}:$D$${row}`;
  // The first calendar year with the smallest margin among those the contract year overlaps (INDEX(row, 1, column):
  // Gnumeric reads a single index into a one-row range as a row number).
  const pick = (row: number, y: 0 | 1) =>
    `INDEX(${range(row)},1,MATCH(MIN(${range(c.marges[y])}),${range(c.marges[y])},0))`;
  g.perYear("Année civile retenue (la plus proche du PASS)", (y, a) =>
    calc(`=${pick(c.annee, y)}`, a.indemnites.anneeCivile, FORMAT.year)
  );
  const anneePass = g.perYear("Année du PASS retenu (dernière connue)", (y, a) =>
    calc(`=${pick(c.anneePass, y)}`, a.indemnites.anneePass, FORMAT.year)
  );
  const pass = g.perYear("PASS", (y, a) =>
    calc(`=${pick(c.pass, y)}`, a.indemnites.pass, FORMAT.euro)
  );
  const indemniteMax = g.perYear(
    "Indemnités du professionnel le mieux payé dans cette année civile",
    (y, a) => calc(`=${pick(c.montant, y)}`, a.indemnites.maxParProfessionnel, FORMAT.euro)
  );
  const marge = g.s.nextRow;
  g.perYear(
    "Marge sous le PASS",
    (y, a) =>
      calc(
        `=${YEAR_COLS[y]}${pass}-${YEAR_COLS[y]}${indemniteMax}`,
        a.indemnites.marge,
        FORMAT.euro
      ),
    g.verdict(
      g.eitherYear((y, a) => lt(yearCell(marge, y, a.indemnites.marge), 0)),
      VERDICTS.passDepasse,
      VERDICTS.passOk
    )
  );
  g.format(marge, negative(marge), "bad");
  const passDepasse = g.perYear("PASS dépassé", (y, a) =>
    ruleCell(
      passExceeded(
        yearCell(indemniteMax, y, a.indemnites.maxParProfessionnel),
        yearCell(pass, y, a.indemnites.pass)
      )
    )
  );
  g.format(passDepasse, (col) => `${col}${passDepasse}`, "bad");
  return { anneePass, pass, indemniteMax, passDepasse };
}
