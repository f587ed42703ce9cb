import type Engine from "publicodes";
import { modeleSocialLoads } from "../helpers/modeleSocialLoads";
import { directCost, rawPayrollEngine } from "../helpers/payrollEngine";
import {
  directHireCost,
  freelanceCost,
  geBilling,
  geCost,
  taxeSalaires,
} from "../../src/domain/coordinator";
import { GEIO_TARIFF } from "../../src/domain/data/geTariff";
import { TAXE_SALAIRES } from "../../src/domain/data/taxeSalaires";
import { DomainError } from "../../src/domain/errors";
import { employerMonthlyCost, preloadPayroll } from "../../src/domain/payroll";
import { isCadre, minimumSalary } from "../../src/domain/salary";

const cent = (n: number) => Math.round(n * 100) / 100;

async function expectDomainError(
  run: () => unknown,
  argument: string,
  ...fragments: string[]
): Promise<void> {
  let error: unknown;
  try {
    await run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).argument).toBe(argument);
  for (const fragment of fragments) expect((error as DomainError).message).toContain(fragment);
}

describe("lazy payroll engine", () => {
  test("importing the coordinator does not load modele-social; the first use loads it once", async () => {
    expect(modeleSocialLoads()).toBe(0);
    await preloadPayroll();
    await employerMonthlyCost({ brutMensuel: 3650, etp: 1, cadre: true });
    expect(modeleSocialLoads()).toBe(1);
  });

  test("memoizes by situation", async () => {
    const first = await employerMonthlyCost({ brutMensuel: 2850, etp: 0.5, cadre: true });
    expect(await employerMonthlyCost({ brutMensuel: 2850, etp: 0.5, cadre: true })).toBe(first);
    expect(await employerMonthlyCost({ brutMensuel: 2850, etp: 0.5, cadre: false })).not.toBe(
      first
    );
    expect(Object.isFrozen(first)).toBe(true);
  });
});

describe("GE fees", () => {
  test("GEIO invoice arithmetic, to the cent", () => {
    expect(geBilling(1000, 2345.67, 6)).toEqual({
      brutMensuel: 1000,
      coutEmployeurMensuel: 2345.67,
      fraisMiseEnPlace: 700,
      fraisGestionMensuels: 83,
      fraisPaieMensuels: 70,
      factureMensuelle: 2498.67,
      fraisFin: 1200,
      total: 16892.02, // 700 + 6 × 2 498,67 + 1 200
    });
  });

  test("another price list", () => {
    const tariff = {
      ...GEIO_TARIFF,
      setup: 0,
      managementPerMonth: 100.5,
      payrollPerMonth: 0,
      endOfPlacement: 0,
    };
    expect(geBilling(2000, 2600.1, 12, tariff).total).toBe(32407.2); // 12 × 2 700,60
  });

  test.each([
    [130, 0.5, 6],
    [170, 1, 12],
    [275, 0.8, 7],
  ])(
    "geCost coef %d, ETP %d, %d months = 700 + mois × (83 + 70 + employee cost) + 1 200",
    async (coef, etp, mois) => {
      const ge = await geCost({ coef, etp, mois });
      expect(ge.brutMensuel).toBe(cent(minimumSalary(coef) * etp));
      expect(ge.factureMensuelle).toBe(cent(83 + 70 + ge.coutEmployeurMensuel));
      expect(ge.total).toBe(cent(700 + mois * (83 + 70 + ge.coutEmployeurMensuel) + 1200));
    }
  );
});

