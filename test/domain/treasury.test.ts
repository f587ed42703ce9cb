import { type BudgetModel, computeBudget } from "../../src/domain/budget";
import { defaultBudgetInputs } from "../../src/domain/budgetInputs";
import { aciCashBetween, aciPaymentSchedule, contractAnniversary } from "../../src/domain/cashPlan";
import { MISSIONS } from "../../src/domain/data/aciGrid";
import { cents, DomainError } from "../../src/domain/errors";
import {
  cashPlanOptions,
  computeReceipts,
  TREASURY_HYPOTHESES,
  TREASURY_MONTHS,
} from "../../src/domain/treasury";
import { type Changes, forumInputs, inputs } from "../helpers/budgetInputs";

/**
 * The forum's Chambéry CPTS (000_b6e12858d4e2d6a1.txt): taille 3, ACI signed on 28 December 2023, a freelance
 * coordinator two days a week (96 days a year at 500 €: 4 000 € a month) for the 36 months, a chargée de mission
 * (5 000 € a month), rent 600 € a month; insurance 600 €, the expert-comptable 2 400 € and the CAC 4 800 € paid in
 * June; 40 members paying 20 €, received in June. Every figure below is worked by hand.
 */
const forum = forumInputs;

const chargeLines = (model: BudgetModel) => model.charges.flatMap((c) => c.lignes);
const sum = (values: number[]) => cents(values.reduce((s, v) => s + v, 0));
/** What the « actions à détailler » lines (the envelopes' remainders) pay in each month of the plan. */
const actionsPaid = (model: BudgetModel) => {
  const lines = chargeLines(model).flatMap((l, i) => (l.kind === "actions" ? [i] : []));
  return model.tresorerie.months.map((m) => lines.reduce((s, i) => s + m.decaissements[i], 0));
};
/**
 * The closing balances with the « actions à détailler » put back: the forum's own charges, worked by hand below
 * (the remainders of its envelopes, spent month by month, come on top).
 */
const balances = (model: BudgetModel) => {
  const actions = actionsPaid(model);
  let spent = 0;
  return Object.fromEntries(
    model.tresorerie.months.map((m, k) => {
      spent += actions[k];
      return [m.mois, cents(m.soldeFin + spent)];
    })
  );
};

