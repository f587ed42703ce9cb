// The two-year budget of a CPTS: the one model every output (workbook plan, task pane, CLI) is drawn from.
import { type AciBudgetLine, aciLines } from "./budgetAci";
import { teamCharges } from "./budgetTeam";
import { type Comparison, compareCoordinator } from "./comparison";
import { requireIsoDate, serialOfIso } from "./dates";
import { contractTaille, requireSignature } from "./cashPlan";
import { CONTRACT_LENGTH } from "./data/contract";
import { yearInContract } from "./rules/calendar";
import { cacRetenu as cacRetenuRule, exerciceOver } from "./rules/cac";
import { cotisations as cotisationsRule } from "./rules/cotisations";
import { evaluate, evaluateNumber } from "./rules/expr";
import { countsForContractYear } from "./rules/pass";
import { type Mission, MISSION_LABELS, MISSIONS } from "./data/aciGrid";
import { PART_REMUNERATIONS_MISSIONS } from "./data/prefill";
import { SEUIL_CAC } from "./data/thresholds";
import { type CalendarYearPass, type IndemnityBudget, indemnityBudget } from "./indemnities";
import { type BudgetInputs, requireCptsName, requireLabel } from "./budgetInputs";
import {
  cents,
  DomainError,
  describeValue,
  requireAmount,
  requireInteger,
  sumCents,
} from "./errors";
import {
  ACI_FUNDING_LABEL,
  checkThreshold,
  type FundingLine,
  type ThresholdCheck,
} from "./threshold";
import { contractedEnvelopes, type TeamBudget, teamBudget } from "./team";
import { type Annee0, annee0Of } from "./annee0";
import { budgetYears } from "./budgetYears";
import { computeReceipts, computeTreasury, type Treasury } from "./treasury";
import type { ChargeLine, FunderBudgetLine, Pair } from "./types";
import { LIMITS } from "./limits";

export type { ChargeKind, ChargeLine, FunderBudgetLine, Pair } from "./types";
export { passFor } from "./indemnities";
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
  /** The calendar year overlapping the contract year where the most-paid person is closest to (or over) the PASS. */
  anneeCivile: number;
  /** Year of the PASS used: the latest known up to anneeCivile (the earliest known before that). */
  anneePass: number;
  pass: number;
  /** The most-paid person's amount in that calendar year (see ./indemnities.ts). */
  maxParProfessionnel: number;
  marge: number;
  depasse: boolean;
}

/** An envelope's balance in a contract year: what it receives, what is charged to it, what remains. */
export interface EnvelopeBalance {
  mission: Mission;
  /** The envelope's ACI cash (variable part included); fonctionnement also receives the other funders and dues. */
  ressources: number;
  /** Charges allocated to it before the « actions à détailler » line. */
  charges: number;
  /** ressources − charges. */
  reste: number;
  /** The « actions à détailler » line: the remainder when positive, else 0. */
  actions: number;
  /** The overspend: −reste when negative, else 0. */
  depassement: number;
}

export interface AnalyticLine {
  mission: Mission;
  aci: number;
  charges: number;
  solde: number;
}

