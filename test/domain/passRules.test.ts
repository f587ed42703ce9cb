import fc from "fast-check";
import { evaluateNumber, formula, cell } from "../../src/domain/rules/expr";
import { calendarYearAmount, monthsInCalendarYear } from "../../src/domain/rules/pass";

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
});