describe("the forum's CPTS: T3 signed on 28 December 2023, missions started at 6 and 12 months", () => {
  let model: BudgetModel;
  beforeAll(async () => {
    model = await computeBudget(forum());
  });

  test("mission starts default to the latest the ACI allows, with their first-year prorata", () => {
    const { demarrages } = model.tresorerie;
    // A1 = 2024-12-28; year 1 has 366 days; 183 are left after 28 June 2024.
    expect(demarrages.acces).toEqual({
      date: "2024-06-28",
      auPlusTard: "2024-06-28",
      prorata: 0.5,
    });
    expect(demarrages.crise.prorata).toBe(0.5);
    expect(demarrages.parcours).toEqual({
      date: "2024-12-28",
      auPlusTard: "2024-12-28",
      prorata: 0,
    });
    expect(demarrages.prevention.prorata).toBe(0);
  });

  test("36 months from December 2023: 9 600 € paid each month, 3 000 € more in June 2024, 7 800 € (CAC fee included) from June 2025", () => {
    const { months } = model.tresorerie;
    expect(months).toHaveLength(TREASURY_MONTHS);
    expect([months[0].mois, months[35].mois]).toEqual(["2023-12", "2026-11"]);
    expect(months.map((m) => m.annee)).toEqual([
      ...Array(12).fill(1),
      ...Array(12).fill(2),
      ...Array(12).fill(3),
    ]);
    // The CAC fee (4 800 €) is retained from contract year 2, which overlaps exercice 2025 (above the threshold).
    const june = (mois: string) => (mois === "2024-06" ? 12600 : 17400);
    const actions = actionsPaid(model);
    months.forEach((m, k) =>
      expect(m.totalDecaissements - actions[k]).toBeCloseTo(
        m.mois.endsWith("-06") ? june(m.mois) : 9600,
        6
      )
    );
  });

  test("receipts: 75 000 at signature, 56 250 + 800 in June 2024, 204 375 in February 2025, 250 000 in February 2026", () => {
    const receipts = Object.fromEntries(
      model.tresorerie.months
        .filter((m) => m.encaissements > 0)
        .map((m) => [m.mois, m.encaissements])
    );
    // June 2024: accès 0.75 × 90 000 × 0.5 + crise 45 000 × 0.5, and the dues. February 2025 = A1 + 2 months.
    expect(receipts).toEqual({
      "2023-12": 75000,
      "2024-06": 57050,
      "2025-02": 204375,
      "2025-06": 800,
      "2026-02": 250000,
      "2026-06": 800,
    });
  });

  test("with its own charges, the bank balance runs out in January 2025, at −5 350 €", () => {
    // Each month's balance is rounded to the cent: put back, the twelfths of the remainders drift by a cent or so.
    const b = balances(model);
    expect(b["2023-12"]).toBeCloseTo(65400, 1); // 75 000 − 9 600
    expect(b["2024-05"]).toBeCloseTo(17400, 1); // − 5 × 9 600
    expect(b["2024-06"]).toBeCloseTo(61850, 1); // + 57 050 − 12 600
    expect(b["2024-11"]).toBeCloseTo(13850, 1); // − 5 × 9 600
    expect(b["2024-12"]).toBeCloseTo(4250, 1);
    expect(b["2025-01"]).toBeCloseTo(-5350, 1);
    expect(b["2025-02"]).toBeCloseTo(189425, 1); // + 204 375 − 9 600
    // Spending what remains of each envelope month by month deepens the gap: the plan's minimum is lower still.
    expect(model.tresorerie.min).toBeLessThan(-5350);
    expect(model.tresorerie.besoin).toBe(-model.tresorerie.min);
  });

  test("an opening balance shifts every month; enough of it and nothing is negative", async () => {
    const { besoin } = model.tresorerie;
    const funded = await computeBudget(forum({ soldeInitial: besoin }));
    expect(funded.tresorerie.months.map((m) => m.soldeFin)).toEqual(
      model.tresorerie.months.map((m) => cents(m.soldeFin + besoin))
    );
    expect(funded.tresorerie).toMatchObject({
      min: 0,
      moisMin: model.tresorerie.moisMin,
      besoin: 0,
    });
    expect(funded.tresorerie.firstNegativeMonth).toBeUndefined();
  });

  test("153 000 € per calendar exercice: under it in 2023 and 2024, received or granted; over it in 2025, the third exercice", () => {
    const [e1, e2, e3] = model.tresorerie.exercices;
    expect([e1.debut, e1.fin, e2.debut, e2.fin]).toEqual([
      "2023-01-01",
      "2023-12-31",
      "2024-01-01",
      "2024-12-31",
    ]);
    expect(e1.encaissees).toMatchObject({
      aci: 75000,
      autres: 0,
      seuil: { counted: 75000, cacMandatory: false },
    });
    expect(e2.encaissees).toMatchObject({
      aci: 56250,
      seuil: { counted: 56250, cacMandatory: false },
    });
    // Granted for 2023: 4 of the 366 days of year 1's fonctionnement, 75 000 × 4 / 366.
    expect(e1.allouees).toMatchObject({
      aci: 819.67,
      seuil: { counted: 819.67, cacMandatory: false },
    });
    // 2024: the other 362 days (74 180.33), accès year 1 (45 000) and the crisis plan (22 500) whose periods start on
    // 28 June 2024, and 4 of the 365 days of year 2 (250 000 € due, 2 739.75 to the cent event by event).
    expect(e2.allouees.aci).toBe(144420.08);
    expect(e2.allouees.seuil.cacMandatory).toBe(false);
    // Contract year 2 (28/12/2024 – 27/12/2025) runs into 2025: a third exercice is tested, and receives A1's payment.
    expect(e3).toMatchObject({ teste: true, debut: "2025-01-01", fin: "2025-12-31" });
    expect(e3.encaissees.seuil).toMatchObject({ counted: 204375, cacMandatory: true });
    // The Budget books the calendar's cash: year 1 under the threshold, the CAC fee from year 2 (which overlaps 2025).
    expect(model.annees.map((a) => a.aci)).toEqual([131250, 204375]);
    expect(model.annees[0].seuil.cacMandatory).toBe(false);
    expect(model.annees.map((a) => a.honorairesCac)).toEqual([0, 4800]);
  });

  test("an exercice starting in July: 131 250 € received in 2023-24, 204 375 € in 2024-25", async () => {
    const july = await computeBudget(forum({ debutExercice: 7 }));
    const [e1, e2] = july.tresorerie.exercices;
    expect([e1.debut, e1.fin, e2.debut, e2.fin]).toEqual([
      "2023-07-01",
      "2024-06-30",
      "2024-07-01",
      "2025-06-30",
    ]);
    expect(e1.encaissees.seuil.counted).toBe(131250);
    expect(e2.encaissees.seuil).toMatchObject({ counted: 204375, cacMandatory: true });
  });
});

