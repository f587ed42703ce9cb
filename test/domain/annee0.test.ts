// Année 0 (FACTS.md §10): the money before the signature and its place in the 153 000 € test per exercice.
import { computeBudget } from "../../src/domain/budget";
import { cents } from "../../src/domain/errors";
import { inputs } from "../helpers/budgetInputs";

// The case: a taille 1 CPTS signed on 2026-10-01, its lettre d'intention validated on 2026-02-01.
const signed = { taille: 1 as const, dateSignature: "2026-10-01", honorairesCac: 4500 };
const withAnnee0 = { ...signed, dateLettreIntention: "2026-02-01" };

describe("année 0 passes the threshold of exercice 2026", () => {
  test("without année 0: 142 500 € received in 2026, under the threshold", async () => {
    const model = await computeBudget(inputs(signed));
    const [e2026] = model.tresorerie.exercices;
    // 50 000 fonctionnement + 75 % of 55 000, 25 000 and 10 000 + the crisis plan 25 000, all on 2026-10-01.
    expect(e2026.encaissees.seuil.counted).toBe(142500);
    expect(e2026.encaissees.seuil.cacMandatory).toBe(false);
    expect(model.annee0).toBeUndefined();
    // Year 1 carries the fee anyway: it overlaps exercice 2027, over the threshold in the granted reading.
    expect(model.tresorerie.exercices[1].allouees.seuil.cacMandatory).toBe(true);
    expect(model.annees[0].cacRetenu).toBe(true);
  });

  test("with the Hauts-de-France aid and the CNAM payment: 191 500 €, over the threshold, the fee in year 1", async () => {
    const model = await computeBudget(inputs(withAnnee0));
    const [e2026] = model.tresorerie.exercices;
    // + 15 000 (CNAM, lettre d'intention) + 10 000 (ARS lump sum, taille 1) + 24 000 (ARS coordinator).
    expect(e2026.encaissees.annee0).toBe(49000);
    expect(e2026.encaissees.seuil.counted).toBe(191500);
    expect(e2026.allouees.annee0).toBe(49000);
    expect(e2026.encaissees.seuil.cacMandatory).toBe(true);
    expect(model.annees[0].cacRetenu).toBe(true);
    expect(model.annees[0].honorairesCac).toBe(4500);
    expect(model.tresorerie.exerciceAnnee0).toBeUndefined();
  });

  test("année 0's figures: its period, receipts, the coordinator's months, the opening cash of the plan", async () => {
    const model = await computeBudget(inputs(withAnnee0));
    const a = model.annee0!;
    expect([a.debut, a.fin, a.mois]).toEqual(["2026-02-01", "2026-09-30", 8]);
    expect(a.recettes.map((r) => [r.code, r.date, r.montant])).toEqual([
      ["cnam", "2026-02-01", 15000],
      ["ars", "2026-02-01", 10000],
      ["coordinateur", "2026-02-01", 24000],
    ]);
    expect(a.produits).toBe(49000);
    expect(a.indemnites).toBe(10000);
    // The first post (a GE coordinator by default) for February to September: 8 monthly invoices and the set-up fee.
    const plain = await computeBudget(inputs(signed));
    expect(a.coordinateur).toBeGreaterThan(0);
    expect(a.charges).toBe(cents(a.coordinateur + 10000));
    expect(a.resultat).toBe(cents(49000 - a.charges));
    expect(model.tresorerie.months[0].soldeDebut).toBe(a.resultat);
    expect(plain.tresorerie.months[0].soldeDebut).toBe(0);
  });
});

describe("année 0 in an earlier exercice, and bad dates", () => {
  test("a lettre d'intention of 2025 is tested in its own exercice, which only année 0 money reaches", async () => {
    const model = await computeBudget(
      inputs({ ...signed, dateLettreIntention: "2025-11-15", amorcageArs: 30000 })
    );
    expect(model.tresorerie.exerciceAnnee0).toMatchObject({
      debut: "2025-01-01",
      fin: "2025-12-31",
      subventions: 15000 + 30000 + 24000,
    });
    expect(model.tresorerie.exercices[0].encaissees.annee0).toBe(0);
  });

  test("the ARS paid later: its amounts count where they are dated", async () => {
    const model = await computeBudget(inputs({ ...withAnnee0, dateVersementArs: "2027-01-15" }));
    const [e2026, e2027] = model.tresorerie.exercices;
    expect([e2026.encaissees.annee0, e2027.encaissees.annee0]).toEqual([15000, 34000]);
  });

  test.each([
    [
      "2026-10-01",
      "Date de validation de la lettre d'intention invalide : 01/10/2026. Valeur attendue : une date avant la signature (01/10/2026), au plus 36 mois avant son mois (à partir du 01/10/2023).",
    ],
    ["2023-09-30", "Date de validation de la lettre d'intention invalide : 30/09/2023."],
    ["2026-02-30", "Date de validation de la lettre d'intention invalide"],
  ])("%s is refused in French", async (date, message) => {
    await expect(computeBudget(inputs({ ...signed, dateLettreIntention: date }))).rejects.toThrow(
      message
    );
  });

  test.each([
    // Before the lettre d'intention (01/02/2026).
    [
      "2026-01-15",
      "Valeur attendue : une date à partir de la validation de la lettre d'intention (01/02/2026).",
    ],
    // After every exercice the budget tests (2026 to 2028): its money would count in no 153 000 € test.
    [
      "2040-01-01",
      "Valeur attendue : une date d'un exercice dont le budget teste le seuil de 153 000 €, du 01/01/2026 au 31/12/2028.",
    ],
  ])(
    "an ARS payment dated %s is refused: the threshold test would miss it",
    async (date, expected) => {
      await expect(
        computeBudget(inputs({ ...withAnnee0, dateVersementArs: date }))
      ).rejects.toThrow(
        `Date de versement de l'ARS invalide : ${date.split("-").reverse().join("/")}. ${expected}`
      );
    }
  );

  test("an ARS payment in an exercice between the lettre d'intention's and exercice 1 is refused", async () => {
    // Année 0 from 15/01/2023 to 30/11/2025: exercice 2023 (the lettre d'intention's) and 2025 on are tested, not 2024.
    const long = { ...signed, dateSignature: "2025-12-01", dateLettreIntention: "2023-01-15" };
    await expect(
      computeBudget(inputs({ ...long, dateVersementArs: "2024-06-01" }))
    ).rejects.toThrow(
      "Date de versement de l'ARS invalide : 01/06/2024. Valeur attendue : une date de l'exercice de la lettre d'intention (du 01/01/2023 au 31/12/2023) ou d'un exercice dont le budget teste le seuil de 153 000 €, du 01/01/2025 au 31/12/2027."
    );
    const model = await computeBudget(inputs({ ...long, dateVersementArs: "2023-06-01" }));
    expect(model.tresorerie.exerciceAnnee0?.subventions).toBe(15000 + 10000 + 24000);
  });

  test("année 0 goes with the first budgeted year 1 only", async () => {
    await expect(computeBudget(inputs({ ...withAnnee0, anneeDepart: 2 }))).rejects.toThrow(
      "elle ne se budgète qu'avec la première année budgétée 1 (et non 2)"
    );
  });
});
