// The analytic split by ACI envelope, one table per contract year: the ACI received for each envelope, the charges
// allocated to it (the lines of that envelope and the team's share, post by post, from Paramètres), the balance.
import { ANNEES } from "../../../domain/budget";
import { MISSION_LABELS } from "../../../domain/data/aciGrid";
import { cents } from "../../../domain/errors";
import { calc, FORMAT, text } from "../../formats";
import { a1 } from "../../names";
import { type ParametresRefs } from "../../refs";
import { type BudgetGrid, columnRange, ENVELOPE_COL, YEAR_COLS } from "./grid";

export function analytique(
  g: BudgetGrid,
  p: ParametresRefs,
  rows: {
    aciFirst: number;
    aciLast: number;
    chargesFirst: number;
    chargesLast: number;
    totalCharges: number;
  }
): void {
  const { s, model } = g;
  const envelopes = (first: number, last: number) => columnRange(ENVELOPE_COL, first, last);
  const amounts = (y: 0 | 1, first: number, last: number) => columnRange(YEAR_COLS[y], first, last);
  for (const annee of ANNEES) {
    const y = (annee - 1) as 0 | 1;
    const lines = model.annees[y].analytique;
    s.add();
    s.add(
      ["", `Répartition analytique, année ${annee}`, "ACI versé", "Charges affectées", "Solde"].map(
        (h) => text(h, "header")
      )
    );
    const first = s.nextRow;
    for (const line of lines) {
      const row = s.nextRow;
      const team = p.equipe.affecte[line.mission];
      s.add([
        null,
        text(MISSION_LABELS[line.mission]),
        calc(
          `=SUMIF(${envelopes(rows.aciFirst, rows.aciLast)},$B${row},${amounts(y, rows.aciFirst, rows.aciLast)})`,
          line.aci,
          FORMAT.euro
        ),
        calc(
          `=SUMIF(${envelopes(rows.chargesFirst, rows.chargesLast)},$B${row},${amounts(y, rows.chargesFirst, rows.chargesLast)})${team ? `+${team[y]}` : ""}`,
          line.charges,
          FORMAT.euro
        ),
        calc(`=C${row}-D${row}`, line.solde, FORMAT.euro),
      ]);
    }
    const last = s.nextRow - 1;
    s.conditionalFormats.push({
      range: `E${first}:E${last}`,
      formula: `=E${first}<0`,
      style: "warning",
    });
    const sumOf = (col: string, f: (l: (typeof lines)[number]) => number) =>
      calc(
        `=SUM(${col}${first}:${col}${last})`,
        cents(lines.reduce((acc, l) => acc + f(l), 0)),
        FORMAT.euro,
        "total"
      );
    const total = s.add([
      null,
      text("Total", "total"),
      sumOf("C", (l) => l.aci),
      sumOf("D", (l) => l.charges),
      sumOf("E", (l) => l.solde),
    ]);
    const unassigned = s.add([
      null,
      text("Charges sans enveloppe reconnue", "note"),
      null,
      calc(`=ROUND(${a1(YEAR_COLS[y], rows.totalCharges)}-D${total},2)`, 0, FORMAT.euro),
    ]);
    s.conditionalFormats.push({
      range: `D${unassigned}`,
      formula: `=D${unassigned}<>0`,
      style: "bad",
    });
  }
}
