// The coordinator's cost in the two-year budget: the payroll engine's figures and the charge lines per contract year.
import type { ChargeKind, ChargeLine, Pair } from "./types";
import { COORDINATOR_MODES, type CoordinatorInputs, type CoordinatorMode } from "./budgetInputs";
import {
  directHireCost,
  freelanceCost,
  geCost,
  requireJoursParAn,
  requireMois,
  requireTarifJour,
} from "./coordinator";
import { cents, DomainError, describeValue, requireNumber } from "./errors";
import { frLimit, LIMITS } from "./limits";
import { isCadre, minimumSalary } from "./salary";

const pairOf = (f: (y: 0 | 1) => number): Pair => [f(0), f(1)];

export interface CoordinatorBudget {
  mode: CoordinatorMode;
  /** Months of the contract or placement falling in each contract year (it starts at signature). */
  mois: Pair;
  /** Actual monthly gross (Syntec minimum × ETP) and employer cost without the taxe sur les salaires. */
  brutMensuel: number;
  coutEmployeurMensuel: number;
  fraisMiseEnPlace: number;
  fraisGestionMensuels: number;
  fraisPaieMensuels: number;
  factureMensuelleGe: number;
  fraisFin: number;
  /** Contract year holding the end of the placement, if it ends within the two years. */
  anneeFin?: 1 | 2;
  /** Taxe sur les salaires of a direct hire, per contract year (after the associations' allowance). */
  taxeSalaires: Pair;
  anneeTaxeSalaires: number;
}

/** The coordinator figures of a budget; validates the coordinator inputs. */
export async function coordinatorBudget(c: CoordinatorInputs): Promise<CoordinatorBudget> {
  if (!COORDINATOR_MODES.includes(c.mode)) {
    throw new DomainError(
      `Mode du coordinateur invalide : ${describeValue(c.mode)}. Valeurs possibles : ${COORDINATOR_MODES.join(", ")}.`,
      "coordinateur"
    );
  }
  const total = requireMois(c.mois);
  if (c.mode === "prestataire") {
    requireTarifJour(c.tarifJour);
    requireJoursParAn(c.joursParAn);
  } else {
    // Kept for a switch to freelance in the workbook: 0 (unset) allowed.
    requireNumber(
      c.tarifJour,
      "tarif_jour",
      (n) => n >= 0 && n <= LIMITS.montant,
      "Tarif journalier",
      `un montant positif ou nul en euros, au plus ${frLimit(LIMITS.montant)} €`
    );
    requireNumber(
      c.joursParAn,
      "jours",
      (n) => n >= 0 && n <= LIMITS.joursParAn,
      "Jours par an",
      `un nombre de jours positif ou nul, au plus ${LIMITS.joursParAn}`
    );
  }
  const mois: Pair = [Math.min(total, 12), Math.min(Math.max(total - 12, 0), 12)];
  // Employee figures are computed whatever the mode, so that switching the mode in the workbook stays right.
  const ge = await geCost({
    coef: c.coef,
    etp: c.etp,
    mois: total,
    forfaitJours: c.forfaitJours,
    anneeGrille: c.anneeGrille,
  });
  const fullTime = minimumSalary(c.coef, c.anneeGrille, c.forfaitJours);
  const hires = await Promise.all(
    mois.map((m) =>
      m > 0
        ? directHireCost({ brutMensuel: fullTime, etp: c.etp, mois: m, cadre: isCadre(c.coef) })
        : undefined
    )
  );
  return {
    mode: c.mode,
    mois,
    brutMensuel: ge.brutMensuel,
    coutEmployeurMensuel: ge.coutEmployeurMensuel,
    fraisMiseEnPlace: ge.fraisMiseEnPlace,
    fraisGestionMensuels: ge.fraisGestionMensuels,
    fraisPaieMensuels: ge.fraisPaieMensuels,
    factureMensuelleGe: ge.factureMensuelle,
    fraisFin: ge.fraisFin,
    anneeFin: total <= 12 ? 1 : total <= 24 ? 2 : undefined,
    taxeSalaires: [hires[0]?.taxeSalaires ?? 0, hires[1]?.taxeSalaires ?? 0],
    anneeTaxeSalaires: hires[0]!.anneeTaxeSalaires,
  };
}

/** The coordinator's cost by account and year; only the chosen mode's lines are non-zero. */
export function coordinatorCharges(
  c: CoordinatorBudget,
  tarifJour: number,
  joursParAn: number
): ChargeLine[] {
  const only = (mode: CoordinatorMode, f: (y: 0 | 1) => number) =>
    pairOf((y) => (c.mode === mode && c.mois[y] > 0 ? f(y) : 0));
  const line = (kind: ChargeKind, compte: string, label: string, montants: Pair): ChargeLine => ({
    kind,
    compte,
    label,
    enveloppe: "fonctionnement",
    montants,
  });
  return [
    line(
      "ge",
      "621",
      "Coordinateur mis à disposition par le groupement d'employeurs",
      only("ge", (y) =>
        cents(
          c.factureMensuelleGe * c.mois[y] +
            (y === 0 ? c.fraisMiseEnPlace : 0) +
            (c.anneeFin === y + 1 ? c.fraisFin : 0)
        )
      )
    ),
    line(
      "prestataire",
      "622",
      "Coordinateur prestataire (honoraires)",
      only("prestataire", (y) =>
        tarifJour > 0 && joursParAn > 0
          ? freelanceCost(tarifJour, (joursParAn * c.mois[y]) / 12)
          : 0
      )
    ),
    line(
      "taxeSalaires",
      "631",
      "Taxe sur les salaires",
      only("salarie", (y) => c.taxeSalaires[y])
    ),
    line(
      "salaires",
      "641",
      "Rémunération brute du coordinateur salarié",
      only("salarie", (y) => cents(c.brutMensuel * c.mois[y]))
    ),
    line(
      "chargesSociales",
      "645",
      "Charges sociales patronales du coordinateur",
      only("salarie", (y) => cents((c.coutEmployeurMensuel - c.brutMensuel) * c.mois[y]))
    ),
  ];
}
