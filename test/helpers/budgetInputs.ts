import {
  type BudgetInputs,
  defaultBudgetInputs,
  defaultPost,
  type PostInputs,
} from "../../src/domain/budgetInputs";

/** Changes to the default budget inputs; the first post's (the coordinator's) fields may be given one by one. */
export type Changes = Partial<BudgetInputs> & { coordinateur?: Partial<PostInputs> };

/**
 * The prefilled amounts set aside (running costs at 0, no indemnities, no CAC fee), for tests whose figures are the
 * lines they set themselves.
 */
export function unfilled(taille: BudgetInputs["taille"] = 1): Changes {
  return {
    charges: defaultBudgetInputs(taille).charges.map((c) => ({ ...c, annee1: 0, annee2: 0 })),
    gouvernance: [],
    remunerationsMissions: [],
    honorairesCac: 0,
  };
}

/** A T4 of 120 members with every option (optional missions, variable at 50 %, a crisis), signed before the cut-off. */
export const T4_ALL_OPTIONS = {
  taille: 4,
  membres: 120,
  optionnelles: true,
  tauxVariable: 0.5,
  crise: true,
  dateSignature: "2022-06-15",
} as const satisfies Changes;

/** The default inputs of the taille, signed on 1 March 2025, with the given changes. */
export function inputs(changes: Changes): BudgetInputs {
  const { coordinateur, ...rest } = changes;
  const base = defaultBudgetInputs(changes.taille ?? 1, changes.optionnelles ?? false);
  return {
    ...base,
    dateSignature: "2025-03-01",
    ...rest,
    equipe: rest.equipe ?? [{ ...defaultPost(), ...coordinateur }],
  };
}

/**
 * The forum's CPTS (000_b6e12858d4e2d6a1.txt): T3 signed on 28 December 2023, a freelance coordinator two days a week
 * (96 days a year at 500 €: 4 000 € a month) for the 36 months, a chargée de mission (5 000 € a month), rent 600 € a
 * month; insurance 600 €, the expert-comptable 2 400 € and the CAC 4 800 € a year; 40 members paying 20 €.
 */
export function forumInputs(changes: Changes = {}): BudgetInputs {
  const base = defaultBudgetInputs();
  const amounts: Record<string, number> = { "613": 7200, "616": 600 };
  return inputs({
    ...unfilled(3),
    nom: "CPTS Chambéry agglo'",
    taille: 3,
    dateSignature: "2023-12-28",
    // Its missions started at the ACI's deadlines: accès and crise in June 2024, the others in December 2024.
    demarrages: "au-plus-tard",
    membres: 40,
    cotisationParMembre: 20,
    honorairesCac: 4800,
    coordinateur: { mode: "prestataire", tarifJour: 500, joursParAn: 96, mois: 36 },
    charges: [
      ...base.charges.map((c) => {
        const amount = /expert-comptable/i.test(c.label) ? 2400 : (amounts[c.compte] ?? 0);
        return { ...c, annee1: amount, annee2: amount };
      }),
      {
        label: "Chargée de mission (salaire et charges)",
        compte: "641",
        enveloppe: "fonctionnement",
        annee1: 60000,
        annee2: 60000,
        rythme: "mensuel",
      },
    ],
    ...changes,
  });
}
