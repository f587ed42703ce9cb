import fc from "fast-check";
import { serialOfIso } from "../../src/domain/dates";
import { add, evaluate, evaluateNumber, formula, cell, yearOf } from "../../src/domain/rules/expr";
import {
  calendarYearAmount,
  countsForContractYear,
  monthsInCalendarYear,
  passExceeded,
} from "../../src/domain/rules/pass";

describe("the PASS per calendar year (rules/pass.ts)", () => {
  it("splits a contract year's 12 months among the calendar years it touches", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2019, max: 2040 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const first = 12 * y + m;
        const months = [y - 1, y, y + 1, y + 2].map((c) =>
          evaluateNumber(monthsInCalendarYear(first, c))
        );
        expect(months).toEqual([0, 13 - m, m - 1, 0]);
      })
    );
  });

  it("gives a calendar year a twelfth of each contract year's amount per month of it, to the cent", () => {
    expect(evaluateNumber(calendarYearAmount(10, 12000, 2, 6000))).toBe(11000);
    expect(evaluateNumber(calendarYearAmount(1, 100, 0, 0))).toBe(8.33);
    expect(formula(calendarYearAmount(cell("B5", 1), cell("$B$2", 100), cell("B6", 0), 0))).toBe(
      "ROUND(B5*$B$2/12+B6*0/12,2)"
    );
  });

  it("counts a calendar year for a contract year it overlaps and that receives some of the months", () => {
    const [du, au] = [serialOfIso("2025-03-01"), serialOfIso("2026-02-28")];
    expect(evaluate(yearOf(du))).toBe(2025);
    const counts = (year: number, months: number) =>
      evaluate(countsForContractYear(year, du, au, months));
    expect([counts(2024, 2), counts(2025, 10), counts(2026, 12), counts(2027, 2)]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(counts(2026, 0)).toBe(false);
    const rule = countsForContractYear(
      cell("B40", 2025),
      cell("Debut", du),
      cell("Fin", au),
      add(cell("B41", 10), cell("B42", 0))
    );
    expect(formula(rule)).toBe("AND(B40>=YEAR(Debut),B40<=YEAR(Fin),B41+B42>0)");
    expect(evaluate(rule)).toBe(true);
  });

  it("flags a professional paid strictly above the PASS", () => {
    expect([47100, 47100.01].map((x) => evaluate(passExceeded(x, 47100)))).toEqual([false, true]);
    expect(formula(passExceeded(cell("B60", 0), cell("B59", 47100)))).toBe("B60>B59");
  });
});
