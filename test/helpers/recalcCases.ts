/**
 * The budgets the real-engine tests generate and recalculate (every option of the workbook at least once), and how
 * their results are read and compared.
 */
import fc from "fast-check";
import {
  type BudgetInputs,
  defaultBudgetInputs,
  defaultPost,
  type PostInputs,
} from "../../src/domain/budgetInputs";
import { type MissionStartSetting } from "../../src/domain/data/paymentCalendar";
import { dayOf, isoOf } from "../../src/domain/dates";
import { type Changes, forumInputs, inputs, T4_ALL_OPTIONS, unfilled } from "./budgetInputs";
import { type CachedValue } from "./libreoffice";

/** A sheet-qualified absolute reference, e.g. "'Trésorerie'!$B$4", as sheet name and cell address. */
export function parseRef(ref: string): { sheet: string; cell: string } {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!match) throw new Error(`Référence inattendue : ${ref}`);
  return { sheet: (match[1] ?? match[2]).replace(/''/g, "'"), cell: `${match[3]}${match[4]}` };
}

/** Numbers to the cent, the rest exactly. */
export const sameValue = (expected: CachedValue | undefined, actual: CachedValue | undefined) =>
  typeof expected === "number"
    ? typeof actual === "number" && Math.abs(actual - expected) < 0.005
    : expected === actual;

/** Charges, funders, dues, indemnities and contributions filled in, on top of the given options. */
function filled(changes: Changes): BudgetInputs {
  const base = defaultBudgetInputs();
  return inputs({
    honorairesCac: 4800,
    cotisationParMembre: 30,
    membres: 150,
    financeurs: base.financeurs.map((f, i) => ({ ...f, annee1: 7500 * i, annee2: 2500 * i })),
    charges: base.charges.map((c, i) => ({
      ...c,
      enveloppe: i % 3 === 0 ? "acces" : "fonctionnement",
      annee1: 1234.5 * (i + 1),
      annee2: 987.65 * i,
    })),
    gouvernance: base.gouvernance.map((g, k) => ({ ...g, heuresParPersonne: 12.5 * (k + 1) })),
    remunerationsMissions: base.remunerationsMissions.map((r, k) => ({
      ...r,
      heuresAnnee2: k % 2 ? 333.3 : undefined,
    })),
    contributionsVolontaires: base.contributionsVolontaires.map((c) => ({
      ...c,
      annee1: 5000,
      annee2: 6500,
    })),
    ...changes,
  });
}

const post = (changes: Partial<PostInputs>): PostInputs => ({ ...defaultPost(), ...changes });

/**
 * A team of three (the forum's CPTS): a coordinator hired directly from month 5 under Syntec IC 3.1 on a
 * forfait jours, a half-time secretary under the cabinets médicaux agreement (niveau 9), and a freelance chargée de
 * mission two days a week, charged to two missions.
 */
export const THREE_POSTS: PostInputs[] = [
  post({ mode: "salarie", coef: 170, forfaitJours: true, debutMois: 4, mois: 32 }),
  post({
    intitule: "Secrétaire",
    mode: "salarie",
    convention: "cabinets-medicaux",
    coef: undefined,
    niveau: 9,
    etp: 0.5,
  }),
  post({
    intitule: "Chargée de mission",
    mode: "prestataire",
    convention: "aucune",
    coef: undefined,
    tarifJour: 450,
    joursParAn: 94,
    mois: 30,
    repartition: { acces: 0.6, parcours: 0.4 },
  }),
];

/**
 * Enough direct hires to pay the taxe sur les salaires, signed in July (each contract year spans two calendar years):
 * four Syntec cadres 3.3 (one from month 3, one at 0.8 ETP), a cabinets médicaux niveau 14 hired for 18 months, an ETAM
 * with a typed gross, and a post placed by a GE.
 */
export const TAXED_TEAM: PostInputs[] = [
  post({ intitule: "Coordinatrice", mode: "salarie", coef: 270 }),
  post({ intitule: "Chargé de projet 1", mode: "salarie", coef: 270, debutMois: 2, mois: 34 }),
  post({ intitule: "Chargé de projet 2", mode: "salarie", coef: 270, etp: 0.8 }),
  post({ intitule: "Chargée de prévention", mode: "salarie", coef: 270, mois: 36 }),
  post({
    intitule: "Assistante",
    mode: "salarie",
    convention: "cabinets-medicaux",
    coef: undefined,
    niveau: 14,
    debutMois: 6,
    mois: 18,
  }),
  post({ intitule: "Technicien", mode: "salarie", coef: 400, brutMensuel: 2900.5 }),
  post({ intitule: "Chargé de communication", mode: "ge", coef: 150, etp: 0.6, debutMois: 1 }),
];

/** The signature date of the default budgets: every other input is the taille's default. */
export const DEFAULT_SIGNATURE = "2025-03-01";

