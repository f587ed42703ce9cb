// The `Paramètres` sheet, section by section: every answer of the task pane as an input cell (the CPTS and its
// contract, the cash plan's settings, the missions' starts, the team, the funders and the indemnities), the periods
// derived from them, and the figures the payroll engine gives.
import { type BudgetModel } from "../../../domain/budget";
import { text } from "../../formats";
import { estimateLegend } from "../../legend";
import { SheetRef } from "../../names";
import { type SheetPlan } from "../../planTypes";
import { type ParametresRefs, type Triple } from "../../refs";
import { SheetBuilder } from "../../sheetBuilder";
import { cptsEtContrat, membresEtSeuil } from "./contrat";
import { equipe } from "./equipe";
import { type BaremeScale } from "./equipe/repartition";
import { financeurs } from "./financeurs";
import { ParametresGrid, type RowList } from "./grid";
import { indemnites } from "./indemnites";
import { anneesDeContrat, exercicesTestes } from "./periodes";
import { vieDuContrat } from "./vieContrat";
import { anneeZero } from "./annee0";
import { demarrageParDefaut, demarrages, tresorerie } from "./tresorerie";

function heading(g: ParametresGrid): void {
  g.s.add([text("Budget prévisionnel sur deux ans : paramètres", "title")]);
  g.s.add([
    text(
      "Les cellules jaunes sont à saisir ; tout le reste est calculé par des formules, dans ce classeur.",
      "note"
    ),
  ]);
  estimateLegend(g.s, 1);
  g.s.add();
}

/**
 * `bareme`: the Barème's codes and amounts, which the team's default split reads; `aci`: the Budget's cells of each
 * ACI line, which the missions' default hours read (both built later: placeholders).
 */
export function buildParametres(
  model: BudgetModel,
  name: string,
  bareme: BaremeScale,
  aci: [string, string][]
): { sheet: SheetPlan; refs: ParametresRefs } {
  const s = new SheetBuilder(name);
  const g = new ParametresGrid(s, model);
  heading(g);
  const options = cptsEtContrat(g);
  const vie = vieDuContrat(g, options);
  // With the contract's options: when the missions start unless a date is typed for one (table below).
  const demarrage = demarrageParDefaut(g);
  const contrat = { ...options, ...membresEtSeuil(g) };
  s.add();
  const annees = anneesDeContrat(g, { ...contrat, premiereAnnee: vie.premiereAnnee });
  if (g.model.annee0) s.add();
  const zero = anneeZero(g, contrat);
  s.add();
  const treso = tresorerie(g);
  s.add();
  const exercices = exercicesTestes(g, { ...treso, debut: annees.debut, fin: annees.fin });
  s.add();
  const missions = demarrages(g, { ...contrat, demarrage });
  s.add();
  const ref = new SheetRef(name);
  const team = equipe(g, ref, { debut: annees.debut, taille: contrat.taille }, bareme);
  s.add();
  const funders = financeurs(g);
  s.add();
  const indemnities = indemnites(g, ref, aci);

  const cell = (row: number) => ref.cell(2, row);
  const pair = (row: number): [string, string] => [ref.cell(2, row), ref.cell(3, row)];
  const perExercice = (row: number) =>
    model.tresorerie.exercices.map((_, x) => ref.cell(2 + x, row)) as Triple;
  const column = (col: number, { first, last }: RowList) =>
    ref.range(col, first, col, Math.max(first, last));
  return {
    sheet: s.build({
      // Columns G to L: the team's tables and the governance roles' amounts by profession.
      columnWidths: [58, 19, 19, 20, 34, 16, 16, 16, 16, 16, 16, 16],
      frozenRows: 0,
      // The team's tables and the indemnities each start a page.
      rowBreaks: [team.first, indemnities.first],
      print: {
        orientation: "landscape",
        fitToWidth: true,
        title: "Paramètres du budget prévisionnel",
      },
    }),
    refs: {
      nom: cell(contrat.nom),
      taille: cell(contrat.taille),
      signature: cell(contrat.signature),
      premiereAnnee: cell(vie.premiereAnnee),
      renouvellement: cell(vie.renouvellement),
      ...(zero && {
        annee0: {
          debut: cell(zero.lettre),
          fin: cell(zero.fin),
          recettes: zero.recettes.rows.map((row) => ({
            label: ref.cell(1, row),
            montant: ref.cell(3, row),
          })),
          dates: column(2, zero.recettes),
          montants: column(3, zero.recettes),
          publics: column(4, zero.recettes),
          coordinateur: ref.cell(3, zero.coordinateur),
          indemnites: ref.cell(3, zero.indemnites),
        },
      }),
      ...(vie.changement && {
        changementTaille: {
          taille: cell(vie.changement.taille),
          annee: cell(vie.changement.annee),
        },
      }),
      dateLimite: cell(contrat.dateLimite),
      optionnelles: cell(contrat.optionnelles),
      tauxVariable: cell(contrat.tauxVariable),
      crise: cell(contrat.crise),
      membres: cell(contrat.membres),
      cotisation: cell(contrat.cotisation),
      aciSubvention: cell(contrat.aciSubvention),
      seuil: cell(contrat.seuil),
      honorairesCac: cell(contrat.honorairesCac),
      debut: pair(annees.debut),
      fin: pair(annees.fin),
      delaiPaiement: cell(treso.delaiPaiement),
      moisAnnuel: cell(treso.moisAnnuel),
      debutExercice: cell(treso.debutExercice),
      exerciceDebut: perExercice(exercices.debut),
      exerciceFin: perExercice(exercices.fin),
      exerciceTeste: perExercice(exercices.teste),
      demarrage: cell(demarrage),
      demarrages: Object.fromEntries(
        Object.entries(missions).map(([m, row]) => [
          m,
          { date: ref.cell(3, row), prorata: ref.cell(6, row) },
        ])
      ) as ParametresRefs["demarrages"],
      equipe: team.refs,
      financeurs: funders.rows.map((row) => ({
        label: ref.cell(1, row),
        montants: pair(row),
        publique: ref.cell(4, row),
      })),
      financeursMontants: [column(2, funders), column(3, funders)],
      financeursPublics: column(4, funders),
      indemnites: indemnities.refs,
    },
  };
}
