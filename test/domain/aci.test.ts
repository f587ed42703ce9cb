import { aciAllocated, aciLine, aciPaid } from "../../src/domain/aci";
import { DomainError } from "../../src/domain/errors";

type Row = [number, number, number, number, number, number, number, number, number];
/**
 * The seed's four tables (002_2879e654481c2293.txt), cell by cell:
 * fonctionnement, accès, parcours, prévention, crise, total socle, qualité, accompagnement, total with optionals.
 */
const SEED: Record<
  number,
  { annee1: Row; annee2: Row; variableMax: number[]; survenue: number; totalVariable100: number }
> = {
  1: {
    annee1: [50000, 41250, 18750, 7500, 25000, 142500, 5625, 3750, 151875],
    annee2: [37500, 55000, 25000, 10000, 12500, 140000, 7500, 5000, 152500],
    variableMax: [25000, 25000, 10000, 7500, 5000],
    survenue: 37500,
    totalVariable100: 237500,
  },
  2: {
    // The seed prints 3 750 for accompagnement in année 1: a misprint (FACTS.md §2). 75 % of 7 500 is 5 625,
    // and the seed's own total (196 250 = 185 000 + 7 500 + 3 750) carries the misprint: 5 625 gives 198 125.
    annee1: [60000, 52500, 26250, 11250, 35000, 185000, 7500, 5625, 198125],
    annee2: [45000, 70000, 35000, 15000, 17500, 182500, 10000, 7500, 200000],
    variableMax: [30000, 35000, 15000, 10000, 7500],
    survenue: 52500,
    totalVariable100: 315000,
  },
  3: {
    annee1: [75000, 67500, 33750, 13125, 45000, 234375, 11250, 7500, 253125],
    annee2: [56250, 90000, 45000, 17500, 22500, 231250, 15000, 10000, 256250],
    variableMax: [35000, 45000, 17500, 15000, 10000],
    survenue: 67500,
    totalVariable100: 396250,
  },
  4: {
    annee1: [90000, 82500, 37500, 15000, 50000, 275000, 15000, 11250, 301250],
    annee2: [67500, 110000, 50000, 20000, 25000, 272500, 20000, 15000, 307500],
    variableMax: [45000, 50000, 20000, 20000, 15000],
    survenue: 75000,
    totalVariable100: 462500,
  },
};

const COLUMNS = [
  "fonctionnement",
  "acces",
  "parcours",
  "prevention",
  "crise",
  "socle",
  "qualite",
  "accompagnement",
  "total",
];

describe("aciPaid reproduces the seed's tables", () => {
  for (const [taille, table] of Object.entries(SEED)) {
    for (const [annee, row] of [
      [1, table.annee1],
      [2, table.annee2],
    ] as const) {
      test.each(COLUMNS.map((c, i) => [c, row[i]]))(
        `T${taille} année ${annee} %s = %d`,
        (mission, expected) => {
          expect(aciPaid({ taille: Number(taille), annee, mission: mission as string })).toBe(
            expected
          );
        }
      );
    }
    test(`T${taille} "volet variable jusqu'à" rows`, () => {
      const missions = ["acces", "parcours", "prevention", "qualite", "accompagnement"];
      missions.forEach((mission, i) =>
        expect(aciPaid({ taille: Number(taille), annee: 2, mission, volet: "variable" })).toBe(
          table.variableMax[i]
        )
      );
      expect(
        aciPaid({ taille: Number(taille), annee: 2, mission: "crise", volet: "variable" })
      ).toBe(table.survenue);
    });
    test(`T${taille} "TOTAL avec volet variable 100 %"`, () => {
      expect(
        aciPaid({ taille: Number(taille), annee: 2, mission: "socle", volet: "total", taux: 1 })
      ).toBe(table.totalVariable100);
    });
  }

  test("T4's second 'TOTAL avec volet variable 100 %' (497 500) is the fixed total with optionals plus the socle variable parts", () => {
    // The seed adds the optional missions' fixed parts but not their variable parts in this cell.
    const fixedWithOptionals = aciPaid({ taille: 4, annee: 2, mission: "total" });
    const socleVariable = aciPaid({ taille: 4, annee: 2, mission: "socle", volet: "variable" });
    expect(fixedWithOptionals + socleVariable).toBe(497500);
  });

  test("the yearly maxima of FACTS.md §1 (allocated, crisis year, plan drafted, variable at 100 %)", () => {
    expect(
      [1, 2, 3, 4].map((taille) =>
        aciAllocated({ taille, annee: 1, mission: "total", volet: "total" })
      )
    ).toEqual([287500, 382500, 487500, 580000]);
  });
});

