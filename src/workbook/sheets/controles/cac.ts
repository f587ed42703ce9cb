// Whether the Budget carries the commissaire aux comptes' fee each contract year (the rule of src/domain/rules/cac.ts,
// the one computeBudget evaluates), and the fee it carries.
import { frEuros } from "../../../domain/limits";
import { frDate } from "../../../domain/dates";
import { SEUIL_CAC } from "../../../domain/data/thresholds";
import { cacRetenu, exerciceOver, feeMissing } from "../../../domain/rules/cac";
import { cell, formula } from "../../../domain/rules/expr";
import { calc, excelDate, FORMAT, ruleCell, text } from "../../formats";
import { type BudgetRefs, type ParametresRefs } from "../../refs";
import { type ControlesGrid, EXERCICE_COLS, isTrue, YEAR_COLS, yearCell } from "./grid";
import { type ExerciceRows } from "./seuil";
import { VERDICTS } from "./verdicts";

/**
 * From year 2 on, whether a CAC appointed for an exercice before the budget is still in office: a value the add-in
 * computes from the ACI calendar since the signature (those years' other funders are not known).
 */
function mandatAnterieur(g: ControlesGrid): number | undefined {
  const { annees, tresorerie } = g.model;
  if (annees[0].anneeContrat === 1) return undefined;
  const m = tresorerie.mandatAnterieur;
  return g.s.add([
    text("Mandat du CAC en cours, nommé pour un exercice antérieur au budget"),
    { value: m !== undefined },
    null,
    null,
    text(
      m
        ? `Exercice du ${frDate(m.debut)} au ${frDate(m.fin)} : ${frEuros(m.subventions)} d'ACI encaissée, au-dessus du seuil ; mandat de ${SEUIL_CAC.mandateYears} exercices, jusqu'au ${frDate(m.finMandat)}. Calculé par le complément d'après le calendrier de l'ACI depuis la signature (autres financeurs de ces années inconnus).`
        : "Aucun exercice depuis la signature ne dépasse le seuil avec l'ACI encaissée seule (autres financeurs de ces années inconnus). Calculé par le complément.",
      "note"
    ),
  ]);
}

export function cacFee(
  g: ControlesGrid,
  p: ParametresRefs,
  bu: BudgetRefs,
  rows: { cacObligatoire: number; exercices: ExerciceRows }
): { cacRetenu: number; honoraires: number } {
  const { annees, tresorerie, seuilCac } = g.model;
  const x = rows.exercices;
  const at = (row: number, i: number) => `${EXERCICE_COLS[i]}${row}`;
  const exercices = tresorerie.exercices.map((e, i) => ({
    debut: cell(at(x.debut, i), excelDate(e.debut)),
    fin: cell(at(x.fin, i), excelDate(e.fin)),
    over: exerciceOver(
      cell(at(x.subventionsEncaissees, i), e.encaissees.seuil.counted),
      cell(at(x.subventionsAllouees, i), e.allouees.seuil.counted),
      cell(p.seuil, seuilCac)
    ),
  }));
  g.yearSection("Commissaire aux comptes : honoraires au budget");
  const mandat = mandatAnterieur(g);
  // Year 2 reads year 1 of the same row (the mandate runs on): the row being written.
  const row = g.s.nextRow;
  g.perYear(
    "Honoraires du CAC à inscrire (année ou exercice au-dessus du seuil)",
    (y, a) =>
      ruleCell(
        cacRetenu(
          cell(`${YEAR_COLS[y]}${rows.cacObligatoire}`, a.seuil.cacMandatory),
          exercices,
          { du: cell(p.debut[y], excelDate(a.debut)), au: cell(p.fin[y], excelDate(a.fin)) },
          y === 1
            ? cell(`B${row}`, annees[0].cacRetenu)
            : mandat && cell(`B${mandat}`, tresorerie.mandatAnterieur !== undefined)
        )
      ),
    text(VERDICTS.cacRetenu, "note")
  );
  g.format(row, isTrue(row), "warning");
  const honoraires = g.perYear("Honoraires du CAC inscrits au budget", (y, a) =>
    calc(`=${bu.honorairesCac[y]}`, a.honorairesCac, FORMAT.euro)
  );
  g.s.set(
    5,
    honoraires,
    g.verdict(
      g.eitherYear((y, a) =>
        feeMissing(yearCell(row, y, a.cacRetenu), yearCell(honoraires, y, a.honorairesCac))
      ),
      VERDICTS.honorairesManquants,
      VERDICTS.honorairesOk
    )
  );
  g.format(
    honoraires,
    (col) => formula(feeMissing(cell(`${col}${row}`, 0), cell(`${col}${honoraires}`, 0))),
    "bad"
  );
  return { cacRetenu: row, honoraires };
}
