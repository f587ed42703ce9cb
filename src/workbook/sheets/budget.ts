// The `Budget` sheet: charges by account (60–68), produits (74 by funder and ACI envelope, 75), résultat,
// contributions volontaires (86/87) and the analytic split by ACI envelope, for contract years 1 and 2.
import { ANNEES, BudgetModel, ChargeKind } from "../../domain/budget";
import { AciRow } from "../../domain/budgetAci";
import { cents } from "../../domain/errors";
import { MISSION_LABELS, MISSIONS } from "../../domain/data/aciGrid";
import { DEFAULT_MISSION_START, MISSION_START_SETTINGS } from "../../domain/data/paymentCalendar";
import { calc, excelDate, FORMAT, input, quoted, text } from "../formats";
import { a1, SheetRef } from "../names";
import { CellPlan, SheetPlan, ValidationRule } from "../planTypes";
import { SheetBuilder } from "../sheetBuilder";
import { BudgetRefs, CalendarRefs, MODE_LABELS, ParametresRefs } from "../refs";

const YEAR_COLS = [3, 4] as const;
const AMOUNT: ValidationRule = { kind: "decimal", min: 0, max: 100_000_000 };
const AMOUNT_ERROR = "Saisissez un montant positif ou nul, en euros.";
const ENVELOPE_COL = 5;
const yearCells = (f: (y: 0 | 1) => CellPlan): [CellPlan, CellPlan] => [f(0), f(1)];

/** The ACI of one Barème row in contract year y+1: the calendar's payments of that row dated inside the year. */
function aciFormula(row: AciRow, y: 0 | 1, p: ParametresRefs, cal: CalendarRefs): string {
  return `=ROUND(SUMIFS(${cal.montants},${cal.codes},${quoted(row.code)},${cal.dates},">="&${p.debut[y]},${cal.dates},"<="&${p.fin[y]}),2)`;
}

/**
 * The formula of a computed charge line (the coordinator, the CAC fee, indemnities) in contract year y+1. `cac` is
 * the Contrôles row telling whether the CAC fee is charged each year: from the contract-year test and the exercice
 * verdicts (received and granted) of the exercices overlapping the year, cumulated over the 6-exercice mandate.
 */
function chargeFormula(
  kind: Exclude<ChargeKind, "saisie">,
  index: number | undefined,
  y: 0 | 1,
  p: ParametresRefs,
  cac: [string, string]
): string {
  const mode = (m: keyof typeof MODE_LABELS) => `${p.mode}="${MODE_LABELS[m]}"`;
  const mois = p.mois[y];
  switch (kind) {
    case "ge": {
      const setup = y === 0 ? `+${p.fraisMiseEnPlace}` : "";
      const end = `+IF(AND(${p.duree}>${12 * y},${p.duree}<=${12 * (y + 1)}),${p.fraisFin},0)`;
      return `=IF(AND(${mode("ge")},${mois}>0),ROUND(${p.factureGe}*${mois}${setup}${end},2),0)`;
    }
    case "prestataire":
      return `=IF(AND(${mode("prestataire")},${mois}>0),ROUND(${p.tarifJour}*(${p.joursParAn}*${mois}/12),2),0)`;
    case "taxeSalaires":
      return `=IF(AND(${mode("salarie")},${mois}>0),${p.taxeSalaires[y]},0)`;
    case "salaires":
      return `=IF(AND(${mode("salarie")},${mois}>0),ROUND(${p.brut}*${mois},2),0)`;
    case "chargesSociales":
      return `=IF(AND(${mode("salarie")},${mois}>0),ROUND((${p.coutEmployeur}-${p.brut})*${mois},2),0)`;
    case "cac":
      return `=IF(${cac[y]},${p.honorairesCac},0)`;
    case "indemnite": {
      const i = p.indemnites[index!];
      return `=ROUND(${i.professionnels}*${i.parProfessionnel[y]},2)`;
    }
  }
}

