// The ACI payment calendar of the `Trésorerie` sheet: one row per payment the rules provide for (fixed rows, zero
// amounts included), its date, amount and granted period as live formulas of the Paramètres and the Barème.
import { type BudgetModel } from "../../domain/budget";
import { type Mission, MISSION_LABELS, OPTIONAL_MISSIONS } from "../../domain/data/aciGrid";
import { type TreasuryEvent } from "../../domain/treasury";
import { calc, excelDate, FORMAT, number, quoted, ruleCell, text } from "../formats";
import { a1 } from "../names";
import { type SheetBuilder } from "../sheetBuilder";
import { type BaremeRefs, type ParametresRefs, YES } from "../refs";
import { cell } from "../../domain/rules/expr";
import { proratedByDays } from "../../domain/rules/prorata";

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

export interface CalendarSources {
  parametres: ParametresRefs;
  bareme: BaremeRefs;
}

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

/** Appends the calendar to the sheet being built. */
export function addAciCalendar(
  s: SheetBuilder,
  model: BudgetModel,
  { parametres: p, bareme: b }: CalendarSources
): CalendarRows {
  const { evenements: events, exercices } = model.tresorerie;
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
  const first = s.nextRow;
  const rowOf = (e: Pick<TreasuryEvent, "mission" | "kind" | "contractYear">) =>
    first +
    events.findIndex(
      (x) => x.mission === e.mission && x.kind === e.kind && x.contractYear === e.contractYear
    );

  const sig = p.signature;
  const anniversary = (k: number) => `EDATE(${sig},${12 * k})`;
  const paid = (k: number) => `EDATE(${anniversary(k)},${p.delaiPaiement})`;
  const start = (m: Mission) =>
    m === "fonctionnement" ? sig : p.demarrages[m as StartedMission].date;
  const envelope = (code: string) =>
    `INDEX(${b.montants},MATCH(${quoted(code)},${b.codes},0),${p.taille})`;
  const majoration = `IF(AND(${p.taille}=4,${p.membres}>=${b.membresMajoration}),1+${b.tauxMajoration},1)`;
  const contracted = (m: Mission) =>
    OPTIONAL_MISSIONS.includes(m) ? `*IF(${p.optionnelles}="${YES}",1,0)` : "";
  /** Year 1 of a mission is prorated from its start; the taille 4 majoration applies every year. */
  const factor = (m: Mission, k: number) =>
    k === 1 ? `(${p.demarrages[m as StartedMission].prorata}*${majoration})` : majoration;
  /** The advance of the same year, whose remainder is the balance. */
  const advanceOf = (e: TreasuryEvent) => a1(COL.montant, rowOf({ ...e, kind: "avance" }));

  // The rules of ../../domain/cashPlan.ts, each amount rounded to the cent as there.
  function amount(e: TreasuryEvent): string {
    const { mission: m, kind, contractYear: k } = e;
    if (m === "fonctionnement") {
      const f = envelope("fonctionnement");
      if (kind === "fonctionnement") return `=${f}`;
      if (kind === "additionnel")
        return `=${envelope("fonctionnement.additionnel")}*IF(${sig}<${p.dateLimite},1,0)`;
      return kind === "avance" ? `=ROUND(${f}*${b.avance},2)` : `=ROUND(${f}-${advanceOf(e)},2)`;
    }
    if (m === "crise") {
      // A declared crisis is paid whole, never prorated to the mission's start.
      if (kind === "variable")
        return `=ROUND(${envelope("crise.survenue")}*${majoration},2)*IF(${p.crise}="${YES}",1,0)`;
      return `=ROUND(${envelope(k === 1 ? "crise.elaboration" : "crise.miseajour")}*${factor(m, k)},2)`;
    }
    if (kind === "variable") {
      return `=ROUND(${envelope(`${m}.variable`)}*${p.tauxVariable}*${factor(m, k)},2)${contracted(m)}`;
    }
    const fixe = `ROUND(${envelope(`${m}.fixe`)}*${factor(m, k)},2)${contracted(m)}`;
    return kind === "avance"
      ? `=ROUND(${fixe}*${b.avance},2)`
      : `=ROUND(${fixe}-${advanceOf(e)},2)`;
  }

  /** At signature, at the mission's start, or at the anniversary plus the payment lag. */
  function date({ mission: m, kind, contractYear: k }: TreasuryEvent): string {
    if (kind === "fonctionnement" || kind === "additionnel") return `=${sig}`;
    if (kind === "avance") return k === 1 ? `=${start(m)}` : `=${paid(k - 1)}`;
    return `=${paid(k)}`;
  }

  for (const e of events) {
    const row = s.nextRow;
    const [du, au, montant] = [a1(COL.du, row), a1(COL.au, row), a1(COL.montant, row)];
    const period = { du: cell(du, excelDate(e.periode.du)), au: cell(au, excelDate(e.periode.au)) };
    const exercice = (x: number) => ({
      du: cell(p.exerciceDebut[x], excelDate(exercices[x].debut)),
      au: cell(p.exerciceFin[x], excelDate(exercices[x].fin)),
    });
    const granted = (x: number) =>
      ruleCell(
        proratedByDays(cell(montant, e.amount), period, exercice(x)),
        FORMAT.euroCentsOrDash
      );
    const k = e.contractYear;
    s.add([
      text(eventLabel(e)),
      calc(date(e), excelDate(e.date), FORMAT.date),
      calc(amount(e), e.amount, FORMAT.euroCentsOrDash),
      number(k, FORMAT.year),
      calc(
        k === 1 ? `=${start(e.mission)}` : `=${anniversary(k - 1)}`,
        excelDate(e.periode.du),
        FORMAT.date
      ),
      calc(`=${anniversary(k)}-1`, excelDate(e.periode.au), FORMAT.date),
      ...e.alloue.map((_, x) => granted(x)),
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
