import { LIMITS } from "../../src/domain/limits";
import fc from "fast-check";
import { aciLine, aciPaid } from "../../src/domain/aci";
import { type BudgetModel, type ChargeKind, computeBudget } from "../../src/domain/budget";
import { aciCalendar } from "../../src/domain/cashPlan";
import { contractYear } from "../../src/domain/budgetYears";
import { type BudgetInputs, defaultBudgetInputs } from "../../src/domain/budgetInputs";
import { directHireCost, geCost } from "../../src/domain/coordinator";
import { MISSIONS, OPTIONAL_MISSIONS } from "../../src/domain/data/aciGrid";
import { minimumSalary } from "../../src/domain/salary";
import { cents, DomainError } from "../../src/domain/errors";
import { type Changes, inputs, T4_ALL_OPTIONS } from "../helpers/budgetInputs";

/** The shared fixture (signed on 1 March 2025), the coordinator's fields given apart. */
const inputsWith = (changes: Changes, coordinateur: Changes["coordinateur"] = {}): BudgetInputs =>
  inputs({ ...changes, coordinateur });

const chargeLinesOf = (model: BudgetModel) => model.charges.flatMap((c) => c.lignes);
const line = (model: BudgetModel, kind: ChargeKind) =>
  chargeLinesOf(model).find((l) => l.kind === kind)!;
const aciOf = (model: BudgetModel, code: string) =>
  model.aci.find((l) => l.row.code === code)!.montants;

describe("ACI produits (paid view)", () => {
  test("T1 defaults: the seed's socle figures, 142 500 € then 140 000 €, no optional mission, no variable part", async () => {
    const model = await computeBudget(inputsWith({}));
    expect(model.annees.map((a) => a.aci)).toEqual([142500, 140000]);
    expect(aciOf(model, "fonctionnement")).toEqual([50000, 37500]);
    expect(aciOf(model, "acces.fixe")).toEqual([41250, 55000]);
    expect(aciOf(model, "crise.elaboration")).toEqual([25000, 0]);
    expect(aciOf(model, "crise.miseajour")).toEqual([0, 12500]);
    expect(aciOf(model, "qualite.fixe")).toEqual([0, 0]);
    expect(aciOf(model, "acces.variable")).toEqual([0, 0]);
    expect(aciOf(model, "fonctionnement.additionnel")).toEqual([0, 0]);
  });

  test("T4, 120 members, optional missions, variable 50 %, crisis, signed before the cut-off: the totals of aciPaid", async () => {
    const inputs = inputsWith(T4_ALL_OPTIONS);
    const model = await computeBudget(inputs);
    for (const annee of [1, 2] as const) {
      const query = {
        taille: 4,
        annee,
        taux: 0.5,
        crise: true,
        membres: 120,
        dateSignature: "2022-06-15",
        mission: "total",
        volet: "total",
      };
      expect(model.annees[annee - 1].aci).toBe(aciPaid(query));
    }
    // Hand-checked: 90 000 + 67 500 additionnel; missions × 75 % × 1.1 in year 1; survenue 75 000 × 1.1 in year 2.
    expect(aciOf(model, "fonctionnement.additionnel")).toEqual([67500, 0]);
    expect(aciOf(model, "acces.fixe")).toEqual([90750, 121000]);
    expect(aciOf(model, "acces.variable")).toEqual([0, 24750]);
    expect(aciOf(model, "crise.survenue")).toEqual([0, 82500]);
    expect(aciOf(model, "accompagnement.fixe")).toEqual([12375, 16500]);
    expect(model.annees.map((a) => a.aci)).toEqual([389875, 496500]);
  });

  test("with every mission started at signature, the calendar's cash per contract year reproduces aciLine (the FCPTS tables) for every taille, year and option", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        fc.constantFrom(0, 99, 100, 250),
        fc.constantFrom("2022-01-10", "2022-09-30", "2024-02-29", "2025-03-01", "2025-08-31"),
        fc.integer({ min: 0, max: 11 }),
        (taille, taux, crise, membres, dateSignature, lagMonths) => {
          const events = aciCalendar(
            { taille, dateSignature, taux, crise, membres, optionnelles: true, lagMonths },
            5
          ).events;
          for (let annee = 1; annee <= 4; annee++) {
            const year = contractYear(dateSignature, annee);
            const ctx = { taille, annee, taux, crise, membres, dateSignature };
            for (const mission of MISSIONS) {
              const paid = events
                .filter((e) => e.mission === mission && e.date >= year.du && e.date <= year.au)
                .reduce((sum, e) => sum + e.amount, 0);
              const { fixe, variable } = aciLine(mission, ctx);
              expect(cents(paid)).toBe(cents(fixe + variable));
            }
          }
        }
      ),
      { numRuns: 200 }
    );
  });

  test("optional missions count only when chosen", async () => {
    const model = await computeBudget(inputsWith({ taille: 2, optionnelles: true }));
    for (const mission of OPTIONAL_MISSIONS) {
      expect(aciOf(model, `${mission}.fixe`)[1]).toBe(aciPaid({ taille: 2, annee: 2, mission }));
    }
    expect(model.annees[0].aci).toBe(198125);
  });
});

