// The comparison table: each status at the post's ETP and full time, its yearly cost (the payroll engine's value for
// the GE and the direct hire, a live formula for the freelance), its monthly and hourly equivalents and its share of
// the fonctionnement envelope.
import { type BudgetModel } from "../../../domain/budget";
import { type ComparisonRow } from "../../../domain/comparison";
import { cell } from "../../../domain/rules/expr";
import { freelanceYear, hourly, monthly, shareOf } from "../../../domain/rules/comparison";
import { calc, FORMAT, number, ruleCell, text } from "../../formats";
import { a1 } from "../../names";
import { type CellPlan } from "../../planTypes";
import { MODE_LABELS } from "../../refs";
import { type SheetBuilder } from "../../sheetBuilder";
import { type HypothesesRows, valueOf } from "./hypotheses";

const ENGINE_NOTE =
  "Calculé par le complément (règles Urssaf modele-social) : une valeur, pas une formule. Pour une autre convention, un autre coefficient ou niveau, un autre salaire, ETP ou forfait, modifier le premier poste dans le complément puis régénérer le budget.";
const NOTES = {
  ge: "Mise à disposition de 12 mois : frais de mise en place, de gestion, de paie et de fin (tarif GEIO) + coût employeur.",
  salarie:
    "CDI de 12 mois : coût employeur + taxe sur les salaires après abattement des associations (le poste seul : l'abattement lui est tout acquis).",
  prestataire: "Tarif journalier × jours d'une année à temps plein × ETP (honoraires HT).",
} as const;

/** The row of each status's line at the post's ETP. */
export type PosteRows = Record<ComparisonRow["mode"], number>;

export function table(s: SheetBuilder, model: BudgetModel, h: HypothesesRows): PosteRows {
  s.add(
    [
      "Statut du poste",
      "ETP",
      "Coût annuel",
      "Par mois",
      "Par heure",
      "Part du fonctionnement",
      "Mode de calcul",
    ].map((t) => text(t, "header"))
  );
  const poste: Partial<PosteRows> = {};
  for (const l of model.comparatif.lignes) {
    const row = s.nextRow;
    const etp = cell(a1(2, row), l.etp);
    const annuelCell: CellPlan =
      l.mode === "prestataire"
        ? ruleCell(
            freelanceYear(
              cell(valueOf(h.tarifJour), model.comparatif.tarifJour),
              cell(valueOf(h.jours), model.comparatif.joursPleinTemps),
              etp
            ),
            FORMAT.euroCents
          )
        : { value: l.annuel, numberFormat: FORMAT.euroCents, style: "label", comment: ENGINE_NOTE };
    const annuel = cell(a1(3, row), l.annuel);
    s.add([
      text(`${MODE_LABELS[l.mode]} : ${l.base === "poste" ? "à l'ETP du poste" : "à temps plein"}`),
      l.base === "poste"
        ? calc(`=${valueOf(h.etp)}`, l.etp, FORMAT.decimal)
        : number(1, FORMAT.decimal),
      annuelCell,
      ruleCell(monthly(annuel), FORMAT.euroCents),
      ruleCell(
        hourly(annuel, cell(valueOf(h.heures), model.comparatif.heuresPleinTemps), etp),
        FORMAT.euroCents
      ),
      ruleCell(
        shareOf(annuel, cell(valueOf(h.enveloppe), model.comparatif.enveloppeFonctionnement)),
        FORMAT.percentTenth
      ),
      text(NOTES[l.mode], "note"),
    ]);
    if (l.base === "poste") poste[l.mode] = row;
  }
  return poste as PosteRows;
}
