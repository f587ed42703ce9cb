// The whole life of the contract (FACTS.md §9): any two contract years, the end after year 5 and its renewal, a
// change of taille by avenant. Expected figures come from the grid and the payment shares, written out here.
import { aciAllocated } from "../../src/domain/aci";
import { computeBudget } from "../../src/domain/budget";
import { contractYear } from "../../src/domain/budgetYears";
import { aciCashBetween, type CashPlanOptions, tailleChangeYear } from "../../src/domain/cashPlan";
import { ACI_GRID, type Mission } from "../../src/domain/data/aciGrid";
import { cents } from "../../src/domain/errors";
import { obligationsDue, obligationsSchedule } from "../../src/domain/obligations";
import { inputs } from "../helpers/budgetInputs";

const SOCLE: Mission[] = ["fonctionnement", "acces", "parcours", "prevention", "crise"];
const fixe = (m: Mission, taille: number) =>
  m === "crise" ? ACI_GRID.criseMiseAJour[taille - 1] : ACI_GRID.envelopes[m].fixe[taille - 1];
const variable = (m: Mission, taille: number) =>
  m === "crise" ? 0 : ACI_GRID.envelopes[m].variable[taille - 1];

describe("steady state: a full contract year k ≥ 3 receives 25 % of k−1, 75 % of k and the variable part of k−1", () => {
  // T1 until the avenant of 2024-06-01, T3 from the next anniversary (2025-03-01, year 4).
  const o: CashPlanOptions = {
    taille: 1,
    dateSignature: "2022-03-01",
    taux: 0.5,
    changementTaille: { date: "2024-06-01", taille: 3 },
  };
  const tailleOf = (k: number) => (k >= 4 ? 3 : 1);

  test.each([3, 4, 5])("year %i, mission by mission", (k) => {
    const { du, au } = contractYear(o.dateSignature, k);
    for (const m of SOCLE) {
      const [before, now] = [tailleOf(k - 1), tailleOf(k)];
      // The crisis plan's update is paid whole each year, no balance; fonctionnement has no variable part.
      const expected =
        m === "crise"
          ? fixe(m, now)
          : 0.25 * fixe(m, before) + 0.75 * fixe(m, now) + 0.5 * variable(m, before);
      expect([k, m, aciCashBetween({ ...o, mission: m }, du, au)]).toEqual([k, m, expected]);
    }
  });

  test("the avenant's year: 25 % of T1's year 3 and 75 % of T3's year 4, from the first anniversary after it", () => {
    expect(tailleChangeYear("2022-03-01", "2024-06-01")).toBe(4);
    // On an anniversary itself, the next one starts the new taille: the rule says « after ».
    expect(tailleChangeYear("2022-03-01", "2024-03-01")).toBe(4);
    expect(tailleChangeYear("2022-03-01", "2024-02-29")).toBe(3);
    const { du, au } = contractYear(o.dateSignature, 4);
    // 0.25 × (50 000 + 55 000 + 25 000 + 10 000) + 0.75 × (75 000 + 90 000 + 45 000 + 17 500) + 22 500
    // + 0.5 × (25 000 + 25 000 + 10 000)
    expect(aciCashBetween({ ...o, mission: "socle" }, du, au)).toBe(35000 + 170625 + 22500 + 30000);
  });
});

describe("over the five years and the last balance, the cash is the sum of the allocations", () => {
  test.each([1, 2, 3, 4])("taille %i, variable at 80 %, missions at signature", (taille) => {
    // Signed after the cut-off of the financement additionnel: no top-up.
    const o: CashPlanOptions = { taille, dateSignature: "2023-04-03", taux: 0.8, crise: false };
    const allocated = cents(
      [1, 2, 3, 4, 5].reduce(
        (sum, annee) =>
          sum +
          aciAllocated({ ...o, annee, mission: "socle", volet: "total", renouvellement: false }),
        0
      )
    );
    expect(aciCashBetween({ ...o, mission: "socle" }, "2023-04-03", "2040-12-31")).toBe(allocated);
  });
});

