import type Engine from "publicodes";
import { directCost, rawPayrollEngine } from "../helpers/payrollEngine";
import { defaultPost, type PostInputs } from "../../src/domain/budgetInputs";
import { bandTax, taxeSalaires } from "../../src/domain/coordinator";
import { CABINETS_MEDICAUX_GRID } from "../../src/domain/data/cabinetsMedicauxGrid";
import { SYNTEC_GRIDS } from "../../src/domain/data/syntecGrid";
import { TAXE_SALAIRES } from "../../src/domain/data/taxeSalaires";
import { DomainError } from "../../src/domain/errors";
import { employerMonthlyCost } from "../../src/domain/payroll";
import { agreementMinimum } from "../../src/domain/salary";
import { defaultRepartition, TEAM_ACCOUNTS, teamBudget } from "../../src/domain/team";

const cent = (n: number) => Math.round(n * 100) / 100;
const post = (over: Partial<PostInputs>): PostInputs => ({ ...defaultPost(), ...over });
/** Signed in January: calendar years are contract years. */
const team = (posts: PostInputs[], firstMonth = "2026-01", taille = 3) =>
  teamBudget(posts, firstMonth, taille, false);

async function domainError(run: () => Promise<unknown>): Promise<DomainError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("no error");
}

describe("agreement minimums", () => {
  test("cabinets médicaux levels from avenant 90; levels under the SMIC raised to the SMIC of the grid year", () => {
    const m = (niveau: number, anneeGrille: number) =>
      agreementMinimum({
        convention: "cabinets-medicaux",
        niveau,
        anneeGrille,
        forfaitJours: false,
      });
    expect(m(11, 2026)).toEqual({
      montant: 2397.97,
      base: "minimum cabinets médicaux 2024, niveau 11",
      releveAuSmic: false,
    });
    expect(m(4, 2026)).toMatchObject({ montant: 1823.03, releveAuSmic: true });
    expect(m(4, 2025)).toMatchObject({ montant: 1801.8, releveAuSmic: true });
    expect(m(5, 2025).montant).toBe(CABINETS_MEDICAUX_GRID.minimums[5]);
    expect(m(16, 2024).montant).toBe(4530.83);
  });

  test("no agreement is the SMIC; Syntec is its grid", () => {
    expect(
      agreementMinimum({ convention: "aucune", anneeGrille: 2026, forfaitJours: false })
    ).toEqual({ montant: 1823.03, base: "SMIC 2026", releveAuSmic: false });
    const syntec = agreementMinimum({
      convention: "syntec",
      coef: 170,
      anneeGrille: 2026,
      forfaitJours: true,
    });
    expect(syntec.montant).toBe(cent(SYNTEC_GRIDS[2].minimums[170] * 1.2));
  });

  test("bad classifications are refused in French", () => {
    const bad = (c: Parameters<typeof agreementMinimum>[0]) => () => agreementMinimum(c);
    expect(
      bad({ convention: "cabinets-medicaux", niveau: 3, anneeGrille: 2026, forfaitJours: false })
    ).toThrow("Niveau 3 absent de la grille des cabinets médicaux. Niveaux disponibles : 4 à 16.");
    expect(
      bad({ convention: "cabinets-medicaux", niveau: 9, anneeGrille: 2023, forfaitJours: false })
    ).toThrow(/la seule grille connue s'applique à partir de 2024/);
    expect(bad({ convention: "aucune", anneeGrille: 2026, forfaitJours: true })).toThrow(
      /Forfait jours disponible avec la convention Syntec seulement/
    );
    expect(bad({ convention: "ccn66" as never, anneeGrille: 2026, forfaitJours: false })).toThrow(
      "Convention collective invalide : « ccn66 ». Valeurs possibles : syntec, cabinets-medicaux, aucune."
    );
  });
});

describe("payroll of each post against modele-social evaluated directly", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await rawPayrollEngine();
  });

  /** The employer cost without the taxe sur les salaires: the association declared liable to VAT. */
  const direct = (brut: number, etp: number, cadre: boolean) =>
    directCost(engine, brut, etp, cadre).total;

  // [title, post, expected full-time gross, cadre]
  const CASES: [string, Partial<PostInputs>, number, boolean][] = [
    ["Syntec IC 2.2, GE, full time", { mode: "ge", coef: 130, etp: 1 }, 2850, true],
    [
      "Syntec ETAM 2.1, direct hire, 0,8 ETP",
      { mode: "salarie", coef: 275, etp: 0.8 },
      1875,
      false,
    ],
    [
      "Syntec IC 3.1 forfait jours, direct hire from month 5",
      { mode: "salarie", coef: 170, forfaitJours: true, debutMois: 5 },
      4380,
      true,
    ],
    [
      "cabinets médicaux level 11, direct hire, 0,6 ETP",
      { mode: "salarie", convention: "cabinets-medicaux", coef: undefined, niveau: 11, etp: 0.6 },
      2397.97,
      false,
    ],
    [
      "no agreement, SMIC, half time",
      { mode: "salarie", convention: "aucune", coef: undefined, etp: 0.5 },
      1823.03,
      false,
    ],
    [
      "no agreement, typed gross 2 600 €, GE",
      { mode: "ge", convention: "aucune", coef: undefined, brutMensuel: 2600, etp: 0.5 },
      2600,
      false,
    ],
  ];

  test.each(CASES)("%s", async (_, over, fullTime, cadre) => {
    const p = post({ anneeGrille: 2026, ...over });
    const { postes } = await team([p]);
    const b = postes[0];
    expect(b.brutTempsPlein).toBe(fullTime);
    expect(b.cadre).toBe(cadre);
    expect(b.brutMensuel).toBe(cent(fullTime * p.etp));
    expect(b.coutEmployeurMensuel).toBe(cent(direct(b.brutMensuel, p.etp, cadre)));
  });
});

