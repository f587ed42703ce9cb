import { type BudgetInputs } from "../../src/domain/budgetInputs";
import { cli } from "../helpers/cli";

/** What `--modele-entrees --taille N` prints, read back. */
async function template(taille: number): Promise<BudgetInputs> {
  const { code, stdout } = await cli("--modele-entrees", "--taille", String(taille));
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

/** The yearly amount of the running cost on an account whose label matches. */
const charge = (inputs: BudgetInputs, compte: string, label = /./) =>
  inputs.charges.filter((c) => c.compte === compte && label.test(c.label)).map((c) => c.annee1);

describe("the CLI's defaults follow the taille (the prefilled budget's table)", () => {
  test("taille 1 and taille 4 differ line by line, each as the table says", async () => {
    const [t1, t4] = [await template(1), await template(4)];
    expect([t1.taille, t4.taille]).toEqual([1, 4]);
    // The team: a coordinator at 0,8 ETP, then full time with a chargé(e) de mission.
    expect(t1.equipe.map((p) => [p.intitule, p.etp])).toEqual([["Coordinateur", 0.8]]);
    expect(t4.equipe.map((p) => [p.intitule, p.etp])).toEqual([
      ["Coordinateur", 1],
      ["Chargé(e) de mission", 1],
    ]);
    // Governance hours a year, all roles together.
    const hours = (i: BudgetInputs) =>
      i.gouvernance.reduce((s, g) => s + g.personnes * g.heuresParPersonne, 0);
    expect([hours(t1), hours(t4)]).toEqual([80, 220]);
    const lines: [string, RegExp, number, number][] = [
      ["622", /expert-comptable/i, 2500, 4500],
      ["616", /assurance/i, 600, 1200],
      ["613", /location/i, 0, 0],
      ["606", /informatique/i, 1500, 4000],
      ["623", /communication/i, 1000, 3500],
      // 2 000 km and 6 000 km at 0,636 €/km.
      ["625", /déplacements/i, 1272, 3816],
      ["6257", /événements/i, 1500, 4000],
      ["618", /formation/i, 500, 1500],
      ["627", /bancaires/i, 150, 300],
    ];
    for (const [compte, label, a, b] of lines) {
      expect([compte, charge(t1, compte, label), charge(t4, compte, label)]).toEqual([
        compte,
        [a],
        [b],
      ]);
    }
    expect([t1.honorairesCac, t4.honorairesCac]).toEqual([4500, 6500]);
    // Mission remunerations follow the 30 % rule (no hours typed), shared by more people in a larger CPTS.
    for (const i of [t1, t4]) {
      expect(i.remunerationsMissions.every((r) => r.heuresAnnee1 === undefined)).toBe(true);
    }
    expect([t1, t4].map((i) => i.remunerationsMissions[0].professionnels)).toEqual([5, 15]);
    // The rates of the arrêté du 3 juillet 2024, whatever the taille.
    expect(t1.tauxHoraires).toEqual(t4.tauxHoraires);
    expect(t1.tauxHoraires).toMatchObject({
      medecin: 75,
      pharmacien: 48,
      sageFemme: 48,
      infirmier: 37,
    });
  });

  test("every default that is an estimate carries its basis, rent (an input at 0) none", async () => {
    for (const taille of [1, 4]) {
      const t = await template(taille);
      for (const c of t.charges) {
        expect([c.label, c.annee1 > 0]).toEqual([c.label, c.estimation !== undefined]);
        if (c.estimation) expect(c.estimation).toMatch(/^estimation — /);
      }
      expect(t.honorairesCacEstimation).toMatch(/^estimation — .*R823-12/);
      expect(t.gouvernance.every((g) => g.estimation?.startsWith("estimation — "))).toBe(true);
    }
  });
});
