import { DomainError } from "../../src/domain/errors";
import {
  isBlank,
  optional,
  optionalDate,
  optionalFlag,
  optionalNonZero,
  required,
  requiredDate,
  toIsoDate,
} from "../../src/functions/arguments";

describe("empty arguments", () => {
  it.each([null, undefined, "", "   "])("%p is blank", (value) => {
    expect(isBlank(value)).toBe(true);
  });

  it.each([0, false, "0", "fixe"])("%p is not blank", (value) => {
    expect(isBlank(value)).toBe(false);
  });

  it("a required argument that is missing names it in French", () => {
    for (const value of [null, undefined, ""]) {
      expect(() => required(value, "taille")).toThrow(
        new DomainError("Argument manquant : taille.", "taille")
      );
    }
    expect(required(0, "subventions")).toBe(0);
  });

  it("optional keeps 0, optionalNonZero turns it into the default", () => {
    expect([null, "", 0, 0.5].map(optional)).toEqual([undefined, undefined, 0, 0.5]);
    expect([null, "", 0, 2024, "variable"].map(optionalNonZero)).toEqual([
      undefined,
      undefined,
      undefined,
      2024,
      "variable",
    ]);
  });
});

describe("yes/no arguments", () => {
  it.each([
    [null, undefined],
    ["", undefined],
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ["VRAI", true],
    ["faux", false],
    [" oui ", true],
    ["Non", false],
    ["TRUE", true],
  ])("%p → %p", (value, flag) => {
    expect(optionalFlag(value, "cadre", "Statut cadre")).toBe(flag);
  });

  it.each([2, "peut-être", -1])("%p is refused in French", (value) => {
    expect(() => optionalFlag(value, "cadre", "Statut cadre")).toThrow(
      /^Statut cadre invalide : .*Valeur attendue : VRAI ou FAUX\.$/
    );
  });
});

describe("dates", () => {
  it.each([
    [61, "1900-03-01"],
    [44833, "2022-09-29"],
    [45288, "2023-12-28"],
    [45288.75, "2023-12-28"],
    [45351, "2024-02-29"],
    [2958464, "9999-12-30"],
  ])("Excel serial %p is %p", (serial, iso) => {
    expect(toIsoDate(serial, "date_signature")).toBe(iso);
  });

  it.each([
    ["2023-12-28", "2023-12-28"],
    [" 28/12/2023 ", "2023-12-28"],
    ["1/3/2024", "2024-03-01"],
    ["29/02/2024", "2024-02-29"],
  ])("text %p is %p", (text, iso) => {
    expect(toIsoDate(text, "date_signature")).toBe(iso);
  });

  it.each([
    1, // 1900-01-01: before 1 March 1900, Excel's serials are off by one
    59,
    60,
    2958465, // 9999-12-31
    0,
    -1,
    2958466,
    Number.NaN,
    "31/02/2024",
    "2023-13-01",
    "28-12-2023",
    "01/01/1900",
    "demain",
    true,
  ])("%p is not a date", (value) => {
    expect(() => toIsoDate(value, "date_debut")).toThrow(
      /^Date invalide : .*\. Valeur attendue : une date réelle du 01\/03\/1900 au 30\/12\/9999 \(ex\. 28\/12\/2023\)\.$/
    );
  });

  it("shows the refused value as Excel does", () => {
    expect(() => toIsoDate(true, "d")).toThrow(/^Date invalide : VRAI\./);
    expect(() => toIsoDate(0.5, "d")).toThrow(/^Date invalide : 0,5\./);
    expect(() => toIsoDate(Number.NaN, "d")).toThrow(/^Date invalide : #NOMBRE!\./);
  });

  it("the error names the argument", () => {
    expect.assertions(1);
    try {
      toIsoDate("x", "date_fin");
    } catch (error) {
      expect((error as DomainError).argument).toBe("date_fin");
    }
  });

  it("a required date left empty (null, '' or 0 from an empty cell) is missing", () => {
    for (const value of [null, "", 0]) {
      expect(() => requiredDate(value, "date_debut")).toThrow("Argument manquant : date_debut.");
    }
  });

  it("an optional date left empty is undefined", () => {
    expect([null, "", 0].map((v) => optionalDate(v, "date_signature"))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(optionalDate(45288, "date_signature")).toBe("2023-12-28");
  });
});
