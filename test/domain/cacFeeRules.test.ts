// The CAC fee missing: one rule, applied by the pane's failed checks and printed in the Contrôles' verdict.
import { feeMissing } from "../../src/domain/rules/cac";
import { cell, evaluate, formula, iff, or } from "../../src/domain/rules/expr";

describe("the CAC fee missing (rules/cac.ts)", () => {
  test("fails only a year that carries the fee with none budgeted", () => {
    expect(evaluate(feeMissing(true, 0))).toBe(true);
    expect(evaluate(feeMissing(true, 4500))).toBe(false);
    expect(evaluate(feeMissing(false, 0))).toBe(false);
  });

  test("prints as the Contrôles' verdict over either year, evaluated for its expected sentence", () => {
    const verdict = iff(
      or(
        feeMissing(cell("B30", false), cell("B31", 0)),
        feeMissing(cell("C30", true), cell("C31", 0))
      ),
      "à inscrire",
      "inscrits"
    );
    expect(formula(verdict)).toBe('IF(OR(AND(B30,B31=0),AND(C30,C31=0)),"à inscrire","inscrits")');
    expect(evaluate(verdict)).toBe("à inscrire");
  });
});
