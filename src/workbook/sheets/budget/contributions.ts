// The contributions volontaires en nature (règlement ANC 2018-06): what is received (87, typed) and used (86, the
// same amounts), and the totals of charges and produits with them.
import { cents } from "../../../domain/errors";
import { calc, FORMAT, input, text } from "../../formats";
import { a1 } from "../../names";
import { type BudgetGrid, YEAR_COLS, yearCells } from "./grid";

export function contributions(
  g: BudgetGrid,
  rows: { charges: number; produits: number }
): { emplois: number; contributions: number } {
  const { s, model } = g;
  const lines = model.contributionsVolontaires;
  const total = (y: 0 | 1) => model.annees[y].contributionsVolontaires;
  g.band("CONTRIBUTIONS VOLONTAIRES EN NATURE");
  // The 86 lines repeat the 87 lines written below them: their cells are set once those rows are known.
  const emplois = g.total("86", "Emplois des contributions volontaires");
  const emploiRows = lines.map((cv) => s.add([input(cv.compteEmploi)]));
  g.sum(emplois, { first: emplois + 1, last: s.nextRow - 1 }, total);
  const received = g.total("87", "Contributions volontaires en nature");
  const receivedRows = lines.map((cv) => {
    const row = s.add([
      input(cv.compteContribution),
      input(cv.label),
      ...yearCells((y) => input(cv.montants[y], FORMAT.euro)),
    ]);
    g.amounts(row);
    return row;
  });
  g.sum(received, { first: received + 1, last: s.nextRow - 1 }, total);
  lines.forEach((cv, i) => {
    const source = receivedRows[i];
    s.set(2, emploiRows[i], calc(`=${a1(2, source)}`, cv.label));
    for (const y of [0, 1] as const)
      s.set(
        YEAR_COLS[y],
        emploiRows[i],
        calc(`=${a1(YEAR_COLS[y], source)}`, cv.montants[y], FORMAT.euro)
      );
  });
  s.add([
    text(
      "Bénévolat et mises à disposition gratuites, valorisés : les emplois (86) égalent les contributions (87).",
      "note"
    ),
  ]);
  g.totalOf(
    "",
    "Total des charges avec contributions volontaires",
    (y) => `=${a1(YEAR_COLS[y], rows.charges)}+${a1(YEAR_COLS[y], emplois)}`,
    (y) => cents(model.annees[y].totalCharges + total(y))
  );
  g.totalOf(
    "",
    "Total des produits avec contributions volontaires",
    (y) => `=${a1(YEAR_COLS[y], rows.produits)}+${a1(YEAR_COLS[y], received)}`,
    (y) => cents(model.annees[y].totalProduits + total(y))
  );
  return { emplois, contributions: received };
}
