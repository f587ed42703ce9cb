// The legend of the estimate styles, on the sheets that show estimates (Paramètres, Budget).
import { text } from "./formats";
import { type SheetBuilder } from "./sheetBuilder";

export const ESTIMATE_LEGEND = {
  estimate:
    "Estimation du complément, à remplacer par vos chiffres (saisie) : sa base est dans la note de la cellule ou du libellé.",
  estimateFormula:
    "Calculé à partir d'une estimation (heures par défaut, honoraires du CAC) : ses hypothèses se modifient dans Paramètres.",
} as const;

/** Two rows: a sample cell of each estimate style and what it means. */
export function estimateLegend(s: SheetBuilder): void {
  for (const style of ["estimate", "estimateFormula"] as const)
    s.add([text("", style), text(ESTIMATE_LEGEND[style], "note")]);
}
