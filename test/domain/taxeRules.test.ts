import fc from "fast-check";
import { evaluateNumber } from "../../src/domain/rules/expr";
import {
  calendarYearFrom,
  calendarYearTo,
  monthsWorked,
  taxeDue,
} from "../../src/domain/rules/taxe";

describe("the taxe sur les salaires per calendar year (rules/taxe.ts)", () => {
  it("counts a post's months in a calendar year as a month-by-month count does", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 35 }),
        fc.integer({ min: 1, max: 36 }),
        (signatureMonth, c, debut, duree) => {
          const from = evaluateNumber(calendarYearFrom(c, signatureMonth));
          const to = evaluateNumber(calendarYearTo(c, signatureMonth));
          // Plan month n (1 = the signature month) is in calendar year c when its month of the year count says so.
          const inYear = (n: number) => Math.floor((signatureMonth - 1 + n - 1) / 12) === c;
          let counted = 0;
          for (let n = 1; n <= 12 * 5; n++)
            if (inYear(n) && n > debut && n <= debut + duree) counted++;
          expect(evaluateNumber(monthsWorked(debut, duree, from, to))).toBe(counted);
        }
      )
    );
  });

  it("takes the allowance off, never below zero", () => {
    expect(evaluateNumber(taxeDue(1500.456, 1000))).toBe(500.46);
    expect(evaluateNumber(taxeDue(800, 1000))).toBe(0);
  });
});
