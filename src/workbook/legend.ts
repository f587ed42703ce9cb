// The legend of the estimate styles, on the sheets that show estimates (Paramètres, Budget): a sample cell of each
// style saying what it is, and beside it where its basis is.
import { text } from "./formats";
import { type SheetBuilder } from "./sheetBuilder";

export const ESTIMATE_LEGEND = {
  estimate: [
    "Estimation à remplacer par vos chiffres",
    "Saisie : sa base est dans la note de la cellule ou de son libellé.",
  ],
  estimateFormula: [
    "Calculé à partir d'une estimation",
    "Heures par défaut, honoraires du CAC : leurs hypothèses se modifient dans Paramètres.",
  ],
} as const;

/** Two rows, the sample cell in column `col` (1-based) and its explanation beside it. */
export function estimateLegend(s: SheetBuilder, col: number): void {
  for (const style of ["estimate", "estimateFormula"] as const) {
    const [sample, basis] = ESTIMATE_LEGEND[style];
    s.add([...Array<null>(col - 1).fill(null), text(sample, style), text(basis, "note")]);
  }
}
