import { monthsBegun } from "../../src/domain/realise/rules";
import { cell, formula } from "../../src/domain/rules/expr";
import {
  compareWithBudget,
  monthsElapsed,
  type RealiseSummary,
} from "../../src/domain/realise/aggregate";
import { defaultMappings, realiseLines } from "../../src/domain/realise/lines";
import { readEntries } from "../../src/domain/realise/read";
import {
  BOOKS,
  fecText,
  type FecOptions,
  latin9Bytes,
  realiseBudget,
} from "../helpers/realiseFiles";

// Periods of the budget (signed 1 March 2025, exercices on the calendar year): année 1, année 2, exercices 2025, 2026
// and 2027 (the third overlaps année 2 until 28 February 2027).
const PERIODS = 5;
const line = (s: RealiseSummary, compte: string) =>
  [...s.charges, ...s.produits].find((l) => l.compte === compte)!;
const envelope = (s: RealiseSummary, mission: string) =>
  s.enveloppes.find((e) => e.mission === mission)!;

async function summaryOf(input: string | Uint8Array) {
  return compareWithBudget(await realiseBudget(), readEntries(input));
}

describe("budget versus actual from a FEC, against a hand computation", () => {
  test.each<[string, FecOptions, (t: string) => string | Uint8Array]>([
    ["Debit/Credit, tab, UTF-8", {}, (t) => t],
    [
      "Montant/Sens, « | », CRLF, ISO-8859-15",
      { sens: "DC", separator: "|", eol: "\r\n" },
      latin9Bytes,
    ],
  ])("%s: per line, per period", async (_, options, encode) => {
    const s = await summaryOf(encode(fecText(BOOKS, options)));
    expect(s.periodes.map((p) => `${p.kind} ${p.numero} ${p.debut} ${p.fin}`)).toEqual([
      "annee 1 2025-03-01 2026-02-28",
      "annee 2 2026-03-01 2027-02-28",
      "exercice 1 2025-01-01 2025-12-31",
      "exercice 2 2026-01-01 2026-12-31",
      "exercice 3 2027-01-01 2027-12-31",
    ]);
    // 606: 100,50 on 10/03/2025 and 200 on 15/01/2026 (année 1), 50 on 05/03/2026 (année 2); the 10 € of 20/12/2024
    // fall in no period. 6061… maps to 606 by its prefix.
    expect(line(s, "606").realise).toEqual([300.5, 50, 100.5, 250, 0]);
    // 625100 → 625, 625700 → 6257 (the longest prefix).
    expect(line(s, "625").realise).toEqual([80, 0, 80, 0, 0]);
    expect(line(s, "6257").realise).toEqual([45.3, 0, 45.3, 0, 0]);
    // 74: 60 000 received on 30/06/2025, 1 000 paid back on 10/02/2026, 40 000 on 01/07/2026.
    expect(line(s, "74").realise).toEqual([59000, 40000, 60000, 39000, 0]);
    expect(line(s, "756").realise).toEqual([200, 0, 200, 0, 0]);
    expect(s.totalCharges.realise).toEqual([425.8, 50, 225.8, 250, 0]);
    expect(s.totalProduits.realise).toEqual([59200, 40000, 60200, 39000, 0]);
    expect(s.subventions.map((x) => [x.exercice, x.recues, x.depasse])).toEqual([
      [1, 60000, false],
      [2, 39000, false],
      [3, 0, false],
    ]);
    expect(s.nonAffecte).toEqual([
      { compte: "671000", libelle: "Charges exceptionnelles", debit: 30, credit: 0, ecritures: 1 },
    ]);
    expect(s.comptes).toEqual({
      ecritures: 24,
      desequilibrees: 0,
      ecartTotal: 0,
      horsPeriode: 2,
      nonAffectees: 1,
      autresComptes: 13,
    });
    expect(s.couvert).toEqual([true, true, true, true, false]);
  });

  test("budget per exercice: each contract year's budget prorated by its days in the exercice", async () => {
    const s = await summaryOf(fecText(BOOKS));
    // 606 budgets 1 200 € a year. 2025 holds 306 of année 1's 365 days: 1 200 × 306 / 365 = 1 006,03; 2026 the last
    // 59 days of année 1 and the first 306 of année 2: 1 200; 2027 the last 59 of année 2: 193,97.
    expect(line(s, "606").budget).toEqual([1200, 1200, 1006.03, 1200, 193.97]);
    expect(line(s, "606").ecart).toEqual([-899.5, -1150, -905.53, -950, -193.97]);
    expect(line(s, "606").consomme[0]).toBeCloseTo(300.5 / 1200, 12);
    // Nothing budgeted on 756 (no member dues): no percentage.
    expect(line(s, "756").consomme).toEqual(["", "", "", "", ""]);
  });

  test("year-end projection: actual + the budget's twelfths of the months left", async () => {
    const s = await summaryOf(fecText(BOOKS));
    // Last entry on 01/07/2026: année 1 over, année 2 in its 5th month (March to July), 7 months left.
    expect(s.arrete).toBe("2026-07-01");
    expect(s.moisEcoules).toEqual([12, 5]);
    expect(line(s, "606").projection).toEqual([300.5, 50 + (1200 * 7) / 12]);
    expect(line(s, "625").projection).toEqual([80, 583.33]);
    // 74: 40 000 received in année 2, and 140 000 × 7 / 12 = 81 666,67 to come.
    expect(line(s, "74").projection).toEqual([59000, 121666.67]);
  });

  test("months elapsed: DATEDIF in months + 1, within 0 and 12", () => {
    expect(monthsElapsed("2025-03-01", undefined)).toBe(0);
    expect(monthsElapsed("2025-03-01", "2025-02-28")).toBe(0);
    expect(monthsElapsed("2025-03-01", "2025-03-01")).toBe(1);
    expect(monthsElapsed("2025-03-15", "2025-04-14")).toBe(1);
    expect(monthsElapsed("2025-03-15", "2025-04-15")).toBe(2);
    expect(monthsElapsed("2025-03-01", "2030-01-01")).toBe(12);
    // The rule the Réalisé sheet prints, over its cells.
    expect(formula(monthsBegun(cell("B4", 0), cell("C3", 0)))).toBe(
      'IF(C3<B4,0,MIN(12,DATEDIF(B4,C3,"m")+1))'
    );
  });

  test("bank (512) at the end of each month of the plan, up to the last entry's month, opening entries included", async () => {
    const s = await summaryOf(fecText(BOOKS));
    // 20/12/2024 −10 and the opening 5 000 on 01/01/2025, then −100,50 in March 2025.
    expect(s.banque[0]).toMatchObject({ mois: "2025-03", realise: 4889.5 });
    expect(s.banque.map((b) => b.mois)).toHaveLength(17);
    expect(s.banque[3]).toMatchObject({ mois: "2025-06", realise: 64764.2 });
    expect(s.banque[16]).toMatchObject({ mois: "2026-07", realise: 103684.2 });
    expect(s.banqueFin).toBe(103684.2);
    const model = await realiseBudget();
    expect(s.banque.map((b) => b.prevu)).toEqual(
      model.tresorerie.months.slice(0, 17).map((m) => m.soldeFin)
    );
  });

  test("envelopes without an analytic column: each line's own split", async () => {
    const s = await summaryOf(fecText(BOOKS));
    expect(envelope(s, "fonctionnement").realise).toEqual([300.5, 50, 100.5, 250, 0]);
    expect(envelope(s, "acces").realise).toEqual([80, 0, 80, 0, 0]);
    expect(envelope(s, "prevention").realise).toEqual([45.3, 0, 45.3, 0, 0]);
    expect(envelope(s, "parcours").realise).toEqual([0, 0, 0, 0, 0]);
    // The envelopes' budgets share out the charges' budget (to the cent per envelope).
    for (let p = 0; p < PERIODS; p++) {
      const sum = s.enveloppes.reduce((t, e) => t + e.budget[p], 0);
      expect(Math.abs(sum - s.totalCharges.budget[p])).toBeLessThan(0.05);
    }
  });
});