describe("coordinator cost by contract year", () => {
  test("GE over 24 months: set-up fee in year 1, end fee in year 2, twelve invoices each; the total is geCost's", async () => {
    const model = await computeBudget(inputsWith({}, { mode: "ge", coef: 130, etp: 1, mois: 24 }));
    const ge = await geCost({ coef: 130, etp: 1, mois: 24 });
    const { montants } = line(model, "ge");
    expect(montants).toEqual([
      cents(ge.factureMensuelle * 12 + 700),
      cents(ge.factureMensuelle * 12 + 1200),
    ]);
    expect(cents(montants[0] + montants[1])).toBe(ge.total);
    expect(model.equipe.postes[0].factureMensuelleGe).toBe(
      cents(83 + 70 + ge.coutEmployeurMensuel)
    );
    for (const kind of ["prestataire", "salaires", "chargesSociales", "taxeSalaires"] as const) {
      expect(line(model, kind).montants).toEqual([0, 0]);
    }
  });

  test("GE for 18 months ends in year 2; for 30 months the end fee falls after the two years; 6 months holds both fees", async () => {
    const facture = (await geCost({ coef: 275, etp: 0.5, mois: 18 })).factureMensuelle;
    const run = async (mois: number) =>
      line(await computeBudget(inputsWith({}, { coef: 275, etp: 0.5, mois })), "ge").montants;
    expect(await run(18)).toEqual([cents(facture * 12 + 700), cents(facture * 6 + 1200)]);
    expect(await run(30)).toEqual([cents(facture * 12 + 700), cents(facture * 12)]);
    expect(await run(6)).toEqual([cents(facture * 6 + 700 + 1200), 0]);
  });

  test("direct hire: gross in 641, employer contributions in 645, taxe sur les salaires per year in 631", async () => {
    const model = await computeBudget(
      inputsWith({}, { mode: "salarie", coef: 170, etp: 1, mois: 18, forfaitJours: true })
    );
    const brut = minimumSalary(170, undefined, true);
    const year1 = await directHireCost({ brutMensuel: brut, etp: 1, mois: 12, cadre: true });
    const year2 = await directHireCost({ brutMensuel: brut, etp: 1, mois: 6, cadre: true });
    expect(line(model, "salaires").montants).toEqual([cents(brut * 12), cents(brut * 6)]);
    expect(line(model, "chargesSociales").montants).toEqual([
      cents((year1.coutEmployeurMensuel - brut) * 12),
      cents((year1.coutEmployeurMensuel - brut) * 6),
    ]);
    expect(line(model, "taxeSalaires").montants).toEqual([year1.taxeSalaires, year2.taxeSalaires]);
    expect(line(model, "ge").montants).toEqual([0, 0]);
  });

  test("freelance: day rate × days per year, prorated to the months of each contract year", async () => {
    const model = await computeBudget(
      inputsWith({}, { mode: "prestataire", mois: 18, tarifJour: 550, joursParAn: 100 })
    );
    expect(line(model, "prestataire").montants).toEqual([55000, 27500]);
  });
});

