import fc from "fast-check";
import { aciPaid } from "../../src/domain/aci";
import { computeBudget } from "../../src/domain/budget";
import { contractAnniversary } from "../../src/domain/cashPlan";
import {
  addMonths,
  addYears,
  calendarYearOf,
  dayBefore,
  dayOf,
  daysBetween,
  exercicePeriod,
  frDate,
  frenchMonth,
  frenchMonthName,
  isIsoDate,
  isoOf,
  isoOfSerial,
  monthNumber,
  monthOfSerial,
  monthStart,
  parseCompactDate,
  parseDateText,
  parseDateValue,
  requireDate,
  requireIsoDate,
  serialOfIso,
  wholeMonthsBetween,
} from "../../src/domain/dates";
import { DomainError } from "../../src/domain/errors";
import { inputs } from "../helpers/budgetInputs";

describe("ISO dates: real calendar days from 01/03/1900 to 30/12/9999 only", () => {
  it.each(["2023-02-28", "2024-02-29", "1900-03-01", "9999-12-30", "2000-02-29"])(
    "%s is a date",
    (iso) => {
      expect(isIsoDate(iso)).toBe(true);
      expect(isoOf(requireDate(iso, "d"))).toBe(iso);
    }
  );

  it.each([
    "2023-02-30",
    "2023-02-29",
    "1900-02-29",
    "2100-02-29",
    "2023-04-31",
    "2023-13-01",
    "2023-00-10",
    "2023-01-00",
    "1900-02-28",
    "0050-01-01",
    "9999-12-31",
    "2023-1-5",
    "28/12/2023",
    " 2023-12-28",
    "",
    "constructor",
  ])("%p is refused, in French, with the range", (value) => {
    expect(isIsoDate(value)).toBe(false);
    expect(() => requireIsoDate(value, "date_signature", "Date de signature")).toThrow(
      `Date de signature invalide : « ${value} ». Valeur attendue : une date réelle du 01/03/1900 au 30/12/9999 (AAAA-MM-JJ).`
    );
  });

  it.each([
    [undefined, "vide"],
    [null, "vide"],
    [45288, "45288"],
    [true, "VRAI"],
    [{}, "une valeur non reconnue"],
  ])("%p is no ISO date and is shown as Excel would (%s)", (value, shown) => {
    let error: unknown;
    try {
      requireIsoDate(value, "date_debut");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).argument).toBe("date_debut");
    expect((error as DomainError).message).toBe(
      `Date invalide : ${shown}. Valeur attendue : une date réelle du 01/03/1900 au 30/12/9999 (AAAA-MM-JJ).`
    );
  });

  it("reads text dates in ISO or French order, real days only", () => {
    expect(parseDateText("28/12/2023")).toBe("2023-12-28");
    expect(parseDateText("1/3/2024")).toBe("2024-03-01");
    expect(parseDateText("2024-02-29")).toBe("2024-02-29");
    expect(parseDateText("31/02/2024")).toBeUndefined();
    expect(parseDateText("2023-02-30")).toBeUndefined();
    expect(parseDateText("28-12-2023")).toBeUndefined();
  });

  it("day numbers and ISO strings round-trip", () => {
    expect(dayOf("1970-01-01")).toBe(0);
    expect(dayOf("2025-03-15")).toBe(20162);
    expect(() => dayOf("2023-02-30")).toThrow();
    fc.assert(
      fc.property(fc.integer({ min: dayOf("1900-03-01"), max: dayOf("9999-12-30") }), (day) => {
        expect(dayOf(isoOf(day))).toBe(day);
        expect(isIsoDate(isoOf(day))).toBe(true);
      })
    );
  });
});

describe("Excel serials (1900 system)", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [44833, "2022-09-29"],
    [45288, "2023-12-28"],
    [45351, "2024-02-29"],
    [2958465, "9999-12-31"],
  ])("serial %p is %p and back", (serial, iso) => {
    expect(isoOfSerial(serial)).toBe(iso);
    expect(serialOfIso(iso)).toBe(serial);
  });

  it("the fraction is the time of day; 60 (the phantom 29/02/1900) and out-of-range serials are no date", () => {
    expect(isoOfSerial(45288.75)).toBe("2023-12-28");
    for (const serial of [60, 0, 0.5, -1, 2958466, Number.NaN, Infinity]) {
      expect(isoOfSerial(serial)).toBeUndefined();
    }
  });

  it("a serial's month, or nothing", () => {
    expect(monthOfSerial(45658)).toBe("2025-01");
    expect(monthOfSerial(Number.NaN)).toBe("");
    expect(monthOfSerial(1e12)).toBe("");
  });
});

