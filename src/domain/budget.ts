// The two-year budget of a CPTS: the one model every output (workbook plan, task pane, CLI) is drawn from.
import { type AciBudgetLine, aciLines } from "./budgetAci";
import { teamCharges } from "./budgetTeam";
import { type Comparison, compareCoordinator } from "./comparison";
import { requireIsoDate, serialOfIso } from "./dates";
import { requireSignature } from "./cashPlan";
import { cacRetenu as cacRetenuRule, exerciceOver } from "./rules/cac";
import { evaluate } from "./rules/expr";
import { type Mission, MISSIONS } from "./data/aciGrid";
import { PASS, SEUIL_CAC } from "./data/thresholds";
import { type BudgetInputs, requireCptsName } from "./budgetInputs";
import {
  cents,
  DomainError,
  describeValue,
  requireInteger,
  requireNumber,
  sumCents,
} from "./errors";
import { checkThreshold, type FundingLine, type ThresholdCheck } from "./threshold";
import { type TeamBudget, teamBudget } from "./team";
import { computeReceipts, computeTreasury, contractYear, type Treasury } from "./treasury";
import type { ChargeLine, FunderBudgetLine, Pair } from "./types";
import { frLimit, LIMITS } from "./limits";

export type { ChargeKind, ChargeLine, FunderBudgetLine, Pair } from "./types";
export const ANNEES = [1, 2] as const;

/** A class of the plan comptable associatif (60–68) with its lines. */
export interface ChargeClass {
  classe: string;
  label: string;
  lignes: ChargeLine[];
  montants: Pair;
}

export const CHARGE_CLASS_LABELS: Readonly<Record<string, string>> = {
  "60": "Achats",
  "61": "Services extérieurs",
  "62": "Autres services extérieurs",
  "63": "Impôts, taxes et versements assimilés",
  "64": "Charges de personnel",
  "65": "Autres charges de gestion courante",
  "66": "Charges financières",
  "67": "Charges exceptionnelles",
  "68": "Dotations aux amortissements et provisions",
};

export interface ContributionBudgetLine {
  label: string;
  compteEmploi: string;
  compteContribution: string;
  montants: Pair;
}

export interface IndemnityCheck {
  /** Calendar year of the contract year's start, whose PASS caps the indemnities. */
  anneeCivile: number;
  /** Year of the PASS used: the latest known up to anneeCivile (the earliest known before that). */
  anneePass: number;
  pass: number;
  /** What one professional receives if on every line that pays anyone. */
  maxParProfessionnel: number;
  marge: number;
  depasse: boolean;
}

export interface AnalyticLine {
  mission: Mission;
  aci: number;
  charges: number;
  solde: number;
}

export interface YearSummary {
  annee: 1 | 2;
  /** ISO dates of the contract year. */
  debut: string;
  fin: string;
  aci: number;
  financeurs: number;
  cotisations: number;
  totalProduits: number;
  totalCharges: number;
  resultat: number;
  contributionsVolontaires: number;
  seuil: ThresholdCheck;
  /**
   * Whether the CAC fee is charged in this year: the threshold is crossed in this contract year or an earlier one, or
   * in an exercice (subsidies received or granted) overlapping this contract year or an earlier one. See computeBudget.
   */
  cacRetenu: boolean;
  /** CAC fee carried by this year: inputs.honorairesCac when cacRetenu, else 0. */
  honorairesCac: number;
  fonctionnement: { depenses: number; financementAci: number; ecart: number };
  indemnites: IndemnityCheck;
  analytique: AnalyticLine[];
}

export interface BudgetModel {
  inputs: BudgetInputs;
  seuilCac: number;
  aci: AciBudgetLine[];
  financeurs: FunderBudgetLine[];
  cotisations: Pair;
  charges: ChargeClass[];
  /** The team post by post, month by month, with the taxe sur les salaires of each calendar year. */
  equipe: TeamBudget;
  /** The first post under each status, at its ETP and full time, against the fonctionnement envelope. */
  comparatif: Comparison;
  contributionsVolontaires: ContributionBudgetLine[];
  annees: [YearSummary, YearSummary];
  /** The monthly cash plan from the signature month and the 153 000 € test per financial year. */
  tresorerie: Treasury;
}