describe("threshold, CAC fee, checks", () => {
  test("T1, missions at their latest start, stays under 153 000 € in every contract year and exercice: no CAC fee; with 20 000 € from the ARS and missions at signature, year 1 crosses it and the fee runs both years", async () => {
    const under = await computeBudget(
      inputsWith({ honorairesCac: 5000, demarrages: "au-plus-tard" })
    );
    expect(under.annees.map((a) => a.seuil.cacMandatory)).toEqual([false, false]);
    expect(
      under.tresorerie.exercices.some(
        (e) => e.encaissees.seuil.cacMandatory || e.allouees.seuil.cacMandatory
      )
    ).toBe(false);
    expect(line(under, "cac").montants).toEqual([0, 0]);

    const financeurs = defaultBudgetInputs().financeurs.map((f, i) =>
      i === 0 ? { ...f, annee1: 20000 } : f
    );
    const over = await computeBudget(inputsWith({ honorairesCac: 5000, financeurs }));
    // 142 500 € of ACI at signature (the FCPTS table's year 1) + 20 000 €.
    expect(over.annees[0].seuil).toMatchObject({
      counted: 162500,
      cacMandatory: true,
      margin: -9500,
    });
    expect(line(over, "cac").montants).toEqual([5000, 5000]);
    expect(over.annees[0].seuil.reason).toContain("commissaire aux comptes");
  });

  test("T1 signed on 15 March 2024, variable 5 %: contract year 2 runs into exercice 2026, which receives 155 500 € of ACI, so the CAC fee is retained in year 2", async () => {
    const model = await computeBudget(
      inputsWith({ dateSignature: "2024-03-15", tauxVariable: 0.05, honorairesCac: 5000 })
    );
    const e3 = model.tresorerie.exercices[2];
    expect(e3).toMatchObject({ exercice: 3, teste: true, debut: "2026-01-01", fin: "2026-12-31" });
    // Paid on 15 May 2026 (A2 + 2 months): fonctionnement 12 500 + 37 500, mission balances 22 500, year-3 advances
    // 67 500, year-2 variable parts 5 % × 60 000 = 3 000, crisis plan update 12 500.
    expect(e3.encaissees.aci).toBe(155500);
    expect(e3.encaissees.seuil.cacMandatory).toBe(true);
    expect(model.annees[1].cacRetenu).toBe(true);
    expect(line(model, "cac").montants[1]).toBe(5000);
  });

  test("the CAC rule: a year carries the fee when its own test, a tested exercice overlapping it, or the year before says so", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom("2024-01-01", "2024-03-15", "2024-02-29", "2025-06-30", "2025-10-01"),
        fc.constantFrom<"signature" | "au-plus-tard">("signature", "au-plus-tard"),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 40000 }),
        async (taille, dateSignature, demarrages, debutExercice, ars) => {
          const financeurs = defaultBudgetInputs().financeurs.map((f, i) =>
            i === 0 ? { ...f, annee1: ars } : f
          );
          const model = await computeBudget(
            inputsWith({
              taille: taille as 1 | 2 | 3 | 4,
              dateSignature,
              demarrages,
              debutExercice,
              financeurs,
              honorairesCac: 4000,
            })
          );
          const over = (y: number) => {
            const { debut, fin } = model.annees[y];
            return (
              model.annees[y].seuil.cacMandatory ||
              model.tresorerie.exercices.some(
                (e) =>
                  e.teste &&
                  e.debut <= fin &&
                  e.fin >= debut &&
                  (e.encaissees.seuil.cacMandatory || e.allouees.seuil.cacMandatory)
              )
            );
          };
          expect(model.annees.map((a) => a.cacRetenu)).toEqual([over(0), over(0) || over(1)]);
          expect(model.annees.map((a) => a.honorairesCac)).toEqual(
            model.annees.map((a) => (a.cacRetenu ? 4000 : 0))
          );
        }
      ),
      { numRuns: 40 }
    );
  });

  test("T1 with the optional missions signed on 1 October 2025: under the threshold each contract year, over it on exercice 2026 received, so the fee runs from year 1", async () => {
    const model = await computeBudget(
      inputsWith({
        optionnelles: true,
        dateSignature: "2025-10-01",
        honorairesCac: 5000,
        demarrages: "au-plus-tard",
      })
    );
    // Contract years, cash of the calendar with the missions at their latest start: 50 000 of fonctionnement and the
    // accès and crise advances prorated to 183 of 365 days in year 1; the anniversary's payments in year 2.
    expect(model.annees.map((a) => a.seuil.counted)).toEqual([83215.76, 133768.83]);
    expect(model.annees.map((a) => a.seuil.cacMandatory)).toEqual([false, false]);
    const [e1, e2] = model.tresorerie.exercices;
    expect([e1.debut, e1.fin, e2.debut, e2.fin]).toEqual([
      "2025-01-01",
      "2025-12-31",
      "2026-01-01",
      "2026-12-31",
    ]);
    // The ACI received in 2026 (calendar of the cash plan): 166 984,59 €, over the threshold.
    expect(e2.encaissees.seuil).toMatchObject({ counted: 166984.59, cacMandatory: true });
    expect(e2.allouees.seuil.cacMandatory).toBe(false);
    expect(e1.encaissees.seuil.cacMandatory || e1.allouees.seuil.cacMandatory).toBe(false);
    // Exercice 2026 overlaps contract year 1 (1 October 2025 – 30 September 2026): the fee runs from year 1.
    expect(model.annees.map((a) => a.cacRetenu)).toEqual([true, true]);
    expect(line(model, "cac").montants).toEqual([5000, 5000]);
    expect(model.annees.map((a) => a.honorairesCac)).toEqual([5000, 5000]);
    // The fee is a charge of the fonctionnement envelope, and a yearly payment of the cash plan.
    expect(model.annees[0].fonctionnement.depenses).toBeGreaterThanOrEqual(5000);
    const withoutFee = await computeBudget(
      inputsWith({
        optionnelles: true,
        dateSignature: "2025-10-01",
        honorairesCac: 0,
        demarrages: "au-plus-tard",
      })
    );
    // The fee is charged before what remains of the envelopes: the « actions à détailler » absorb it.
    const beforeActions = (m: typeof model) =>
      m.annees.map((a) => cents(a.totalCharges - a.resteAAffecter));
    expect(beforeActions(model)).toEqual(beforeActions(withoutFee).map((c) => cents(c + 5000)));
    expect(model.tresorerie.exercices).toEqual(withoutFee.tresorerie.exercices);
  });

  test("an exercice over the threshold charges the fee only from the contract year it overlaps: signed on the first day of the exercice, the granted year 2 alone", async () => {
    const model = await computeBudget(
      inputsWith({
        optionnelles: true,
        dateSignature: "2025-01-01",
        debutExercice: 1,
        honorairesCac: 5000,
        demarrages: "au-plus-tard",
      })
    );
    expect(model.annees.map((a) => a.seuil.cacMandatory)).toEqual([false, false]);
    const [e1, e2] = model.tresorerie.exercices;
    // The exercices are the contract years; exercice 2 is granted the optional missions in full, 165 000 €.
    expect([e1.debut, e2.debut]).toEqual(["2025-01-01", "2026-01-01"]);
    expect(e2.allouees.seuil).toMatchObject({ counted: 165000, cacMandatory: true });
    expect(e2.encaissees.seuil.cacMandatory).toBe(false);
    expect(e1.encaissees.seuil.cacMandatory || e1.allouees.seuil.cacMandatory).toBe(false);
    expect(model.annees.map((a) => a.cacRetenu)).toEqual([false, true]);
    expect(line(model, "cac").montants).toEqual([0, 5000]);
  });

  test("the ACI can be left out of the subsidies; a funder marked not public is left out too", async () => {
    const financeurs = defaultBudgetInputs().financeurs.map((f) => ({ ...f, annee1: 1000 }));
    const model = await computeBudget(
      inputsWith({ taille: 4, aciSubventionPublique: false, financeurs })
    );
    expect(model.annees[0].seuil.counted).toBe(4000);
    expect(model.annees[0].seuil.excluded).toBe("ACI (Assurance Maladie), Autres financements");
    // Year 2: no amount for the funders, the ACI alone is left out.
    expect(model.annees[1].seuil.excluded).toBe("ACI (Assurance Maladie)");
  });

  test("totals, résultat, dues, contributions volontaires, the analytic split and every envelope balanced", async () => {
    const base = defaultBudgetInputs();
    // Only the lines of the test: the prefilled running costs, indemnities and CAC fee set aside.
    const charges = base.charges.map((c, i) =>
      i === 1
        ? { ...c, annee1: 6000, annee2: 6000 }
        : i === 6
          ? { ...c, enveloppe: "prevention" as const, annee1: 1500, annee2: 0 }
          : { ...c, annee1: 0, annee2: 0 }
    );
    const contributionsVolontaires = base.contributionsVolontaires.map((c) => ({
      ...c,
      annee1: 2000,
      annee2: 3000,
    }));
    const model = await computeBudget(
      inputsWith(
        {
          membres: 40,
          cotisationParMembre: 20,
          charges,
          contributionsVolontaires,
          gouvernance: [],
          remunerationsMissions: [],
          honorairesCac: 0,
        },
        {
          mode: "prestataire",
          tarifJour: 500,
          joursParAn: 40,
          repartition: { fonctionnement: 0.5, prevention: 0.5 },
        }
      )
    );
    const [y1] = model.annees;
    expect(model.cotisations).toEqual([800, 800]);
    expect(y1.totalProduits).toBe(142500 + 800);
    // Prévention receives 7 500 € and is charged 1 500 € + half the coordinator's 20 000 €: 4 000 € overspent, the
    // résultat; every other envelope's remainder goes to its « actions à détailler » line.
    expect(y1.resultat).toBe(-4000);
    expect(y1.totalCharges).toBe(143300 + 4000);
    expect(y1.resteAAffecter).toBe(cents(143300 - 27500 + 4000));
    expect(y1.contributionsVolontaires).toBe(4000);
    const prevention = y1.analytique.find((a) => a.mission === "prevention")!;
    expect(prevention).toEqual({ mission: "prevention", aci: 7500, charges: 11500, solde: -4000 });
    expect(y1.equilibre.find((e) => e.mission === "prevention")).toEqual({
      mission: "prevention",
      ressources: 7500,
      charges: 11500,
      reste: -4000,
      actions: 0,
      depassement: 4000,
    });
    // Fonctionnement also receives the dues: 50 800 € against 16 000 € of charges.
    expect(y1.equilibre.find((e) => e.mission === "fonctionnement")).toMatchObject({
      ressources: 50800,
      charges: 16000,
      actions: 34800,
      depassement: 0,
    });
    expect(y1.fonctionnement).toEqual({ depenses: 16000, financementAci: 50000, ecart: 34000 });
    expect(y1.depassementFonctionnement).toBe(0);
    const actions = chargeLinesOf(model).filter((l) => l.kind === "actions");
    expect(actions.map((l) => [l.compte, l.label])).toEqual([
      ["604", "Actions à détailler – Fonctionnement"],
      ["604", "Actions à détailler – Accès aux soins"],
      ["604", "Actions à détailler – Parcours pluriprofessionnels"],
      ["604", "Actions à détailler – Prévention"],
      ["604", "Actions à détailler – Crise sanitaire"],
    ]);
    expect(model.charges.map((c) => c.classe)).toEqual(["60", "61", "62", "63", "64", "65"]);
  });

  test("contract years run from signature to the day before each anniversary, 29 February included", async () => {
    const model = await computeBudget(inputsWith({ dateSignature: "2028-02-29" }));
    expect(model.annees.map((a) => [a.debut, a.fin])).toEqual([
      ["2028-02-29", "2029-02-27"],
      ["2029-02-28", "2030-02-27"],
    ]);
  });
});

