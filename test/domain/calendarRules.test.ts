import { hasFinancementAdditionnel } from "../../src/domain/aci";
import { serialOfIso } from "../../src/domain/dates";
import { additionnelAmount, paidIf, signedBeforeCutoff } from "../../src/domain/rules/calendar";
import { cell, evaluate, evaluateNumber, formula } from "../../src/domain/rules/expr";

describe("the financement additionnel (rules/calendar.ts)", () => {
  it("is the fonctionnement's amount times the rate, to the cent, printed as one ROUND", () => {
    expect(evaluateNumber(additionnelAmount(90000, 0.75))).toBe(67500);
    expect(evaluateNumber(additionnelAmount(0.01, 0.75))).toBe(0.01);
    expect(formula(additionnelAmount(cell("C5", 90000), cell("$D$20", 0.75)))).toBe(
      "ROUND(C5*$D$20,2)"
    );
  });

  it("is paid only for a signature strictly before the cut-off", () => {
    const cutoff = serialOfIso("2022-09-30");
    const due = (iso: string) =>
      evaluateNumber(paidIf(67500, signedBeforeCutoff(serialOfIso(iso), cutoff)));
    expect([due("2022-09-29"), due("2022-09-30"), due("2022-10-01")]).toEqual([67500, 0, 0]);
    expect(formula(signedBeforeCutoff(cell("B3", cutoff - 1), cell("B4", cutoff)))).toBe("B3<B4");
    expect(evaluate(signedBeforeCutoff(cell("B3", cutoff - 1), cell("B4", cutoff)))).toBe(true);
  });

  it("decides the domain's eligibility, none for a signature date not valid", () => {
    expect(hasFinancementAdditionnel("2022-09-29", "2022-09-30")).toBe(true);
    expect(hasFinancementAdditionnel("2022-09-30", "2022-09-30")).toBe(false);
    expect(hasFinancementAdditionnel(undefined)).toBe(false);
    expect(hasFinancementAdditionnel("")).toBe(false);
  });
});
