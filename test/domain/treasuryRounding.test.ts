/**
 * A month's closing balance is the exact decimal balance rounded to the cent, half away from zero, whatever the
 * floating-point noise of the month's sum: the monthly charges are twelfths of yearly amounts, so a balance often
 * lands on an exact half cent, and the Trésorerie sheet rounds it the same way (ROUND(ROUND(…,5),2)) in every
 * engine. test/workbook/recalc.test.ts and gnumeric.test.ts recalculate the regression case below.
 */
import fc from "fast-check";
import { computeBudget } from "../../src/domain/budget";
import { type BudgetInputs, defaultBudgetInputs } from "../../src/domain/budgetInputs";
import { type TreasuryMonth } from "../../src/domain/treasury";
import { inputs } from "../helpers/budgetInputs";
import { OPTION_SETS } from "../helpers/recalcCases";

/** A term of these budgets as a whole number of twelfths of a cent: it is whole cents or a twelfth of them. */
function twelfthsOfCent(term: number): bigint {
  const n = Math.round(term * 1200);
  if (Math.abs(n / 1200 - term) > 1e-9) throw new Error(`${term} n'est pas un douzième de centime`);
  return BigInt(n);
}

/** The month's balance computed exactly, rounded to the cent half away from zero. */
function exactClosing(m: TreasuryMonth): number {
  const inflows = [m.soldeDebut, ...Object.values(m.aci), ...m.financeurs, m.cotisations];
  const total =
    inflows.reduce((s, t) => s + twelfthsOfCent(t), 0n) -
    m.decaissements.reduce((s, t) => s + twelfthsOfCent(t), 0n);
  const magnitude = total < 0n ? -total : total;
  const rounded = (magnitude + 6n) / 12n;
  return Number(total < 0n ? -rounded : rounded) / 100 || 0;
}

describe("a month's closing balance rounds its exact half cent", () => {
  test("signed on 29 February 2024: April 2024 closes on 20 783,205 €, stored just under it, rounded to 20 783,21 €", async () => {
    const [, regression] = OPTION_SETS.find(([name]) => name === "T1-29-fevrier-demi-centime")!;
    const t = (await computeBudget(regression)).tresorerie;
    const april = t.months.find((m) => m.mois === "2024-04")!;
    const raw = april.soldeDebut + (april.encaissements - april.totalDecaissements);
    expect(raw).toBeLessThan(20783.205);
    expect(raw).toBeCloseTo(20783.205, 6);
    expect(april.soldeFin).toBe(20783.21);
    expect(april.soldeFin).toBe(exactClosing(april));
  });

  const euros = fc.integer({ min: 0, max: 3_000_000 }).map((c) => c / 100);
  // Mostly yearly amounts whose twelfth ends in half a cent (12 k + 0,06 €): their months land on half cents.
  const charge = fc.oneof(
    { arbitrary: euros, weight: 1 },
    { arbitrary: fc.integer({ min: 0, max: 5000 }).map((k) => k * 12 + 0.06), weight: 3 }
  );
  const signature = fc.constantFrom(
    "2024-02-29",
    "2023-12-28",
    "2025-01-31",
    "2024-06-30",
    "2025-03-01",
    "2022-09-15"
  );
  const budgets = fc
    .record({
      taille: fc.constantFrom<BudgetInputs["taille"]>(1, 2, 3, 4),
      dateSignature: signature,
      soldeInitial: euros,
      monthly: fc.array(fc.tuple(charge, charge), { minLength: 3, maxLength: 3 }),
      annual: charge,
    })
    .map(({ monthly, annual, ...changes }) =>
      inputs({
        ...changes,
        charges: defaultBudgetInputs().charges.map((c, i) =>
          i < monthly.length
            ? { ...c, annee1: monthly[i][0], annee2: monthly[i][1], rythme: "mensuel" }
            : i === monthly.length
              ? { ...c, annee1: annual, annee2: annual, rythme: "annuel" }
              : c
        ),
      })
    );

  test("property: every month of random budgets is its exact balance to the cent", async () => {
    let halfCents = 0;
    await fc.assert(
      fc.asyncProperty(budgets, async (budgetInputs) => {
        const { months } = (await computeBudget(budgetInputs)).tresorerie;
        for (const m of months) {
          const raw = m.soldeDebut + (m.encaissements - m.totalDecaissements);
          if (Math.abs(Math.abs((raw * 100) % 1) - 0.5) < 1e-6) halfCents += 1;
          expect([m.mois, m.soldeFin]).toEqual([m.mois, exactClosing(m)]);
        }
      }),
      { numRuns: 300, seed: 20260 }
    );
    // The property is only worth something if half cents come up.
    expect(halfCents).toBeGreaterThan(100);
  });
});
