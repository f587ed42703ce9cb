import { computeBudget } from "../../src/domain/budget";
import { defaultBudgetInputs, defaultPost, type PostInputs } from "../../src/domain/budgetInputs";
import { compareCoordinator } from "../../src/domain/comparison";
import { directHireCost, geCost } from "../../src/domain/coordinator";
import { DomainError } from "../../src/domain/errors";
import { isCadre, minimumSalary } from "../../src/domain/salary";

const cent = (n: number) => Math.round(n * 100) / 100;

const coordinator = (over: Partial<PostInputs> = {}): PostInputs => ({
  ...defaultPost(),
  ...over,
});

describe("compareCoordinator", () => {
  const c = coordinator({ coef: 150, etp: 0.6, forfaitJours: false });

  it("costs the GE and the direct hire with geCost and directHireCost, at the post's ETP and full time", async () => {
    const cmp = await compareCoordinator(c, 3);
    for (const etp of [0.6, 1]) {
      const base = etp === 1 ? "pleinTemps" : "poste";
      const ge = await geCost({ coef: 150, etp, mois: 12, anneeGrille: c.anneeGrille });
      const hire = await directHireCost({
        brutMensuel: minimumSalary(150, c.anneeGrille, false),
        etp,
        mois: 12,
        cadre: isCadre(150),
      });
      const row = (mode: string) => cmp.lignes.find((l) => l.mode === mode && l.base === base)!;
      expect(row("ge").annuel).toBe(ge.total);
      expect(row("salarie").annuel).toBe(hire.total);
      expect(row("ge").etp).toBe(etp);
    }
    expect(cmp.lignes.map((l) => `${l.mode}/${l.base}`)).toEqual([
      "ge/poste",
      "ge/pleinTemps",
      "salarie/poste",
      "salarie/pleinTemps",
      "prestataire/poste",
      "prestataire/pleinTemps",
    ]);
  });

  it("prices the freelance at rate × 218 days × ETP, 400 € estimated when no rate is typed", async () => {
    const estimated = await compareCoordinator(c, 3);
    expect(estimated.tarifJourEstime).toBe(true);
    expect(estimated.tarifJour).toBe(400);
    const [poste, plein] = estimated.lignes.filter((l) => l.mode === "prestataire");
    expect(poste.annuel).toBe(cent(400 * 218 * 0.6));
    expect(plein.annuel).toBe(400 * 218);

    const typed = await compareCoordinator({ ...c, tarifJour: 550 }, 3);
    expect(typed.tarifJourEstime).toBe(false);
    expect(typed.lignes.find((l) => l.mode === "prestataire")!.annuel).toBe(cent(550 * 218 * 0.6));
  });

  it("gives the monthly and hourly equivalents and the share of the taille's fonctionnement envelope", async () => {
    for (const [taille, envelope] of [
      [1, 50000],
      [3, 75000],
    ] as const) {
      const cmp = await compareCoordinator(c, taille);
      expect(cmp.enveloppeFonctionnement).toBe(envelope);
      for (const l of cmp.lignes) {
        expect(l.mensuel).toBe(cent(l.annuel / 12));
        expect(l.horaire).toBe(cent(l.annuel / (1607 * l.etp)));
        expect(l.partFonctionnement).toBeCloseTo(l.annuel / envelope, 12);
      }
    }
  });

  it("refuses a bad taille or day rate in French", async () => {
    await expect(compareCoordinator(c, 5)).rejects.toThrow(DomainError);
    await expect(compareCoordinator(c, 5)).rejects.toThrow(/Taille de CPTS/);
    await expect(compareCoordinator({ ...c, tarifJour: 1e12 }, 1)).rejects.toThrow(
      /Tarif journalier/
    );
  });

  it("is part of the budget model", async () => {
    const inputs = { ...defaultBudgetInputs(), taille: 2 as const, equipe: [c] };
    const model = await computeBudget(inputs);
    expect(model.comparatif).toEqual(await compareCoordinator(c, 2));
  });
});