/** defaultBudgetInputs(taille) signed on DEFAULT_SIGNATURE, one per taille: "T1-defaut" to "T4-defaut". */
export const DEFAULT_BUDGETS: [string, BudgetInputs][] = ([1, 2, 3, 4] as const).map((taille) => [
  `T${taille}-defaut`,
  { ...defaultBudgetInputs(taille), dateSignature: DEFAULT_SIGNATURE },
]);

export const OPTION_SETS: [string, BudgetInputs][] = [
  // The life of the contract: its last year and the next without renewal, then renewed; years 4 and 5 with an
  // exercice from April; a change of taille by avenant before the budget (T1 → T2) and inside it (T2 → T3).
  [
    "T1-annees-5-6-fin-de-contrat",
    filled({ taille: 1, dateSignature: "2022-03-01", anneeDepart: 5 }),
  ],
  [
    "T2-annees-5-6-renouvele",
    filled({ taille: 2, dateSignature: "2021-10-01", anneeDepart: 5, renouvellement: true }),
  ],
  [
    "T3-annees-4-5-exercice-avril",
    filled({
      taille: 3,
      dateSignature: "2022-07-15",
      anneeDepart: 4,
      debutExercice: 4,
      demarrages: "au-plus-tard",
      soldeInitial: 85000,
    }),
  ],
  [
    "T1-T2-avenant-annees-3-4",
    filled({
      taille: 1,
      dateSignature: "2023-05-01",
      anneeDepart: 3,
      changementTaille: { date: "2025-02-01", taille: 2 },
    }),
  ],
  // Année 0: the case (its money pushes exercice 2026 over the threshold), and a lettre d'intention in the
  // exercice before the signature's, a salaried coordinator, the ARS paid in January.
  [
    "T1-annee0-lettre-intention-fevrier",
    inputs({ dateSignature: "2026-10-01", dateLettreIntention: "2026-02-01", honorairesCac: 4500 }),
  ],
  [
    "T2-annee0-exercice-anterieur-salarie",
    filled({
      taille: 2,
      dateSignature: "2026-10-01",
      dateLettreIntention: "2025-11-15",
      amorcageArs: 30000,
      dateVersementArs: "2026-01-10",
      soldeInitial: 5000,
      coordinateur: {
        mode: "salarie",
        convention: "cabinets-medicaux",
        coef: undefined,
        niveau: 9,
      },
    }),
  ],
  [
    "T2-T3-avenant-annee-2",
    filled({ taille: 2, changementTaille: { date: "2025-11-15", taille: 3 } }),
  ],
  // The forum's CPTS with its team instead of a typed payroll line: the docs' screenshots.
  [
    "T3-forum-equipe-trois-postes",
    forumInputs({
      equipe: THREE_POSTS,
      charges: forumInputs().charges.filter((c) => c.compte !== "641"),
    }),
  ],
  [
    "T3-equipe-trois-postes-optionnelles",
    filled({ taille: 3, optionnelles: true, equipe: THREE_POSTS }),
  ],
  [
    "T4-equipe-taxe-juillet",
    filled({ taille: 4, dateSignature: "2025-07-01", membres: 110, equipe: TAXED_TEAM }),
  ],
  // The prefilled budget of each taille, as a newcomer gets it: only the signature date is fixed.
  ...DEFAULT_BUDGETS,
  ["T1-optionnelles-variable50", filled({ taille: 1, optionnelles: true, tauxVariable: 0.5 })],
  [
    "T2-crise-salarie",
    filled({
      taille: 2,
      crise: true,
      coordinateur: { mode: "salarie", coef: 170, forfaitJours: true, mois: 18 },
    }),
  ],
  [
    "T3-avant-date-limite-prestataire",
    filled({
      taille: 3,
      dateSignature: "2022-03-15",
      coordinateur: { mode: "prestataire", tarifJour: 550, joursParAn: 120, mois: 20 },
    }),
  ],
  [
    "T4-120-membres-toutes-options",
    filled({ ...T4_ALL_OPTIONS, coordinateur: { coef: 275, etp: 0.8, mois: 6 } }),
  ],
  [
    "T2-aci-non-comptee-ge-30-mois",
    filled({ taille: 2, aciSubventionPublique: false, coordinateur: { mois: 30, etp: 0.5 } }),
  ],
  // The CAC retained (far above 153 000 €) but its fee left at 0: the check asks for it.
  [
    "T4-variable-100-salarie-mi-temps",
    filled({
      honorairesCac: 0,
      taille: 4,
      membres: 99,
      tauxVariable: 1,
      optionnelles: true,
      coordinateur: { mode: "salarie", etp: 0.5, coef: 275 },
    }),
  ],
  // The FCPTS forum's CPTS: its cash runs out in December 2024 (test/domain/treasury.test.ts works it by hand).
  ["T3-forum-28-decembre", forumInputs()],
  // The CAC fee by exercice: under 153 000 € each contract year, but exercice 2026 receives 166 984,59 €.
  [
    "T1-optionnelles-cac-par-exercice",
    inputs({
      optionnelles: true,
      dateSignature: "2025-10-01",
      honorairesCac: 5000,
      demarrages: "au-plus-tard",
    }),
  ],
  // Signed on the first day of the exercice: only exercice 2 (granted) is over, the fee runs from year 2.
  [
    "T1-optionnelles-cac-exercice-2-attribue",
    inputs({
      optionnelles: true,
      dateSignature: "2025-01-01",
      honorairesCac: 5000,
      demarrages: "au-plus-tard",
    }),
  ],
  // Contract year 2 runs into a third exercice (2026), which receives 155 500 € of ACI.
  [
    "T1-15-mars-2024-variable5-exercice3",
    inputs({ dateSignature: "2024-03-15", tauxVariable: 0.05, honorairesCac: 5000 }),
  ],
  // A president giving 700 hours a year at the médecin rate: above the PASS, and the budget in deficit.
  [
    "T1-indemnites-au-dela-du-pass",
    inputs({
      gouvernance: defaultBudgetInputs().gouvernance.map((g, k) =>
        k === 0 ? { ...g, heuresParPersonne: 700 } : g
      ),
    }),
  ],
  // A crisis declared with the missions at their latest start: the survenue is paid whole, never prorated.
  [
    "T3-crise-au-plus-tard-29-fevrier",
    filled({ taille: 3, crise: true, dateSignature: "2024-02-29", demarrages: "au-plus-tard" }),
  ],
  [
    "T2-tresorerie-toutes-options",
    filled({
      taille: 2,
      dateSignature: "2022-06-01",
      optionnelles: true,
      tauxVariable: 0.5,
      crise: true,
      lagMonths: 5,
      moisAnnuel: 3,
      debutExercice: 7,
      soldeInitial: -5000,
      missionStarts: { acces: "2022-09-15", parcours: "2023-02-10", accompagnement: "2022-12-31" },
      coordinateur: { mois: 30 },
    }),
  ],
  // Signed on 29 February 2024, fonctionnement overspent (so that the rent moves the balance): in April 2024 the
  // balance is exactly 20 783,205 €, just under it in floating point. Rounded to the cent directly, the model and
  // LibreOffice disagree by a cent; both round to the 0,001 cent first.
  [
    "T1-29-fevrier-demi-centime",
    inputs({
      ...unfilled(),
      dateSignature: "2024-02-29",
      demarrages: "au-plus-tard",
      soldeInitial: 1000,
      charges: unfilled().charges!.map((c) =>
        c.compte === "606"
          ? { ...c, annee1: 45800, annee2: 45800 }
          : c.compte === "613"
            ? { ...c, annee1: 8530.04, annee2: 8530.04 }
            : c
      ),
    }),
  ],
  ...randomBudgets(6),
];