describe("employee cost against modele-social evaluated directly", () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await rawPayrollEngine();
  });

  const direct = (brut: number, etp: number, cadre: boolean, tva: "oui" | "non" = "oui") =>
    directCost(engine, brut, etp, cadre, tva);

  // [coef, ETP, forfait jours, grid year]: every row has four cells, or jest would pass `done` as the fourth argument.
  const CASES: [number, number, boolean, number][] = [
    [275, 1, false, 2025],
    [275, 0.5, false, 2025],
    [130, 0.8, false, 2025],
    [130, 1, false, 2019],
    [170, 0.5, false, 2025],
    [170, 1, true, 2025],
    [170, 0.8, true, 2022],
    [270, 1, false, 2025],
    [270, 0.5, true, 2025],
    [500, 0.8, false, 2025],
  ];

  test.each(CASES)(
    "coef %d, ETP %d, forfait jours %s, grid %d",
    async (coef, etp, forfaitJours, anneeGrille) => {
      const ge = await geCost({ coef, etp, mois: 12, forfaitJours, anneeGrille });
      const brut = cent(minimumSalary(coef, anneeGrille, forfaitJours) * etp);
      const expected = direct(brut, etp, isCadre(coef));
      expect(ge.brutMensuel).toBe(brut);
      expect(ge.coutEmployeurMensuel).toBe(cent(expected.total));
      const cost = await employerMonthlyCost({
        brutMensuel: brut / etp,
        etp,
        cadre: isCadre(coef),
      });
      expect(cost.cotisationsPatronales).toBe(cent(expected.cotisations));
      expect(cost.coutEmployeur).toBe(cent(brut + expected.cotisations));
      // Declaring the association liable to VAT only takes modele-social's tax out: as it is (not liable), the total
      // less that tax, the contributions and the provident part are the same.
      const asItIs = direct(brut, etp, isCadre(coef), "non");
      expect(asItIs.taxe).toBeGreaterThan(0);
      expect(cost.coutEmployeur).toBe(cent(asItIs.total - asItIs.taxe));
      expect(cost.cotisationsPatronales).toBe(cent(asItIs.cotisations));
      expect(cost.assietteTaxeSalaires).toBe(cent(brut + asItIs.prevoyance));
    }
  );

  test("the employee cost excludes modele-social's taxe sur les salaires", async () => {
    const cost = await employerMonthlyCost({ brutMensuel: 3650, etp: 1, cadre: true });
    engine.setSituation({
      "salarié . contrat . salaire brut": "3650 €/mois",
      "salarié . contrat . statut cadre": "oui",
      "entreprise . association non lucrative": "oui",
      "entreprise . salariés . effectif . seuil": "'moins de 11'",
      "entreprise . TVA": "non",
    });
    const withTax = engine.evaluate({ valeur: "salarié . coût total employeur", unité: "€/mois" })
      .nodeValue as number;
    const tax = engine.evaluate({
      valeur: "salarié . régimes spécifiques . taxe sur les salaires",
      unité: "€/mois",
    }).nodeValue as number;
    expect(tax).toBeGreaterThan(300);
    expect(cost.coutEmployeur).toBe(cent(withTax - tax));
  });

  test("a salary near the SMIC costs proportionally less than a senior cadre's (2026 réduction générale)", async () => {
    const etam = await employerMonthlyCost({
      brutMensuel: minimumSalary(275),
      etp: 1,
      cadre: false,
    });
    const senior = await employerMonthlyCost({
      brutMensuel: minimumSalary(270),
      etp: 1,
      cadre: true,
    });
    expect(etam.coutEmployeur / etam.brut).toBeLessThan(1.2);
    expect(senior.coutEmployeur / senior.brut).toBeGreaterThan(1.35);
  });
});

describe("taxe sur les salaires of an association", () => {
  test("bands, to the cent", () => {
    expect(taxeSalaires(8985, 2024).brute).toBe(381.86); // 8 985 × 4,25 %
    // 9 229 × 4,25 % + (18 423 − 9 229) × 8,5 % + (30 000 − 18 423) × 13,6 %
    expect(taxeSalaires(30000, 2026)).toEqual({ brute: 2748.19, abattement: 24256, due: 0 });
  });

  test("below the allowance nothing is due; above it, only the excess", () => {
    expect(taxeSalaires(150000).due).toBe(0);
    // 392,23 + 781,49 + 221 577 × 13,6 % = 31 308,19, minus 24 256
    expect(taxeSalaires(240000, 2026)).toEqual({
      brute: 31308.19,
      abattement: 24256,
      due: 7052.19,
    });
    expect(taxeSalaires(240000, 2024).due).toBe(cent(taxeSalaires(240000, 2024).brute - 23616));
  });

  test("same bands as modele-social (2025, before its allowance-free total)", async () => {
    const rules = (await import("modele-social")).default;
    const { default: PublicodesEngine } = await import("publicodes");
    const engine = new PublicodesEngine(rules, { warn: false }).setSituation({
      date: "01/06/2025",
      "salarié . contrat . salaire brut": "3650 €/mois",
      "entreprise . TVA": "non",
    });
    const yearly = (rule: string) =>
      engine.evaluate({ valeur: rule, unité: "€/an" }).nodeValue as number;
    const assiette = yearly("salarié . régimes spécifiques . taxe sur les salaires . assiette");
    expect(taxeSalaires(assiette, 2025).brute).toBeCloseTo(
      yearly("salarié . régimes spécifiques . taxe sur les salaires"),
      1
    );
  });

  test("every year has limits in order and an allowance above the 2 040 € décote", () => {
    for (const year of Object.values(TAXE_SALAIRES.byYear)) {
      expect(year.limits[0]).toBeLessThan(year.limits[1]);
      expect(year.abattement).toBeGreaterThan(2040);
    }
  });
});

