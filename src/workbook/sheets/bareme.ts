// The `Barème ACI` sheet: the ACI scale and the PASS, read by the payment calendar's and the checks' INDEX/MATCH.
import { ACI_ROWS, type AciRow } from "../../domain/budgetAci";
import {
  ACI_GRID,
  FINANCEMENT_ADDITIONNEL,
  MAJORATION_T4,
  MISSION_LABELS,
  PAYMENT_RULES,
} from "../../domain/data/aciGrid";
import { PASS } from "../../domain/data/thresholds";
import { calc, FORMAT, number, text } from "../formats";
import { a1, columnLetter, SheetRef } from "../names";
import { type SheetPlan } from "../planTypes";
import { SheetBuilder } from "../sheetBuilder";
import { type BaremeRefs } from "../refs";

const FIRST_TAILLE_COL = 4;

function remark(row: AciRow): string {
  const notes: Record<AciRow["facteur"], string> = {
    fixe: "",
    taux: "× taux de réalisation (Paramètres) ; versé l'année suivante.",
    crise: "Seulement si une crise est déclarée ; versé l'année suivante.",
    additionnel: "Si l'ACI est signé avant la date limite (Paramètres).",
  };
  const parts = [notes[row.facteur]];
  if (row.code === "fonctionnement")
    parts.push("Versé en totalité à la signature, puis avance de 75 %.");
  if (row.optionnelle) parts.push("Mission optionnelle.");
  return parts.filter(Boolean).join(" ");
}

export function buildBareme(
  name: string,
  taille: { ref: string; value: number }
): { sheet: SheetPlan; refs: BaremeRefs } {
  const s = new SheetBuilder(name);
  const ref = new SheetRef(name);
  s.add([text("Barème ACI des CPTS (avenant 2)", "title")]);
  s.add([text(`Source : ${ACI_GRID.source} (${ACI_GRID.date}).`, "source")]);
  const tailleRow = s.add([
    text("Taille retenue"),
    calc(`=${taille.ref}`, taille.value, FORMAT.year),
  ]);
  s.add();
  const header = s.add([
    text("Code", "header"),
    text("Enveloppe", "header"),
    text("Volet", "header"),
    ...[1, 2, 3, 4].map((t) => number(t, '"Taille "0', "header")),
    text("Remarque", "header"),
  ]);
  const first = s.nextRow;
  for (const row of ACI_ROWS) {
    s.add([
      text(row.code, "source"),
      text(MISSION_LABELS[row.mission]),
      text(row.volet),
      ...row.montants.map((amount) => number(amount, FORMAT.euro)),
      text(
        remark(row),
        "note",
        row.facteur === "additionnel" ? FINANCEMENT_ADDITIONNEL.confidence : undefined
      ),
    ]);
  }
  const last = s.nextRow - 1;
  s.add([
    text(
      "Taille 4 avec au moins 100 membres : +10 % sur toutes les missions, socles et optionnelles (pas sur le fonctionnement).",
      "note"
    ),
  ]);
  s.conditionalFormats.push({
    range: `${a1(FIRST_TAILLE_COL, header)}:${a1(FIRST_TAILLE_COL + 3, last)}`,
    formula: `=${columnLetter(FIRST_TAILLE_COL)}$${header}=${a1(2, tailleRow, true)}`,
    style: "good",
  });

  s.add([
    text("Règles complémentaires", "header"),
    text("", "header"),
    text("", "header"),
    text("Valeur", "header"),
    text("Source", "header"),
  ]);
  const rule = (label: string, value: number, fmt: string, source: string, confidence?: string) =>
    s.add([text(label), null, null, number(value, fmt), text(source, "source", confidence)]);
  const additionnel = rule(
    "Financement additionnel : part du fonctionnement",
    FINANCEMENT_ADDITIONNEL.rate,
    FORMAT.percent,
    FINANCEMENT_ADDITIONNEL.source,
    FINANCEMENT_ADDITIONNEL.confidence
  );
  const majoration = rule(
    "Majoration taille 4 (missions)",
    MAJORATION_T4.rate,
    FORMAT.percent,
    MAJORATION_T4.source,
    MAJORATION_T4.confidence
  );
  const membres = rule(
    "Membres requis pour la majoration",
    MAJORATION_T4.minMembers,
    FORMAT.count,
    MAJORATION_T4.source
  );
  const avance = rule(
    "Avance versée au début de chaque année (part du volet fixe)",
    PAYMENT_RULES.advance,
    FORMAT.percent,
    PAYMENT_RULES.source
  );

  // The financement additionnel amounts follow its rate: formulas on the fonctionnement row.
  const rowOf = (code: string) => first + ACI_ROWS.findIndex((r) => r.code === code);
  const additionnelRow = ACI_ROWS.find((r) => r.facteur === "additionnel")!;
  additionnelRow.montants.forEach((amount, t) => {
    const col = FIRST_TAILLE_COL + t;
    const formula = `=ROUND(${a1(col, rowOf("fonctionnement"))}*${a1(FIRST_TAILLE_COL, additionnel, true)},2)`;
    s.set(col, rowOf(additionnelRow.code), calc(formula, amount, FORMAT.euro));
  });

  s.add();
  s.add([text("Année civile", "header"), text("PASS", "header"), text("Source", "header")]);
  const years = Object.keys(PASS.byYear)
    .map(Number)
    .sort((a, b) => a - b);
  const firstPass = s.nextRow;
  years.forEach((year, i) =>
    s.add([
      number(year, FORMAT.year),
      number(PASS.byYear[year], FORMAT.euro),
      i === 0 ? text(PASS.source, "source", PASS.confidence) : null,
    ])
  );
  const lastPass = s.nextRow - 1;

  return {
    sheet: s.build({
      columnWidths: [26, 32, 30, 12, 12, 12, 12, 62],
      frozenRows: header,
      print: { orientation: "landscape", fitToWidth: true, title: "Barème ACI des CPTS" },
    }),
    refs: {
      codes: ref.range(1, first, 1, last),
      montants: ref.range(FIRST_TAILLE_COL, first, FIRST_TAILLE_COL + 3, last),
      tauxMajoration: ref.cell(FIRST_TAILLE_COL, majoration),
      membresMajoration: ref.cell(FIRST_TAILLE_COL, membres),
      avance: ref.cell(FIRST_TAILLE_COL, avance),
      passAnnees: ref.range(1, firstPass, 1, lastPass),
      passMontants: ref.range(2, firstPass, 2, lastPass),
    },
  };
}
