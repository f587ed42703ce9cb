// The coordinator comparison the forum asks for: the post placed by a GE, hired directly or freelance, at its ETP and
// full time, over one contract year, against the fonctionnement envelope of the taille.
import { POST_MODES, type PostInputs, type PostMode } from "./budgetInputs";
import { directHireCost, geBilling, requireTarifJour } from "./coordinator";
import { ACI_GRID } from "./data/aciGrid";
import { requireInteger } from "./errors";
import { DUREE_LEGALE_ANNUELLE, JOURS_FORFAIT, TARIF_JOUR_ESTIME } from "./data/comparison";
import { evaluateNumber } from "./rules/expr";
import { freelanceYear, hourly, monthly, shareOf } from "./rules/comparison";
import { employerMonthlyCost } from "./payroll";
import { agreementMinimum, isCadrePost } from "./salary";

/** At the post's ETP, or full time (1 ETP). */
export type ComparisonBase = "poste" | "pleinTemps";
export const COMPARISON_BASES: readonly ComparisonBase[] = ["poste", "pleinTemps"];

/** One status at one ETP, in € rounded to the cent (the share is a ratio). */
export interface ComparisonRow {
  mode: PostMode;
  base: ComparisonBase;
  etp: number;
  /** Cost of a 12-month contract year. */
  annuel: number;
  mensuel: number;
  horaire: number;
  /** annuel / the fonctionnement envelope of the taille. */
  partFonctionnement: number;
}

export interface Comparison {
  etp: number;
  enveloppeFonctionnement: number;
  tarifJour: number;
  /** Whether the day rate is the add-in's estimate (none typed). */
  tarifJourEstime: boolean;
  joursPleinTemps: number;
  heuresPleinTemps: number;
  /** Modes × bases, in POST_MODES then COMPARISON_BASES order. */
  lignes: ComparisonRow[];
}

/**
 * The comparison for a post (the team's first, the coordinator): its agreement's minimum or its typed gross, its
 * forfait-jours setting and day rate, for a CPTS of taille `taille`.
 */
export async function compareCoordinator(c: PostInputs, taille: number): Promise<Comparison> {
  const t = requireInteger(taille, "taille", 1, 4, "Taille de CPTS");
  const enveloppe = ACI_GRID.envelopes.fonctionnement.fixe[t - 1];
  const tarifJourEstime = !(c.tarifJour > 0);
  const tarifJour = tarifJourEstime ? TARIF_JOUR_ESTIME.value : requireTarifJour(c.tarifJour);
  const jours = JOURS_FORFAIT.value;
  const heures = DUREE_LEGALE_ANNUELLE.value;
  const fullTime = c.brutMensuel ?? agreementMinimum(c).montant;
  const cadre = isCadrePost(c);
  const annualCost = async (mode: PostMode, etp: number): Promise<number> => {
    if (mode === "ge") {
      const cost = await employerMonthlyCost({ brutMensuel: fullTime, etp, cadre });
      return geBilling(cost.brut, cost.coutEmployeur, 12).total;
    }
    if (mode === "salarie") {
      const hire = await directHireCost({ brutMensuel: fullTime, etp, mois: 12, cadre });
      return hire.total;
    }
    return evaluateNumber(freelanceYear(tarifJour, jours, etp));
  };
  const lignes = await Promise.all(
    POST_MODES.flatMap((mode) =>
      COMPARISON_BASES.map(async (base): Promise<ComparisonRow> => {
        const etp = base === "poste" ? c.etp : 1;
        const annuel = await annualCost(mode, etp);
        return {
          mode,
          base,
          etp,
          annuel,
          mensuel: evaluateNumber(monthly(annuel)),
          horaire: evaluateNumber(hourly(annuel, heures, etp)),
          partFonctionnement: evaluateNumber(shareOf(annuel, enveloppe)),
        };
      })
    )
  );
  return {
    etp: c.etp,
    enveloppeFonctionnement: enveloppe,
    tarifJour,
    tarifJourEstime,
    joursPleinTemps: jours,
    heuresPleinTemps: heures,
    lignes,
  };
}
