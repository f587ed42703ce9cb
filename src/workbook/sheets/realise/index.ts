// Budget versus actual from the accountant's entries: the `Réalisé` sheet (the import, per line and per envelope for
// each contract year and exercice, the year-end projection, the subsidies received against 153 000 €, the bank next to
// the cash plan, the accounts left aside, the account table and the analytic split) and the `Écritures` sheet it sums.
import { type BudgetModel } from "../../../domain/budget";
import { compareWithBudget, type RealiseSummary } from "../../../domain/realise/aggregate";
import { AccountLookup, type AccountMapping } from "../../../domain/realise/lines";
import { type EntriesFile } from "../../../domain/realise/types";
import { contractedEnvelopes } from "../../../domain/team";
import { calc, text } from "../../formats";
import { SheetRef } from "../../names";
import { type NamePlan, type SheetPlan } from "../../planTypes";
import { type BudgetRefs, type ParametresRefs, type TresorerieRefs } from "../../refs";
import { SheetBuilder } from "../../sheetBuilder";
import { accountTable, analyticSplit, unmapped } from "./accounts";
import { bankByMonth, subsidiesReceived } from "./cash";
import { buildEcritures, ecrituresRefs } from "./ecritures";
import { envelopeChart, envelopeRows, fillEnvelopes } from "./envelopes";
import { RealiseGrid } from "./grid";
import { lineTable } from "./lines";
import { synthese } from "./synthese";

/** The accountant's entries to compare with the budget, and the account table (default: each line's account). */
export interface RealiseInput {
  file: EntriesFile;
  mappings?: AccountMapping[];
  /** The two sheets' names, when the defaults are taken in the workbook they are added to. */
  sheetNames?: { realise: string; ecritures: string };
}

export interface RealiseSources {
  parametres: ParametresRefs;
  budget: BudgetRefs;
  tresorerie: TresorerieRefs;
}

export const REALISE_SHEETS = { realise: "Réalisé", ecritures: "Écritures" } as const;

export function buildRealise(
  model: BudgetModel,
  input: RealiseInput,
  { parametres: p, budget: bu, tresorerie: t }: RealiseSources,
  names: { realise: string; ecritures: string } = REALISE_SHEETS
): { sheets: [SheetPlan, SheetPlan]; names: NamePlan[]; summary: RealiseSummary } {
  const summary = compareWithBudget(model, input.file, input.mappings);
  const e = ecrituresRefs(names.ecritures, input.file.entries.length);
  const s = new SheetBuilder(names.realise);
  const g = new RealiseGrid(s, model, summary, p, e);
  s.add([
    calc(
      `="Budget et réalisé : "&${p.nom}`,
      `Budget et réalisé : ${model.inputs.nom}`,
      undefined,
      "title"
    ),
  ]);
  s.add([
    text(
      "Le réalisé vient des écritures importées (feuille Écritures) : chaque montant est une formule, il suit toute modification d'une écriture, de la table des comptes ou de la répartition. Le budget vient de la feuille Budget.",
      "note"
    ),
  ]);
  s.add();
  const head = synthese(g, input.file);
  s.add();
  const charges = lineTable(
    g,
    "Charges par ligne du budget",
    summary.charges,
    summary.totalCharges,
    bu,
    head.elapsed
  );
  s.add();
  const produits = lineTable(
    g,
    "Produits par ligne du budget",
    summary.produits,
    summary.totalProduits,
    bu,
    head.elapsed
  );
  s.add();
  const envelopes = envelopeRows(g);
  const ref = new SheetRef(names.realise);
  envelopeChart(g, ref, envelopes);
  const subsidies = subsidiesReceived(g);
  s.add();
  bankByMonth(g, t);
  s.add();
  unmapped(g);
  s.add();
  const table = accountTable(g, names.realise);
  s.add();
  const split = analyticSplit(g, contractedEnvelopes(model.inputs.optionnelles));
  fillEnvelopes(g, envelopes, charges, split);

  const covered = (i: number, n: number) => n === 1 || summary.couvert[i];
  const definedNames: NamePlan[] = [];
  g.periods.forEach((period, i) => {
    if (!covered(i, period.numero)) return;
    const suffix = `${period.kind === "annee" ? "Annee" : "Exercice"}${period.numero}`;
    definedNames.push(
      { name: `Realise_Charges_${suffix}`, ref: ref.cell(g.col(i, "realise"), charges.total) },
      { name: `Realise_Produits_${suffix}`, ref: ref.cell(g.col(i, "realise"), produits.total) }
    );
  });
  summary.subventions.forEach((x, k) => {
    if (
      x.exercice === 1 ||
      summary.couvert[g.periods.findIndex((q) => q.kind === "exercice" && q.numero === x.exercice)]
    ) {
      definedNames.push({
        name: `Realise_Subventions_Exercice${x.exercice}`,
        ref: ref.cell(4, subsidies[k]),
      });
    }
  });
  definedNames.push({ name: "Realise_Banque_Fin", ref: ref.cell(3, head.banqueFinRow) });

  const sheet = s.build({
    columnWidths: [10, 48, ...g.periods.flatMap(() => [14, 14, 14, 10]), 16, 16],
    frozenRows: 0,
    frozenColumns: 2,
    print: { orientation: "landscape", fitToWidth: true, pagesWide: 2, title: "Budget et réalisé" },
  });
  return {
    sheets: [
      sheet,
      buildEcritures(names.ecritures, input.file, table, new AccountLookup(summary.mappings)),
    ],
    names: definedNames,
    summary,
  };
}