describe("T2 signed on 1 June 2022, before the financement additionnel cut-off", () => {
  let model: BudgetModel;
  beforeAll(async () => {
    model = await computeBudget(
      inputs({ taille: 2, dateSignature: "2022-06-01", demarrages: "au-plus-tard" })
    );
  });

  test("2022: 148 630.13 € received, under the threshold even with the 45 000 € additionnel", () => {
    const [e1] = model.tresorerie.exercices;
    // 60 000 + 45 000 at signature; accès 26 178.08 and crise 17 452.05 on 1 December 2022 (182 of 365 days left).
    expect(e1.encaissees.aci).toBe(148630.13);
    expect(e1.encaissees.seuil.cacMandatory).toBe(false);
    // Granted: 214 of the 365 days of year 1 for fonctionnement (35 178.08 + 26 383.56), 31 of the 182 days of
    // accès (4 458.90 + 1 486.30) and crise (2 972.60) from 1 December.
    expect(e1.allouees.aci).toBe(70479.44);
  });

  test("2023: 161 226.03 € received on 1 August (A1 + 2 months) and 202 354.86 € granted: both above", () => {
    const [, e2] = model.tresorerie.exercices;
    expect(e2.encaissees.seuil).toMatchObject({ counted: 161226.03, cacMandatory: true });
    // Year 1 for its last 151 days (86 876.72), year 2 for 214 of its 366 days (115 478.14).
    expect(e2.allouees.seuil).toMatchObject({ counted: 202354.86, cacMandatory: true });
  });

  test("the additionnel is an event of the calendar, at signature", () => {
    const additionnel = model.tresorerie.evenements.find((e) => e.kind === "additionnel")!;
    expect(additionnel).toMatchObject({
      date: "2022-06-01",
      amount: 45000,
      alloue: [26383.56, 18616.44, 0],
    });
  });

  test("a funder marked public counts where its money falls; the ACI can be left out", async () => {
    const base = defaultBudgetInputs();
    const withArs = await computeBudget(
      inputs({
        taille: 2,
        dateSignature: "2022-06-01",
        demarrages: "au-plus-tard",
        moisAnnuel: 9,
        aciSubventionPublique: false,
        financeurs: base.financeurs.map((f) =>
          f.kind === "ars" ? { ...f, annee1: 20000, annee2: 10000 } : f
        ),
      })
    );
    const [e1, e2] = withArs.tresorerie.exercices;
    // Year 1's 20 000 arrives in September 2022, year 2's 10 000 in September 2023.
    expect(e1.encaissees).toMatchObject({
      aci: 148630.13,
      autres: 20000,
      seuil: { counted: 20000 },
    });
    expect(e2.encaissees).toMatchObject({ autres: 10000, seuil: { counted: 10000 } });
    // Granted 2022: 20 000 × 214 / 365.
    expect(e1.allouees.autres).toBe(11726.03);
  });
});

