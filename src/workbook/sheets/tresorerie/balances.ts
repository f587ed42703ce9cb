// The balances: each month's net flow, the cash at its start (typed for the first month, the previous month's
// closing after) and at its end, in red below zero.
import { calc, FORMAT, input, text } from "../../formats";
import { a1 } from "../../names";
import { FIRST_MONTH, MONTH_COLS, type TresorerieGrid } from "./grid";
import { BALANCE, BALANCE_ERROR } from "../../validations";

/**
 * With an année 0, the cash typed is that of the lettre d'intention, and the first month opens with it plus année
 * 0's result (Budget); returns the cell the first month's opening reads.
 */
function anneeZero(g: TresorerieGrid, resultat: string): string {
  const { s, model } = g;
  const a = model.annee0!;
  const typed = s.add([
    text("Trésorerie à la validation de la lettre d'intention (début de l'année 0)"),
    text("saisir en C", "note"),
  ]);
  s.set(FIRST_MONTH, typed, input(model.tresorerie.soldeInitial, FORMAT.euro));
  s.validations.push({ range: a1(FIRST_MONTH, typed), rule: BALANCE, error: BALANCE_ERROR });
  const result = s.add([text("Résultat de l'année 0 (Budget)")]);
  s.set(FIRST_MONTH, result, calc(`=${resultat}`, a.resultat, FORMAT.euro));
  return `${a1(FIRST_MONTH, typed)}+${a1(FIRST_MONTH, result)}`;
}

/** Appends the balances; returns the closing balances' row. */
export function balances(
  g: TresorerieGrid,
  rows: { inflows: number; outflows: number },
  annee0Resultat?: string
): number {
  const { s, months } = g;
  const t = g.model.tresorerie;
  const start = annee0Resultat === undefined ? undefined : anneeZero(g, annee0Resultat);
  const net = s.add([text("Solde du mois (encaissements − décaissements)")]);
  g.monthly(
    net,
    (c) => `=${c}${rows.inflows}-${c}${rows.outflows}`,
    (k) => months[k].encaissements - months[k].totalDecaissements
  );
  const opening = s.add([
    text("Trésorerie en début de mois"),
    ...(start === undefined ? [text("saisir en C", "note")] : []),
  ]);
  const closing = s.add([text("Trésorerie en fin de mois", "total")]);
  MONTH_COLS.forEach((column, i) => {
    s.set(
      column,
      opening,
      i === 0 && start !== undefined
        ? calc(`=${start}`, months[0].soldeDebut, FORMAT.euro)
        : i === 0
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
  if (start === undefined) {
    s.validations.push({ range: a1(FIRST_MONTH, opening), rule: BALANCE, error: BALANCE_ERROR });
  }
  s.conditionalFormats.push({
    range: g.monthRange(closing).replace(/\$/g, ""),
    formula: `=${a1(FIRST_MONTH, closing)}<0`,
    style: "bad",
  });
  return closing;
}
