// The exercice of the lettre d'intention when it ends before exercice 1: it receives only année 0's money, tested
// against the threshold apart (every exercice overlapping année 0 and the budgeted years is tested).
import { overThreshold } from "../../../domain/rules/cac";
import { cell } from "../../../domain/rules/expr";
import { exerciceStartFormula, yearEndFormula } from "../../dateFormulas";
import { calc, excelDate, FORMAT, ruleCell, text } from "../../formats";
import { type ParametresRefs, YES } from "../../refs";
import { type ControlesGrid } from "./grid";

/** The section's rows, its figures in column B (no section when that exercice is not tested apart). */
export interface ExerciceAnnee0Rows {
  debut: number;
  fin: number;
  recues: number;
  over: number;
}

export function exerciceAnneeZero(
  g: ControlesGrid,
  p: ParametresRefs
): ExerciceAnnee0Rows | undefined {
  const { model, s } = g;
  const e = model.tresorerie.exerciceAnnee0;
  if (e === undefined || p.annee0 === undefined) return undefined;
  const a = p.annee0;
  g.section("Année 0 : exercice de la lettre d'intention", ["Exercice 0"]);
  const li = a.debut;
  const month = p.debutExercice;
  const debut = s.add([
    text("Début de l'exercice"),
    calc(`=${exerciceStartFormula(li, month)}`, excelDate(e.debut), FORMAT.date),
  ]);
  const fin = s.add([
    text("Fin de l'exercice"),
    calc(`=${yearEndFormula(`B${debut}`)}`, excelDate(e.fin), FORMAT.date),
  ]);
  const recues = s.add([
    text("Subventions publiques reçues (année 0)", "total"),
    calc(
      `=SUMIFS(${a.montants},${a.dates},">="&B${debut},${a.dates},"<="&B${fin},${a.publics},"${YES}")`,
      e.subventions,
      FORMAT.euro,
      "total"
    ),
  ]);
  const over = s.add([
    text("Seuil dépassé"),
    ruleCell(overThreshold(cell(`B${recues}`, e.subventions), cell(p.seuil, model.seuilCac))),
    null,
    null,
    text(
      "Exercice avant celui de la signature : seul l'argent de l'année 0 y est reçu (Paramètres).",
      "note"
    ),
  ]);
  g.format(over, (col) => `${col}${over}=TRUE`, "warning", "B");
  return { debut, fin, recues, over };
}