export function buildBudget(
  model: BudgetModel,
  name: string,
  p: ParametresRefs,
  calendar: CalendarRefs,
  cacRetenu: [string, string]
): { sheet: SheetPlan; refs: BudgetRefs } {
  const s = new SheetBuilder(name);
  const ref = new SheetRef(name);
  const { inputs, annees } = model;
  const band = (label: string) =>
    s.add([
      text("", "header"),
      text(label, "header"),
      text("", "header"),
      text("", "header"),
      text("", "header"),
    ]);
  const sumOf = (rows: number[], y: 0 | 1) =>
    `=${rows.length ? rows.map((r) => a1(YEAR_COLS[y], r)).join("+") : "0"}`;
  const sumRange = (first: number, last: number, y: 0 | 1) =>
    last >= first ? `=SUM(${a1(YEAR_COLS[y], first)}:${a1(YEAR_COLS[y], last)})` : "=0";
  const totalRow = (
    compte: string,
    label: string,
    formula: (y: 0 | 1) => string,
    expected: (y: 0 | 1) => number
  ) =>
    s.add([
      text(compte, "total"),
      text(label, "total"),
      ...yearCells((y) => calc(formula(y), expected(y), FORMAT.euro, "total")),
    ]);

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
  s.add();
  const header = s.add([
    text("Compte", "header"),
    text("Libellé", "header"),
    text("Année 1", "header"),
    text("Année 2", "header"),
    text("Enveloppe analytique", "header"),
  ]);
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

  band("CHARGES");
  const firstCharge = s.nextRow;
  const classRows: number[] = [];
  let cacRow = 0;
  const lineRows: number[] = [];
  for (const cl of model.charges) {
    const classRow = s.nextRow;
    totalRow(
      cl.classe,
      cl.label,
      (y) => sumRange(classRow + 1, classRow + cl.lignes.length, y),
      (y) => cl.montants[y]
    );
    classRows.push(classRow);
    for (const line of cl.lignes) {
      const { kind } = line;
      lineRows.push(s.nextRow);
      if (kind === "saisie") {
        const row = s.add([
          input(line.compte),
          input(line.label),
          ...yearCells((y) => input(line.montants[y], FORMAT.euro)),
          input(MISSION_LABELS[line.enveloppe]),
        ]);
        s.validations.push({
          range: `${a1(3, row)}:${a1(4, row)}`,
          rule: AMOUNT,
          error: AMOUNT_ERROR,
        });
        s.validations.push({
          range: a1(ENVELOPE_COL, row),
          rule: { kind: "list", values: MISSIONS.map((m) => MISSION_LABELS[m]) },
          error: "Choisissez une enveloppe de la liste.",
        });
        continue;
      }
      // Indemnity lines take their label and envelope from Paramètres, where their figures are entered.
      const indemnity = kind === "indemnite" ? p.indemnites[line.index!] : undefined;
      const row = s.add([
        text(line.compte),
        indemnity ? calc(`=${indemnity.label}`, line.label) : text(line.label),
        ...yearCells((y) =>
          calc(chargeFormula(kind, line.index, y, p, cacRetenu), line.montants[y], FORMAT.euro)
        ),
        indemnity
          ? calc(`=${indemnity.enveloppe}`, MISSION_LABELS[line.enveloppe])
          : text(MISSION_LABELS[line.enveloppe]),
      ]);
      if (kind === "cac") cacRow = row;
    }
  }
  const lastCharge = s.nextRow - 1;
  const totalCharges = totalRow(
    "",
    "TOTAL DES CHARGES",
    (y) => sumOf(classRows, y),
    (y) => annees[y].totalCharges
  );
  s.add();

  band("PRODUITS");
  const firstFunder = s.nextRow + 2 + model.aci.length;
  const funderRows = model.financeurs.map((_, i) => firstFunder + i);
  const aciRow = s.nextRow + 1;
  const subventionsRow = totalRow(
    "74",
    "Subventions d'exploitation",
    (y) => sumOf([aciRow, ...funderRows], y),
    (y) => cents(annees[y].aci + annees[y].financeurs)
  );
  totalRow(
    "74",
    "Assurance Maladie : ACI (CPAM), montants versés",
    (y) => sumRange(aciRow + 1, aciRow + model.aci.length, y),
    (y) => annees[y].aci
  );
  for (const line of model.aci) {
    s.add([
      text("74"),
      text(line.row.label),
      ...yearCells((y) =>
        calc(aciFormula(line.row, y, p, calendar), line.montants[y], FORMAT.euro)
      ),
      text(MISSION_LABELS[line.row.mission]),
    ]);
  }
  model.financeurs.forEach((f, i) => {
    s.add([
      text("74"),
      calc(`=${p.financeurs[i].label}`, f.label),
      ...yearCells((y) => calc(`=${p.financeurs[i].montants[y]}`, f.montants[y], FORMAT.euro)),
    ]);
  });
  const cotisationsRow = s.nextRow + 1;
  const autresRow = totalRow(
    "75",
    "Autres produits de gestion courante",
    (y) => `=${a1(YEAR_COLS[y], cotisationsRow)}`,
    (y) => model.cotisations[y]
  );
  s.add([
    text("756"),
    text("Cotisations des membres"),
    ...yearCells((y) =>
      calc(`=ROUND(${p.membres}*${p.cotisation},2)`, model.cotisations[y], FORMAT.euro)
    ),
  ]);
  const totalProduits = totalRow(
    "",
    "TOTAL DES PRODUITS",
    (y) => sumOf([subventionsRow, autresRow], y),
    (y) => annees[y].totalProduits
  );
  s.add();
  const resultat = totalRow(
    "",
    "RÉSULTAT (produits − charges)",
    (y) => `=${a1(YEAR_COLS[y], totalProduits)}-${a1(YEAR_COLS[y], totalCharges)}`,
    (y) => annees[y].resultat
  );
  s.conditionalFormats.push({
    range: `${a1(3, resultat)}:${a1(4, resultat)}`,
    formula: `=${a1(3, resultat)}<0`,
    style: "bad",
  });
  s.add();

  band("CONTRIBUTIONS VOLONTAIRES EN NATURE");
  const contributions = model.contributionsVolontaires;
  const emploisRow = s.nextRow;
  const contributionsRow = emploisRow + contributions.length + 1;
  const total = (y: 0 | 1) => annees[y].contributionsVolontaires;
  totalRow(
    "86",
    "Emplois des contributions volontaires",
    (y) => sumRange(emploisRow + 1, emploisRow + contributions.length, y),
    total
  );
  contributions.forEach((cv, i) => {
    const source = contributionsRow + 1 + i;
    s.add([
      input(cv.compteEmploi),
      calc(`=${a1(2, source)}`, cv.label),
      ...yearCells((y) => calc(`=${a1(YEAR_COLS[y], source)}`, cv.montants[y], FORMAT.euro)),
    ]);
  });
  totalRow(
    "87",
    "Contributions volontaires en nature",
    (y) => sumRange(contributionsRow + 1, contributionsRow + contributions.length, y),
    total
  );
  contributions.forEach((cv) => {
    const row = s.add([
      input(cv.compteContribution),
      input(cv.label),
      ...yearCells((y) => input(cv.montants[y], FORMAT.euro)),
    ]);
    s.validations.push({ range: `${a1(3, row)}:${a1(4, row)}`, rule: AMOUNT, error: AMOUNT_ERROR });
  });
  s.add([
    text(
      "Bénévolat et mises à disposition gratuites, valorisés : les emplois (86) égalent les contributions (87).",
      "note"
    ),
  ]);
  totalRow(
    "",
    "Total des charges avec contributions volontaires",
    (y) => `=${a1(YEAR_COLS[y], totalCharges)}+${a1(YEAR_COLS[y], emploisRow)}`,
    (y) => cents(annees[y].totalCharges + total(y))
  );
  totalRow(
    "",
    "Total des produits avec contributions volontaires",
    (y) => `=${a1(YEAR_COLS[y], totalProduits)}+${a1(YEAR_COLS[y], contributionsRow)}`,
    (y) => cents(annees[y].totalProduits + total(y))
  );

  const firstAci = aciRow + 1;
  const lastAci = aciRow + model.aci.length;
  const envelopes = (first: number, last: number) =>
    `${a1(ENVELOPE_COL, first, true)}:${a1(ENVELOPE_COL, last, true)}`;
  const amounts = (y: 0 | 1, first: number, last: number) =>
    `${a1(YEAR_COLS[y], first, true)}:${a1(YEAR_COLS[y], last, true)}`;
  for (const annee of ANNEES) {
    const y = (annee - 1) as 0 | 1;
    const analytique = annees[y].analytique;
    s.add();
    s.add([
      text("", "header"),
      text(`Répartition analytique, année ${annee}`, "header"),
      text("ACI versé", "header"),
      text("Charges affectées", "header"),
      text("Solde", "header"),
    ]);
    const first = s.nextRow;
    for (const line of analytique) {
      const row = s.nextRow;
      s.add([
        null,
        text(MISSION_LABELS[line.mission]),
        calc(
          `=SUMIF(${envelopes(firstAci, lastAci)},$B${row},${amounts(y, firstAci, lastAci)})`,
          line.aci,
          FORMAT.euro
        ),
        calc(
          `=SUMIF(${envelopes(firstCharge, lastCharge)},$B${row},${amounts(y, firstCharge, lastCharge)})`,
          line.charges,
          FORMAT.euro
        ),
        calc(`=C${row}-D${row}`, line.solde, FORMAT.euro),
      ]);
    }
    const last = s.nextRow - 1;
    s.conditionalFormats.push({
      range: `E${first}:E${last}`,
      formula: `=E${first}<0`,
      style: "warning",
    });
    const sumCol = (col: string) => `=SUM(${col}${first}:${col}${last})`;
    const sumOfLines = (f: (l: (typeof analytique)[number]) => number) =>
      cents(analytique.reduce((acc, l) => acc + f(l), 0));
    const totalLine = s.add([
      null,
      text("Total", "total"),
      calc(
        sumCol("C"),
        sumOfLines((l) => l.aci),
        FORMAT.euro,
        "total"
      ),
      calc(
        sumCol("D"),
        sumOfLines((l) => l.charges),
        FORMAT.euro,
        "total"
      ),
      calc(
        sumCol("E"),
        sumOfLines((l) => l.solde),
        FORMAT.euro,
        "total"
      ),
    ]);
    const unassigned = s.add([
      null,
      text("Charges sans enveloppe reconnue", "note"),
      null,
      calc(`=${a1(YEAR_COLS[y], totalCharges)}-D${totalLine}`, 0, FORMAT.euro),
    ]);
    s.conditionalFormats.push({
      range: `D${unassigned}`,
      formula: `=D${unassigned}<>0`,
      style: "bad",
    });
  }

  s.charts.push({
    title: "Charges et produits par année",
    type: "columnClustered",
    categories: ref.range(3, header, 4, header),
    series: [
      {
        name: `=${ref.cell(2, totalCharges)}`,
        values: ref.range(3, totalCharges, 4, totalCharges),
      },
      {
        name: `=${ref.cell(2, totalProduits)}`,
        values: ref.range(3, totalProduits, 4, totalProduits),
      },
    ],
    anchor: "G6",
    width: 8,
    height: 18,
  });

  const pair = (row: number): [string, string] => [ref.cell(3, row), ref.cell(4, row)];
  return {
    sheet: s.build({
      columnWidths: [9, 58, 16, 16, 34],
      frozenRows: header,
      print: {
        orientation: "landscape",
        fitToWidth: true,
        title: "Budget prévisionnel sur deux ans",
      },
    }),
    refs: {
      aciTotal: pair(aciRow),
      totalCharges: pair(totalCharges),
      totalProduits: pair(totalProduits),
      resultat: pair(resultat),
      honorairesCac: pair(cacRow),
      chargesEnveloppes: ref.range(ENVELOPE_COL, firstCharge, ENVELOPE_COL, lastCharge),
      chargesMontants: [
        ref.range(3, firstCharge, 3, lastCharge),
        ref.range(4, firstCharge, 4, lastCharge),
      ],
      aciEnveloppes: ref.range(ENVELOPE_COL, firstAci, ENVELOPE_COL, lastAci),
      aciMontants: [ref.range(3, firstAci, 3, lastAci), ref.range(4, firstAci, 4, lastAci)],
      emploisContributions: pair(emploisRow),
      contributions: pair(contributionsRow),
      lignes: lineRows.map((row) => ({
        compte: ref.cell(1, row),
        label: ref.cell(2, row),
        montants: pair(row),
      })),
      cotisations: pair(cotisationsRow),
    },
  };
}