describe("the plan follows the budget: no figure computed twice", () => {
  const base = defaultBudgetInputs();
  const scenarios: [string, Changes][] = [
    ["GE 24 months", { taille: 2 }],
    ["GE 18 months, half time", { taille: 1, coordinateur: { mois: 18, etp: 0.5 } }],
    [
      "GE 30 months, annual items in March",
      { taille: 4, membres: 120, moisAnnuel: 3, coordinateur: { mois: 30 } },
    ],
    [
      "direct hire 20 months",
      { taille: 3, coordinateur: { mode: "salarie", coef: 170, mois: 20 } },
    ],
    [
      "freelance 14 months",
      {
        taille: 1,
        coordinateur: { mode: "prestataire", tarifJour: 450, joursParAn: 110, mois: 14 },
      },
    ],
    [
      "every option, charges and rhythms",
      {
        taille: 3,
        dateSignature: "2024-02-29",
        optionnelles: true,
        tauxVariable: 0.7,
        crise: true,
        lagMonths: 11,
        honorairesCac: 5000,
        membres: 80,
        cotisationParMembre: 15,
        missionStarts: { acces: "2024-05-15", qualite: "2024-10-01" },
        financeurs: base.financeurs.map((f, i) => ({ ...f, annee1: 5000 * i, annee2: 1000 * i })),
        charges: base.charges.map((c, i) => ({
          ...c,
          annee1: 1111.11 * (i + 1),
          annee2: 777.77 * i,
          rythme: i % 2 ? "annuel" : "mensuel",
        })),
        gouvernance: base.gouvernance.map((g, i) => ({ ...g, heuresParPersonne: 10 * i + 3 })),
        remunerationsMissions: base.remunerationsMissions.map((r, i) => ({
          ...r,
          heuresAnnee1: i % 2 ? undefined : 111.1 * (i + 1),
        })),
      },
    ],
  ];

  test.each(scenarios)(
    "%s: each line's payments over contract years 1 and 2 are the budget's charges",
    async (_, c) => {
      const model = await computeBudget(inputs(c));
      const { months } = model.tresorerie;
      chargeLines(model).forEach((line, l) => {
        for (const y of [0, 1]) {
          const paid = months.filter((m) => m.annee === y + 1).map((m) => m.decaissements[l]);
          expect([line.label, y + 1, sum(paid)]).toEqual([
            line.label,
            y + 1,
            cents(line.montants[y]),
          ]);
        }
      });
      for (const y of [0, 1]) {
        const totals = months.filter((m) => m.annee === y + 1).map((m) => m.totalDecaissements);
        expect(sum(totals)).toBeCloseTo(model.annees[y].totalCharges, 2);
      }
    }
  );

  test.each(scenarios)(
    "%s: the ACI receipts are the payment calendar's, and the balance adds up",
    async (_, c) => {
      const budgetInputs = inputs(c);
      const model = await computeBudget(budgetInputs);
      const t = model.tresorerie;
      const options = cashPlanOptions(budgetInputs);
      const first = `${t.months[0].mois}-01`;
      const last = contractAnniversary(first, 3); // the day after month 36
      const lastDay = new Date(Date.parse(last) - 86_400_000).toISOString().slice(0, 10);
      const aci = sum(t.months.flatMap((m) => MISSIONS.map((mission) => m.aci[mission])));
      expect(aci).toBe(aciCashBetween(options, first, lastDay));
      // The calendar's events are the schedule's payments of years 1 to 3, zero amounts aside.
      const schedule = aciPaymentSchedule(options, 3);
      expect(sum(t.evenements.map((e) => e.amount))).toBe(sum(schedule.map((p) => p.amount)));
      expect(t.evenements.filter((e) => e.amount > 0)).toHaveLength(schedule.length);
      t.months.forEach((m, i) => {
        expect(m.soldeDebut).toBe(
          i === 0 ? (budgetInputs.soldeInitial ?? 0) : t.months[i - 1].soldeFin
        );
        expect(m.soldeFin).toBe(cents(m.soldeDebut + m.encaissements - m.totalDecaissements));
      });
      expect(t.min).toBe(Math.min(...t.months.map((m) => m.soldeFin)));
    }
  );

  test("the calendar has the same rows whatever the options: the workbook's table is fixed", async () => {
    const keys = (model: BudgetModel) =>
      model.tresorerie.evenements.map((e) => `${e.mission}.${e.kind}.${e.contractYear}`);
    const [plain, rich] = await Promise.all(
      scenarios.map(([, c]) => computeBudget(inputs(c))).filter((_, i) => i % 5 === 0)
    );
    expect(keys(plain)).toEqual(keys(rich));
    // Years 1 to 3: fonctionnement (6 rows), five missions with an advance, a balance and a variable part each year
    // (9 rows each), crise with its plan or update and a survenue each year (6 rows).
    expect(keys(plain)).toHaveLength(57);
  });

  test("a contract year that is the exercice: what is granted for it is what falls due for it", async () => {
    const model = await computeBudget(
      inputs({
        taille: 1,
        dateSignature: "2025-01-01",
        tauxVariable: 0.5,
        optionnelles: true,
        crise: true,
      })
    );
    const [e1, e2, e3] = model.tresorerie.exercices;
    [e1, e2].forEach((e, x) => {
      const due = model.tresorerie.evenements
        .filter((ev) => ev.contractYear === x + 1)
        .map((ev) => ev.amount);
      expect(e.allouees.aci).toBe(sum(due));
    });
    // Signed on an exercice's first day, the two contract years are exercices 1 and 2: the third is not tested.
    expect(e3).toMatchObject({ teste: false, encaissees: { seuil: { counted: 0 } } });
  });
});

