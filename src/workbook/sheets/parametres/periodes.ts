// The periods the budget covers: contract years k and k + 1 from the signature date, and the accounting exercices
// that the 153 000 € test reads.
import { exerciceStartFormula, yearEndFormula } from "../../dateFormulas";
import { calc, excelDate, FORMAT, text } from "../../formats";
import { a1 } from "../../names";
import { yearHeaders } from "../../years";
import { absolute, type ParametresGrid } from "./grid";

/** First and last day of contract years k and k + 1 (columns B and C). */
export function anneesDeContrat(
  g: ParametresGrid,
  rows: { signature: number; premiereAnnee: number }
): { debut: number; fin: number } {
  const { annees } = g.model;
  g.band("Années de contrat budgétées", yearHeaders(g.model));
  const [sig, k] = [absolute(2, rows.signature), absolute(2, rows.premiereAnnee)];
  const period = (label: string, formula: (y: 0 | 1) => string, expected: (y: 0 | 1) => string) =>
    g.s.add([
      text(label),
      ...([0, 1] as const).map((y) => calc(formula(y), excelDate(expected(y)), FORMAT.date)),
    ]);
  const debut = period(
    "Début",
    (y) => `=EDATE(${sig},12*(${k}-1${y ? "+1" : ""}))`,
    (y) => annees[y].debut
  );
  const fin = period(
    "Fin",
    (y) => `=EDATE(${sig},12*(${k}${y ? "+1" : ""}))-1`,
    (y) => annees[y].fin
  );
  return { debut, fin };
}

/**
 * The exercices tested, in columns B to D: exercice 1 contains the first budgeted day (B of row `rows.debut`); each
 * is tested when it overlaps the two budgeted years, whose last day is in C of row `rows.fin` (the third only when
 * they do not start on an exercice's first day).
 */
export function exercicesTestes(
  g: ParametresGrid,
  rows: { debut: number; debutExercice: number; fin: number }
): { debut: number; fin: number; teste: number } {
  const { exercices } = g.model.tresorerie;
  const [sig, month] = [absolute(2, rows.debut), absolute(2, rows.debutExercice)];
  g.s.add([
    text("Exercices comptables testés", "header"),
    ...exercices.map((e) => text(`Exercice ${e.exercice}`, "header")),
  ]);
  const debut = g.s.add([text("Début")]);
  const col = (x: number) => a1(2 + x, debut);
  const first = exerciceStartFormula(sig, month);
  exercices.forEach((e, x) =>
    g.s.set(
      2 + x,
      debut,
      calc(x === 0 ? `=${first}` : `=EDATE(${col(0)},${12 * x})`, excelDate(e.debut), FORMAT.date)
    )
  );
  const fin = g.s.add([
    text("Fin"),
    ...exercices.map((e, x) => calc(`=${yearEndFormula(col(x))}`, excelDate(e.fin), FORMAT.date)),
  ]);
  const finAnnee2 = absolute(3, rows.fin);
  const teste = g.s.add([
    text(
      `Recoupe les années de contrat ${g.model.annees.map((a) => a.anneeContrat).join(" et ")} (testé)`
    ),
    ...exercices.map((e, x) => calc(`=${col(x)}<=${finAnnee2}`, e.teste)),
  ]);
  g.s.add([
    text(
      "Un exercice qui ne recoupe pas les deux années du budget compte 0 au seuil de 153 000 € (Contrôles).",
      "note"
    ),
  ]);
  return { debut, fin, teste };
}
