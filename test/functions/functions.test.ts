import { CustomFunctionsError } from "./customFunctionsStub";
import * as aciModule from "../../src/domain/aci";
import { aciPaid } from "../../src/domain/aci";
import { aciCashBetween } from "../../src/domain/cashPlan";
import { directHireCost, geCost } from "../../src/domain/coordinator";
import * as payroll from "../../src/domain/payroll";
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

/** Excel passes null for an omitted optional argument; `any` stands for what a cell can hold. */
const NULL = null as any;
const EMPTY = "" as any;

function excelError(call: () => unknown): CustomFunctionsError {
  try {
    call();
  } catch (error) {
    return error as CustomFunctionsError;
  }
  throw new Error("no error thrown");
}

async function asyncExcelError(call: () => Promise<unknown>): Promise<CustomFunctionsError> {
  try {
    await call();
  } catch (error) {
    return error as CustomFunctionsError;
  }
  throw new Error("no error thrown");
}

function expectValueError(error: CustomFunctionsError, message: string | RegExp): void {
  expect(error).toBeInstanceOf(CustomFunctionsError);
  expect(error.code).toBe("#VALUE!");
  expect(error.message).toMatch(message);
}

/**
 * The adapters are tested apart from the payroll engine, replaced here by a fixed 40 % of employer contributions.
 * The real engine runs in the bundle test (dist/functions.js) and the domain tests.
 */
beforeEach(() => {
  jest
    .spyOn(payroll, "employerMonthlyCost")
    .mockImplementation(async ({ brutMensuel, etp, cadre }) => {
      const brut = brutMensuel * etp;
      const rate = cadre ? 0.4 : 0.35;
      return {
        brut,
        coutEmployeur: brut * (1 + rate),
        cotisationsPatronales: brut * rate,
        assietteTaxeSalaires: brut,
      };
    });
});

afterEach(() => jest.restoreAllMocks());

