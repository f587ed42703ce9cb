// The payments month by month, one row per charge line of the Budget: the coordinator by its contract, the others
// monthly or once a year as the treasurer chooses (the CAC fee always once a year); then their total.
import { RYTHMES } from "../../../domain/budgetInputs";
import { calc, input, text } from "../../formats";
import { a1 } from "../../names";
import { type BudgetRefs, MODE_LABELS, type ParametresRefs } from "../../refs";
import { type TresorerieGrid } from "./grid";
import { type MonthHeader } from "./months";

const MONTHLY = "mensuel";

/** Appends the payments; returns the row of their total. */
export function payments(
  g: TresorerieGrid,
  p: ParametresRefs,
  bu: BudgetRefs,
  m: MonthHeader
): number {
  const { s, model, months } = g;
  const t = model.tresorerie;
  g.band("DÉCAISSEMENTS");
  const first = s.nextRow;
  model.charges
    .flatMap((cl) => cl.lignes)
    .forEach((line, l) => {
      const versement = t.versements[l];
      const source = bu.lignes[l];
      const label = calc(`=${source.compte}&" "&${source.label}`, `${line.compte} ${line.label}`);
      const expected = (k: number) => months[k].decaissements[l];
      if (versement === "coordinateur") {
        const row = s.add([label, text("contrat", "note")]);
        const worked = (c: string) => `${m.numero(c)}<=${p.duree}`;
        const formula =
          line.kind === "ge"
            ? (c: string) =>
                `=IF(${p.mode}="${MODE_LABELS.ge}",IF(${worked(c)},${p.factureGe},0)+IF(${m.numero(c)}=1,${p.fraisMiseEnPlace},0)+IF(${m.numero(c)}=${p.duree},${p.fraisFin},0),0)`
            : (c: string) =>
                `=IF(${worked(c)},IF(${m.annee(c)}=1,${source.montants[0]}/${p.mois[0]},${source.montants[1]}/${p.mois[1]}),0)`;
        g.monthly(row, formula, expected);
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
      const amount = (c: string) => m.forYear(c, source.montants);
      g.monthly(
        row,
        (c) => `=IF($B${row}="${MONTHLY}",${amount(c)}/12,IF(${m.annualMonth(c)},${amount(c)},0))`,
        expected
      );
    });
  const last = s.nextRow - 1;
  const total = s.add([text("Total des décaissements", "total"), null]);
  g.monthly(
    total,
    (c) => `=SUM(${c}${first}:${c}${last})`,
    (k) => months[k].totalDecaissements,
    "total"
  );
  return total;
}
