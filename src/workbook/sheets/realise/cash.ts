// What was really received and held: the subsidies (class 74, credits net of debits) per exercice against the
// 153 000 € threshold, and the bank account (512) at the end of each month next to the cash plan's balance.
import { gap } from "../../../domain/realise/rules";
import { overThreshold } from "../../../domain/rules/cac";
import { cell, iff } from "../../../domain/rules/expr";
import { calc, excelDate, FORMAT, ruleCell, text } from "../../formats";
import { a1 } from "../../names";
import { type TresorerieRefs } from "../../refs";
import { type RealiseGrid } from "./grid";

const OVER = "au-delà du seuil : commissaire aux comptes obligatoire (C. com., L612-4)";
const UNDER = "sous le seuil";

/** One row per exercice tested; returns the row of each, in the summary's order (the received amount in column D). */
export function subsidiesReceived(g: RealiseGrid): number[] {
  const { s, e, p, summary } = g;
  g.band("Subventions reçues par exercice (classe 74) et seuil de 153 000 €");
  s.add(["Exercice", "Du", "Au", "Reçues", "Seuil", "Lecture"].map((h) => text(h, "header")));
  return summary.subventions.map((x) => {
    const i = g.periods.findIndex((q) => q.kind === "exercice" && q.numero === x.exercice);
    const [debut, fin] = g.bounds(g.periods[i]);
    const row = s.nextRow;
    s.add([
      text(`Exercice ${x.exercice}`),
      calc(`=${debut}`, excelDate(x.debut), FORMAT.date),
      calc(`=${fin}`, excelDate(x.fin), FORMAT.date),
      calc(
        `=ROUND(SUMIFS(${e.montants},${e.racines2},"74",${g.inPeriod(i)}),2)`,
        x.recues,
        FORMAT.euroCents
      ),
      calc(`=${p.seuil}`, x.seuil, FORMAT.euro),
      ruleCell(
        iff(overThreshold(cell(a1(4, row), x.recues), cell(a1(5, row), x.seuil)), OVER, UNDER)
      ),
    ]);
    s.conditionalFormats.push({
      range: a1(4, row),
      formula: `=${a1(4, row)}>${a1(5, row)}`,
      style: "bad",
    });
    return row;
  });
}

/** The bank account at each month's end, up to the last entry's month, next to the Trésorerie's plan. */
export function bankByMonth(g: RealiseGrid, t: TresorerieRefs): void {
  const { s, e, summary } = g;
  g.band("Compte bancaire (512) en fin de mois et plan de trésorerie");
  s.add(
    ["Mois", "Solde réel (512)", "Trésorerie prévue", "Écart (réel − prévu)"].map((h) =>
      text(h, "header")
    )
  );
  if (summary.banque.length === 0)
    s.add([text("aucun mois du plan n'est couvert par le fichier", "note")]);
  summary.banque.forEach((m, i) => {
    const row = s.nextRow;
    s.add([
      calc(`=INDEX(${t.mois},1,${i + 1})`, excelDate(`${m.mois}-01`), FORMAT.monthLong),
      calc(
        `=ROUND(SUMIFS(${e.montants},${e.racines3},"512",${e.dates},"<="&EOMONTH(${a1(1, row)},0)),2)`,
        m.realise,
        FORMAT.euroCents
      ),
      calc(`=INDEX(${t.soldesFin},1,${i + 1})`, m.prevu, FORMAT.euroCents),
      ruleCell(gap(cell(a1(2, row), m.realise), cell(a1(3, row), m.prevu)), FORMAT.euroCents),
    ]);
  });
}