export interface YearSummary {
  /** The budget's first or second year (the names' Annee1, Annee2). */
  annee: 1 | 2;
  /** Its contract year: k or k + 1. */
  anneeContrat: number;
  /** The taille that pays it (the avenant's from its first year). */
  taille: number;
  /** Whether it comes after the contract's end (year 6 not renewed): only year 5's balances are paid in it. */
  horsContrat: boolean;
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
  /** The members' indemnités and rémunérations (account 65). */
  indemnitesProfessionnels: number;
  analytique: AnalyticLine[];
  /** Per contracted envelope. */
  equilibre: EnvelopeBalance[];
  /** Sum of the « actions à détailler » lines. */
  resteAAffecter: number;
  depassementFonctionnement: number;
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
  /** Governance indemnités and mission rémunérations of the members, with the PASS check per calendar year. */
  indemnites: IndemnityBudget;
  /** The first post under each status, at its ETP and full time, against the fonctionnement envelope. */
  comparatif: Comparison;
  contributionsVolontaires: ContributionBudgetLine[];
  /** Charge lines whose amount is the add-in's estimate, to replace: those with a basis and an amount. */
  estimations: ChargeLine[];
  annees: [YearSummary, YearSummary];
  /** Année 0, from the lettre d'intention to the day before the signature, when its date is given. */
  annee0?: Annee0;
  /** The monthly cash plan from the signature month and the 153 000 € test per financial year. */
  tresorerie: Treasury;
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

/** A list of the budget: at most LIMITS.lignes lines, each a row of the workbook. */
function requireLineCount(lines: unknown, argument: string, what: string): void {
  if (!Array.isArray(lines) || lines.length > LIMITS.lignes) {
    throw new DomainError(
      `${what} : ${describeValue(Array.isArray(lines) ? lines.length : lines)} lignes. Valeur attendue : au plus ${LIMITS.lignes} lignes.`,
      argument
    );
  }
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
  requireLineCount(inputs.financeurs, "financeurs", "Financeurs");
  requireLineCount(inputs.charges, "charges", "Charges");
  requireLineCount(inputs.gouvernance, "gouvernance", "Rôles de gouvernance");
  requireLineCount(inputs.remunerationsMissions, "remunerations", "Rémunérations des missions");
  requireLineCount(inputs.contributionsVolontaires, "contributions", "Contributions volontaires");
  inputs.financeurs.forEach((f, i) => requireLabel(f.label, "label", `Nom du financeur ${i + 1}`));
  inputs.charges.forEach((c, i) =>
    requireLabel(c.label, "label", `Intitulé de la charge ${i + 1}`)
  );
  inputs.contributionsVolontaires.forEach((c, i) =>
    requireLabel(c.label, "label", `Intitulé de la contribution volontaire ${i + 1}`)
  );
  inputs.gouvernance.forEach((g, i) =>
    requireLabel(g.role, "role", `Rôle de gouvernance ${i + 1}`)
  );
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
  const contracted = contractedEnvelopes(inputs.optionnelles);
  const seen = new Set<string>();
  for (const r of inputs.remunerationsMissions) {
    if (
      r.mission === ("fonctionnement" as never) ||
      !contracted.includes(r.mission) ||
      seen.has(r.mission)
    ) {
      throw new DomainError(
        `Rémunérations des professionnels : mission invalide ${describeValue(r.mission)}. Valeur attendue : une mission contractée, une seule ligne par mission (${contracted.filter((m) => m !== "fonctionnement").join(", ")}).`,
        "mission"
      );
    }
    seen.add(r.mission);
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
  const annee0 = await annee0Of(inputs);
  const receipts = computeReceipts(inputs, financeurs, annee0);
  const years = budgetYears(inputs.dateSignature, inputs.anneeDepart);
  const periodes = years.periodes;
  // The team's and the indemnities' months, like the cash plan's, start with the first budgeted year's month.
  const firstMonth = periodes[0].du.slice(0, 7);
  // The Budget books the ACI the calendar pays inside each contract year: the Trésorerie's cash, to the cent.
  const aci = aciLines(receipts.evenements, periodes);
  const aciTotal = pairOf((y) => sumCents(aci.map((l) => l.montants[y])));
  const cotisation = evaluateNumber(cotisationsRule(inputs.membres, inputs.cotisationParMembre));
  const cotisations: Pair = [cotisation, cotisation];

  const seuils = pairOf((y) => y).map((y) =>
    checkThreshold([
      {
        label: ACI_FUNDING_LABEL,
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
  // A CAC appointed for an exercice before the budget is still in office (its mandate runs into year k).
  const firstYear = retained(0, receipts.mandatAnterieur !== undefined ? true : undefined);
  const cacRetenu = [firstYear, retained(1, firstYear)];
  const honorairesCac = pairOf((y) => (cacRetenu[y] ? inputs.honorairesCac : 0));

  const equipe = await teamBudget(inputs.equipe, firstMonth, inputs.taille, inputs.optionnelles);
  const comparatif = await compareCoordinator(inputs.equipe[0], inputs.taille);
  const fixeRecu = (mission: Mission): Pair =>
    pairOf((y) =>
      sumCents(
        aci
          .filter((l) => l.row.mission === mission && l.row.facteur === "fixe")
          .map((l) => l.montants[y])
      )
    );
  const indemnites = indemnityBudget(
    inputs.tauxHoraires,
    inputs.gouvernance,
    inputs.remunerationsMissions,
    fixeRecu,
    firstMonth
  );
  const estimated = (basis: string | undefined) => (basis ? { estimation: basis } : {});
  const lines: ChargeLine[] = [
    ...teamCharges(equipe),
    {
      kind: "cac",
      compte: "622",
      label: "Honoraires du commissaire aux comptes",
      enveloppe: "fonctionnement",
      montants: honorairesCac,
      ...estimated(inputs.honorairesCacEstimation),
    },
    ...inputs.charges.map<ChargeLine>((ch, index) => ({
      kind: "saisie",
      index,
      compte: ch.compte,
      label: ch.label,
      enveloppe: ch.enveloppe,
      montants: [ch.annee1, ch.annee2],
      ...estimated(ch.estimation),
    })),
    {
      kind: "gouvernance",
      compte: "65",
      label: "Indemnités de gouvernance des professionnels (bureau, conseil)",
      enveloppe: "fonctionnement",
      montants: pairOf(() => sumCents(indemnites.gouvernance.map((g) => g.montant))),
      ...estimated(inputs.gouvernance.find((g) => g.estimation)?.estimation),
    },
    ...indemnites.remunerations.map<ChargeLine>((r, index) => ({
      kind: "remuneration",
      index,
      compte: "65",
      label: `Rémunérations des professionnels – ${MISSION_LABELS[r.mission]}`,
      enveloppe: r.mission,
      montants: r.montants,
      ...estimated(r.parDefaut.some(Boolean) ? PART_REMUNERATIONS_MISSIONS.estimation : undefined),
    })),
  ];
  const contributionsVolontaires = inputs.contributionsVolontaires.map((cv) => ({
    label: cv.label,
    compteEmploi: cv.compteEmploi,
    compteContribution: cv.compteContribution,
    montants: [cv.annee1, cv.annee2] as Pair,
  }));
  const financeursTotal = pairOf((y) => sumCents(financeurs.map((f) => f.montants[y])));
  const aciOf = (m: Mission, y: 0 | 1) =>
    sumCents(aci.filter((l) => l.row.mission === m).map((l) => l.montants[y]));
  const spentOn = (chargeLines: ChargeLine[], m: Mission, y: 0 | 1) =>
    sumCents([
      ...chargeLines.filter((l) => l.enveloppe === m).map((l) => l.montants[y]),
      equipe.parEnveloppe[y][m],
    ]);
  const envelopes = contractedEnvelopes(inputs.optionnelles);
  // What remains of each envelope goes to its « actions à détailler » line, so that the budget balances.
  const equilibre = ([0, 1] as const).map((y) =>
    envelopes.map((mission) =>
      envelopeBalance(
        mission,
        sumCents([
          aciOf(mission, y),
          mission === "fonctionnement" ? financeursTotal[y] + cotisations[y] : 0,
        ]),
        spentOn(lines, mission, y)
      )
    )
  ) as [EnvelopeBalance[], EnvelopeBalance[]];
  const charges = chargeClasses([
    ...lines,
    ...envelopes.map<ChargeLine>((mission, e) => ({
      kind: "actions",
      compte: "604",
      label: `Actions à détailler – ${MISSION_LABELS[mission]}`,
      enveloppe: mission,
      montants: pairOf((y) => equilibre[y][e].actions),
    })),
  ]);
  const chargeLines = charges.flatMap((cl) => cl.lignes);

  const annees = ANNEES.map((annee): YearSummary => {
    const y = (annee - 1) as 0 | 1;
    const totalProduits = sumCents([aciTotal[y], financeursTotal[y], cotisations[y]]);
    const totalCharges = sumCents(charges.map((cl) => cl.montants[y]));
    const pass = worstCalendarYear(indemnites.passParAnneeCivile, periodes[y]);
    const fonctionnement = equilibre[y].find((e) => e.mission === "fonctionnement")!;
    return {
      annee,
      anneeContrat: years.premiere + y,
      taille: contractTaille(receipts.options, years.premiere + y),
      horsContrat: !evaluate(
        yearInContract(years.premiere + y, CONTRACT_LENGTH.years, inputs.renouvellement ?? false)
      ),
      debut: periodes[y].du,
      fin: periodes[y].au,
      aci: aciTotal[y],
      financeurs: financeursTotal[y],
      cotisations: cotisations[y],
      totalProduits,
      totalCharges,
      resultat: cents(totalProduits - totalCharges),
      contributionsVolontaires: sumCents(contributionsVolontaires.map((cv) => cv.montants[y])),
      seuil: seuils[y],
      cacRetenu: cacRetenu[y],
      honorairesCac: honorairesCac[y],
      // The real spending, before the « actions à détailler » line that balances the envelope.
      fonctionnement: {
        depenses: fonctionnement.charges,
        financementAci: aciOf("fonctionnement", y),
        ecart: cents(aciOf("fonctionnement", y) - fonctionnement.charges),
      },
      indemnites: {
        anneeCivile: pass.annee,
        anneePass: pass.anneePass,
        pass: pass.pass,
        maxParProfessionnel: pass.maxParProfessionnel,
        marge: cents(pass.pass - pass.maxParProfessionnel),
        depasse: pass.depasse,
      },
      indemnitesProfessionnels: indemnites.total[y],
      analytique: MISSIONS.map((mission) => ({
        mission,
        aci: aciOf(mission, y),
        charges: spentOn(chargeLines, mission, y),
        solde: cents(aciOf(mission, y) - spentOn(chargeLines, mission, y)),
      })),
      equilibre: equilibre[y],
      resteAAffecter: sumCents(equilibre[y].map((e) => e.actions)),
      depassementFonctionnement: fonctionnement.depassement,
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
    indemnites,
    comparatif,
    contributionsVolontaires,
    estimations: chargeLines.filter((l) => l.estimation && l.montants.some((m) => m !== 0)),
    annees,
    ...(annee0 && { annee0 }),
    tresorerie: computeTreasury(inputs, { chargeLines, equipe, financeurs, cotisations }, receipts),
  };
}

function envelopeBalance(mission: Mission, ressources: number, charges: number): EnvelopeBalance {
  const reste = cents(ressources - charges);
  return {
    mission,
    ressources,
    charges,
    reste,
    actions: Math.max(0, reste),
    depassement: Math.max(0, -reste),
  };
}

/**
 * The calendar year, among those overlapping a contract year, where the most-paid person is closest to the PASS (the
 * smallest margin): the one the check reports.
 */
function worstCalendarYear(years: CalendarYearPass[], period: { du: string; au: string }) {
  const [du, au] = [serialOfIso(period.du), serialOfIso(period.au)];
  const overlapping = years.filter(
    (c) => evaluate(countsForContractYear(c.annee, du, au, c.mois)) === true
  );
  return overlapping.reduce((worst, c) =>
    c.pass - c.maxParProfessionnel < worst.pass - worst.maxParProfessionnel ? c : worst
  );
}
