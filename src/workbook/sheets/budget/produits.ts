// The produits: the ACI line by line of the Barème (the calendar's payments dated in each contract year), the other
// funders (74), the members' dues (75); then the résultat.
import { type AciRow } from "../../../domain/budgetAci";
import { MISSION_LABELS } from "../../../domain/data/aciGrid";
import { cents } from "../../../domain/errors";
import { cotisations as cotisationsRule } from "../../../domain/rules/cotisations";
import { cell } from "../../../domain/rules/expr";
import { calc, FORMAT, quoted, ruleCell, text } from "../../formats";
import { a1 } from "../../names";
import { type CalendarRefs, type ParametresRefs } from "../../refs";
import { type BudgetGrid, YEAR_COLS, yearCells } from "./grid";

/** The ACI of one Barème row in contract year y+1: the calendar's payments of that row dated inside the year. */
function aciFormula(row: AciRow, y: 0 | 1, p: ParametresRefs, cal: CalendarRefs): string {
  return `=ROUND(SUMIFS(${cal.montants},${cal.codes},${quoted(row.code)},${cal.dates},">="&${p.debut[y]},${cal.dates},"<="&${p.fin[y]}),2)`;
}

export interface ProduitRows {
  aciTotal: number;
  aciFirst: number;
  aciLast: number;
  /** The other funders' rows (74). */
  funders: number[];
  cotisations: number;
  total: number;
}

export function produits(g: BudgetGrid, p: ParametresRefs, calendar: CalendarRefs): ProduitRows {
  const { s, model } = g;
  const { annees } = model;
  g.band("PRODUITS");
  const subventions = g.total("74", "Subventions d'exploitation");
  const aciTotal = g.total("74", "Assurance Maladie : ACI (CPAM), montants versés");
  const aciFirst = s.nextRow;
  for (const line of model.aci) {
    s.add([
      text("74"),
      text(line.row.label),
      ...yearCells((y) =>
        calc(aciFormula(line.row, y, p, calendar), line.montants[y], FORMAT.euro)
      ),
      text(MISSION_LABELS[line.row.mission]),
    ]);
  }
  const aciLast = s.nextRow - 1;
  g.sum(aciTotal, { first: aciFirst, last: aciLast }, (y) => annees[y].aci);
  const funders = model.financeurs.map((f, i) =>
    s.add([
      text("74"),
      calc(`=${p.financeurs[i].label}`, f.label),
      ...yearCells((y) => calc(`=${p.financeurs[i].montants[y]}`, f.montants[y], FORMAT.euro)),
    ])
  );
  g.sum(subventions, [aciTotal, ...funders], (y) => cents(annees[y].aci + annees[y].financeurs));
  const autres = g.total("75", "Autres produits de gestion courante");
  const cotisations = s.add([
    text("756"),
    text("Cotisations des membres"),
    ...yearCells(() =>
      ruleCell(
        cotisationsRule(
          cell(p.membres, model.inputs.membres),
          cell(p.cotisation, model.inputs.cotisationParMembre)
        ),
        FORMAT.euro
      )
    ),
  ]);
  g.sum(autres, [cotisations], (y) => model.cotisations[y]);
  const total = g.total("", "TOTAL DES PRODUITS");
  g.sum(total, [subventions, autres], (y) => annees[y].totalProduits);
  return { aciTotal, aciFirst, aciLast, funders, cotisations, total };
}

/** Produits − charges to the cent, in red when negative. */
export function resultat(g: BudgetGrid, rows: { produits: number; charges: number }): number {
  const row = g.totalOf(
    "",
    "RÉSULTAT (produits − charges)",
    (y) => `=ROUND(${a1(YEAR_COLS[y], rows.produits)}-${a1(YEAR_COLS[y], rows.charges)},2)`,
    (y) => g.model.annees[y].resultat
  );
  g.s.conditionalFormats.push({
    range: `${a1(3, row)}:${a1(4, row)}`,
    formula: `=${a1(3, row)}<0`,
    style: "bad",
  });
  return row;
}
