// The `Obligations` sheet: the regulatory obligations of the first 200 days, each with its due date (a formula of
// the signature, the team or the threshold), a status the CPTS keeps, the budget line it costs, and overdue items
// flagged by a live formula; then the tools a CPTS equips itself with, by stage.
import { type BudgetModel } from "../../../domain/budget";
import {
  type ObligationCost,
  OBLIGATIONS,
  OUTILS,
  PREMIERS_JOURS,
} from "../../../domain/data/obligations";
import { serialOfIso, todayIso } from "../../../domain/dates";
import {
  OBLIGATIONS_HORIZON_DAYS,
  type ObligationDue,
  obligationsDue,
  obligationsSchedule,
  STATUT_SUPPOSE,
  STATUTS,
} from "../../../domain/obligations";
import { exerciceOver } from "../../../domain/rules/cac";
import { cell, formula } from "../../../domain/rules/expr";
import { type ChargeLine } from "../../../domain/types";
import { monthStartFormula } from "../../dateFormulas";
import { calc, FORMAT, input, quoted, text } from "../../formats";
import { SheetRef } from "../../names";
import { type SheetPlan } from "../../planTypes";
import {
  type BudgetRefs,
  type ControlesRefs,
  MODE_LABELS,
  type ObligationsRefs,
  type ParametresRefs,
} from "../../refs";
import { SheetBuilder } from "../../sheetBuilder";
import { yearHeaders } from "../../years";

const SANS_OBJET = "sans objet";
const EN_RETARD = "en retard";

export interface ObligationsSources {
  parametres: ParametresRefs;
  budget: BudgetRefs;
  controles: ControlesRefs;
}

/** The budget line an obligation costs, in the model's order of charge lines. */
function costLine(lines: ChargeLine[], cost: ObligationCost): number {
  const find = (f: (l: ChargeLine) => boolean) => lines.findIndex(f);
  switch (cost) {
    case "locations":
      return find((l) => l.compte === "613");
    case "assurances":
      return find((l) => l.compte === "616");
    case "expertComptable":
      return find((l) => /expert-comptable/i.test(l.label));
    case "cac":
      return find((l) => l.kind === "cac");
    case "gouvernance":
      return find((l) => l.compte.startsWith("65"));
  }
}

/**
 * The due date's formula: the model's date (a serial) or « sans objet ». `hireMonth` holds the first month of the
 * first direct hire (0 = the first budgeted month) or « sans objet ».
 */
function dueFormula(
  o: ObligationDue,
  model: BudgetModel,
  src: ObligationsSources,
  hireMonth: string
): string {
  const { parametres: p, controles: c } = src;
  const sig = p.signature;
  // The team's month numbers count from the first budgeted month (the signature's in year 1).
  const start = p.debut[0];
  switch (o.trigger) {
    case "signature":
      return `=${sig}`;
    case "deuxCentsJours":
      return `=${sig}+${PREMIERS_JOURS}`;
    case "embauche":
      return `=IF(ISNUMBER(${hireMonth}),IF(${hireMonth}=0,${start},${monthStartFormula(start, hireMonth)}),${quoted(SANS_OBJET)})`;
    case "seuil": {
      const e = model.tresorerie.exercices;
      const over = (x: number) =>
        formula(
          exerciceOver(
            cell(c.subventionsEncaissees[x], e[x].encaissees.seuil.counted),
            cell(c.subventionsAllouees[x], e[x].allouees.seuil.counted),
            cell(p.seuil, model.seuilCac)
          )
        );
      return `=${[0, 1, 2].reduceRight<string>(
        (otherwise, x) => `IF(${over(x)},${p.exerciceFin[x]},${otherwise})`,
        quoted(SANS_OBJET)
      )}`;
    }
  }
}

/** The cells of a one-column range such as 'Paramètres'!$B$44:$B$46, top to bottom. */
function cellsOf(range: string): string[] {
  const m = /^(.*!)\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(range);
  if (!m) throw new Error(`Plage inattendue : ${range}`);
  const [, sheet, col, top, bottom] = m;
  return Array.from(
    { length: Number(bottom) - Number(top) + 1 },
    (_, i) => `${sheet}$${col}$${Number(top) + i}`
  );
}

/**
 * The month each direct hire starts (0 = the first budgeted month), post by post, and the first of them: what the staff
 * obligations are due by. Returns the cell of the first month (a number, or « sans objet » without direct hires).
 */
function firstHireMonth(s: SheetBuilder, model: BudgetModel, p: ParametresRefs): string {
  s.add();
  title(s, "Postes salariés de la CPTS : mois de début (obligations du personnel)");
  const salarie = quoted(MODE_LABELS.salarie);
  const { modes, debuts } = p.equipe;
  const rows = model.inputs.equipe.map((post, i) =>
    s.add([
      text(`Poste ${i + 1}`),
      null,
      calc(
        `=IF(${cellsOf(modes)[i]}=${salarie},${cellsOf(debuts)[i]},"")`,
        post.mode === "salarie" ? post.debutMois : "",
        FORMAT.count
      ),
    ])
  );
  const months = `C${rows[0]}:C${rows[rows.length - 1]}`;
  const hires = model.inputs.equipe.filter((post) => post.mode === "salarie");
  const row = s.add([
    text("Premier mois d'embauche (0 = premier mois du budget)"),
    null,
    calc(
      `=IF(COUNT(${months})=0,${quoted(SANS_OBJET)},MIN(${months}))`,
      hires.length ? Math.min(...hires.map((post) => post.debutMois)) : SANS_OBJET,
      FORMAT.count,
      "total"
    ),
  ]);
  return `C${row}`;
}