describe("month by month", () => {
  test("a post hired in month 5 costs nothing before; its months per contract year follow", async () => {
    const { postes, parMois } = await team([post({ mode: "salarie", debutMois: 4, mois: 10 })]);
    const p = postes[0];
    expect(p.moisParAnnee).toEqual([8, 2, 0]);
    expect(parMois.salaires.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(parMois.salaires[4]).toBe(p.brutMensuel);
    expect(parMois.salaires.slice(14)).toEqual(Array(22).fill(0));
    expect(p.parAnnee.salaires).toEqual([cent(8 * p.brutMensuel), cent(2 * p.brutMensuel), 0]);
    expect(p.parAnnee.chargesSociales[0]).toBe(cent(8 * (p.coutEmployeurMensuel - p.brutMensuel)));
    expect(p.parAnnee.ge).toEqual([0, 0, 0]);
  });

  test("GE: the set-up fee in the post's first month, the end fee in its last, invoices in between", async () => {
    const { postes, parMois } = await team([post({ mode: "ge", debutMois: 2, mois: 15 })]);
    const p = postes[0];
    expect(parMois.ge[1]).toBe(0);
    expect(parMois.ge[2]).toBeCloseTo(p.factureMensuelleGe + p.fraisMiseEnPlace, 6);
    expect(parMois.ge[3]).toBeCloseTo(p.factureMensuelleGe, 6);
    expect(parMois.ge[16]).toBeCloseTo(p.factureMensuelleGe + p.fraisFin, 6);
    expect(parMois.ge[17]).toBe(0);
    expect(p.parAnnee.ge[0]).toBe(cent(10 * p.factureMensuelleGe + p.fraisMiseEnPlace));
    expect(p.parAnnee.ge[1]).toBe(cent(5 * p.factureMensuelleGe + p.fraisFin));
  });

  test("freelance: day rate × days a year / 12 each month of the contract", async () => {
    const { postes } = await team([
      post({ mode: "prestataire", tarifJour: 500, joursParAn: 96, debutMois: 0, mois: 18 }),
    ]);
    expect(postes[0].parAnnee.prestataire).toEqual([48000, 24000, 0]);
  });

  test("the team's totals are the posts' sums, split by envelope without losing a cent", async () => {
    const b = await team([
      post({ mode: "ge" }),
      post({
        mode: "salarie",
        convention: "aucune",
        coef: undefined,
        etp: 0.5,
        repartition: { acces: 1 },
      }),
      post({ mode: "prestataire", tarifJour: 400, joursParAn: 50, debutMois: 6, mois: 6 }),
    ]);
    for (const y of [0, 1, 2]) {
      const all = TEAM_ACCOUNTS.map((a) => b.parAnnee[a][y]).reduce((x, z) => x + z, 0);
      expect(b.coutEquipe[y]).toBe(cent(all));
      const split = Object.values(b.parEnveloppe[y]).reduce((x, z) => x + z, 0);
      expect(Math.abs(split - b.coutEquipe[y])).toBeLessThanOrEqual(0.03);
    }
    expect(b.parEnveloppe[0].acces).toBeGreaterThanOrEqual(b.postes[1].total[0]);
  });
});

describe("taxe sur les salaires on the whole payroll", () => {
  test("eight full-time cadres 3.3 (Syntec 270): bands per employee, summed, less one allowance, by hand", async () => {
    const cadres = Array.from({ length: 8 }, (_, i) =>
      post({ intitule: `Cadre ${i + 1}`, mode: "salarie", coef: 270, mois: 36 })
    );
    const b = await team(cadres);
    const { assietteTaxeSalaires } = await employerMonthlyCost({
      brutMensuel: 5755,
      etp: 1,
      cadre: true,
    });
    const pay = cent(12 * assietteTaxeSalaires);
    const [limit1, limit2] = TAXE_SALAIRES.byYear[2026].limits;
    // By hand: 4,25 % up to 9 229 €, 8,50 % to 18 423 €, 13,60 % above, for each of the eight; then 24 256 € once.
    const perEmployee = cent(0.0425 * limit1 + 0.085 * (limit2 - limit1) + 0.136 * (pay - limit2));
    const due = cent(8 * perEmployee - 24256);
    expect(due).toBeGreaterThan(20000);
    const y2026 = b.taxeParAnneeCivile[0];
    expect(y2026).toMatchObject({ annee: 2026, anneeBareme: 2026, abattement: 24256 });
    expect(y2026.remunerations).toEqual(Array(8).fill(pay));
    expect(y2026.due).toBe(due);
    // Signed in January, contract year 1 is calendar 2026: its tax is that year's, shared equally by the eight.
    expect(b.parAnnee.taxeSalaires[0]).toBeCloseTo(due, 1);
    for (const p of b.postes) expect(p.parAnnee.taxeSalaires[0]).toBeCloseTo(due / 8, 1);
    // Taken post by post, each with its own allowance, the tax would be 0: the error the rule avoids.
    expect(taxeSalaires(pay, 2026).due).toBe(0);
  });

  test("a small team pays none; GE and freelance posts are not the CPTS's payroll", async () => {
    const b = await team([
      post({ mode: "salarie", convention: "aucune", coef: undefined }),
      post({ mode: "ge", coef: 270 }),
      post({ mode: "prestataire", tarifJour: 600, joursParAn: 200 }),
    ]);
    expect(b.parAnnee.taxeSalaires).toEqual([0, 0, 0]);
    expect(b.taxeParAnneeCivile.map((t) => t.remunerations[1] + t.remunerations[2])).toEqual([
      0, 0, 0,
    ]);
    expect(b.taxeParAnneeCivile[0].brute).toBe(
      bandTax(b.taxeParAnneeCivile[0].remunerations[0], TAXE_SALAIRES.byYear[2026].limits)
    );
  });

  test("a year signed in July: each calendar year taxes its own months, spread to the contract years", async () => {
    const cadres = Array.from({ length: 6 }, () => post({ mode: "salarie", coef: 270, mois: 36 }));
    const b = await team(cadres, "2026-07");
    expect(b.taxeParAnneeCivile.map((t) => t.annee)).toEqual([2026, 2027, 2028, 2029]);
    expect(b.taxeParAnneeCivile.map((t) => t.mois[0])).toEqual([6, 12, 12, 6]);
    const [t26, t27] = b.taxeParAnneeCivile;
    // Year 1 = Jul–Dec 2026 + Jan–Jun 2027: all of 2026's tax and half of 2027's.
    expect(b.parAnnee.taxeSalaires[0]).toBeCloseTo(t26.due + t27.due / 2, 1);
  });
});

describe("posts refused with the post named", () => {
  test.each<[string, Partial<PostInputs>, string, RegExp]>([
    [
      "a typed gross below the agreement's minimum",
      { convention: "aucune", coef: undefined, brutMensuel: 1700 },
      "brut_mensuel",
      /Poste 1 \(« Coordinateur »\) : salaire brut mensuel à temps plein invalide : 1700\. Valeur attendue : au moins 1823,03 € \(SMIC 2026\)/,
    ],
    ["an ETP above 1", { etp: 1.5 }, "etp", /^Poste 1 \(« Coordinateur »\) : ETP invalide : 1,5/],
    [
      "a length of 0 months",
      { mois: 0 },
      "mois",
      /^Poste 1 \(« Coordinateur »\) : nombre de mois invalide : 0/,
    ],
    [
      "a split that does not sum to 1",
      { repartition: { fonctionnement: 0.5 } },
      "repartition",
      /totalise 0,5/,
    ],
    [
      "a split on a mission not contracted",
      { repartition: { qualite: 1 } },
      "repartition",
      /enveloppe de répartition invalide « qualite »/,
    ],
    ["a blank title", { intitule: " " }, "intitule", /^Poste 1 : intitulé invalide : « {3}»/],
    ["a negative first month", { debutMois: -1 }, "debut_mois", /mois de début invalide : -1/],
  ])("%s", async (_, over, argument, message) => {
    const error = await domainError(() => team([post(over)]));
    expect(error.argument).toBe(argument);
    expect(error.message).toMatch(message);
  });

  test("an empty team, or more than 50 posts", async () => {
    expect((await domainError(() => team([]))).argument).toBe("equipe");
    expect((await domainError(() => team(Array(51).fill(post({}))))).message).toMatch(
      /de 1 à 50 postes/
    );
  });
});

test("the default split: half on fonctionnement, half on the missions by their fixed parts", () => {
  const split = defaultRepartition(3, false);
  expect(split.fonctionnement).toBe(0.5);
  // T3 fixed parts: accès 90 000, parcours 45 000, prévention 17 500, crise 45 000.
  expect(split.acces).toBeCloseTo((0.5 * 90000) / 197500, 12);
  expect(split.qualite).toBe(0);
  expect(Object.values(split).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
});
