import { cotisations } from "../../src/domain/rules/cotisations";
import { cell, evaluateNumber, formula } from "../../src/domain/rules/expr";

describe("the members' dues (rules/cotisations.ts)", () => {
  it("are the members times each one's due, to the cent", () => {
    expect(evaluateNumber(cotisations(120, 25))).toBe(3000);
    expect(evaluateNumber(cotisations(3, 33.335))).toBe(100.01);
    expect(evaluateNumber(cotisations(0, 50))).toBe(0);
  });

  it("print as one ROUND over the Paramètres' cells", () => {
    expect(formula(cotisations(cell("Membres", 120), cell("Cotisation", 25)))).toBe(
      "ROUND(Membres*Cotisation,2)"
    );
  });
});
