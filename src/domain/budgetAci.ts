// The ACI produits of the two-year budget: the scale rows the workbook reads, and what each row pays per contract
// year, summed from the payment calendar (./cashPlan.ts), so that the Budget and the Trésorerie show the same cash.
import type { AciPayment } from "./cashPlan";
import {
  ACI_GRID,
  type ByTaille,
  FINANCEMENT_ADDITIONNEL,
  type Mission,
  MISSION_LABELS,
  OPTIONAL_MISSIONS,
} from "./data/aciGrid";
import { cents } from "./errors";
import { additionnelAmount } from "./rules/calendar";
import { evaluateNumber } from "./rules/expr";
import type { Pair, Period } from "./types";

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
  facteur: AciFactor;
  optionnelle: boolean;
}

function missionRows(mission: Mission): AciRow[] {
  const env = ACI_GRID.envelopes[mission];
  const label = MISSION_LABELS[mission];
  const optionnelle = OPTIONAL_MISSIONS.includes(mission);
  const common = { mission, optionnelle };
  return [
    {
      ...common,
      code: `${mission}.fixe`,
      label: `${label} : volet fixe`,
      volet: "Fixe",
      montants: env.fixe,
      facteur: "fixe",
    },
    {
      ...common,
      code: `${mission}.variable`,
      label: `${label} : volet variable`,
      volet: "Variable (maximum)",
      montants: env.variable,
      facteur: "taux",
    },
  ];
}

const perTaille = (f: (t: number) => number): ByTaille => [f(0), f(1), f(2), f(3)];
const fonctionnement = ACI_GRID.envelopes.fonctionnement.fixe;
const crise = ACI_GRID.envelopes.crise;

/** The ACI scale: every envelope the contract can pay, one row per volet (the crisis plan, its update, a crisis). */
export const ACI_ROWS: readonly AciRow[] = [
  {
    code: "fonctionnement",
    mission: "fonctionnement",
    label: "Fonctionnement",
    volet: "Fixe",
    montants: fonctionnement,
    facteur: "fixe",
    optionnelle: false,
  },
  {
    code: "fonctionnement.additionnel",
    mission: "fonctionnement",
    label: "Fonctionnement : financement additionnel",
    volet: "Financement additionnel",
    montants: perTaille((t) =>
      evaluateNumber(additionnelAmount(fonctionnement[t], FINANCEMENT_ADDITIONNEL.rate))
    ),
    facteur: "additionnel",
    optionnelle: false,
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
    facteur: "fixe",
    optionnelle: false,
  },
  {
    code: "crise.miseajour",
    mission: "crise",
    label: "Crise sanitaire : mise à jour du plan",
    volet: "Fixe : mise à jour du plan",
    montants: ACI_GRID.criseMiseAJour,
    facteur: "fixe",
    optionnelle: false,
  },
  {
    code: "crise.survenue",
    mission: "crise",
    label: "Crise sanitaire : survenue d'une crise",
    volet: "Variable : survenue d'une crise",
    montants: crise.variable,
    facteur: "crise",
    optionnelle: false,
  },
  ...missionRows("qualite"),
  ...missionRows("accompagnement"),
];

export interface AciBudgetLine {
  row: AciRow;
  /** Paid in each contract year. */
  montants: Pair;
}

/** What each Barème row pays in each contract year: the calendar's payments dated inside that year. */
export function aciLines(
  events: readonly AciPayment[],
  years: readonly [Period, Period]
): AciBudgetLine[] {
  return ACI_ROWS.map((row) => {
    const of = events.filter((e) => e.code === row.code);
    const paidIn = (p: Period) =>
      cents(of.filter((e) => e.date >= p.du && e.date <= p.au).reduce((t, e) => t + e.amount, 0));
    return { row, montants: [paidIn(years[0]), paidIn(years[1])] };
  });
}