/** A section title across the theme and obligation columns. */
function title(s: SheetBuilder, label: string): void {
  const row = s.add([text(label, "header"), text("", "header")]);
  s.merges.push(`A${row}:B${row}`);
}

export function buildObligations(
  model: BudgetModel,
  name: string,
  src: ObligationsSources
): { sheet: SheetPlan; refs: ObligationsRefs } {
  const s = new SheetBuilder(name);
  const schedule = obligationsSchedule(model);
  const today = todayIso();
  const lines = model.charges.flatMap((cl) => cl.lignes);
  s.add([
    calc(
      `="Obligations des ${PREMIERS_JOURS} premiers jours : "&${src.parametres.nom}`,
      `Obligations des ${PREMIERS_JOURS} premiers jours : ${model.inputs.nom}`,
      undefined,
      "title"
    ),
  ]);
  s.add([
    text(
      `Source : ${OBLIGATIONS.source}. ${OBLIGATIONS.confidence} Tenez la colonne « Statut » à jour : une obligation non faite dont l'échéance est passée est signalée en rouge.`,
      "note"
    ),
  ]);
  s.add();
  s.add(
    [
      "Thème",
      "Obligation",
      "Échéance",
      "Statut",
      "En retard",
      "Ligne du budget",
      yearHeaders(model)[0],
      "Échéance liée à",
    ].map((h) => text(h, "header"))
  );
  const first = s.nextRow;
  const dueCells: { row: number; o: ObligationDue; due: number | string }[] = [];
  for (const o of schedule) {
    const row = s.nextRow;
    const due = o.echeance ? serialOfIso(o.echeance) : SANS_OBJET;
    const l = o.cost ? costLine(lines, o.cost) : -1;
    const line = l >= 0 ? src.budget.lignes[l] : undefined;
    const late = o.echeance !== undefined && o.echeance < today && o.statut !== "fait";
    s.add([
      text(o.theme),
      text(o.label),
      null, // the due date, once the first hire's month has its cell (below)
      input(o.statut, undefined, o.statut === "fait" ? STATUT_SUPPOSE : undefined),
      calc(
        `=IF(AND(ISNUMBER(C${row}),D${row}<>${quoted("fait")},C${row}<TODAY()),${quoted(EN_RETARD)},"")`,
        late ? EN_RETARD : ""
      ),
      line
        ? calc(`=${line.compte}&" "&${line.label}`, `${lines[l].compte} ${lines[l].label}`)
        : null,
      line ? calc(`=${line.montants[0]}`, lines[l].montants[0], FORMAT.euro) : null,
      text(o.base, "note"),
    ]);
    dueCells.push({ row, o, due });
  }
  const last = s.nextRow - 1;
  s.validations.push({
    range: `D${first}:D${last}`,
    rule: { kind: "list", values: [...STATUTS] },
    error: "Choisissez à faire, en cours ou fait.",
  });
  s.conditionalFormats.push({
    range: `A${first}:H${last}`,
    formula: `=$E${first}=${quoted(EN_RETARD)}`,
    style: "bad",
  });

  s.add();
  const counts = obligationsDue(schedule, today, OBLIGATIONS_HORIZON_DAYS);
  const dues = `C${first}:C${last}`;
  const statuses = `D${first}:D${last}`;
  const late = s.add([
    text("Obligations en retard"),
    null,
    calc(
      `=COUNTIF(E${first}:E${last},${quoted(EN_RETARD)})`,
      counts.enRetard,
      FORMAT.count,
      "total"
    ),
  ]);
  const soon = s.add([
    text(`Obligations à échéance dans les ${OBLIGATIONS_HORIZON_DAYS} jours`),
    null,
    calc(
      `=COUNTIFS(${dues},">="&TODAY(),${dues},"<="&TODAY()+${OBLIGATIONS_HORIZON_DAYS},${statuses},"<>fait")`,
      counts.prochainement,
      FORMAT.count,
      "total"
    ),
  ]);

  s.add();
  title(s, "Outils d'une CPTS, par ordre chronologique d'équipement");
  for (const [categorie, exemples] of OUTILS.categories) s.add([text(categorie), text(exemples)]);
  s.add([text("Étapes d'équipement :", "note")]);
  OUTILS.etapes.forEach((etape, i) => s.add([text(`${i + 1}.`, "note"), text(etape, "note")]));
  s.add([text(`Source : ${OUTILS.source}.`, "note")]);

  const hireMonth = firstHireMonth(s, model, src.parametres);
  for (const { row, o, due } of dueCells) {
    s.set(3, row, calc(dueFormula(o, model, src, hireMonth), due, FORMAT.date));
  }

  const ref = new SheetRef(name);
  return {
    sheet: s.build({
      columnWidths: [28, 92, 13, 11, 11, 44, 12, 90],
      frozenRows: 4,
      print: {
        orientation: "landscape",
        fitToWidth: true,
        title: `Obligations des ${PREMIERS_JOURS} premiers jours`,
      },
    }),
    refs: {
      enRetard: ref.cell(3, late),
      prochainement: ref.cell(3, soon),
    },
  };
}
