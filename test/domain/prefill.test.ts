import { computeBudget } from "../../src/domain/budget";
import { defaultBudgetInputs, type Taille } from "../../src/domain/budgetInputs";
import { TAUX_HORAIRES } from "../../src/domain/data/prefill";
import { cents } from "../../src/domain/errors";

const TAILLES: Taille[] = [1, 2, 3, 4];
const signed = (taille: Taille, optionnelles = false) => ({
  ...defaultBudgetInputs(taille, optionnelles),
  dateSignature: "2025-03-01",
});
const amountOf = (inputs: ReturnType<typeof signed>, compte: string, label?: RegExp) =>
  inputs.charges.find((c) => c.compte === compte && (!label || label.test(c.label)))!.annee1;

describe("the defaults of each taille (FACTS §7)", () => {
  test.each(TAILLES)("taille %d: every running cost has its taille's value", (taille) => {
    const t = taille - 1;
    const i = signed(taille);
    expect(amountOf(i, "606")).toBe([1500, 2000, 3000, 4000][t]);
    expect(amountOf(i, "613")).toBe(0);
    expect(amountOf(i, "616")).toBe([600, 800, 1000, 1200][t]);
    expect(amountOf(i, "618")).toBe([500, 800, 1000, 1500][t]);
    expect(amountOf(i, "622", /Expert-comptable/)).toBe([2500, 3000, 3500, 4500][t]);
    expect(amountOf(i, "623")).toBe([1000, 1500, 2500, 3500][t]);
    // Kilometres × 0,636 €/km (barème 5 CV).
    expect(amountOf(i, "625")).toBe(Math.round([2000, 3000, 4000, 6000][t] * 0.636));
    expect(amountOf(i, "6257")).toBe([1500, 2000, 3000, 4000][t]);
    expect(amountOf(i, "627")).toBe([150, 200, 250, 300][t]);
    expect(i.honorairesCac).toBe([4500, 5000, 5500, 6500][t]);
    const hours = i.gouvernance.reduce((s, g) => s + g.personnes * g.heuresParPersonne, 0);
    expect(hours).toBe([80, 120, 160, 220][t]);
    expect(i.equipe.map((p) => p.etp)).toEqual(taille === 1 ? [0.8] : taille === 4 ? [1, 1] : [1]);
    expect(i.tauxHoraires).toEqual({
      medecin: 75,
      pharmacien: 48,
      sageFemme: 48,
      infirmier: 37,
      autre: 48,
    });
  });

  test("every estimate carries its basis; the rent and the lines without a figure are left at 0, unmarked", () => {
    for (const c of signed(3).charges) {
      if (c.annee1 > 0) expect(c.estimation).toMatch(/^estimation — /);
      else expect(c.estimation).toBeUndefined();
    }
  });
});

describe("every envelope balanced", () => {
  test.each(TAILLES.flatMap((t) => [[t, false] as const, [t, true] as const]))(
    "taille %d, optional missions %s: charges = produits + the overspend; each remainder on its line",
    async (taille, optionnelles) => {
      const model = await computeBudget(signed(taille, optionnelles));
      const lines = model.charges.flatMap((c) => c.lignes);
      for (const y of [0, 1] as const) {
        const a = model.annees[y];
        const overspend = cents(a.equilibre.reduce((s, e) => s + e.depassement, 0));
        expect(a.resultat).toBeCloseTo(-overspend, 2);
        expect(a.totalCharges).toBeCloseTo(a.totalProduits + overspend, 2);
        const actions = lines.filter((l) => l.kind === "actions");
        expect(actions.map((l) => l.enveloppe)).toEqual(a.equilibre.map((e) => e.mission));
        actions.forEach((l, e) => {
          expect(l.montants[y]).toBe(a.equilibre[e].actions);
          expect(l.montants[y]).toBeGreaterThanOrEqual(0);
        });
        expect(a.resteAAffecter).toBe(cents(actions.reduce((s, l) => s + l.montants[y], 0)));
        // The analytic split sees every charge: its envelopes sum to the total.
        const split = cents(a.analytique.reduce((s, l) => s + l.charges, 0));
        expect(Math.abs(split - a.totalCharges)).toBeLessThanOrEqual(0.05);
      }
    }
  );

  test("a running cost moves the remainder to detail by the same amount", async () => {
    const base = signed(3);
    const more = {
      ...base,
      charges: base.charges.map((c) =>
        c.compte === "623" ? { ...c, annee1: c.annee1 + 1234.56 } : c
      ),
    };
    const [a, b] = await Promise.all([computeBudget(base), computeBudget(more)]);
    expect(a.annees[0].equilibre[0].reste).toBeGreaterThan(1234.56);
    expect(cents(a.annees[0].resteAAffecter - b.annees[0].resteAAffecter)).toBe(1234.56);
    expect(b.annees[0].totalCharges).toBe(a.annees[0].totalCharges);
  });

  test("a fonctionnement overspent stays visible: its line at 0, the résultat negative by the overspend", async () => {
    const base = signed(1);
    const model = await computeBudget({
      ...base,
      charges: base.charges.map((c) => (c.compte === "613" ? { ...c, annee1: 60000 } : c)),
    });
    const [y1] = model.annees;
    const f = y1.equilibre.find((e) => e.mission === "fonctionnement")!;
    expect(f.actions).toBe(0);
    expect(f.depassement).toBeGreaterThan(10000);
    expect(y1.depassementFonctionnement).toBe(f.depassement);
    expect(y1.resultat).toBe(-f.depassement);
  });
});

