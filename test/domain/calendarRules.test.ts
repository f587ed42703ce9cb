import fc from "fast-check";
import { hasFinancementAdditionnel } from "../../src/domain/aci";
import { addMonths, dayOf, isoOf, isoOfSerial, serialOfIso } from "../../src/domain/dates";
import {
  additionnelAmount,
  anniversary,
  dueDate,
  paidIf,
  signedBeforeCutoff,
  yearAmount,
  type YearAmountArgs,
} from "../../src/domain/rules/calendar";
import { cell, edate, evaluate, evaluateNumber, formula } from "../../src/domain/rules/expr";

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

describe("EDATE and the payment date (rules/expr.ts, rules/calendar.ts)", () => {
  it("EDATE keeps the day, or falls back to the month's last day, as Excel does", () => {
    const at = (date: string, months: number) =>
      isoOfSerial(evaluateNumber(edate(serialOfIso(date), months)));
    expect(at("2024-01-31", 1)).toBe("2024-02-29");
    expect(at("2024-02-29", 12)).toBe("2025-02-28");
    expect(at("2023-03-31", -1)).toBe("2023-02-28");
    expect(at("1900-03-01", 0)).toBe("1900-03-01");
    expect(() => evaluate(edate(60, 1))).toThrow("Not a date serial");
  });

  it("pays what falls due at the k-th anniversary after the lag: EDATE(EDATE(S,12k),lag)", () => {
    const s = cell("Signature", serialOfIso("2024-02-29"));
    expect(formula(dueDate(s, 1, cell("Delai", 2)))).toBe("EDATE(EDATE(Signature,12*1),Delai)");
    expect(isoOfSerial(evaluateNumber(dueDate(s, 1, 2)))).toBe("2025-04-28");
    expect(isoOfSerial(evaluateNumber(anniversary(s, 4)))).toBe("2028-02-29");
  });

  it("gives the cash plan's date for every signature, year and lag", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2019-06-20"), max: new Date("2035-12-31"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 11 }),
        (d, k, lag) => {
          const day = dayOf(d.toISOString().slice(0, 10));
          const due = evaluateNumber(dueDate(serialOfIso(isoOf(day)), k, lag));
          expect(isoOfSerial(due)).toBe(isoOf(addMonths(addMonths(day, 12 * k), lag)));
        }
      )
    );
  });
});

describe("a mission's part for a contract year (rules/calendar.ts yearAmount)", () => {
  const args: YearAmountArgs = {
    amount: 10000,
    majoration: 1.1,
    prorata: 0.5,
    rate: 0.5,
    declared: true,
    contracted: false,
    inContract: false,
  };
  const value = (m: Parameters<typeof yearAmount>[0], k: number, part: "fixe" | "variable") =>
    evaluateNumber(yearAmount(m, k, part, args));

  it("prorates year 1, majorates, pays an optional mission only when contracted", () => {
    expect([
      value("acces", 1, "fixe"),
      value("acces", 2, "fixe"),
      value("acces", 2, "variable"),
    ]).toEqual([5500, 11000, 5500]);
    expect(value("qualite", 2, "fixe")).toBe(0);
    expect(evaluateNumber(yearAmount("qualite", 2, "fixe", { ...args, contracted: true }))).toBe(
      11000
    );
  });

  it("pays fonctionnement as the scale gives it, a crisis whole when declared, nothing after the contract", () => {
    expect([value("fonctionnement", 1, "fixe"), value("fonctionnement", 1, "variable")]).toEqual([
      10000, 0,
    ]);
    expect([value("crise", 1, "fixe"), value("crise", 2, "variable")]).toEqual([5500, 11000]);
    expect([value("acces", 6, "fixe"), value("fonctionnement", 6, "fixe")]).toEqual([0, 0]);
    expect(evaluateNumber(yearAmount("acces", 6, "fixe", { ...args, inContract: true }))).toBe(
      11000
    );
  });

  it("prints over the cells, the contract's end only after its last year", () => {
    const cells: YearAmountArgs = {
      amount: cell("Fixe", 10000),
      majoration: cell("Maj", 1),
      prorata: cell("Prorata", 0.5),
      rate: cell("Taux", 0.5),
      declared: cell("Crise", false),
      contracted: cell("Optionnelles", true),
      inContract: cell("Paye", true),
    };
    expect(formula(yearAmount("acces", 1, "fixe", cells))).toBe("ROUND(Prorata*Maj*Fixe,2)");
    expect(formula(yearAmount("acces", 6, "variable", cells))).toBe(
      "ROUND(Maj*Fixe*Taux,2)*IF(Paye,1,0)"
    );
    expect(formula(yearAmount("qualite", 2, "fixe", cells))).toBe(
      "ROUND(Maj*Fixe,2)*IF(Optionnelles,1,0)"
    );
  });
});