describe("years 5 and 6", () => {
  const year56 = (renouvellement: boolean) =>
    computeBudget(
      inputs({ taille: 2, dateSignature: "2021-10-01", anneeDepart: 5, renouvellement })
    );

  test("without renewal, year 6 receives only year 5's balances: 25 % of the fixed parts", async () => {
    const model = await year56(false);
    expect(model.annees.map((a) => [a.anneeContrat, a.horsContrat])).toEqual([
      [5, false],
      [6, true],
    ]);
    // T2: 0.25 × (60 000 + 70 000 + 35 000 + 15 000); no advance, no crisis update.
    expect(model.annees[1].aci).toBe(45000);
    expect(model.annees[0].aci).toBe(197500);
    // Nothing is received after A5 + lag (2026-12-01) in the cash plan.
    const late = model.tresorerie.months.filter((m) => m.mois > "2026-12");
    expect(late.every((m) => Object.values(m.aci).every((v) => v === 0))).toBe(true);
  });

  test("renewed, year 6 is the steady state", async () => {
    const model = await year56(true);
    expect(model.annees[1]).toMatchObject({ anneeContrat: 6, horsContrat: false, aci: 197500 });
  });
});

describe("any two contract years", () => {
  test("years 4 and 5: periods, the cash plan's first month, the exercices, the team's months", async () => {
    const model = await computeBudget(
      inputs({ taille: 3, dateSignature: "2022-07-15", anneeDepart: 4, debutExercice: 4 })
    );
    expect(model.annees.map((a) => [a.anneeContrat, a.debut, a.fin])).toEqual([
      [4, "2025-07-15", "2026-07-14"],
      [5, "2026-07-15", "2027-07-14"],
    ]);
    expect(model.tresorerie.months[0].mois).toBe("2025-07");
    expect(model.tresorerie.exercices.map((e) => [e.debut, e.teste])).toEqual([
      ["2025-04-01", true],
      ["2026-04-01", true],
      ["2027-04-01", true],
    ]);
    // Exercice 1 (April 2025 – March 2026) receives what year 3 leaves at A3 + 2 months (2025-09-15) and nothing
    // dated before the budget: the year-3 balance, the year-4 advance and the crisis update, all T3.
    // 0.25 × 227 500 + 0.75 × 227 500 + 22 500 (fixed parts only).
    expect(model.tresorerie.exercices[0].encaissees.aci).toBe(250000);
    // The first post (GE by default) is invoiced from the first budgeted month.
    expect(model.equipe.parMois.ge[0]).toBeGreaterThan(0);
  });

  test("years 4 and 5: the first 200 days' obligations, due long before, are assumed done and not counted late", async () => {
    const model = await computeBudget(
      inputs({ taille: 3, dateSignature: "2022-07-15", anneeDepart: 4 })
    );
    const schedule = obligationsSchedule(model);
    const signature = schedule.filter(
      (o) => o.trigger === "signature" || o.trigger === "deuxCentsJours"
    );
    expect(signature.length).toBeGreaterThan(0);
    expect(signature.every((o) => o.statut === "fait")).toBe(true);
    expect(obligationsDue(schedule, "2025-08-01").enRetard).toBe(0);
    // In year 1 nothing is assumed: the signature's own obligations are due on the first budgeted day.
    const first = obligationsSchedule(
      await computeBudget(inputs({ taille: 3, dateSignature: "2022-07-15" }))
    );
    expect(first.every((o) => o.statut === "à faire")).toBe(true);
    expect(obligationsDue(first, "2025-08-01").enRetard).toBeGreaterThan(0);
  });

  test("years 4 and 5: a CAC appointed for an earlier exercice is still in office, its fee in the budget", async () => {
    // Signed before the cut-off: exercice 2022 receives 87 500 (fonctionnement + 75 %) + 67 500 of advances
    // + 25 000 (crisis plan) = 180 000 € of ACI, over the threshold: a mandate for 2022–2027.
    const model = await computeBudget(
      inputs({ taille: 1, dateSignature: "2022-03-01", anneeDepart: 4, honorairesCac: 4500 })
    );
    expect(model.tresorerie.mandatAnterieur).toEqual({
      debut: "2022-01-01",
      fin: "2022-12-31",
      subventions: 180000,
      finMandat: "2027-12-31",
    });
    expect(model.annees.map((a) => a.honorairesCac)).toEqual([4500, 4500]);
    // Signed after it: 142 500, 140 000 and 152 500 € a year, never over; no mandate, no fee at 0 % variable.
    const later = await computeBudget(
      inputs({ taille: 1, dateSignature: "2023-04-03", anneeDepart: 4, honorairesCac: 4500 })
    );
    expect(later.tresorerie.mandatAnterieur).toBeUndefined();
    expect(later.annees.map((a) => a.honorairesCac)).toEqual([0, 0]);
  });

  test("a first year outside 1 to 5 is refused in French", async () => {
    for (const anneeDepart of [0, 6, 2.5]) {
      await expect(computeBudget(inputs({ anneeDepart }))).rejects.toThrow(
        `Première année budgétée invalide : ${String(anneeDepart).replace(".", ",")}.`
      );
    }
  });
});
