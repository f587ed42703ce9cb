// The ACI produits of the two-year budget: the scale rows the workbook reads, and what each row pays per contract year.
import { aciLine, AciContext } from "./aci";
import type { Pair } from "./budget";
import type { BudgetInputs } from "./budgetInputs";
import {
  ACI_GRID,
  ByTaille,
  FINANCEMENT_ADDITIONNEL,
  Mission,
  MISSION_LABELS,
  MISSIONS,
  OPTIONAL_MISSIONS,
  PAYMENT_RULES,
} from "./data/aciGrid";
import { cents } from "./errors";

/** What scales a Barème row besides its payment share: nothing, the variable rate, a declared crisis, the cut-off. */
export type AciFactor = "fixe" | "taux" | "crise" | "additionnel";

/** One row of the ACI scale as the workbook's `Barème ACI` sheet shows it and the budget reads it. */
export interface AciRow {
  /** Stable key the workbook's MATCH looks up, e.g. "acces.variable". */
  code: string;
  mission: Mission;
  /** Budget line label, e.g. "Accès aux soins : volet variable". */
  label: string;
  volet: string;
  /** Yearly envelope per taille. */
  montants: ByTaille;
  /** Share of the envelope paid in contract year 1 and in contract year 2 (FACTS.md §2). */
  verse: Pair;
  facteur: AciFactor;
  optionnelle: boolean;
  /** Whether the taille 4 majoration applies (every mission, not fonctionnement). */
  majoree: boolean;
}

function missionRows(mission: Mission): AciRow[] {
  const env = ACI_GRID.envelopes[mission];
  const label = MISSION_LABELS[mission];
  const optionnelle = OPTIONAL_MISSIONS.includes(mission);
  const common = { mission, optionnelle, majoree: true };
  return [
    {
      ...common,
      code: `${mission}.fixe`,
      label: `${label} : volet fixe`,
      volet: "Fixe",
      montants: env.fixe,
      verse: [PAYMENT_RULES.advance, 1],
      facteur: "fixe",
    },
    {
      ...common,
      code: `${mission}.variable`,
      label: `${label} : volet variable`,
      volet: "Variable (maximum)",
      montants: env.variable,
      verse: [0, 1],
      facteur: "taux",
    },
  ];
}

const perTaille = (f: (t: number) => number): ByTaille => [f(0), f(1), f(2), f(3)];
const fonctionnement = ACI_GRID.envelopes.fonctionnement.fixe;
const crise = ACI_GRID.envelopes.crise;

/**
 * The ACI scale with the payment shares of contract years 1 and 2: fonctionnement in full at signature then the 75 %
 * advance; each mission's fixed part advanced at 75 % then paid in full; variable parts a year late; the crisis plan
 * drafted in year 1 and updated in year 2. aciLine stays the reference: test/domain/budget.test.ts checks these rows
 * reproduce it for every taille, year and option.
 */
export const ACI_ROWS: readonly AciRow[] = [
  {
    code: "fonctionnement",
    mission: "fonctionnement",
    label: "Fonctionnement",
    volet: "Fixe",
    montants: fonctionnement,
    verse: [1, PAYMENT_RULES.advance],
    facteur: "fixe",
    optionnelle: false,
    majoree: false,
  },
  {
    code: "fonctionnement.additionnel",
    mission: "fonctionnement",
    label: "Fonctionnement : financement additionnel",
    volet: "Financement additionnel",
    montants: perTaille((t) => cents(fonctionnement[t] * FINANCEMENT_ADDITIONNEL.rate)),
    verse: [1, 0],
    facteur: "additionnel",
    optionnelle: false,
    majoree: false,
  },
  ...missionRows("acces"),
  ...missionRows("parcours"),
  ...missionRows("prevention"),
  {
    code: "crise.elaboration",
    mission: "crise",
    label: "Crise sanitaire : élaboration du plan",
    volet: "Fixe : élaboration du plan",
    montants: crise.fixe,
    verse: [1, 0],
    facteur: "fixe",
    optionnelle: false,
    majoree: true,
  },
  {
    code: "crise.miseajour",
    mission: "crise",
    label: "Crise sanitaire : mise à jour du plan",
    volet: "Fixe : mise à jour du plan",
    montants: ACI_GRID.criseMiseAJour,
    verse: [0, 1],
    facteur: "fixe",
    optionnelle: false,
    majoree: true,
  },
  {
    code: "crise.survenue",
    mission: "crise",
    label: "Crise sanitaire : survenue d'une crise",
    volet: "Variable : survenue d'une crise",
    montants: crise.variable,
    verse: [0, 1],
    facteur: "crise",
    optionnelle: false,
    majoree: true,
  },
  ...missionRows("qualite"),
  ...missionRows("accompagnement"),
];

export interface AciBudgetLine {
  row: AciRow;
  /** Paid in each contract year. */
  montants: Pair;
}

/** What each Barème row pays in contract years 1 and 2, from aciLine (the reference calculator). */
export function aciLines(inputs: BudgetInputs): AciBudgetLine[] {
  const paid = new Map<string, Pair>(ACI_ROWS.map((r) => [r.code, [0, 0]]));
  for (const annee of [1, 2] as const) {
    const y = annee - 1;
    const ctx: AciContext = {
      taille: inputs.taille,
      annee,
      taux: inputs.tauxVariable,
      crise: inputs.crise,
      membres: inputs.membres,
      dateSignature: inputs.dateSignature,
      dateLimiteAdditionnel: inputs.dateLimiteAdditionnel,
    };
    for (const mission of MISSIONS) {
      if (OPTIONAL_MISSIONS.includes(mission) && !inputs.optionnelles) continue;
      const line = aciLine(mission, ctx);
      if (mission === "fonctionnement") {
        const withoutAdditionnel = aciLine(mission, { ...ctx, dateSignature: undefined }).fixe;
        paid.get("fonctionnement")![y] = withoutAdditionnel;
        paid.get("fonctionnement.additionnel")![y] = cents(line.fixe - withoutAdditionnel);
      } else if (mission === "crise") {
        // aciLine's crisis fixed part is the plan drafted in year 1, its update afterwards.
        paid.get(annee === 1 ? "crise.elaboration" : "crise.miseajour")![y] = line.fixe;
        paid.get("crise.survenue")![y] = line.variable;
      } else {
        paid.get(`${mission}.fixe`)![y] = line.fixe;
        paid.get(`${mission}.variable`)![y] = line.variable;
      }
    }
  }
  return ACI_ROWS.map((row) => ({ row, montants: paid.get(row.code)! }));
}
