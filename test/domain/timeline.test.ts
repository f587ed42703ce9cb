// One ACI timeline: the Budget, the Trésorerie and CPTS.VERSEMENTS read the same payment calendar. Properties that
// relate the figures to each other, over random contracts (month ends and 29 February included).
import fc from "fast-check";
import { computeBudget } from "../../src/domain/budget";
import {
  aciCashBetween,
  type CashPlanOptions,
  contractAnniversary,
} from "../../src/domain/cashPlan";
import { ACI_GRID, MISSIONS } from "../../src/domain/data/aciGrid";
import { cents } from "../../src/domain/errors";
import { contractYear } from "../../src/domain/budgetYears";
import { dayOf, isoOf } from "../../src/domain/dates";
import { inputs } from "../helpers/budgetInputs";

const plusDays = (iso: string, days: number) => isoOf(dayOf(iso) + days);

/** Signature dates with the month ends, 29 February and the first of a month over-represented. */
const signature = fc.oneof(
  fc.constantFrom(
    "2024-02-29",
    "2023-08-31",
    "2024-01-31",
    "2025-12-31",
    "2025-01-01",
    "2024-03-15"
  ),
  fc
    .date({
      min: new Date("2020-01-01T00:00:00Z"),
      max: new Date("2028-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10))
);

const contract = fc.record({
  taille: fc.integer({ min: 1, max: 4 }),
  dateSignature: signature,
  taux: fc.constantFrom(0, 0.05, 0.5, 0.8, 1),
  crise: fc.boolean(),
  membres: fc.constantFrom(0, 100),
  optionnelles: fc.boolean(),
  lagMonths: fc.integer({ min: 0, max: 11 }),
  demarrage: fc.constantFrom<"signature" | "au-plus-tard">("signature", "au-plus-tard"),
  renouvellement: fc.boolean(),
});

/** The life of the contract: the first budgeted year, the renewal, and an avenant changing the taille. */
const life = fc.record({
  anneeDepart: fc.integer({ min: 1, max: 5 }),
  renouvellement: fc.boolean(),
  avenant: fc.option(
    fc.record({
      daysAfterSignature: fc.integer({ min: 1, max: 5 * 365 }),
      taille: fc.integer({ min: 1, max: 4 }),
    })
  ),
});

describe("the Budget books the cash the calendar pays in each contract year", () => {
  test("Budget ACI per contract year = the ACI received between its first and last day, to the cent", async () => {
    await fc.assert(
      fc.asyncProperty(
        contract,
        life,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 40 }),
        async (c, l, debutExercice, daysBeforeA1) => {
          // Parcours typed a few days before the first anniversary: often in the plan's 13th month, yet year 1.
          const parcours = plusDays(contractAnniversary(c.dateSignature, 1), -daysBeforeA1);
          const changementTaille =
            l.avenant && l.avenant.taille !== c.taille
              ? {
                  date: plusDays(c.dateSignature, l.avenant.daysAfterSignature),
                  taille: l.avenant.taille,
                }
              : undefined;
          const model = await computeBudget(
            inputs({
              taille: c.taille as 1 | 2 | 3 | 4,
              dateSignature: c.dateSignature,
              tauxVariable: c.taux,
              crise: c.crise,
              membres: c.membres,
              optionnelles: c.optionnelles,
              lagMonths: c.lagMonths,
              demarrages: c.demarrage,
              missionStarts: { parcours },
              debutExercice,
              anneeDepart: l.anneeDepart,
              renouvellement: l.renouvellement,
              changementTaille,
            })
          );
          const options: CashPlanOptions = {
            ...c,
            taux: c.taux,
            missionStarts: { parcours },
            renouvellement: l.renouvellement,
            changementTaille,
          };
          for (const [y, year] of model.annees.entries()) {
            const period = contractYear(c.dateSignature, l.anneeDepart + y);
            expect([year.debut, year.fin]).toEqual([period.du, period.au]);
            expect(year.aci).toBe(aciCashBetween(options, period.du, period.au));
          }
          // The two years together: no payment falls between them or is counted twice.
          const [first, second] = model.annees;
          expect(cents(first.aci + second.aci)).toBe(
            aciCashBetween(options, first.debut, second.fin)
          );
          expect(second.fin).toBe(
            plusDays(contractAnniversary(c.dateSignature, l.anneeDepart + 1), -1)
          );
        }
      ),
      { numRuns: 80 }
    );
  });
});

describe("CPTS.VERSEMENTS (aciCashBetween)", () => {
  const window = fc.tuple(
    fc.integer({ min: -60, max: 2000 }),
    fc.integer({ min: 0, max: 900 }),
    fc.integer({ min: 0, max: 900 })
  );

  test("over [a, b] + over [b + 1, c] = over [a, c]", () => {
    fc.assert(
      fc.property(contract, window, (c, [start, first, second]) => {
        const a = plusDays(c.dateSignature, start);
        const b = plusDays(a, first);
        const end = plusDays(b, second + 1);
        expect(cents(aciCashBetween(c, a, b) + aciCashBetween(c, plusDays(b, 1), end))).toBe(
          aciCashBetween(c, a, end)
        );
      }),
      { numRuns: 300 }
    );
  });

  test("the missions add up to the total", () => {
    fc.assert(
      fc.property(contract, window, (c, [start, length]) => {
        const [from, to] = [
          plusDays(c.dateSignature, start),
          plusDays(c.dateSignature, start + length),
        ];
        const missions = MISSIONS.map((mission) => aciCashBetween({ ...c, mission }, from, to));
        expect(cents(missions.reduce((t, v) => t + v, 0))).toBe(aciCashBetween(c, from, to));
      }),
      { numRuns: 300 }
    );
  });

  test("cash never decreases when the variable rate rises", () => {
    fc.assert(
      fc.property(
        contract,
        window,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (c, [start, length], higher) => {
          const [from, to] = [
            plusDays(c.dateSignature, start),
            plusDays(c.dateSignature, start + length),
          ];
          const low = Math.min(c.taux, higher);
          const high = Math.max(c.taux, higher);
          expect(aciCashBetween({ ...c, taux: high }, from, to)).toBeGreaterThanOrEqual(
            aciCashBetween({ ...c, taux: low }, from, to)
          );
        }
      ),
      { numRuns: 300 }
    );
  });

  test("a declared crisis adds, over whole contract years, exactly the survenue amount of each year paid in them, never prorated", () => {
    fc.assert(
      fc.property(
        contract,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        (c, first, years) => {
          // Contract years first .. first + years − 1; the survenue of year k is paid at A_k + lag, inside year k + 1.
          const from = contractAnniversary(c.dateSignature, first - 1);
          const to = plusDays(contractAnniversary(c.dateSignature, first - 1 + years), -1);
          const declared = aciCashBetween({ ...c, crise: true }, from, to);
          const none = aciCashBetween({ ...c, crise: false }, from, to);
          const paidYears = Array.from({ length: years }, (_, i) => first + i - 1).filter(
            (k) => k >= 1
          );
          const majoration = c.taille === 4 && c.membres >= 100 ? 1.1 : 1;
          const survenue = cents(ACI_GRID.envelopes.crise.variable[c.taille - 1] * majoration);
          expect(cents(declared - none)).toBe(cents(survenue * paidYears.length));
        }
      ),
      { numRuns: 300 }
    );
  });
});