function requireAmount(value: unknown, argument: string, what: string): number {
  return requireNumber(
    value,
    argument,
    (n) => n >= 0 && n <= LIMITS.montant,
    what,
    `un montant positif ou nul en euros, au plus ${frLimit(LIMITS.montant)} €`
  );
}

function requireMission(value: unknown, what: string): Mission {
  if (!MISSIONS.includes(value as Mission)) {
    throw new DomainError(
      `Enveloppe invalide pour ${what} : ${describeValue(value)}. Valeurs possibles : ${MISSIONS.join(", ")}.`,
      "enveloppe"
    );
  }
  return value as Mission;
}

function requireAccount(value: unknown, pattern: RegExp, what: string, expected: string): string {
  if (typeof value !== "string" || !pattern.test(value)) {
    throw new DomainError(
      `Compte invalide pour ${what} : ${describeValue(value)}. Valeur attendue : ${expected}.`,
      "compte"
    );
  }
  return value;
}

const pairOf = (f: (y: 0 | 1) => number): Pair => [f(0), f(1)];

function chargeClasses(lines: ChargeLine[]): ChargeClass[] {
  const sorted = lines
    .map((line, order) => ({ line, order }))
    .sort((a, b) =>
      a.line.compte === b.line.compte ? a.order - b.order : a.line.compte < b.line.compte ? -1 : 1
    )
    .map((x) => x.line);
  const classes: ChargeClass[] = [];
  for (const line of sorted) {
    const classe = line.compte.slice(0, 2);
    let current = classes[classes.length - 1];
    if (current?.classe !== classe) {
      current = { classe, label: CHARGE_CLASS_LABELS[classe], lignes: [], montants: [0, 0] };
      classes.push(current);
    }
    current.lignes.push(line);
  }
  for (const c of classes) c.montants = pairOf((y) => sumCents(c.lignes.map((l) => l.montants[y])));
  return classes;
}

/** The PASS of a calendar year: the latest known value up to that year, or the earliest known before the table. */
export function passFor(anneeCivile: number): { annee: number; montant: number } {
  const years = Object.keys(PASS.byYear)
    .map(Number)
    .sort((a, b) => a - b);
  const annee = [...years].reverse().find((y) => y <= anneeCivile) ?? years[0];
  return { annee, montant: PASS.byYear[annee] };
}

function validateInputs(inputs: BudgetInputs): void {
  requireCptsName(inputs.nom);
  requireSignature(inputs.dateSignature);
  requireIsoDate(
    inputs.dateLimiteAdditionnel,
    "date_limite",
    "Date limite du financement additionnel"
  );
  requireAmount(inputs.honorairesCac, "honoraires_cac", "Honoraires du commissaire aux comptes");
  requireInteger(inputs.membres, "membres", 0, LIMITS.membres, "Nombre de membres");
  requireAmount(inputs.cotisationParMembre, "cotisation", "Cotisation par membre");
  for (const f of inputs.financeurs) {
    requireAmount(f.annee1, "montant", `Montant de « ${f.label} » (année 1)`);
    requireAmount(f.annee2, "montant", `Montant de « ${f.label} » (année 2)`);
  }
  for (const c of inputs.charges) {
    requireAccount(
      c.compte,
      /^6[0-8]\d*$/,
      `« ${c.label} »`,
      "un compte de charges de la classe 60 à 68 (ex. 613)"
    );
    requireMission(c.enveloppe, `« ${c.label} »`);
    requireAmount(c.annee1, "montant", `Montant de « ${c.label} » (année 1)`);
    requireAmount(c.annee2, "montant", `Montant de « ${c.label} » (année 2)`);
  }
  for (const i of inputs.indemnites) {
    requireMission(i.enveloppe, `« ${i.label} »`);
    requireInteger(
      i.professionnels,
      "professionnels",
      0,
      LIMITS.membres,
      `Nombre de professionnels de « ${i.label} »`
    );
    requireAmount(
      i.parProfessionnelAnnee1,
      "montant",
      `Indemnité par professionnel de « ${i.label} » (année 1)`
    );
    requireAmount(
      i.parProfessionnelAnnee2,
      "montant",
      `Indemnité par professionnel de « ${i.label} » (année 2)`
    );
  }
  for (const c of inputs.contributionsVolontaires) {
    requireAccount(
      c.compteEmploi,
      /^86\d*$/,
      `« ${c.label} »`,
      "un compte de la classe 86 (ex. 864)"
    );
    requireAccount(
      c.compteContribution,
      /^87\d*$/,
      `« ${c.label} »`,
      "un compte de la classe 87 (ex. 870)"
    );
    requireAmount(c.annee1, "montant", `Montant de « ${c.label} » (année 1)`);
    requireAmount(c.annee2, "montant", `Montant de « ${c.label} » (année 2)`);
  }
}

