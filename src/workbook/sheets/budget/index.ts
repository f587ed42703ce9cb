// The `Budget` sheet, section by section: charges by account (60–68), produits (74 by funder and ACI envelope, 75),
// résultat, contributions volontaires (86/87) and the analytic split by ACI envelope, for contract years 1 and 2.
import { type BudgetModel } from "../../../domain/budget";
import { type Mission, MISSIONS } from "../../../domain/data/aciGrid";
import {
  DEFAULT_MISSION_START,
  MISSION_START_SETTINGS,
} from "../../../domain/data/paymentCalendar";
import { calc, excelDate, FORMAT, text } from "../../formats";
import { estimateLegend } from "../../legend";
import { SheetRef } from "../../names";
import { type SheetPlan } from "../../planTypes";
import { type BudgetRefs, type CalendarRefs, type ParametresRefs } from "../../refs";
import { SheetBuilder } from "../../sheetBuilder";
import { yearHeaders } from "../../years";
import { analytique } from "./analytique";
import { anneeZero } from "./annee0";
import { charges } from "./charges";
import { contributions } from "./contributions";
import { countEstimates, estimatesRow } from "./estimations";
import { BALANCE, equilibre } from "./equilibre";
import { BudgetGrid, ENVELOPE_COL, yearCells } from "./grid";
import { produits, resultat } from "./produits";

/**
 * The title, what the figures are, the estimates' legend and count, the columns and the dates of each contract year;
 * returns the header's and the count's rows.
 */
function heading(
  s: SheetBuilder,
  model: BudgetModel,
  p: ParametresRefs
): { header: number; estimations: number } {
  const { inputs, annees } = model;
  s.add([
    calc(
      `="Budget prévisionnel sur deux ans : "&${p.nom}`,
      `Budget prévisionnel sur deux ans : ${inputs.nom}`,
      undefined,
      "title"
    ),
  ]);
  s.add([
    text(
      "En encaissements : ce que la CPTS reçoit et dépense dans chaque année de contrat (d'un anniversaire de la signature au suivant). Cellules jaunes à saisir.",
      "note"
    ),
  ]);
  s.add([
    calc(
      `="ACI : versements du calendrier (Trésorerie) datés dans l'année ; démarrage des missions sans date choisie : "&${p.demarrage}&" (Paramètres)."`,
      `ACI : versements du calendrier (Trésorerie) datés dans l'année ; démarrage des missions sans date choisie : ${MISSION_START_SETTINGS[inputs.demarrages ?? DEFAULT_MISSION_START]} (Paramètres).`,
      undefined,
      "note"
    ),
  ]);
  // Beside the labels, as wide.
  estimateLegend(s, 2);
  const estimations = estimatesRow(s);
  s.add();
  const header = s.add(
    ["Compte", "Libellé", ...yearHeaders(model), "Enveloppe analytique"].map((h) =>
      text(h, "header")
    )
  );
  s.add([
    null,
    text("Du"),
    ...yearCells((y) => calc(`=${p.debut[y]}`, excelDate(annees[y].debut), FORMAT.date)),
  ]);
  s.add([
    null,
    text("Au"),
    ...yearCells((y) => calc(`=${p.fin[y]}`, excelDate(annees[y].fin), FORMAT.date)),
  ]);
  s.add();
  return { header, estimations };
}