describe("direct hire", () => {
  test("defaults: full time, 12 months, cadre; a coordinator's tax is wiped out by the allowance", async () => {
    const hire = await directHireCost({ brutMensuel: 3650 });
    const cost = await employerMonthlyCost({ brutMensuel: 3650, etp: 1, cadre: true });
    expect(hire).toEqual({
      brutMensuel: 3650,
      coutEmployeurMensuel: cost.coutEmployeur,
      cotisationsPatronalesMensuelles: cost.cotisationsPatronales,
      mois: 12,
      coutEmployeur: cent(cost.coutEmployeur * 12),
      taxeSalaires: 0,
      anneeTaxeSalaires: 2026,
      total: cent(cost.coutEmployeur * 12),
    });
    expect(cost.assietteTaxeSalaires).toBeGreaterThan(3650); // + employer health and provident contributions
  });

  test("part time, non-cadre, 6 months", async () => {
    const hire = await directHireCost({ brutMensuel: 2000, etp: 0.5, mois: 6, cadre: false });
    const cost = await employerMonthlyCost({ brutMensuel: 2000, etp: 0.5, cadre: false });
    expect(hire.brutMensuel).toBe(1000);
    expect(hire.total).toBe(cent(cost.coutEmployeur * 6));
  });

  test("above the allowance, taxed per 12-month slice", async () => {
    const cost = await employerMonthlyCost({ brutMensuel: 25000, etp: 1, cadre: true });
    const year = taxeSalaires(cost.assietteTaxeSalaires * 12).due;
    const half = taxeSalaires(cost.assietteTaxeSalaires * 6).due;
    expect(year).toBeGreaterThan(0);
    expect((await directHireCost({ brutMensuel: 25000 })).taxeSalaires).toBe(year);
    const hire = await directHireCost({ brutMensuel: 25000, mois: 30 });
    expect(hire.taxeSalaires).toBe(cent(2 * year + half));
    expect(hire.total).toBe(cent(hire.coutEmployeur + hire.taxeSalaires));
  });
});

test("freelance", () => {
  expect(freelanceCost(450, 10)).toBe(4500);
  expect(freelanceCost(412.5, 0.5)).toBe(206.25);
});

describe("errors name the argument, the bad value and the allowed ones, in French", () => {
  const ge = { coef: 170, etp: 1, mois: 12 };
  test.each<[object, string, string[]]>([
    [{ ...ge, etp: 0 }, "etp", ["ETP invalide : 0.", "supérieur à 0 et inférieur ou égal à 1"]],
    [{ ...ge, etp: 1.2 }, "etp", ["ETP invalide : 1,2."]],
    [{ ...ge, etp: Number.NaN }, "etp", ["ETP invalide"]],
    [{ ...ge, mois: 0 }, "mois", ["Nombre de mois invalide : 0.", "un entier de 1 à 600"]],
    [{ ...ge, mois: 1.5 }, "mois", ["Nombre de mois invalide : 1,5."]],
    [
      { ...ge, coef: 123 },
      "coef",
      ["Coefficient 123 absent de la grille Syntec 2025", "Coefficients disponibles : 95, 100"],
    ],
    [
      { ...ge, coef: 240, anneeGrille: 2019 },
      "coef",
      ["grille Syntec 2019", "Coefficients disponibles : 130, 170, 275"],
    ],
    [
      { ...ge, coef: 130, forfaitJours: true },
      "forfait_jours",
      ["Forfait jours impossible pour le coefficient 130"],
    ],
    [
      { ...ge, forfaitJours: "oui" },
      "forfait_jours",
      ["Forfait jours invalide : « oui ».", "VRAI ou FAUX"],
    ],
    [{ ...ge, anneeGrille: 2010 }, "annee_grille", ["Année de grille invalide : 2010."]],
    [
      { ...ge, tariff: { ...GEIO_TARIFF, setup: -1 } },
      "tarif",
      ["Frais de mise en place du GE invalide : -1."],
    ],
  ])("geCost %o", (query, argument, fragments) =>
    expectDomainError(() => geCost(query as Parameters<typeof geCost>[0]), argument, ...fragments)
  );

  test.each<[object, string, string[]]>([
    [{ brutMensuel: 0 }, "brut_mensuel", ["Salaire brut mensuel invalide : 0.", "supérieur à 0"]],
    [{ brutMensuel: -100 }, "brut_mensuel", ["Salaire brut mensuel invalide : -100."]],
    [{ brutMensuel: 3000, etp: 2 }, "etp", ["ETP invalide : 2."]],
    [{ brutMensuel: 3000, mois: 0 }, "mois", ["Nombre de mois invalide : 0."]],
    [
      { brutMensuel: 3000, cadre: "oui" },
      "cadre",
      ["Statut cadre invalide : « oui ».", "VRAI ou FAUX"],
    ],
  ])("directHireCost %o", (query, argument, fragments) =>
    expectDomainError(
      () => directHireCost(query as Parameters<typeof directHireCost>[0]),
      argument,
      ...fragments
    )
  );

  test("employerMonthlyCost", async () => {
    await expectDomainError(
      () => employerMonthlyCost({ brutMensuel: 0, etp: 1, cadre: true }),
      "brut_mensuel"
    );
    await expectDomainError(
      () => employerMonthlyCost({ brutMensuel: 3000, etp: -0.5, cadre: true }),
      "etp"
    );
  });

  test("freelanceCost", async () => {
    await expectDomainError(
      () => freelanceCost(0, 5),
      "tarif_jour",
      "Tarif journalier du prestataire invalide : 0.",
      "supérieur à 0"
    );
    await expectDomainError(
      () => freelanceCost(500, -1),
      "jours",
      "Nombre de jours invalide : -1."
    );
  });

  test("taxeSalaires", async () => {
    await expectDomainError(
      () => taxeSalaires(30000, 2019),
      "annee_taxe",
      "Années disponibles : 2023, 2024, 2025, 2026"
    );
    await expectDomainError(() => taxeSalaires(-1), "remuneration_annuelle");
  });
});