describe("the simple CSV with an envelope column", () => {
  const CSV = [
    "date;compte;libelle;debit;credit;enveloppe",
    "10/03/2025;606100;Encre pour l'atelier prévention;100,50;;Prévention",
    "15/04/2025;606;Fournitures;20;;",
    '20/05/2025;625100;"Trajet; Dole";80,00;;parcours',
    "20/05/2025;625100;Annulation;;10,00;parcours",
    "2026-03-05;6257;Buffet;45,30;;",
    "30/06/2025;512;ACI;60000;;",
    "30/06/2025;7411;ACI;;60000;",
  ].join("\n");

  test("an envelope given goes to it, the others follow their line's split; totals by hand", async () => {
    const s = await summaryOf(CSV);
    expect(line(s, "606").realise).toEqual([120.5, 0, 120.5, 0, 0]);
    expect(line(s, "606").sansEnveloppe).toEqual([20, 0, 20, 0, 0]);
    expect(line(s, "625").realise).toEqual([70, 0, 70, 0, 0]);
    expect(envelope(s, "prevention").realise).toEqual([100.5, 45.3, 100.5, 45.3, 0]);
    expect(envelope(s, "fonctionnement").realise).toEqual([20, 0, 20, 0, 0]);
    expect(envelope(s, "parcours").realise).toEqual([70, 0, 70, 0, 0]);
    expect(envelope(s, "acces").realise).toEqual([0, 0, 0, 0, 0]);
    expect(s.subventions[0].recues).toBe(60000);
    expect(s.banqueFin).toBe(60000);
  });

  test("the account table can send an account elsewhere: the longest prefix wins", async () => {
    const model = await realiseBudget();
    const mappings = [...defaultMappings(realiseLines(model)), { prefixe: "6251", ligne: "6257" }];
    const s = compareWithBudget(model, readEntries(CSV), mappings);
    expect(line(s, "625").realise).toEqual([0, 0, 0, 0, 0]);
    expect(line(s, "6257").realise).toEqual([70, 45.3, 70, 45.3, 0]);
  });

  test("over the threshold: subsidies received above 153 000 € in an exercice", async () => {
    const s = await summaryOf("date;compte;libelle;debit;credit\n30/06/2025;741;ACI;;153000,01\n");
    expect(s.subventions[0]).toMatchObject({ recues: 153000.01, seuil: 153000, depasse: true });
    expect(s.comptes.nonAffectees).toBe(0);
  });
});
