// Whether the Budget carries the commissaire aux comptes' fee each contract year (the rule of src/domain/rules/cac.ts,
// the one computeBudget evaluates), and the fee it carries.
import { cacRetenu, exerciceOver } from "../../../domain/rules/cac";
import { cell } from "../../../domain/rules/expr";
import { calc, excelDate, FORMAT, ruleCell, text } from "../../formats";
import { type BudgetRefs, type ParametresRefs } from "../../refs";
import { type ControlesGrid, EXERCICE_COLS, eitherYear, isTrue, YEAR_COLS } from "./grid";
import { type ExerciceRows } from "./seuil";
import { VERDICTS } from "./verdicts";

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
          y === 1 ? cell(`B${row}`, annees[0].cacRetenu) : undefined
        )
      ),
    text(VERDICTS.cacRetenu, "note")
  );
  g.format(row, isTrue(row), "warning");
  const honoraires = g.perYear("Honoraires du CAC inscrits au budget", (y, a) =>
    calc(`=${bu.honorairesCac[y]}`, a.honorairesCac, FORMAT.euro)
  );
  const feeMissing = (col: string) => `AND(${col}${row},${col}${honoraires}=0)`;
  g.s.set(
    5,
    honoraires,
    g.verdict(
      eitherYear(feeMissing),
      VERDICTS.honorairesManquants,
      VERDICTS.honorairesOk,
      annees.some((a) => a.cacRetenu && a.honorairesCac === 0)
    )
  );
  g.format(honoraires, feeMissing, "bad");
  return { cacRetenu: row, honoraires };
}
