// The balances: each month's net flow, the cash at its start (typed for the first month, the previous month's
// closing after) and at its end, in red below zero.
import { calc, FORMAT, input, text } from "../../formats";
import { a1 } from "../../names";
import { FIRST_MONTH, MONTH_COLS, type TresorerieGrid } from "./grid";
import { BALANCE, BALANCE_ERROR } from "../../validations";

/** Appends the balances; returns the closing balances' row. */
export function balances(g: TresorerieGrid, rows: { inflows: number; outflows: number }): number {
  const { s, months } = g;
  const t = g.model.tresorerie;
  const net = s.add([text("Solde du mois (encaissements − décaissements)")]);
  g.monthly(
    net,
    (c) => `=${c}${rows.inflows}-${c}${rows.outflows}`,
    (k) => months[k].encaissements - months[k].totalDecaissements
  );
  const opening = s.add([text("Trésorerie en début de mois"), text("saisir en C", "note")]);
  const closing = s.add([text("Trésorerie en fin de mois", "total")]);
  MONTH_COLS.forEach((column, i) => {
    s.set(
      column,
      opening,
      i === 0
        ? input(
            t.soldeInitial,
            FORMAT.euro,
            g.model.annees[0].anneeContrat === 1
              ? "Trésorerie disponible au début du mois de la signature."
              : `Trésorerie disponible au début du premier mois de l'année ${g.model.annees[0].anneeContrat} (relevé bancaire).`
          )
        : calc(`=${g.col(i - 1)}${closing}`, months[i].soldeDebut, FORMAT.euro)
    );
    s.set(
      column,
      closing,
      calc(
        `=ROUND(ROUND(${g.col(i)}${opening}+${g.col(i)}${net},5),2)`,
        months[i].soldeFin,
        FORMAT.euro,
        "total"
      )
    );
  });
  s.validations.push({
    range: a1(FIRST_MONTH, opening),
    rule: BALANCE,
    error: BALANCE_ERROR,
  });
  s.conditionalFormats.push({
    range: g.monthRange(closing).replace(/\$/g, ""),
    formula: `=${a1(FIRST_MONTH, closing)}<0`,
    style: "bad",
  });
  return closing;
}
