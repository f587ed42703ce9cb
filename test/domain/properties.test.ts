import fc from "fast-check";
import { aciAllocated, aciPaid } from "../../src/domain/aci";
import {
  directHireCost,
  freelanceCost,
  geBilling,
  geCost,
  taxeSalaires,
} from "../../src/domain/coordinator";
import { MISSION_LABELS, MISSIONS } from "../../src/domain/data/aciGrid";
import { SYNTEC_GRIDS } from "../../src/domain/data/syntecGrid";
import { TAXE_SALAIRES_YEARS } from "../../src/domain/data/taxeSalaires";
import { gradeOf } from "../../src/domain/salary";

/** A finite, non-negative amount that is a whole number of cents. */
function expectAmount(amount: number): void {
  expect(Number.isFinite(amount)).toBe(true);
  expect(amount).toBeGreaterThanOrEqual(0);
  expect(Math.round(amount * 100) / 100).toBe(amount);
}

const expectAmounts = (record: object) =>
  Object.values(record)
    .filter((v): v is number => typeof v === "number")
    .forEach(expectAmount);

const isoDate = fc
  .date({
    min: new Date("2019-01-01T00:00:00Z"),
    max: new Date("2030-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const aciQuery = fc.record(
  {
    taille: fc.integer({ min: 1, max: 4 }),
    annee: fc.integer({ min: 1, max: 10 }),
    mission: fc.constantFrom(...MISSIONS, ...Object.values(MISSION_LABELS), "socle", "total"),
    volet: fc.constantFrom("fixe", "variable", "total"),
    taux: fc.double({ min: 0, max: 1, noNaN: true }),
    crise: fc.boolean(),
    membres: fc.integer({ min: 0, max: 500 }),
    dateSignature: isoDate,
  },
  { requiredKeys: ["taille", "annee", "mission"] }
);

describe("ACI", () => {
  test("aciPaid and aciAllocated are whole cents, never negative", () => {
    fc.assert(
      fc.property(aciQuery, (query) => {
        expectAmount(aciPaid(query));
        expectAmount(aciAllocated(query));
      }),
      { numRuns: 1000 }
    );
  });
});

const etp = fc.double({ min: 0.01, max: 1, noNaN: true });
const brut = fc.double({ min: 1, max: 50000, noNaN: true });
const mois = fc.integer({ min: 1, max: 60 });

describe("coordinator, synchronous parts", () => {
  test("freelanceCost", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 5000, noNaN: true }),
        fc.double({ min: 0.01, max: 400, noNaN: true }),
        (rate, days) => expectAmount(freelanceCost(rate, days))
      )
    );
  });

  test("taxeSalaires: due is between 0 and the tax before the allowance", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.constantFrom(...TAXE_SALAIRES_YEARS),
        (pay, year) => {
          const tax = taxeSalaires(pay, year);
          expectAmounts(tax);
          expect(tax.due).toBeLessThanOrEqual(tax.brute);
        }
      )
    );
  });

  test("geBilling", () => {
    fc.assert(
      fc.property(
        brut,
        fc.double({ min: 0, max: 100000, noNaN: true }),
        mois,
        (gross, cost, months) => expectAmounts(geBilling(gross, cost, months))
      )
    );
  });
});

/** A coefficient of a grid year, with forfait jours only where the agreement allows it (IC position 3). */
const grade = fc
  .constantFrom(...SYNTEC_GRIDS)
  .chain((grid) =>
    fc.record({
      anneeGrille: fc.integer({ min: grid.fromYear, max: grid.fromYear + 2 }),
      coef: fc.constantFrom(...Object.keys(grid.minimums).map(Number)),
      forfaitJours: fc.boolean(),
    })
  )
  .map((g) => {
    const { category, position } = gradeOf(g.coef)!;
    return { ...g, forfaitJours: g.forfaitJours && category === "IC" && position >= "3" };
  });

describe("coordinator, with the payroll engine", () => {
  test("geCost", async () => {
    await fc.assert(
      fc.asyncProperty(grade, etp, mois, async (g, e, m) => {
        const ge = await geCost({ ...g, etp: e, mois: m });
        expectAmounts(ge);
        expect(ge.total).toBeGreaterThan(ge.fraisMiseEnPlace + ge.fraisFin);
      }),
      { numRuns: 30 }
    );
  });

  test("directHireCost", async () => {
    await fc.assert(
      fc.asyncProperty(brut, etp, mois, fc.boolean(), async (b, e, m, cadre) => {
        const hire = await directHireCost({ brutMensuel: b, etp: e, mois: m, cadre });
        expectAmounts(hire);
        expect(hire.total).toBeGreaterThanOrEqual(hire.coutEmployeur);
      }),
      { numRuns: 30 }
    );
  });
});