describe("bad inputs raise a French domain error", () => {
  const cases: [string, Partial<BudgetInputs>, string][] = [
    [
      "a revenue account for a charge",
      {
        charges: [{ label: "x", compte: "706", enveloppe: "fonctionnement", annee1: 0, annee2: 0 }],
      },
      "compte",
    ],
    ["a negative amount", { honorairesCac: -1 }, "honoraires_cac"],
    ["a bad date", { dateSignature: "01/03/2025" }, "date_signature"],
    [
      "an unknown envelope",
      {
        charges: [
          { label: "x", compte: "606", enveloppe: "loisirs" as never, annee1: 0, annee2: 0 },
        ],
      },
      "enveloppe",
    ],
    [
      "a fractional number of governance role holders",
      { gouvernance: [{ role: "x", profession: "medecin", personnes: 1.5, heuresParPersonne: 0 }] },
      "personnes",
    ],
    [
      "mission rémunérations for a mission not contracted",
      {
        remunerationsMissions: [
          {
            mission: "qualite",
            mix: defaultBudgetInputs().remunerationsMissions[0].mix,
            professionnels: 5,
          },
        ],
      },
      "mission",
    ],
    [
      "a volunteer contribution outside 86",
      {
        contributionsVolontaires: [
          { label: "x", compteEmploi: "870", compteContribution: "870", annee1: 0, annee2: 0 },
        ],
      },
      "compte",
    ],
  ];
  test.each(cases)("%s", async (_, changes, argument) => {
    await expect(computeBudget(inputsWith(changes))).rejects.toMatchObject({
      name: "DomainError",
      argument,
    });
    await expect(computeBudget(inputsWith(changes))).rejects.toBeInstanceOf(DomainError);
  });

  test("an unknown post mode", async () => {
    await expect(
      computeBudget(inputsWith({}, { mode: "benevole" as never }))
    ).rejects.toMatchObject({
      argument: "mode",
    });
  });
});