describe("date arithmetic", () => {
  it.each([
    ["2023-08-31", 6, "2024-02-29"],
    ["2023-08-31", 1, "2023-09-30"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2024-03-31", -1, "2024-02-29"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2024-02-29", 48, "2028-02-29"],
    ["2025-03-15", 0, "2025-03-15"],
    ["2025-11-30", 3, "2026-02-28"],
  ])("EDATE(%s; %p) = %s", (iso, months, expected) => {
    expect(isoOf(addMonths(dayOf(iso), months))).toBe(expected);
  });

  it("adds years as EDATE(date; 12 × n) does", () => {
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2025-03-15", 2)).toBe("2027-03-15");
  });

  it("the day before, and days between", () => {
    expect(dayBefore("2025-03-01")).toBe("2025-02-28");
    expect(dayBefore("2024-03-01")).toBe("2024-02-29");
    expect(dayBefore("2025-01-01")).toBe("2024-12-31");
    expect(daysBetween("2025-01-01", "2025-12-31")).toBe(364);
    expect(daysBetween("2024-03-01", "2024-02-28")).toBe(-2);
  });

  it.each([
    // date, start month, k, start day → first and last day
    ["2025-03-15", 1, 1, 1, "2025-01-01", "2025-12-31"],
    ["2025-03-15", 1, 2, 1, "2026-01-01", "2026-12-31"],
    ["2025-03-15", 7, 1, 1, "2024-07-01", "2025-06-30"],
    ["2025-07-01", 7, 1, 1, "2025-07-01", "2026-06-30"],
    ["2025-03-15", 4, 2, 1, "2025-04-01", "2026-03-31"],
    ["2025-03-15", 3, 1, 16, "2024-03-16", "2025-03-15"],
    ["2025-03-16", 3, 1, 16, "2025-03-16", "2026-03-15"],
    ["2024-02-29", 2, 1, 30, "2024-02-29", "2025-02-27"],
  ])(
    "the exercice of %s starting in month %p, number %p, on day %p: %s to %s",
    (date, month, k, day, debut, fin) => {
      expect(exercicePeriod(date, month, k, day)).toEqual({ debut, fin });
    }
  );

  it("consecutive exercices follow each other without gap", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayOf("1901-01-01"), max: dayOf("9990-12-31") }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (day, month, startDay) => {
          const date = isoOf(day);
          const [e1, e2] = [1, 2].map((k) => exercicePeriod(date, month, k, startDay));
          expect(e1.debut <= date && date <= e1.fin).toBe(true);
          expect(daysBetween(e1.fin, e2.debut)).toBe(1);
          expect(daysBetween(e1.debut, e1.fin)).toBeGreaterThanOrEqual(364);
          expect(daysBetween(e1.debut, e1.fin)).toBeLessThanOrEqual(365);
        }
      )
    );
  });
});

describe("French display", () => {
  it("writes dates and months the French way", () => {
    expect(frDate("2025-03-15")).toBe("15/03/2025");
    expect(frDate(dayOf("2025-03-15"))).toBe("15/03/2025");
    expect(frenchMonth("2025-01")).toBe("janvier 2025");
    expect(frenchMonth("2026-08")).toBe("août 2026");
    expect(frenchMonthName(1)).toBe("janvier");
    expect(frenchMonthName(12)).toBe("décembre");
  });
});

describe("every calculator refuses a bad date the same way", () => {
  const expected = (what: string, value: string) =>
    `${what} invalide : « ${value} ». Valeur attendue : une date réelle du 01/03/1900 au 30/12/9999 (AAAA-MM-JJ).`;

  // 2023-02-30 passed Date.parse in the budget; 9999-12-31 and 1899-12-31 were taken everywhere.
  it.each(["2023-02-30", "9999-12-31", "1899-12-31"])("signature %s", async (date) => {
    expect(() => aciPaid({ taille: 1, annee: 1, mission: "total", dateSignature: date })).toThrow(
      expected("Date", date)
    );
    expect(() => contractAnniversary(date, 1)).toThrow(expected("Date de signature", date));
    await expect(computeBudget(inputs({ dateSignature: date }))).rejects.toThrow(
      expected("Date de signature", date)
    );
  });

  it("the budget's cut-off date of the financement additionnel", async () => {
    await expect(computeBudget(inputs({ dateLimiteAdditionnel: "2022-09-31" }))).rejects.toThrow(
      expected("Date limite du financement additionnel", "2022-09-31")
    );
  });
});

describe("Other text dates and cell values", () => {
  it("reads a FEC's AAAAMMJJ, real days in the range only", () => {
    expect(parseCompactDate("20250131")).toBe("2025-01-31");
    expect(parseCompactDate("20230230")).toBeUndefined();
    expect(parseCompactDate("18991231")).toBeUndefined();
    expect(parseCompactDate("2025-01-31")).toBeUndefined();
  });

  it("keeps text dates in the accepted range", () => {
    expect(parseDateText("1900-02-28")).toBeUndefined();
    expect(parseDateText("31/12/9999")).toBeUndefined();
  });

  it("reads a cell's date: a serial or a text date", () => {
    expect(parseDateValue(45288)).toBe("2023-12-28");
    expect(parseDateValue(" 28/12/2023 ")).toBe("2023-12-28");
    expect(parseDateValue(60)).toBeUndefined();
    expect(parseDateValue(true)).toBeUndefined();
  });
});

describe("Month arithmetic", () => {
  it("numbers months so that their difference counts months", () => {
    expect(monthNumber("2025-03-15") - monthNumber("2024-11")).toBe(4);
    expect(calendarYearOf("2025-03", 9)).toBe(2025);
    expect(calendarYearOf("2025-03", 10)).toBe(2026);
    expect(calendarYearOf("2025-03", -3)).toBe(2024);
    expect(isoOf(monthStart("2025-03-15"))).toBe("2025-03-01");
    expect(isoOf(monthStart("2025-03-15", -36))).toBe("2022-03-01");
  });

  it('counts whole months as DATEDIF(…, "m")', () => {
    expect(wholeMonthsBetween("2025-03-15", "2025-04-14")).toBe(0);
    expect(wholeMonthsBetween("2025-03-15", "2025-04-15")).toBe(1);
    expect(wholeMonthsBetween("2025-01-31", "2026-02-28")).toBe(12);
    expect(wholeMonthsBetween("2025-03-01", "2025-03-01")).toBe(0);
  });

  it("agrees with addMonths on days that every month has", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 120 }),
        (y, m, d, n) => {
          const from = isoOf(Date.UTC(y, m - 1, d) / 86_400_000);
          expect(wholeMonthsBetween(from, isoOf(addMonths(dayOf(from), n)))).toBe(n);
          expect(wholeMonthsBetween(from, isoOf(addMonths(dayOf(from), n) - 1))).toBe(n - 1);
        }
      )
    );
  });
});