describe("the members' indemnités and rémunérations", () => {
  test("mission rémunérations default to 30 % of the mission's fixed part received, at the mix's rate", async () => {
    const model = await computeBudget(signed(3));
    const fixe = (mission: string, y: 0 | 1) =>
      cents(
        model.aci
          .filter((l) => l.row.mission === mission && l.row.facteur === "fixe")
          .reduce((s, l) => s + l.montants[y], 0)
      );
    for (const r of model.indemnites.remunerations) {
      for (const y of [0, 1] as const) {
        expect(r.parDefaut[y]).toBe(true);
        expect(Math.abs(r.montants[y] - 0.3 * fixe(r.mission, y))).toBeLessThanOrEqual(0.01);
      }
      // 25 % médecin, pharmacien, infirmier, autre: (75 + 48 + 37 + 48) / 4.
      expect(r.tauxMoyen).toBeCloseTo(52, 10);
    }
    const line = model.charges.flatMap((c) => c.lignes).find((l) => l.kind === "remuneration")!;
    expect(line.estimation).toMatch(/30 % de la part fixe/);
  });

  test("governance: hours × the profession's rate, role by role", async () => {
    const model = await computeBudget(signed(2));
    const president = model.indemnites.gouvernance[0];
    // 120 hours for taille 2, 40 % to the president, a médecin at 75 €/h.
    expect(president).toMatchObject({
      role: "Président",
      heuresParPersonne: 48,
      taux: 75,
      parPersonne: 3600,
    });
    const total = model.indemnites.gouvernance.reduce((s, g) => s + g.montant, 0);
    const line = model.charges.flatMap((c) => c.lignes).find((l) => l.kind === "gouvernance")!;
    expect(line.montants).toEqual([cents(total), cents(total)]);
    expect(model.annees[0].indemnitesProfessionnels).toBe(
      cents(total + model.indemnites.remunerations.reduce((s, r) => s + r.montants[0], 0))
    );
  });

  test("a president with many hours is over the PASS though the average per role is not", async () => {
    const base = signed(1);
    const model = await computeBudget({
      ...base,
      gouvernance: base.gouvernance.map((g, k) => (k === 0 ? { ...g, heuresParPersonne: 700 } : g)),
    });
    const [y1, y2] = model.annees;
    // 700 h × 75 € = 52 500 € a year, plus the president's share of the missions: over the 47 100 € of 2025.
    expect(y1.indemnites.depasse).toBe(true);
    expect(y1.indemnites.maxParProfessionnel).toBeGreaterThan(y1.indemnites.pass);
    expect(y2.indemnites.depasse).toBe(true);
    const roles = model.indemnites.gouvernance;
    const average =
      roles.reduce((s, g) => s + g.montant, 0) / roles.reduce((s, g) => s + g.personnes, 0);
    expect(average).toBeLessThan(y1.indemnites.pass);
  });

  test("the PASS is checked per calendar year: signed in March, 2025 holds 10 months of year 1", async () => {
    const model = await computeBudget(signed(3));
    const years = model.indemnites.passParAnneeCivile;
    expect(years.map((c) => c.annee)).toEqual([2025, 2026, 2027]);
    const [m1, m2] = model.indemnites.maxParProfessionnel;
    expect(years[0].maxParProfessionnel).toBeCloseTo((10 / 12) * m1, 1);
    expect(years[1].maxParProfessionnel).toBeCloseTo((2 / 12) * m1 + (10 / 12) * m2, 1);
    expect(years[2].maxParProfessionnel).toBeCloseTo((2 / 12) * m2, 1);
    expect(years.map((c) => c.pass)).toEqual([47100, 48060, 48060]);
  });

  test("a profession's rate can be changed: the lines follow", async () => {
    const base = signed(2);
    const doubled = await computeBudget({
      ...base,
      tauxHoraires: { ...TAUX_HORAIRES.byProfession, medecin: 150 },
    });
    expect(doubled.indemnites.gouvernance[0].parPersonne).toBe(7200);
  });

  test("bad rates and professions are refused in French", async () => {
    const base = signed(1);
    await expect(
      computeBudget({ ...base, tauxHoraires: { ...base.tauxHoraires, infirmier: -1 } })
    ).rejects.toThrow(/Taux horaire « infirmier » invalide : -1/);
    await expect(
      computeBudget({
        ...base,
        gouvernance: [{ ...base.gouvernance[0], profession: "kine" as never }],
      })
    ).rejects.toThrow(/Gouvernance « Président » : profession invalide « kine »/);
    await expect(
      computeBudget({
        ...base,
        remunerationsMissions: [
          {
            ...base.remunerationsMissions[0],
            mix: { ...base.remunerationsMissions[0].mix, autre: 0.5 },
          },
        ],
      })
    ).rejects.toThrow(/totalise 1,25/);
  });
});

test("the estimates to replace: the lines with a basis and an amount", async () => {
  const model = await computeBudget(signed(3));
  const labels = model.estimations.map((l) => l.label);
  expect(labels).toContain("Expert-comptable et paie");
  expect(labels).toContain("Indemnités de gouvernance des professionnels (bureau, conseil)");
  expect(labels).not.toContain("Locations (bureau, salles de réunion)");
  // Computed lines are never marked.
  for (const l of model.estimations)
    expect(["saisie", "gouvernance", "remuneration", "cac"]).toContain(l.kind);
});
