// The `Comparatif` sheet: the team's first post (the coordinator) placed by a GE, hired directly or freelance, at the
// post's ETP and full time, over one contract year, against the fonctionnement envelope of the taille.
import { type BudgetModel } from "../../../domain/budget";
import { calc, text } from "../../formats";
import { SheetRef } from "../../names";
import { type SheetPlan } from "../../planTypes";
import { type BaremeRefs, type ComparatifRefs, type ParametresRefs } from "../../refs";
import { SheetBuilder } from "../../sheetBuilder";
import { hypotheses } from "./hypotheses";
import { table } from "./table";

export interface ComparatifSources {
  parametres: ParametresRefs;
  bareme: BaremeRefs;
}

export function buildComparatif(
  model: BudgetModel,
  name: string,
  { parametres: p, bareme: b }: ComparatifSources
): { sheet: SheetPlan; refs: ComparatifRefs } {
  const s = new SheetBuilder(name);
  s.add([
    calc(
      `="Comparatif du coordinateur : "&${p.nom}`,
      `Comparatif du coordinateur : ${model.inputs.nom}`,
      undefined,
      "title"
    ),
  ]);
  s.add([
    text(
      "Le coût d'une année de contrat (12 mois) du premier poste de l'équipe (le coordinateur) selon son statut, à son salaire et à son ETP puis à temps plein, et la part de l'enveloppe fonctionnement de l'ACI qu'il représente.",
      "note"
    ),
  ]);
  s.add();
  const h = hypotheses(s, model, p, b);
  s.add();
  const poste = table(s, model, h);

  const ref = new SheetRef(name);
  return {
    sheet: s.build({
      columnWidths: [52, 10, 17, 17, 17, 26, 90],
      frozenRows: 1,
      print: { orientation: "landscape", fitToWidth: true, title: "Comparatif du coordinateur" },
    }),
    refs: {
      geAnnee1: ref.cell(3, poste.ge),
      salarieAnnee1: ref.cell(3, poste.salarie),
      prestataireAnnee1: ref.cell(3, poste.prestataire),
    },
  };
}