describe("amounts beyond any CPTS are refused, never turned into figures", () => {
  test.each([
    [
      "honorairesCac",
      { honorairesCac: 1e10 },
      /Honoraires du commissaire aux comptes invalide : 10000000000\. .*au plus 1 000 000 000 €/,
    ],
    [
      "a charge",
      { charges: [{ ...defaultBudgetInputs().charges[0], annee1: Infinity }] },
      /invalide/,
    ],
    [
      "a number of professionals",
      {
        remunerationsMissions: [
          { ...defaultBudgetInputs().remunerationsMissions[0], professionnels: 1e9 },
        ],
      },
      /nombre de professionnels invalide : 1000000000/,
    ],
  ])("%s", async (_, changes, message) => {
    await expect(computeBudget(inputsWith(changes as Changes))).rejects.toThrow(message);
  });

  test("funders each at the bound add up past it: the budget is made, no error about a line never typed", async () => {
    const financeurs = defaultBudgetInputs().financeurs.map((f) => ({
      ...f,
      annee1: 1e9,
      annee2: 1e9,
    }));
    const model = await computeBudget(inputsWith({ financeurs } as Changes));
    const publics = financeurs.filter((f) => f.subventionPublique).length;
    expect(model.annees[0].seuil.counted).toBeGreaterThanOrEqual(publics * 1e9);
    expect(model.annees[0].seuil.cacMandatory).toBe(true);
    expect(Number.isFinite(model.tresorerie.min)).toBe(true);
  });
});