describe("later years, rates and options", () => {
  test("year 3 and after is the steady state: everything in full, crisis plan update", () => {
    for (const annee of [3, 4, 5, 6, 10]) {
      const renouvellement = annee > 5;
      const paid = (mission: string) => aciPaid({ taille: 1, annee, mission, renouvellement });
      expect(paid("fonctionnement")).toBe(50000);
      expect(paid("acces")).toBe(55000);
      expect(paid("crise")).toBe(12500);
      expect(paid("socle")).toBe(152500);
    }
  });

  test("the contract lasts 5 years: a later year needs renouvellement, in a French message", () => {
    expect(() => aciPaid({ taille: 1, annee: 6, mission: "socle" })).toThrow(
      "Année de contrat invalide : 6. Le contrat ACI dure 5 ans (valeur attendue : 1 à 5) ; un contrat renouvelé est un nouveau contrat : indiquez VRAI pour l'argument renouvellement (même barème supposé)."
    );
    expect(aciPaid({ taille: 1, annee: 5, mission: "socle", renouvellement: false })).toBe(152500);
  });

  test("the variable part at a rate, paid from year 2, nothing in year 1", () => {
    expect(aciPaid({ taille: 3, annee: 2, mission: "acces", volet: "variable", taux: 0.5 })).toBe(
      17500
    );
    expect(aciPaid({ taille: 3, annee: 1, mission: "acces", volet: "variable", taux: 1 })).toBe(0);
    expect(aciPaid({ taille: 3, annee: 3, mission: "acces", volet: "total", taux: 0.8 })).toBe(
      90000 + 28000
    );
    expect(
      aciAllocated({ taille: 3, annee: 1, mission: "acces", volet: "variable", taux: 0.8 })
    ).toBe(28000);
  });

  test("crisis survenue only when declared, whatever the rate", () => {
    expect(
      aciPaid({ taille: 2, annee: 2, mission: "crise", volet: "variable", taux: 0.5, crise: false })
    ).toBe(0);
    expect(
      aciPaid({ taille: 2, annee: 2, mission: "crise", volet: "variable", taux: 0, crise: true })
    ).toBe(52500);
    expect(aciPaid({ taille: 2, annee: 2, mission: "crise", volet: "variable", taux: 0 })).toBe(0);
    // Unset, the crisis counts as declared only at rate 1 (the seed's totals): never a fraction of a crisis.
    expect(aciPaid({ taille: 2, annee: 2, mission: "crise", volet: "variable", taux: 0.8 })).toBe(
      0
    );
    expect(aciPaid({ taille: 2, annee: 2, mission: "crise", volet: "variable" })).toBe(52500);
  });

  test("taille 4 majoration: +10 % on missions from 100 members, not on fonctionnement", () => {
    expect(aciPaid({ taille: 4, annee: 2, mission: "acces", membres: 100 })).toBe(121000);
    expect(aciPaid({ taille: 4, annee: 2, mission: "acces", membres: 99 })).toBe(110000);
    expect(
      aciPaid({ taille: 4, annee: 2, mission: "acces", volet: "variable", membres: 150 })
    ).toBe(49500);
    expect(aciPaid({ taille: 4, annee: 1, mission: "fonctionnement", membres: 150 })).toBe(90000);
    expect(aciPaid({ taille: 3, annee: 2, mission: "acces", membres: 500 })).toBe(90000);
    // Année 1 socle: 90 000 + 1.1 × (82 500 + 37 500 + 15 000 + 50 000)
    expect(aciPaid({ taille: 4, annee: 1, mission: "socle", membres: 120 })).toBe(293500);
  });

  test("financement additionnel: +75 % of fonctionnement in year 1 when signed before the cut-off", () => {
    expect(
      aciPaid({ taille: 1, annee: 1, mission: "fonctionnement", dateSignature: "2022-06-15" })
    ).toBe(87500);
    expect(
      aciPaid({ taille: 4, annee: 1, mission: "fonctionnement", dateSignature: "2022-09-29" })
    ).toBe(157500);
    expect(
      aciPaid({ taille: 1, annee: 1, mission: "fonctionnement", dateSignature: "2022-09-30" })
    ).toBe(50000);
    expect(
      aciPaid({ taille: 1, annee: 1, mission: "fonctionnement", dateSignature: "2023-01-10" })
    ).toBe(50000);
    expect(
      aciPaid({ taille: 1, annee: 2, mission: "fonctionnement", dateSignature: "2022-06-15" })
    ).toBe(37500);
    expect(
      aciPaid({
        taille: 2,
        annee: 1,
        mission: "fonctionnement",
        dateSignature: "2022-06-15",
        dateLimiteAdditionnel: "2021-12-31",
      })
    ).toBe(60000);
    expect(
      aciAllocated({ taille: 3, annee: 1, mission: "fonctionnement", dateSignature: "2021-06-01" })
    ).toBe(131250);
  });

  test("French labels, any case and accents", () => {
    expect(aciPaid({ taille: 3, annee: 2, mission: "Accès aux soins" })).toBe(90000);
    expect(aciPaid({ taille: 3, annee: 2, mission: "PRÉVENTION" })).toBe(17500);
    expect(aciPaid({ taille: 3, annee: 2, mission: "Parcours pluri-professionnels" })).toBe(45000);
    expect(aciPaid({ taille: 3, annee: 2, mission: "crise sanitaire", volet: "FIXE" })).toBe(22500);
    expect(
      aciPaid({
        taille: 3,
        annee: 2,
        mission: "Qualité et pertinence des soins",
        volet: "Variable",
        taux: 1,
      })
    ).toBe(15000);
    expect(aciPaid({ taille: 3, annee: 2, mission: " Socle " })).toBe(231250);
  });

  test("aciLine gives both volets of one envelope", () => {
    expect(aciLine("parcours", { taille: 2, annee: 2, taux: 0.5 })).toEqual({
      fixe: 35000,
      variable: 17500,
    });
    expect(aciLine("parcours", { taille: 2, annee: 1, taux: 0.5 }, "alloue")).toEqual({
      fixe: 35000,
      variable: 17500,
    });
  });
});