/**
 * The two-year budget on the cash the CPTS receives and spends in each contract year (FACTS.md "Alloué vs versé"),
 * charges by account of the plan comptable associatif, with the checks the bureau and the funders need.
 */
export async function computeBudget(inputs: BudgetInputs): Promise<BudgetModel> {
  validateInputs(inputs);
  const financeurs: FunderBudgetLine[] = inputs.financeurs.map((f) => ({
    label: f.label,
    subventionPublique: f.subventionPublique,
    montants: [f.annee1, f.annee2],
  }));
  // The subsidies depend on the funders and the ACI only, never on the charges: the payment calendar and the
  // 153 000 € test per exercice (received and granted) come first, and the cash plan reuses them below.
  const receipts = computeReceipts(inputs, financeurs);
  const periodes = [
    contractYear(inputs.dateSignature, 1),
    contractYear(inputs.dateSignature, 2),
  ] as const;
  // The Budget books the ACI the calendar pays inside each contract year: the Trésorerie's cash, to the cent.
  const aci = aciLines(receipts.evenements, periodes);
  const aciTotal = pairOf((y) => sumCents(aci.map((l) => l.montants[y])));
  const cotisation = cents(inputs.membres * inputs.cotisationParMembre);
  const cotisations: Pair = [cotisation, cotisation];

  const seuils = pairOf((y) => y).map((y) =>
    checkThreshold([
      {
        label: "ACI (Assurance Maladie)",
        kind: "aci",
        amount: aciTotal[y],
        subventionPublique: inputs.aciSubventionPublique,
      },
      ...inputs.financeurs.map<FundingLine>((f) => ({
        label: f.label,
        kind: f.kind,
        amount: [f.annee1, f.annee2][y],
        subventionPublique: f.subventionPublique,
      })),
    ])
  ) as [ThresholdCheck, ThresholdCheck];
  // The CAC fee (./rules/cac.ts, the rule the Contrôles sheet prints): the law (Code de commerce L612-4) applies the
  // 153 000 € threshold per exercice, the budget runs by contract year. A year carries the fee when its own subsidies,
  // or those of an exercice overlapping it (received or granted: the sources differ, prudence takes either), are over
  // the threshold, or when the year before carries it (6-exercice mandate).
  const exercices = receipts.exercices.map((e) => ({
    debut: serialOfIso(e.debut),
    fin: serialOfIso(e.fin),
    over: exerciceOver(e.encaissees.seuil.counted, e.allouees.seuil.counted, SEUIL_CAC.amount),
  }));
  const retained = (y: 0 | 1, previous?: boolean) =>
    evaluate(
      cacRetenuRule(
        seuils[y].cacMandatory,
        exercices,
        { du: serialOfIso(periodes[y].du), au: serialOfIso(periodes[y].au) },
        previous
      )
    ) === true;
  const firstYear = retained(0);
  const cacRetenu = [firstYear, retained(1, firstYear)];
  const honorairesCac = pairOf((y) => (cacRetenu[y] ? inputs.honorairesCac : 0));

  const equipe = await teamBudget(
    inputs.equipe,
    inputs.dateSignature.slice(0, 7),
    inputs.taille,
    inputs.optionnelles
  );
  const comparatif = await compareCoordinator(inputs.equipe[0], inputs.taille);
  const charges = chargeClasses([
    ...teamCharges(equipe),
    {
      kind: "cac",
      compte: "622",
      label: "Honoraires du commissaire aux comptes",
      enveloppe: "fonctionnement",
      montants: honorairesCac,
    },
    ...inputs.charges.map<ChargeLine>((ch, index) => ({
      kind: "saisie",
      index,
      compte: ch.compte,
      label: ch.label,
      enveloppe: ch.enveloppe,
      montants: [ch.annee1, ch.annee2],
    })),
    ...inputs.indemnites.map<ChargeLine>((i, index) => ({
      kind: "indemnite",
      index,
      compte: "65",
      label: i.label,
      enveloppe: i.enveloppe,
      montants: [
        cents(i.professionnels * i.parProfessionnelAnnee1),
        cents(i.professionnels * i.parProfessionnelAnnee2),
      ],
    })),
  ]);
  const chargeLines = charges.flatMap((cl) => cl.lignes);
  const contributionsVolontaires = inputs.contributionsVolontaires.map((cv) => ({
    label: cv.label,
    compteEmploi: cv.compteEmploi,
    compteContribution: cv.compteContribution,
    montants: [cv.annee1, cv.annee2] as Pair,
  }));

  const annees = ANNEES.map((annee): YearSummary => {
    const y = annee - 1;
    const financeursTotal = sumCents(financeurs.map((f) => f.montants[y]));
    const totalProduits = sumCents([aciTotal[y], financeursTotal, cotisations[y]]);
    const totalCharges = sumCents(charges.map((cl) => cl.montants[y]));
    const spentOn = (m: Mission) =>
      sumCents([
        ...chargeLines.filter((l) => l.enveloppe === m).map((l) => l.montants[y]),
        equipe.parEnveloppe[y][m],
      ]);
    const aciOf = (m: Mission) =>
      sumCents(aci.filter((l) => l.row.mission === m).map((l) => l.montants[y]));
    const anneeCivile = Number(periodes[y].du.slice(0, 4));
    const pass = passFor(anneeCivile);
    const perProfessional = inputs.indemnites.filter((i) => i.professionnels > 0);
    const maxParProfessionnel = sumCents(
      perProfessional.map((i) => [i.parProfessionnelAnnee1, i.parProfessionnelAnnee2][y])
    );
    return {
      annee,
      debut: periodes[y].du,
      fin: periodes[y].au,
      aci: aciTotal[y],
      financeurs: financeursTotal,
      cotisations: cotisations[y],
      totalProduits,
      totalCharges,
      resultat: cents(totalProduits - totalCharges),
      contributionsVolontaires: sumCents(contributionsVolontaires.map((cv) => cv.montants[y])),
      seuil: seuils[y],
      cacRetenu: cacRetenu[y],
      honorairesCac: honorairesCac[y],
      fonctionnement: {
        depenses: spentOn("fonctionnement"),
        financementAci: aciOf("fonctionnement"),
        ecart: cents(aciOf("fonctionnement") - spentOn("fonctionnement")),
      },
      indemnites: {
        anneeCivile,
        anneePass: pass.annee,
        pass: pass.montant,
        maxParProfessionnel,
        marge: cents(pass.montant - maxParProfessionnel),
        depasse: maxParProfessionnel > pass.montant,
      },
      analytique: MISSIONS.map((mission) => ({
        mission,
        aci: aciOf(mission),
        charges: spentOn(mission),
        solde: cents(aciOf(mission) - spentOn(mission)),
      })),
    };
  }) as [YearSummary, YearSummary];

  return {
    inputs,
    seuilCac: SEUIL_CAC.amount,
    aci,
    financeurs,
    cotisations,
    charges,
    equipe,
    comparatif,
    contributionsVolontaires,
    annees,
    tresorerie: computeTreasury(inputs, { chargeLines, equipe, financeurs, cotisations }, receipts),
  };
}