describe("labels a cell must hold: the workbook's text, bounded and without control characters", () => {
  const d = defaultBudgetInputs();
  const long = "F".repeat(40_000);
  test.each([
    ["a funder", { financeurs: [{ ...d.financeurs[0], label: long }] }, "Nom du financeur 1"],
    ["a charge", { charges: [{ ...d.charges[0], label: long }] }, "Intitulé de la charge 1"],
    [
      "a contribution volontaire",
      { contributionsVolontaires: [{ ...d.contributionsVolontaires[0], label: long }] },
      "Intitulé de la contribution volontaire 1",
    ],
    [
      "a governance role",
      { gouvernance: [{ ...d.gouvernance[0], role: long }] },
      "Rôle de gouvernance 1",
    ],
  ])("%s of 40 000 characters is refused (a cell holds 32 767)", async (_, changes, what) => {
    await expect(computeBudget(inputsWith(changes as Changes))).rejects.toThrow(
      `${what} trop long : 40 000 caractères. Valeur attendue : au plus 200 caractères.`
    );
  });

  test("a funder's label with a control character is refused, the character shown as its symbol", async () => {
    const changes = { financeurs: [{ ...d.financeurs[0], label: "ARS\u001b[2J" }] };
    await expect(computeBudget(inputsWith(changes as Changes))).rejects.toThrow(
      "Nom du financeur 1 invalide : « ARS␛[2J » contient un caractère de contrôle"
    );
  });
});

describe("lists of the budget: each line a row of the workbook, at most LIMITS.lignes", () => {
  const d = defaultBudgetInputs();
  const many = <T>(line: T, n: number) => Array.from({ length: n }, () => line);
  test.each([
    ["funders", { financeurs: many(d.financeurs[0], 101) }, "Financeurs"],
    ["charges", { charges: many(d.charges[0], 101) }, "Charges"],
    ["governance roles", { gouvernance: many(d.gouvernance[0], 101) }, "Rôles de gouvernance"],
    [
      "mission remunerations",
      { remunerationsMissions: many(d.remunerationsMissions[0], 101) },
      "Rémunérations des missions",
    ],
    [
      "contributions",
      { contributionsVolontaires: many(d.contributionsVolontaires[0], 101) },
      "Contributions volontaires",
    ],
  ])("101 %s are refused", async (_, changes, what) => {
    await expect(computeBudget(inputsWith(changes as Changes))).rejects.toThrow(
      `${what} : 101 lignes. Valeur attendue : au plus ${LIMITS.lignes} lignes.`
    );
  });

  test("100 funders are a budget: one Paramètres row each, the threshold reading them all", async () => {
    const financeurs = Array.from({ length: LIMITS.lignes }, (_, i) => ({
      ...d.financeurs[0],
      label: `Financeur ${i + 1}`,
      annee1: 100,
    }));
    const model = await computeBudget(inputsWith({ financeurs }));
    expect(model.financeurs).toHaveLength(100);
    expect(model.annees[0].financeurs).toBe(10000);
  });
});
