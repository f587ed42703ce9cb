// The payments month by month, one row per charge line of the Budget: the team's lines in each post's months (from
// the team's tables of Paramètres), the typed ones monthly or once a year as the treasurer chooses, the CAC fee once a
// year, the members' indemnités and rémunérations and the « actions à détailler » in twelfths; then their total.
import { RYTHMES } from "../../../domain/budgetInputs";
import { type TeamAccount } from "../../../domain/team";
import { calc, input, quoted, text } from "../../formats";
import { a1 } from "../../names";
import { type BudgetRefs, type EquipeRefs, MODE_LABELS, type ParametresRefs } from "../../refs";
import { type TresorerieGrid } from "./grid";
import { type MonthHeader } from "./months";

const MONTHLY = "mensuel";

/**
 * A team line in the month of column c: the posts of its mode worked that month (month number above their first
 * month, up to its end), each paid its month; the GE's set-up fee in the post's first month and its end fee in its
 * last; the taxe sur les salaires at the rate of the month's calendar year (Paramètres).
 */
function teamMonth(kind: TeamAccount, e: EquipeRefs, m: MonthHeader, c: string): string {
  const k = m.numero(c);
  const worked = `(${k}>${e.debuts})*(${k}<=${e.debuts}+${e.durees})`;
  const of = (mode: keyof typeof MODE_LABELS) => `(${e.modes}=${quoted(MODE_LABELS[mode])})`;
  switch (kind) {
    case "ge":
      return `=SUMPRODUCT(${of("ge")}*(${worked}*${e.facturesGe}+(${e.debuts}+1=${k})*${e.fraisMiseEnPlace}+(${e.debuts}+${e.durees}=${k})*${e.fraisFin}))`;
    case "prestataire":
      return `=SUMPRODUCT(${of("prestataire")}*${worked}*${e.tarifsJour}*${e.joursParAn})/12`;
    case "salaires":
      return `=SUMPRODUCT(${of("salarie")}*${worked}*${e.bruts})`;
    case "chargesSociales":
      return `=SUMPRODUCT(${of("salarie")}*${worked}*(${e.coutsEmployeur}-${e.bruts}))`;
    case "taxeSalaires":
      return `=SUMPRODUCT(${of("salarie")}*${worked}*${e.assiettes})*INDEX(${e.taxeTaux},MATCH(YEAR(${m.debut(c)}),${e.taxeAnnees},0))`;
  }
}

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
      if (versement === "equipe") {
        const row = s.add([label, text("équipe", "note")]);
        g.monthly(row, (c) => teamMonth(line.kind as TeamAccount, p.equipe, m, c), expected);
        return;
      }
      // The treasurer chooses the rhythm of the typed lines; the CAC fee is annual, the members' indemnités and
      // rémunérations and the « actions à détailler » monthly.
      const typed = line.kind === "saisie";
      const row = s.add([label, typed ? input(versement) : text(versement, "note")]);
      if (typed) {
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