export function buildBudget(
  model: BudgetModel,
  name: string,
  p: ParametresRefs,
  calendar: CalendarRefs,
  cacRetenu: [string, string]
): { sheet: SheetPlan; refs: BudgetRefs } {
  const s = new SheetBuilder(name);
  const g = new BudgetGrid(s, model);
  const { header, estimations } = heading(s, model, p);
  const charge = charges(g, p, cacRetenu);
  const chargeLines = model.charges.flatMap((cl) => cl.lignes);
  countEstimates(g, estimations, (line) => charge.lines[chargeLines.indexOf(line)]);
  s.add();
  const produit = produits(g, p, calendar);
  s.add();
  const result = resultat(g, { produits: produit.total, charges: charge.total });
  s.add();
  const zero = anneeZero(g, p.annee0);
  if (zero) s.add();
  const cv = contributions(g, { charges: charge.total, produits: produit.total });
  analytique(g, p, {
    aciFirst: produit.aciFirst,
    aciLast: produit.aciLast,
    chargesFirst: charge.first,
    chargesLast: charge.last,
    totalCharges: charge.total,
  });
  const balance = equilibre(g, p, {
    charges: charge,
    aciFirst: produit.aciFirst,
    aciLast: produit.aciLast,
    funders: produit.funders,
    cotisations: produit.cotisations,
  });

  const ref = new SheetRef(name);
  s.charts.push({
    title: "Charges et produits par année",
    type: "columnClustered",
    categories: ref.range(3, header, 4, header),
    series: [charge.total, produit.total].map((row) => ({
      name: `=${ref.cell(2, row)}`,
      values: ref.range(3, row, 4, row),
    })),
    // Below the header row, which is repeated on each printed page.
    anchor: `G${header + 1}`,
    width: 8,
    height: 18,
  });

  const pair = (row: number): [string, string] => [ref.cell(3, row), ref.cell(4, row)];
  const balanceOf = (col: number, row: (y: 0 | 1) => number): [string, string] => [
    ref.cell(col, row(0)),
    ref.cell(col, row(1)),
  ];
  const envelopeRow = (m: Mission) => (y: 0 | 1) => balance.envelopes[y].get(m)!;
  const column = (col: number, first: number, last: number) => ref.range(col, first, col, last);
  return {
    sheet: s.build({
      // Columns F and G: the envelopes' balance.
      columnWidths: [9, 64, 18, 18, 34, 18, 18],
      frozenRows: header,
      print: {
        orientation: "landscape",
        fitToWidth: true,
        title: "Budget prévisionnel sur deux ans",
      },
    }),
    refs: {
      ...(zero && {
        annee0: {
          produits: ref.cell(3, zero.produits),
          subventions: ref.cell(3, zero.subventions),
          charges: ref.cell(3, zero.charges),
          resultat: ref.cell(3, zero.resultat),
        },
      }),
      aciTotal: pair(produit.aciTotal),
      totalCharges: pair(charge.total),
      totalProduits: pair(produit.total),
      resultat: pair(result),
      honorairesCac: pair(charge.cac),
      fonctionnementAffecte: balanceOf(BALANCE.charges, envelopeRow("fonctionnement")),
      aciLignes: model.aci.map((_, i) => pair(produit.aciFirst + i)),
      depassements: model.annees[0].equilibre.map(({ mission }) => ({
        mission,
        montants: balanceOf(BALANCE.depassement, envelopeRow(mission)),
      })),
      enveloppes: Object.fromEntries(
        MISSIONS.map((m) => [
          m,
          {
            actions: balanceOf(BALANCE.actions, envelopeRow(m)),
            depassement: balanceOf(BALANCE.depassement, envelopeRow(m)),
          },
        ])
      ) as BudgetRefs["enveloppes"],
      resteAAffecter: balanceOf(BALANCE.actions, (y) => balance.totals[y]),
      depassementFonctionnement: balanceOf(BALANCE.depassement, envelopeRow("fonctionnement")),
      aciEnveloppes: column(ENVELOPE_COL, produit.aciFirst, produit.aciLast),
      aciMontants: [
        column(3, produit.aciFirst, produit.aciLast),
        column(4, produit.aciFirst, produit.aciLast),
      ],
      emploisContributions: pair(cv.emplois),
      contributions: pair(cv.contributions),
      lignes: charge.lines.map((row) => ({
        compte: ref.cell(1, row),
        label: ref.cell(2, row),
        montants: pair(row),
      })),
      cotisations: pair(produit.cotisations),
      estimations: ref.cell(3, estimations),
    },
  };
}