describe("timing of the other items", () => {
  test("GE over 30 months: set-up fee in month 1, end fee in month 30, invoices through month 30", async () => {
    const model = await computeBudget(inputs({ coordinateur: { mois: 30 } }));
    const l = chargeLines(model).findIndex((line) => line.kind === "ge");
    const c = model.equipe.postes[0];
    const ge = model.tresorerie.months.map((m) => m.decaissements[l]);
    expect(ge[0]).toBeCloseTo(c.factureMensuelleGe + c.fraisMiseEnPlace, 6);
    expect(ge[1]).toBeCloseTo(c.factureMensuelleGe, 6);
    expect(ge[29]).toBeCloseTo(c.factureMensuelleGe + c.fraisFin, 6);
    expect(ge.slice(30)).toEqual(Array(6).fill(0));
  });

  test("annual items in the chosen calendar month; other funders not assumed in year 3, dues are", async () => {
    const base = defaultBudgetInputs();
    const model = await computeBudget(
      inputs({
        dateSignature: "2025-03-01",
        moisAnnuel: 2,
        honorairesCac: 3000,
        membres: 10,
        cotisationParMembre: 50,
        financeurs: base.financeurs.map((f) =>
          f.kind === "ars" ? { ...f, annee1: 24000, annee2: 12000 } : f
        ),
      })
    );
    const byMonth = (f: (m: BudgetModel["tresorerie"]["months"][number]) => number) =>
      Object.fromEntries(
        model.tresorerie.months.filter((m) => f(m) !== 0).map((m) => [m.mois, f(m)])
      );
    // Months 1–12 run from March 2025 to February 2026: each contract year has one February.
    expect(byMonth((m) => m.financeurs[0])).toEqual({ "2026-02": 24000, "2027-02": 12000 });
    expect(byMonth((m) => m.cotisations)).toEqual({
      "2026-02": 500,
      "2027-02": 500,
      "2028-02": 500,
    });
    const cac = chargeLines(model).findIndex((line) => line.kind === "cac");
    expect(model.tresorerie.versements[cac]).toBe("annuel");
    expect(byMonth((m) => m.decaissements[cac])).toEqual({
      "2026-02": 3000,
      "2027-02": 3000,
      "2028-02": 3000,
    });
  });

  test("rhythms: monthly lines pay a twelfth each month, annual ones once; defaults are monthly", async () => {
    const base = defaultBudgetInputs();
    const model = await computeBudget(
      inputs({
        charges: [
          { ...base.charges[1], annee1: 1200, annee2: 2400 },
          { ...base.charges[2], annee1: 900, annee2: 900, rythme: "annuel" },
          {
            label: "Sans rythme",
            compte: "606",
            enveloppe: "fonctionnement",
            annee1: 600,
            annee2: 0,
          },
        ],
      })
    );
    const lines = chargeLines(model);
    const [rent, insurance, plain] = ["Locations", "Assurances", "Sans rythme"].map((label) =>
      lines.findIndex((line) => line.label.startsWith(label))
    );
    const months = model.tresorerie.months;
    expect(model.tresorerie.versements[plain]).toBe("mensuel");
    expect(months[0].decaissements[rent]).toBe(100);
    expect(months[12].decaissements[rent]).toBe(200);
    expect(months[30].decaissements[rent]).toBe(200); // year 3 repeats year 2
    expect(months.filter((m) => m.decaissements[insurance] > 0).map((m) => m.mois)).toEqual([
      "2025-06",
      "2026-06",
      "2027-06",
    ]);
    expect(months[0].decaissements[plain]).toBe(50);
  });
});

