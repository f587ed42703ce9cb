/*
 * Whatever a cell holds, every CPTS.* function returns a finite number (VRAI/FAUX for SEUIL_CAC) or a #VALEUR! error
 * whose French message shows the value as Excel does: never JavaScript's true, NaN, undefined or [object Object].
 */
import fc from "fast-check";
import { CustomFunctionsError } from "./customFunctionsStub";
import { MISSION_LABELS, MISSIONS } from "../../src/domain/data/aciGrid";
import { SYNTEC_GRADES } from "../../src/domain/data/syntecGrid";
import {
  aci,
  coutGe,
  coutSalarie,
  salaireMin,
  seuilCac,
  tailleCpts,
  versements,
} from "../../src/functions/functions";
import { UNEXPECTED_ERROR_MESSAGE } from "../../src/functions/errors";

// The real payroll engine (jest.config.js maps modele-social to its CommonJS transpilation).

/** What JavaScript writes where Excel would show VRAI, #NOMBRE!, a blank or a range. */
const JAVASCRIPT_WORDS = /\b(true|false|NaN|undefined|null|Infinity)\b|\[object/;
const PROTOTYPE_KEYS = [
  "constructor",
  "__proto__",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "isPrototypeOf",
  "prototype",
];

/** Anything a cell, a formula or a careless caller can pass. */
const anything: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    1e308,
    -1e308,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER,
    -0,
    0,
    1,
    -1,
    0.5,
    60, // the phantom 29/02/1900
    true,
    false,
    null,
    undefined,
    "",
    "   ",
    {},
    [],
    [[1, 2]],
    new Date(0),
    ...PROTOTYPE_KEYS
  ),
  fc.constantFrom(...PROTOTYPE_KEYS),
  fc.double(),
  fc.integer({ min: -1e6, max: 1e7 }),
  fc.string({ maxLength: 12 }).filter((s) => !JAVASCRIPT_WORDS.test(s)),
  fc.boolean()
);

/** A valid value half the time, so that the other arguments' checks are reached too. */
const or = <T>(valid: fc.Arbitrary<T>) => fc.oneof(valid, anything);
const taille = or(fc.integer({ min: 1, max: 4 }));
const mission = or(
  fc.constantFrom(...MISSIONS, ...Object.values(MISSION_LABELS), "socle", "total")
);
const volet = or(fc.constantFrom("fixe", "variable", "total", "Total"));
const taux = or(fc.double({ min: 0, max: 1, noNaN: true }));
const serial = or(fc.integer({ min: 43500, max: 47000 }));
const coef = or(fc.constantFrom(...SYNTEC_GRADES.map((g) => g.coef)));
const etp = or(fc.double({ min: 0.1, max: 1, noNaN: true }));
const mois = or(fc.integer({ min: 1, max: 600 }));
const flag = or(fc.constantFrom(true, false, "oui", "non", 0, 1));
const demarrage = or(
  fc.constantFrom("signature", "au plus tard", "Au-plus-tard", "À la signature")
);
const anneeGrille = or(fc.integer({ min: 2019, max: 2030 }));

/** The call's outcome is a finite number (or a boolean, for SEUIL_CAC) or a #VALEUR! error in French. */
async function expectFiniteOrFrenchError(call: () => unknown, booleanResult = false) {
  let result: unknown;
  try {
    result = await call();
  } catch (error) {
    expect(error).toBeInstanceOf(CustomFunctionsError);
    const { code, message } = error as CustomFunctionsError;
    expect(code).toBe("#VALUE!");
    // Every bad input is foreseen: none ends in the unexpected-error message.
    expect(message).not.toBe(UNEXPECTED_ERROR_MESSAGE);
    expect(message).toMatch(/^[A-ZÉ].* : .*\.$/s);
    expect(message).not.toMatch(JAVASCRIPT_WORDS);
    return;
  }
  if (booleanResult) {
    expect(typeof result).toBe("boolean");
  } else {
    expect(typeof result).toBe("number");
    expect(Number.isFinite(result)).toBe(true);
  }
}

const settings = { numRuns: 300 };

describe("bad values never become numbers", () => {
  test("CPTS.ACI", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(taille, or(fc.integer({ min: 1, max: 8 })), mission, volet, taux),
        fc.tuple(or(fc.integer({ min: 0, max: 300 })), serial, flag),
        async (args, [membres, date, renouvellement]) =>
          expectFiniteOrFrenchError(() =>
            (aci as (...a: unknown[]) => number)(...args, membres, date, renouvellement)
          )
      ),
      settings
    );
  });

  test("a mission or volet is looked up among its own keys only: Object's members are unknown", async () => {
    const key = fc.constantFrom(...PROTOTYPE_KEYS);
    await fc.assert(
      fc.asyncProperty(key, fc.boolean(), async (k, asMission) => {
        const call = () => (asMission ? aci(3, 2, k, "total", 1) : aci(3, 2, "socle", k, 1));
        expect(call).toThrow(
          asMission ? `Mission inconnue : « ${k} »` : `Volet inconnu : « ${k} »`
        );
        expect(() => versements(3, 45000, 45000, 46000, k)).toThrow(`Mission inconnue : « ${k} »`);
      })
    );
  });

  test("CPTS.VERSEMENTS", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(taille, serial, serial, or(fc.integer({ min: 43500, max: 80000 })), mission, taux),
        fc.tuple(flag, demarrage, flag),
        async (args, [crise, start, renouvellement]) =>
          expectFiniteOrFrenchError(() =>
            (versements as (...a: unknown[]) => number)(...args, crise, start, renouvellement)
          )
      ),
      settings
    );
  });

  test("CPTS.COUT_GE", async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(coef, etp, mois, flag, anneeGrille), async (args) =>
        expectFiniteOrFrenchError(() => (coutGe as (...a: unknown[]) => Promise<number>)(...args))
      ),
      { numRuns: 150 }
    );
  });

  test("CPTS.COUT_SALARIE", async () => {
    const brut = or(fc.double({ min: 1500, max: 1e9, noNaN: true }));
    await fc.assert(
      fc.asyncProperty(fc.tuple(brut, etp, mois, flag), async (args) =>
        expectFiniteOrFrenchError(() =>
          (coutSalarie as (...a: unknown[]) => Promise<number>)(...args)
        )
      ),
      { numRuns: 150 }
    );
  });

  test("CPTS.SALAIRE_MIN", async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(coef, anneeGrille, flag), async (args) =>
        expectFiniteOrFrenchError(() => (salaireMin as (...a: unknown[]) => number)(...args))
      ),
      settings
    );
  });

  test("CPTS.TAILLE", async () => {
    await fc.assert(
      fc.asyncProperty(or(fc.integer({ min: 1, max: 1e8 })), async (habitants) =>
        expectFiniteOrFrenchError(() => tailleCpts(habitants as number))
      ),
      settings
    );
  });

  test("CPTS.SEUIL_CAC", async () => {
    await fc.assert(
      fc.asyncProperty(or(fc.double({ min: 0, max: 1e9, noNaN: true })), async (subventions) =>
        expectFiniteOrFrenchError(() => seuilCac(subventions as number), true)
      ),
      settings
    );
  });
});
