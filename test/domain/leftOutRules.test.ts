// The funding lines left out of the 153 000 € test: one rule, evaluated by the model and printed in Contrôles.
import { leftOutLabel, leftOutLabels } from "../../src/domain/rules/cac";
import { add, cell, concat, eq, evaluate, formula, mid, mul } from "../../src/domain/rules/expr";
import { checkThreshold } from "../../src/domain/threshold";

describe("texts in the rules: & and MID", () => {
  test("& binds looser than + and tighter than a comparison, as in Excel", () => {
    expect(formula(concat("a", add(1, 2)))).toBe('"a"&1+2');
    expect(formula(mul(concat("a", "b"), 2))).toBe('("a"&"b")*2');
    expect(formula(eq(concat("a", "b"), "ab"))).toBe('"a"&"b"="ab"');
    expect(evaluate(eq(concat("a", "b"), "ab"))).toBe(true);
    expect(evaluate(concat(concat("x", 1.5), true))).toBe("x1.5TRUE");
  });

  test("MID counts from 1 and stops at the text's end", () => {
    expect(evaluate(mid("ABCDE", 2, 3))).toBe("BCD");
    expect(evaluate(mid("ABCDE", 3, 32767))).toBe("CDE");
    expect(evaluate(mid("", 3, 32767))).toBe("");
    expect(formula(mid(cell("A1", "x"), 3, 32767))).toBe("MID(A1,3,32767)");
  });
});

describe("the lines left out of the test", () => {
  const line = (label: string, amount: number, subventionPublique: boolean) => ({
    label,
    kind: "autre" as const,
    amount,
    subventionPublique,
  });

  test("a line not public with an amount is named; public or at 0 €, it is not", () => {
    const check = checkThreshold([
      line("ACI (Assurance Maladie)", 140000, false),
      line("Mécénat, fondation", 2000, false),
      line("Don à 0 €", 0, false),
      line("ARS (FIR)", 10000, true),
    ]);
    expect(check.excluded).toBe("ACI (Assurance Maladie), Mécénat, fondation");
    expect(check.counted).toBe(10000);
    expect(checkThreshold([line("ARS (FIR)", 10000, true)]).excluded).toBe("");
    expect(checkThreshold([]).excluded).toBe("");
  });

  test("printed over the Paramètres cells: labels joined from the sheet, the first separator dropped", () => {
    const rule = leftOutLabels([
      leftOutLabel(
        eq(cell("P!$B$9", "non"), "oui"),
        cell("B!$C$20", 140000),
        "ACI (Assurance Maladie)"
      ),
      leftOutLabel(
        eq(cell("P!$D$40", "oui"), "oui"),
        cell("P!$B$40", 500),
        cell("P!$A$40", "Région")
      ),
    ]);
    expect(formula(rule)).toBe(
      'MID(IF(AND(NOT(P!$B$9="oui"),B!$C$20>0),", "&"ACI (Assurance Maladie)","")&IF(AND(NOT(P!$D$40="oui"),P!$B$40>0),", "&P!$A$40,""),3,32767)'
    );
    expect(evaluate(rule)).toBe("ACI (Assurance Maladie)");
  });
});