describe("CPTS.ACI", () => {
  it("returns the domain's amount paid", () => {
    expect(aci(3, 1, "socle")).toBe(234375);
    expect(aci(3, 2, "total", "variable")).toBe(
      aciPaid({ taille: 3, annee: 2, mission: "total", volet: "variable" })
    );
  });

  it("omitted, empty and 0 optional arguments take the defaults (fixe, 100 %), except an explicit 0 % rate", () => {
    const defaults = aci(3, 2, "total");
    expect(aci(3, 2, "total", NULL, NULL, NULL, NULL)).toBe(defaults);
    expect(aci(3, 2, "total", EMPTY, EMPTY, EMPTY, EMPTY)).toBe(defaults);
    expect(aci(3, 2, "total", 0 as any, 1, 0, 0)).toBe(defaults);
    expect(aci(3, 2, "total", "variable", NULL)).toBe(190000);
    expect(aci(3, 2, "total", "variable", 0)).toBe(0);
  });

  it("takes the signature date as an Excel serial or a text date", () => {
    expect(aci(1, 1, "fonctionnement")).toBe(50000);
    for (const date of [44833, "2022-09-29", "29/09/2022"]) {
      expect(aci(1, 1, "fonctionnement", NULL, NULL, NULL, date)).toBe(87500);
    }
    expect(aci(1, 1, "fonctionnement", NULL, NULL, NULL, "30/09/2022")).toBe(50000);
  });

  it.each([
    [/^Argument manquant : taille\.$/, () => aci(NULL, 1, "socle")],
    [/^Argument manquant : taille\.$/, () => aci(EMPTY, 1, "socle")],
    [/^Argument manquant : annee\.$/, () => aci(3, NULL, "socle")],
    [/^Argument manquant : mission\.$/, () => aci(3, 1, EMPTY)],
    [
      /^Taille de CPTS invalide : 5\. Valeur attendue : un entier de 1 à 4\.$/,
      () => aci(5, 1, "socle"),
    ],
    [/^Taille de CPTS invalide : 0\./, () => aci(0, 1, "socle")],
    [/^Année de contrat invalide : 0\./, () => aci(3, 0, "socle")],
    [/^Mission inconnue : « maison »/, () => aci(3, 1, "maison")],
    [/^Volet inconnu : « moitié »/, () => aci(3, 1, "socle", "moitié")],
    [
      /^Taux de réalisation invalide : 80\. Valeur attendue : un nombre de 0 à 1/,
      () => aci(3, 1, "socle", NULL, 80),
    ],
    [/^Nombre de membres invalide : -1\./, () => aci(3, 1, "socle", NULL, NULL, -1)],
    [/^Date invalide : « 31\/02\/2024 »/, () => aci(3, 1, "socle", NULL, NULL, NULL, "31/02/2024")],
    // Object's own members are no mission or volet: "constructor" gave the total, 396 250.
    [/^Volet inconnu : « constructor »/, () => aci(3, 2, "socle", "constructor", 1)],
    [/^Volet inconnu : « __proto__ »/, () => aci(3, 2, "socle", "__proto__", 1)],
    [/^Mission inconnue : « constructor »/, () => aci(3, 2, "constructor")],
    [/^Mission inconnue : « hasOwnProperty »/, () => aci(3, 2, "hasOwnProperty")],
    [/^Mission inconnue : « toString »/, () => aci(3, 2, "toString")],
    // Values as Excel shows them: VRAI, comma decimals, 1E+308.
    [/^Taille de CPTS invalide : VRAI\./, () => aci(true as any, 1, "socle")],
    // Without renewal a contract year is 1 to 5; renewed, up to 100.
    [
      /^Année de contrat invalide : 2,5\. Valeur attendue : un entier de 1 à 5\.$/,
      () => aci(3, 2.5, "socle"),
    ],
    [
      /^Année de contrat invalide : 1E\+308\. Valeur attendue : un entier de 1 à 5\.$/,
      () => aci(3, 1e308, "socle"),
    ],
    [
      /^Année de contrat invalide : 1E\+308\. Valeur attendue : un entier de 1 à 100\.$/,
      () => aci(3, 1e308, "socle", NULL, NULL, NULL, NULL, true),
    ],
    // The signatures every other path accepts: from the ACI CPTS of 20 June 2019.
    [
      /^Date de signature invalide : 01\/03\/1900\. Valeur attendue : une date du 20\/06\/2019 \(ACI CPTS du 20 juin 2019\) au 31\/12\/9899\.$/,
      () => aci(3, 1, "socle", "fixe", 1, 0, "1900-03-01"),
    ],
    [
      /^Nombre de membres invalide : 100001\. Valeur attendue : un entier de 0 à 100 000\.$/,
      () => aci(4, 1, "socle", NULL, NULL, 100001),
    ],
    [/^Taux de réalisation invalide : #NOMBRE!\./, () => aci(3, 1, "socle", NULL, Number.NaN)],
    [/^Mission inconnue : une valeur non reconnue\./, () => aci(3, 1, {} as any)],
    [
      /^Année de contrat invalide : 6\. Le contrat ACI dure 5 ans .* indiquez VRAI pour l'argument renouvellement/,
      () => aci(3, 6, "socle"),
    ],
    [
      /^Renouvellement du contrat invalide : « peut-être »\. Valeur attendue : VRAI ou FAUX/,
      () => aci(3, 6, "socle", NULL, NULL, NULL, NULL, "peut-être" as any),
    ],
  ])("#VALUE! with a French message matching %p", (message, call) => {
    expectValueError(excelError(call), message);
  });

  it("a renewed contract's year 6 and later: the same grid, the steady state", () => {
    expect(aci(1, 6, "socle", NULL, NULL, NULL, NULL, true)).toBe(152500);
    expect(aci(1, 5, "socle", NULL, NULL, NULL, NULL, false)).toBe(152500);
  });
});

describe("CPTS.VERSEMENTS and the end of the contract", () => {
  // T1 signed 2020-03-01: A5 = 2025-03-01, paid 2 months later.
  const year6 = (renouvellement?: boolean) =>
    versements(1, "2020-03-01", "2025-03-01", "2026-02-28", NULL, NULL, NULL, NULL, renouvellement);

  // CPTS.VERSEMENTS counts the optional missions too (qualité 7 500, accompagnement 5 000 in taille 1).
  it("without renewal (the default), year 6 receives only year 5's balances", () => {
    // 25 % × (50 000 + 55 000 + 25 000 + 10 000 + 7 500 + 5 000): no advance, no crisis update.
    expect(year6()).toBe(38125);
    expect(year6(false)).toBe(38125);
  });

  it("renewed, year 6 receives its advances as well", () => {
    // + 75 % × 152 500 of fixed parts + 12 500 (the crisis plan's update, whole).
    expect(year6(true)).toBe(38125 + 114375 + 12500);
  });
});

describe("CPTS.COUT_GE", () => {
  it("returns the total billed by the GE", async () => {
    // GEIO: 700 set-up + 24 × (83 + 70 + 2 850 × 1.4) + 1 200 end of placement.
    await expect(coutGe(130, 1, 24)).resolves.toBe(101332);
    await expect(coutGe(130, 0.5, 12, NULL, 2022)).resolves.toBe(
      (await geCost({ coef: 130, etp: 0.5, mois: 12, anneeGrille: 2022 })).total
    );
  });

  it("omitted, empty and 0 optional arguments take the defaults", async () => {
    const defaults = await coutGe(170, 1, 12);
    for (const empty of [NULL, EMPTY, 0]) {
      await expect(coutGe(170, 1, 12, empty, empty)).resolves.toBe(defaults);
    }
    await expect(coutGe(170, 1, 12, "VRAI" as any)).resolves.toBe(
      (await geCost({ coef: 170, etp: 1, mois: 12, forfaitJours: true })).total
    );
  });

  it.each([
    [/^Argument manquant : coef\.$/, () => coutGe(NULL, 1, 12)],
    [/^Argument manquant : etp\.$/, () => coutGe(130, EMPTY, 12)],
    [/^Argument manquant : mois\.$/, () => coutGe(130, 1, NULL)],
    [/^Coefficient 131 absent de la grille Syntec 2025\./, () => coutGe(131, 1, 12)],
    [/^ETP invalide : 0\./, () => coutGe(130, 0, 12)],
    [/^Nombre de mois invalide : 0\./, () => coutGe(130, 1, 0)],
    [/^Forfait jours impossible pour le coefficient 130/, () => coutGe(130, 1, 12, true)],
    [/^Forfait jours invalide : « peut-être »/, () => coutGe(170, 1, 12, "peut-être" as any)],
    [/^Année de grille invalide : 2010\./, () => coutGe(130, 1, 12, NULL, 2010)],
    // 1E+308 months came out as Infinity.
    [
      /^Nombre de mois invalide : 1E\+308\. Valeur attendue : un entier de 1 à 600\.$/,
      () => coutGe(130, 1, 1e308),
    ],
    [/^Nombre de mois invalide : 601\./, () => coutGe(130, 1, 601)],
    [/^Coefficient « constructor » absent de la grille/, () => coutGe("constructor" as any, 1, 12)],
    [/^ETP invalide : FAUX\./, () => coutGe(130, false as any, 12)],
    [/^Forfait jours invalide : « constructor »/, () => coutGe(170, 1, 12, "constructor" as any)],
  ])("rejects with #VALUE! and a French message matching %p", async (message, call) => {
    expectValueError(await asyncExcelError(call), message);
  });
});

describe("CPTS.COUT_SALARIE", () => {
  it("returns the employer cost with the taxe sur les salaires", async () => {
    const expected = (await directHireCost({ brutMensuel: 3000 })).total;
    await expect(coutSalarie(3000)).resolves.toBe(expected);
    for (const empty of [NULL, EMPTY, 0]) {
      await expect(coutSalarie(3000, empty, empty)).resolves.toBe(expected);
    }
    await expect(coutSalarie(3000, NULL, NULL, EMPTY)).resolves.toBe(expected);
  });

  it("FAUX, 0 or « non » for cadre means a non-cadre employee", async () => {
    const nonCadre = (await directHireCost({ brutMensuel: 3000, cadre: false })).total;
    expect(nonCadre).not.toBe(await coutSalarie(3000));
    for (const flag of [false, 0, "non"]) {
      await expect(coutSalarie(3000, NULL, NULL, flag as any)).resolves.toBe(nonCadre);
    }
  });

  it("passes the part-time share and the months", async () => {
    await expect(coutSalarie(3000, 0.5, 6, true)).resolves.toBe(
      (await directHireCost({ brutMensuel: 3000, etp: 0.5, mois: 6, cadre: true })).total
    );
  });

  it.each([
    [/^Argument manquant : brut_mensuel\.$/, () => coutSalarie(NULL)],
    [/^Salaire brut mensuel invalide : -100\./, () => coutSalarie(-100)],
    [/^ETP invalide : 1,5\./, () => coutSalarie(3000, 1.5)],
    [/^Nombre de mois invalide : 2,5\./, () => coutSalarie(3000, 1, 2.5)],
    [/^Statut cadre invalide : « cadre »/, () => coutSalarie(3000, 1, 12, "cadre" as any)],
    [/^Nombre de mois invalide : 1E\+308\./, () => coutSalarie(3000, 1, 1e308)],
    [
      /^Salaire brut mensuel invalide : 1E\+308\. Valeur attendue : un montant en euros supérieur à 0, au plus 1 000 000 000 €/,
      () => coutSalarie(1e308),
    ],
  ])("rejects with #VALUE! and a French message matching %p", async (message, call) => {
    expectValueError(await asyncExcelError(call), message);
  });
});

describe("CPTS.SALAIRE_MIN", () => {
  it("returns the Syntec minimum", () => {
    expect(salaireMin(130)).toBe(2850);
    expect(salaireMin(130, 2022)).toBe(2782);
    expect(salaireMin(170, NULL, true)).toBe(4380);
    expect(salaireMin(170, 0, "VRAI" as any)).toBe(4380);
  });

  it("omitted, empty and 0 optional arguments take the defaults", () => {
    for (const empty of [NULL, EMPTY, 0]) expect(salaireMin(170, empty, empty)).toBe(3650);
  });

  it.each([
    [/^Argument manquant : coef\.$/, () => salaireMin(NULL)],
    [
      /^Coefficient 999 absent de la grille Syntec 2025\. Coefficients disponibles : /,
      () => salaireMin(999),
    ],
    [/^Année de grille invalide : 2010\./, () => salaireMin(130, 2010)],
    [/^Forfait jours impossible pour le coefficient 130/, () => salaireMin(130, NULL, true)],
    // grid.minimums["toString"] was Object's function, returned as the salary.
    [/^Coefficient « toString » absent de la grille/, () => salaireMin("toString" as any)],
    [/^Coefficient « constructor » absent de la grille/, () => salaireMin("constructor" as any)],
    [/^Coefficient VRAI absent de la grille/, () => salaireMin(true as any)],
  ])("#VALUE! with a French message matching %p", (message, call) => {
    expectValueError(excelError(call), message);
  });
});

describe("CPTS.TAILLE", () => {
  it.each([
    [39999, 1],
    [40000, 2],
    [100000, 3],
    [175000, 3],
    [175001, 4],
  ])("%p habitants → taille %p", (habitants, taille) => {
    expect(tailleCpts(habitants)).toBe(taille);
  });

  it.each([
    [NULL, /^Argument manquant : habitants\.$/],
    [EMPTY, /^Argument manquant : habitants\.$/],
    [
      0,
      /^Nombre d'habitants invalide : 0\. Valeur attendue : un nombre d'habitants supérieur à 0, au plus 100 000 000\.$/,
    ],
  ])("%p: #VALUE! with a French message", (habitants, message) => {
    expectValueError(
      excelError(() => tailleCpts(habitants)),
      message
    );
  });
});

describe("CPTS.SEUIL_CAC", () => {
  it("is TRUE strictly above 153 000 €", () => {
    expect(seuilCac(0)).toBe(false);
    expect(seuilCac(153000)).toBe(false);
    expect(seuilCac(153000.01)).toBe(true);
  });

  it.each([
    [NULL, /^Argument manquant : subventions\.$/],
    [-5, /^Montant de subventions invalide : -5\./],
    [1e308, /^Montant de subventions invalide : 1E\+308\. .*au plus 1 000 000 000 €\.$/],
    [Infinity, /^Montant de subventions invalide : #NOMBRE!\./],
  ])("%p: #VALUE! with a French message", (subventions, message) => {
    expectValueError(
      excelError(() => seuilCac(subventions)),
      message
    );
  });
});

describe("CPTS.VERSEMENTS", () => {
  const expected = (taux: number, mission: string, from: string, to: string) =>
    aciCashBetween(
      { taille: 1, dateSignature: "2023-12-28", taux, mission, optionnelles: true },
      from,
      to
    );

  it("returns the ACI cash received between two dates, inclusive", () => {
    expect(versements(1, "2023-12-28", "2023-12-28", "2024-12-31")).toBe(
      expected(0, "total", "2023-12-28", "2024-12-31")
    );
    expect(versements(1, 45288, 45288, "31/12/2025", "socle", 0.5)).toBe(
      expected(0.5, "socle", "2023-12-28", "2025-12-31")
    );
  });

  it("total includes the optional missions, as CPTS.ACI does", () => {
    const qualite = versements(1, "2023-12-28", "2023-12-28", "2025-12-31", "qualite");
    expect(qualite).toBeGreaterThan(0);
    expect(versements(1, "2023-12-28", "2023-12-28", "2025-12-31", "total")).toBe(
      versements(1, "2023-12-28", "2023-12-28", "2025-12-31", "socle") +
        qualite +
        versements(1, "2023-12-28", "2023-12-28", "2025-12-31", "accompagnement")
    );
  });

  it("omitted, empty and 0 optional arguments: total, fixed parts only, no crisis, missions at signature", () => {
    const defaults = expected(0, "total", "2023-12-28", "2025-12-31");
    for (const empty of [NULL, EMPTY, 0]) {
      expect(
        versements(1, "2023-12-28", "2023-12-28", "2025-12-31", empty, empty, empty, empty)
      ).toBe(defaults);
    }
  });

  it("the README's examples: T3 signed on 28 December 2023, missions at signature or at the latest", () => {
    const year1 = ["2023-12-28", "2023-12-28", "2024-12-27"] as const;
    // The FCPTS table's year 1 (234 375 €) and the optional missions' advances, 11 250 + 7 500 €.
    expect(versements(3, ...year1)).toBe(253125);
    expect(versements(3, ...year1, "socle")).toBe(234375);
    expect(versements(3, ...year1, NULL, NULL, NULL, "au plus tard")).toBe(131250);
    expect(
      versements(3, "2023-12-28", "2024-01-01", "2024-12-31", NULL, NULL, NULL, "Au-plus-tard")
    ).toBe(56250);
  });

  it("a declared crisis adds its survenue amount whole, at the first anniversary + 2 months, whatever the start", () => {
    for (const start of ["signature", "au plus tard"]) {
      const [declared, none] = [true, false].map((crise) =>
        versements(3, "2023-12-28", "2025-01-01", "2025-12-31", "crise", NULL, crise, start)
      );
      expect(declared - none).toBe(67500);
    }
  });

  it.each([
    [/^Argument manquant : taille\.$/, () => versements(NULL, 45288, 45288, 45658)],
    [/^Argument manquant : date_signature\.$/, () => versements(1, 0, 45288, 45658)],
    [/^Argument manquant : date_debut\.$/, () => versements(1, 45288, EMPTY, 45658)],
    [/^Argument manquant : date_fin\.$/, () => versements(1, 45288, 45288, NULL)],
    [/^Date invalide : « demain »/, () => versements(1, "demain", 45288, 45658)],
    [
      /^Période invalide : la date de fin \(28\/12\/2023\) précède/,
      () => versements(1, 45288, 45658, 45288),
    ],
    [/^Taille de CPTS invalide : 9\./, () => versements(9, 45288, 45288, 45658)],
    [/^Mission inconnue : « maison »/, () => versements(1, 45288, 45288, 45658, "maison")],
    [/^Taux de réalisation invalide : 2\./, () => versements(1, 45288, 45288, 45658, NULL, 2)],
    [
      /^Crise sanitaire déclarée invalide : « peut-être »/,
      () => versements(1, 45288, 45288, 45658, NULL, NULL, "peut-être" as unknown as boolean),
    ],
    [
      /^Démarrage des missions invalide : « demain ».*« signature » ou « au plus tard »/,
      () => versements(1, 45288, 45288, 45658, NULL, NULL, NULL, "demain"),
    ],
    [
      /^Mission inconnue : « constructor »/,
      () => versements(1, 45288, 45288, 45658, "constructor"),
    ],
    // Eight thousand years of payments took seconds per cell.
    [
      /^Date de fin trop lointaine : 30\/12\/9999\. Valeur attendue : au plus 100 ans après la signature, soit le 28\/12\/2123\.$/,
      () => versements(1, 45288, 45288, 2958464),
    ],
    [
      /^Date invalide : 1\. Valeur attendue : une date réelle du 01\/03\/1900/,
      () => versements(1, 1, 1, 45658),
    ],
  ])("#VALUE! with a French message matching %p", (message, call) => {
    expectValueError(excelError(call), message);
  });
});

describe("unexpected failures", () => {
  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));

  it("a sync function throws #VALUE! with a generic French message, never the raw error", () => {
    jest.spyOn(aciModule, "aciPaid").mockImplementation(() => {
      throw new TypeError("Cannot read properties of undefined");
    });
    expectValueError(
      excelError(() => aci(3, 1, "socle")),
      UNEXPECTED_ERROR_MESSAGE
    );
    expect(console.error).toHaveBeenCalled();
  });

  it("an async function rejects with #VALUE! and the generic message when the payroll engine fails", async () => {
    jest.spyOn(payroll, "employerMonthlyCost").mockRejectedValue(new Error("ChunkLoadError"));
    expectValueError(await asyncExcelError(() => coutGe(130, 1, 12)), UNEXPECTED_ERROR_MESSAGE);
    expectValueError(await asyncExcelError(() => coutSalarie(3000)), UNEXPECTED_ERROR_MESSAGE);
  });
});

describe("signature dates outside the ACI's life", () => {
  it.each([
    [
      "before the ACI CPTS of 20 June 2019",
      "2019-06-19",
      /^Date de signature invalide : 19\/06\/2019\. Valeur attendue : une date du 20\/06\/2019 \(ACI CPTS du 20 juin 2019\) au 31\/12\/9899\.$/,
    ],
    [
      "too late for a century of payments",
      "9997-01-15",
      /^Date de signature invalide : 15\/01\/9997\./,
    ],
  ])("%s: #VALUE! with a French message", (_, signature, message) => {
    expectValueError(
      excelError(() => versements(1, signature, signature, signature)),
      message
    );
  });
});