/**
 * Budgets drawn at random with a fixed seed (the same files on every run): taille, signature (month ends and
 * 29 February over-represented), mission starts, variable rate, crisis, payment lag, exercice start, first budgeted
 * year, renewal and an avenant changing the taille — so the real engines meet contracts nobody chose by hand.
 */
function randomBudgets(count: number): [string, BudgetInputs][] {
  const signature = fc.oneof(
    {
      arbitrary: fc.constantFrom("2024-02-29", "2023-08-31", "2021-01-31", "2025-12-31"),
      weight: 1,
    },
    {
      arbitrary: fc.integer({ min: dayOf("2019-07-01"), max: dayOf("2028-12-31") }).map(isoOf),
      weight: 2,
    }
  );
  const budget = fc
    .record({
      taille: fc.constantFrom<BudgetInputs["taille"]>(1, 2, 3, 4),
      dateSignature: signature,
      demarrages: fc.constantFrom<MissionStartSetting>("signature", "au-plus-tard"),
      tauxVariable: fc.constantFrom(0, 0.05, 0.35, 0.8, 1),
      crise: fc.boolean(),
      lagMonths: fc.integer({ min: 0, max: 11 }),
      debutExercice: fc.integer({ min: 1, max: 12 }),
      anneeDepart: fc.integer({ min: 1, max: 5 }),
      renouvellement: fc.boolean(),
      optionnelles: fc.boolean(),
      avenant: fc.option(
        fc.record({
          jours: fc.integer({ min: 1, max: 1800 }),
          taille: fc.integer({ min: 1, max: 4 }),
        })
      ),
    })
    .map(({ avenant, ...drawn }) =>
      filled({
        ...drawn,
        changementTaille:
          avenant && avenant.taille !== drawn.taille
            ? { date: isoOf(dayOf(drawn.dateSignature) + avenant.jours), taille: avenant.taille }
            : undefined,
      })
    );
  return fc
    .sample(budget, { seed: 20261201, numRuns: count })
    .map((b, i) => [
      `aleatoire-${i + 1}-T${b.taille}-annee-${b.anneeDepart}-${b.dateSignature}`,
      b,
    ]);
}