describe("bad input raises a French DomainError", () => {
  const cases: [string, object, string, RegExp][] = [
    [
      "taille 0",
      { taille: 0, annee: 1, mission: "socle" },
      "taille",
      /Taille de CPTS invalide : 0\. .*de 1 à 4/,
    ],
    ["taille 5", { taille: 5, annee: 1, mission: "socle" }, "taille", /de 1 à 4/],
    ["taille 2.5", { taille: 2.5, annee: 1, mission: "socle" }, "taille", /2,5/],
    ["year 0", { taille: 1, annee: 0, mission: "socle" }, "annee", /Année de contrat invalide : 0/],
    [
      "unknown mission",
      { taille: 1, annee: 1, mission: "cantine" },
      "mission",
      /Mission inconnue : « cantine »\. .*fonctionnement/,
    ],
    [
      "unknown volet",
      { taille: 1, annee: 1, mission: "socle", volet: "mixte" },
      "volet",
      /Volet inconnu : « mixte »/,
    ],
    [
      "rate above 1",
      { taille: 1, annee: 2, mission: "acces", taux: 1.2 },
      "taux",
      /Taux de réalisation invalide : 1,2/,
    ],
    ["negative rate", { taille: 1, annee: 2, mission: "acces", taux: -0.1 }, "taux", /de 0 à 1/],
    [
      "negative members",
      { taille: 4, annee: 2, mission: "acces", membres: -3 },
      "membres",
      /Nombre de membres/,
    ],
    [
      "bad date",
      { taille: 1, annee: 1, mission: "fonctionnement", dateSignature: "30/09/2022" },
      "date_signature",
      /Date invalide/,
    ],
    [
      "day that does not exist",
      { taille: 1, annee: 1, mission: "fonctionnement", dateSignature: "2022-02-30" },
      "date_signature",
      /Date invalide : « 2022-02-30 »/,
    ],
  ];
  test.each(cases)("%s", (_name, query, argument, message) => {
    let error: unknown;
    try {
      aciPaid(query as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).argument).toBe(argument);
    expect((error as DomainError).message).toMatch(message);
  });
});
