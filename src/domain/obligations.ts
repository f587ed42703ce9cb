// The first-200-days checklist: each regulatory obligation with the date it is due, from the signature, the first
// direct hire or the first exercice over the 153 000 € threshold.
import type { BudgetModel } from "./budget";
import {
  type Obligation,
  OBLIGATIONS,
  type ObligationTrigger,
  PREMIERS_JOURS,
} from "./data/obligations";
import { dayOf, isoOf, monthStart } from "./dates";

/** What each trigger ties the due date to, as the checklist says it. */
const BASES: Record<ObligationTrigger, string> = {
  signature:
    "À la signature de l'ACI (l'association doit exister et avoir un compte pour signer et être payée)",
  deuxCentsJours: `Dans les ${PREMIERS_JOURS} jours suivant la signature`,
  embauche:
    "Avant la première embauche d'un salarié de la CPTS (mois de début du premier poste salarié) ; sans objet sans salarié direct",
  seuil:
    "À la clôture du premier exercice au-dessus de 153 000 € de subventions publiques (Code de commerce, art. L612-4) ; sans objet sinon",
};

/** The statuses the checklist offers. */
export const STATUTS = ["à faire", "en cours", "fait"] as const;
export type Statut = (typeof STATUTS)[number];

export interface ObligationDue extends Obligation {
  /** ISO date; undefined when the obligation does not apply (no direct hire, no exercice over the threshold). */
  echeance?: string;
  /** What the date is tied to, in French. */
  base: string;
  /**
   * « fait » when it fell due before the first budgeted day (a CPTS budgeting its years 4 and 5 has done its first
   * 200 days' formalities: an assumption the sheet says), « à faire » otherwise.
   */
  statut: Statut;
}

/** The note of a status the add-in assumed. */
export const STATUT_SUPPOSE =
  "Supposé fait : l'échéance précède la première année budgétée. À vérifier.";

/**
 * The first month a direct hire works, as a date: the first budgeted day for month 0 (the signature in year 1), else
 * the 1st of that month.
 */
function firstHire(model: BudgetModel): string | undefined {
  const months = model.inputs.equipe.filter((p) => p.mode === "salarie").map((p) => p.debutMois);
  if (!months.length) return undefined;
  const k = Math.min(...months);
  const start = model.annees[0].debut;
  return k === 0 ? start : isoOf(monthStart(start, k));
}

/** The first exercice tested whose public subsidies are over the threshold, received or granted. */
function firstExerciceOver(model: BudgetModel) {
  return model.tresorerie.exercices.find(
    (e) => e.teste && (e.encaissees.seuil.cacMandatory || e.allouees.seuil.cacMandatory)
  );
}

export function obligationsSchedule(model: BudgetModel): ObligationDue[] {
  const signature = model.inputs.dateSignature;
  const hire = firstHire(model);
  const over = firstExerciceOver(model);
  const start = model.annees[0].debut;
  const withStatus = (o: Omit<ObligationDue, "statut">): ObligationDue => ({
    ...o,
    statut: o.echeance !== undefined && o.echeance < start ? "fait" : "à faire",
  });
  return OBLIGATIONS.items.map((item) => withStatus(dueOf(item, signature, hire, over?.fin)));
}

function dueOf(
  item: Obligation,
  signature: string,
  hire: string | undefined,
  seuil: string | undefined
): Omit<ObligationDue, "statut"> {
  switch (item.trigger) {
    case "signature":
      return { ...item, echeance: signature, base: BASES.signature };
    case "deuxCentsJours":
      return {
        ...item,
        echeance: isoOf(dayOf(signature) + PREMIERS_JOURS),
        base: BASES.deuxCentsJours,
      };
    case "embauche":
      return { ...item, echeance: hire, base: BASES.embauche };
    case "seuil":
      return { ...item, echeance: seuil, base: BASES.seuil };
  }
}

/** Days ahead the count of obligations falling due looks (the pane shows it after generation). */
export const OBLIGATIONS_HORIZON_DAYS = 30;

/** How many obligations are overdue on `today` (ISO), and how many fall due within the next `days` days. */
export function obligationsDue(
  schedule: ObligationDue[],
  today: string,
  days = OBLIGATIONS_HORIZON_DAYS
): { enRetard: number; prochainement: number } {
  const limit = isoOf(dayOf(today) + days);
  const dated = schedule.flatMap((o) => (o.echeance && o.statut !== "fait" ? [o.echeance] : []));
  return {
    enRetard: dated.filter((d) => d < today).length,
    prochainement: dated.filter((d) => d >= today && d <= limit).length,
  };
}