describe("the receipts and the exercices' threshold come before the charges", () => {
  test("computeReceipts gives the plan's ACI payments, funders' receipts and exercices, from the funders alone", async () => {
    const financeurs = defaultBudgetInputs().financeurs.map((f, i) => ({
      ...f,
      annee1: 4000 * (i + 1),
      annee2: 1500 * i,
    }));
    const budgetInputs = forum({ financeurs, moisAnnuel: 3, debutExercice: 7 });
    const model = await computeBudget(budgetInputs);
    const receipts = computeReceipts(budgetInputs, model.financeurs);
    expect(receipts.exercices).toEqual(model.tresorerie.exercices);
    expect(receipts.evenements).toEqual(model.tresorerie.evenements);
    expect(receipts.demarrages).toEqual(model.tresorerie.demarrages);
    expect(receipts.financeursParMois).toEqual(model.tresorerie.months.map((m) => m.financeurs));
    expect(receipts.aciMonths.map((m) => m.byMission)).toEqual(
      model.tresorerie.months.map((m) => m.aci)
    );
  });

  test("the charges, the CAC fee among them, never move the exercices' figures", async () => {
    const light = await computeBudget(forum({ honorairesCac: 0, charges: [] }));
    const heavy = await computeBudget(forum({ honorairesCac: 9000 }));
    expect(heavy.annees[0].totalCharges).toBeGreaterThan(light.annees[0].totalCharges);
    expect(heavy.tresorerie.exercices).toEqual(light.tresorerie.exercices);
  });
});

describe("hypotheses and bad inputs", () => {
  test("printable French sentences: the 36 months, the rhythms, the exercices", () => {
    expect(TREASURY_HYPOTHESES.some((h) => h.includes("36 mois"))).toBe(true);
    expect(
      TREASURY_HYPOTHESES.some(
        (h) => h.includes("Honoraires du commissaire aux comptes (Budget)") && h.includes("L612-4")
      )
    ).toBe(true);
    expect(TREASURY_HYPOTHESES.some((h) => h.includes("« annuel »"))).toBe(true);
    expect(
      TREASURY_HYPOTHESES.some((h) =>
        h.includes("exercice 1 est celui qui contient le premier jour du budget")
      )
    ).toBe(true);
  });

  const cases: [string, Changes, string, RegExp][] = [
    [
      "month of annual items 13",
      { moisAnnuel: 13 },
      "mois_annuel",
      /Mois des éléments annuels invalide : 13/,
    ],
    ["exercice starting in month 0", { debutExercice: 0 }, "debut_exercice", /de 1 à 12/],
    [
      "opening balance not a number",
      { soldeInitial: Number.NaN },
      "solde_initial",
      /Trésorerie au départ invalide/,
    ],
    [
      "lag of 12 months",
      { lagMonths: 12 },
      "delai_mois",
      /Délai de paiement \(mois\) invalide : 12/,
    ],
    [
      "a mission started too late",
      { missionStarts: { parcours: "2026-03-02" } },
      "demarrage",
      /« Parcours pluriprofessionnels » trop tardive/,
    ],
    [
      "an unknown rhythm",
      { charges: [{ ...defaultBudgetInputs().charges[0], rythme: "trimestriel" as "mensuel" }] },
      "rythme",
      /Rythme de versement invalide pour « Outils informatiques et numériques \(abonnements, site, visio, agenda partagé\) » : « trimestriel »/,
    ],
  ];
  test.each(cases)("%s", async (_, changes, argument, message) => {
    const error = await computeBudget(inputs(changes)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).argument).toBe(argument);
    expect((error as DomainError).message).toMatch(message);
  });
});
