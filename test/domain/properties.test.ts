import fc from "fast-check";
import { aciAllocated, aciPaid } from "../../src/domain/aci";
import {
  directHireCost,
  freelanceCost,
  geBilling,
  geCost,
  taxeSalaires,
} from "../../src/domain/coordinator";
import { MISSIONS } from "../../src/domain/data/aciGrid";
import { SYNTEC_GRIDS } from "../../src/domain/data/syntecGrid";
import { TAXE_SALAIRES_YEARS } from "../../src/domain/data/taxeSalaires";
import { gradeOf } from "../../src/domain/salary";

/** Two amounts equal to the cent: at most half a cent apart, the rounding of one side. */
const expectSameCents = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.0051);

const isoDate = fc
  .date({
    min: new Date("2019-01-01T00:00:00Z"),
    max: new Date("2030-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const contract = fc
  .record({
    taille: fc.integer({ min: 1, max: 4 }),
    annee: fc.integer({ min: 1, max: 10 }),
    taux: fc.double({ min: 0, max: 1, noNaN: true }),
    crise: fc.boolean(),
    membres: fc.integer({ min: 0, max: 500 }),
    dateSignature: isoDate,
    // A year after the 5th is a renewed contract's: CPTS.ACI refuses it otherwise.
  })
  .map((c) => ({ ...c, renouvellement: c.annee > 5 }));

describe("ACI", () => {
  test("the total is the sum of the missions, and each mission's total its fixed plus its variable part", () => {
    fc.assert(
      fc.property(contract, (c) => {
        for (const view of [aciPaid, aciAllocated]) {
          const of = (mission: string, volet = "total") => view({ ...c, mission, volet });
          expectSameCents(
            of("total"),
            MISSIONS.reduce((sum, m) => sum + of(m), 0)
          );
          for (const m of MISSIONS) expectSameCents(of(m), of(m, "fixe") + of(m, "variable"));
        }
      }),
      { numRuns: 300 }
    );
  });

  test("a higher variable rate, a bigger taille or more members never lowers what the ACI pays", () => {
    fc.assert(
      fc.property(contract, fc.double({ min: 0, max: 1, noNaN: true }), (c, other) => {
        const paid = (changes: Partial<typeof c>) =>
          aciPaid({ ...c, ...changes, mission: "total", volet: "total" });
        const [low, high] = [Math.min(c.taux, other), Math.max(c.taux, other)];
        expect(paid({ taux: high })).toBeGreaterThanOrEqual(paid({ taux: low }));
        if (c.taille < 4) expect(paid({ taille: c.taille + 1 })).toBeGreaterThan(paid({}));
        expect(paid({ membres: c.membres + 100 })).toBeGreaterThanOrEqual(paid({}));
      }),
      { numRuns: 300 }
    );
  });
});

const etp = fc.double({ min: 0.05, max: 1, noNaN: true });
const brut = fc.double({ min: 1, max: 50000, noNaN: true });
const mois = fc.integer({ min: 1, max: 60 });

describe("coordinator, synchronous parts", () => {
  test("freelanceCost is the day rate times the days, to the cent", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 5000, noNaN: true }),
        fc.double({ min: 0.01, max: 366, noNaN: true }),
        (rate, days) => expectSameCents(freelanceCost(rate, days), rate * days)
      )
    );
  });

  test("taxeSalaires: due is what the bands give above the allowance, and never falls as pay rises", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.constantFrom(...TAXE_SALAIRES_YEARS),
        (pay, raise, year) => {
          const tax = taxeSalaires(pay, year);
          expectSameCents(tax.due, Math.max(0, tax.brute - tax.abattement));
          expect(taxeSalaires(pay + raise, year).due).toBeGreaterThanOrEqual(tax.due);
        }
      )
    );
  });

  test("geBilling: set-up, one invoice a month (fees + employer cost), end fee", () => {
    fc.assert(
      fc.property(
        brut,
        fc.double({ min: 0, max: 100000, noNaN: true }),
        mois,
        (gross, cost, months) => {
          const ge = geBilling(gross, cost, months);
          expectSameCents(
            ge.factureMensuelle,
            ge.fraisGestionMensuels + ge.fraisPaieMensuels + cost
          );
          expectSameCents(
            ge.total,
            ge.fraisMiseEnPlace + months * ge.factureMensuelle + ge.fraisFin
          );
        }
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
  test("geCost: the invoices add up, and more working time costs more", async () => {
    await fc.assert(
      fc.asyncProperty(grade, etp, etp, mois, async (g, e1, e2, m) => {
        const [low, high] = await Promise.all(
          [Math.min(e1, e2), Math.max(e1, e2)].map((e) => geCost({ ...g, etp: e, mois: m }))
        );
        expectSameCents(low.total, low.fraisMiseEnPlace + m * low.factureMensuelle + low.fraisFin);
        expect(high.total).toBeGreaterThanOrEqual(low.total);
      }),
      { numRuns: 30 }
    );
  });

  test("directHireCost: employer cost over the months plus the taxe sur les salaires; a higher gross costs more", async () => {
    await fc.assert(
      fc.asyncProperty(brut, brut, etp, mois, fc.boolean(), async (b1, b2, e, m, cadre) => {
        const [low, high] = await Promise.all(
          [Math.min(b1, b2), Math.max(b1, b2)].map((b) =>
            directHireCost({ brutMensuel: b, etp: e, mois: m, cadre })
          )
        );
        expectSameCents(low.total, low.coutEmployeur + low.taxeSalaires);
        expectSameCents(low.coutEmployeur, low.coutEmployeurMensuel * m);
        expect(high.total).toBeGreaterThanOrEqual(low.total);
      }),
      { numRuns: 30 }
    );
  });
});
