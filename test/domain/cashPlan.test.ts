import { aciLine } from "../../src/domain/aci";
import {
  type AciPayment,
  aciCalendar,
  aciCashBetween,
  aciPaymentSchedule,
  CASH_PLAN_HYPOTHESES,
  type CashPlanOptions,
  contractAnniversary,
  latestMissionStarts,
  monthlyAciInflows,
} from "../../src/domain/cashPlan";
import { type Mission, MISSIONS } from "../../src/domain/data/aciGrid";
import { cents, DomainError } from "../../src/domain/errors";

const sum = (payments: AciPayment[]) =>
  Math.round(payments.reduce((s, p) => s + p.amount, 0) * 100) / 100;
const on = (payments: AciPayment[], date: string) => payments.filter((p) => p.date === date);
const pick = (payments: AciPayment[], date: string, mission: Mission) =>
  on(payments, date)
    .filter((p) => p.mission === mission)
    .map((p) => [p.kind, p.contractYear, p.amount]);
/** ISO date n months later, clamped to the month's end. */
const plusMonths = (date: string, n: number) => {
  const [y, m, d] = date.split("-").map(Number);
  const last = new Date(Date.UTC(y, m - 1 + n + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + n, Math.min(d, last))).toISOString().slice(0, 10);
};
const allAt = (date: string) =>
  Object.fromEntries(MISSIONS.map((m) => [m, date])) as Record<Mission, string>;

describe("default mission starts", () => {
  test("the latest the ACI allows: accès and crise +6 months, parcours, prévention and optionals +12 months", () => {
    expect(latestMissionStarts("2023-12-28")).toEqual({
      fonctionnement: "2023-12-28",
      acces: "2024-06-28",
      crise: "2024-06-28",
      parcours: "2024-12-28",
      prevention: "2024-12-28",
      qualite: "2024-12-28",
      accompagnement: "2024-12-28",
    });
  });

  test("month ends are clamped", () => {
    expect(latestMissionStarts("2023-08-31").acces).toBe("2024-02-29");
    expect(contractAnniversary("2024-02-29", 1)).toBe("2025-02-28");
    expect(contractAnniversary("2024-02-29", 4)).toBe("2028-02-29");
  });
});

describe("T3 signed on 28 December 2023 (the forum's Chambéry CPTS), latest starts, default lag", () => {
  // A1 = 2024-12-28; year 1 has 366 days (29 Feb 2024). Accès and crise start 2024-06-28: 183 days left, p = 0.5.
  // Parcours and prévention start at A1: p = 0, nothing for year 1. Lag 2 months: anniversary payments on 28 Feb.
  const o: CashPlanOptions = { taille: 3, dateSignature: "2023-12-28", demarrage: "au-plus-tard" };
  const schedule = aciPaymentSchedule(o);

  test("signature: fonctionnement 75 000 in full, no financement additionnel (signed after the cut-off)", () => {
    expect(on(schedule, "2023-12-28")).toEqual([
      {
        date: "2023-12-28",
        mission: "fonctionnement",
        code: "fonctionnement",
        kind: "fonctionnement",
        contractYear: 1,
        amount: 75000,
      },
    ]);
  });

  test("start of accès and crise: prorated advances", () => {
    // accès: 0.75 × 90 000 × 183/366 = 33 750; crise: plan 45 000 × 0.5 = 22 500, in full.
    expect(pick(schedule, "2024-06-28", "acces")).toEqual([["avance", 1, 33750]]);
    expect(pick(schedule, "2024-06-28", "crise")).toEqual([["avance", 1, 22500]]);
    expect(sum(on(schedule, "2024-06-28"))).toBe(56250);
  });

  test("first anniversary + 2 months (2025-02-28)", () => {
    const date = "2025-02-28";
    expect(pick(schedule, date, "fonctionnement")).toEqual([["avance", 2, 56250]]); // 0.75 × 75 000
    // balance 45 000 − 33 750, then 0.75 × 90 000
    expect(pick(schedule, date, "acces")).toEqual([
      ["solde", 1, 11250],
      ["avance", 2, 67500],
    ]);
    expect(pick(schedule, date, "parcours")).toEqual([["avance", 2, 33750]]); // 0.75 × 45 000
    expect(pick(schedule, date, "prevention")).toEqual([["avance", 2, 13125]]); // 0.75 × 17 500
    expect(pick(schedule, date, "crise")).toEqual([["avance", 2, 22500]]); // plan update, in full
    // 56 250 + 11 250 + 67 500 + 33 750 + 13 125 + 22 500
    expect(sum(on(schedule, date))).toBe(204375);
  });

  test("second anniversary + 2 months: the steady state, 250 000", () => {
    // 75 000 (18 750 + 56 250) + 90 000 + 45 000 + 17 500 + 22 500
    expect(sum(on(schedule, "2026-02-28"))).toBe(250000);
  });

  test("cash of the first contract year: 131 250 against 234 375 in the FCPTS table", () => {
    // 75 000 + 33 750 + 22 500; the table takes every mission started at signature.
    expect(aciCashBetween(o, "2023-12-28", "2024-12-27")).toBe(131250);
    expect(
      aciCashBetween({ ...o, missionStarts: allAt("2023-12-28") }, "2023-12-28", "2024-12-27")
    ).toBe(234375);
  });

  test("aciCashBetween across the calendar year and the anniversary, inclusive bounds", () => {
    expect(aciCashBetween(o, "2024-12-01", "2025-03-31")).toBe(204375);
    expect(aciCashBetween(o, "2024-06-01", "2025-03-31")).toBe(260625); // 56 250 + 204 375
    expect(aciCashBetween(o, "2025-02-28", "2025-02-28")).toBe(204375);
    expect(aciCashBetween(o, "2025-03-01", "2026-02-27")).toBe(0);
    expect(aciCashBetween({ ...o, mission: "Accès aux soins" }, "2024-06-01", "2025-03-31")).toBe(
      112500
    ); // 33 750 + 11 250 + 67 500
    expect(aciCashBetween({ ...o, mission: "socle" }, "2024-06-01", "2025-03-31")).toBe(260625);
    expect(aciCashBetween({ ...o, mission: "qualite" }, "2023-01-01", "2026-12-31")).toBe(0); // not signed
  });

  test("monthly inflows", () => {
    const rows = monthlyAciInflows(o, "2023-12", 27);
    expect(rows.map((r) => r.month).slice(0, 3)).toEqual(["2023-12", "2024-01", "2024-02"]);
    expect(rows[26].month).toBe("2026-02");
    const nonZero = Object.fromEntries(
      rows.filter((r) => r.total > 0).map((r) => [r.month, r.total])
    );
    expect(nonZero).toEqual({
      "2023-12": 75000,
      "2024-06": 56250,
      "2025-02": 204375,
      "2026-02": 250000,
    });
    expect(rows.find((r) => r.month === "2025-02")!.byMission).toEqual({
      fonctionnement: 56250,
      acces: 78750,
      parcours: 33750,
      prevention: 13125,
      crise: 22500,
      qualite: 0,
      accompagnement: 0,
    });
  });

  test("optional missions start at 12 months by default: first advance at A1 + lag", () => {
    const withOptionals = aciPaymentSchedule({ ...o, optionnelles: true });
    expect(pick(withOptionals, "2025-02-28", "qualite")).toEqual([["avance", 2, 11250]]); // 0.75 × 15 000
    expect(pick(withOptionals, "2025-02-28", "accompagnement")).toEqual([["avance", 2, 7500]]); // 0.75 × 10 000
    expect(withOptionals.some((p) => p.mission === "qualite" && p.contractYear === 1)).toBe(false);
  });

  test("the schedule covers 5 contract years: year 5's balance, no year 6 advance", () => {
    const last = schedule.filter((p) => p.date === "2029-02-28");
    expect(last.every((p) => p.kind === "solde" && p.contractYear === 5)).toBe(true);
    expect(sum(last)).toBe(18750 + 22500 + 11250 + 4375); // 25 % of each fixed part; crise has no balance
    expect(aciPaymentSchedule(o, 2).at(-1)!.date).toBe("2026-02-28");
  });
});

describe("T1 signed on 1 January 2025, hand-picked starts, lag 1 month, variable 50 %, crisis declared", () => {
  // A1 = 2026-01-01, year 1 has 365 days. Days left to A1: accès and crise from 2025-05-27: 219 (p = 0.6);
  // parcours from 2025-08-08: 146 (p = 0.4); prévention from 2025-10-20: 73 (p = 0.2).
  const o: CashPlanOptions = {
    taille: 1,
    dateSignature: "2025-01-01",
    demarrage: "au-plus-tard",
    taux: 0.5,
    crise: true,
    lagMonths: 1,
    missionStarts: {
      acces: "2025-05-27",
      crise: "2025-05-27",
      parcours: "2025-08-08",
      prevention: "2025-10-20",
    },
  };
  const schedule = aciPaymentSchedule(o);

  test("year-1 advances at each start", () => {
    expect(on(schedule, "2025-01-01").map((p) => p.amount)).toEqual([50000]);
    expect(pick(schedule, "2025-05-27", "acces")).toEqual([["avance", 1, 24750]]); // 0.75 × 55 000 × 0.6
    expect(pick(schedule, "2025-05-27", "crise")).toEqual([["avance", 1, 15000]]); // 25 000 × 0.6
    expect(pick(schedule, "2025-08-08", "parcours")).toEqual([["avance", 1, 7500]]); // 0.75 × 25 000 × 0.4
    expect(pick(schedule, "2025-10-20", "prevention")).toEqual([["avance", 1, 1500]]); // 0.75 × 10 000 × 0.2
    expect(aciCashBetween(o, "2025-01-01", "2025-12-31")).toBe(98750);
  });

  test("first anniversary + 1 month (2026-02-01)", () => {
    const date = "2026-02-01";
    expect(pick(schedule, date, "fonctionnement")).toEqual([["avance", 2, 37500]]);
    // solde 33 000 − 24 750; variable 25 000 × 0.5 × 0.6; advance 0.75 × 55 000
    expect(pick(schedule, date, "acces")).toEqual([
      ["solde", 1, 8250],
      ["variable", 1, 7500],
      ["avance", 2, 41250],
    ]);
    expect(pick(schedule, date, "parcours")).toEqual([
      ["solde", 1, 2500],
      ["variable", 1, 5000],
      ["avance", 2, 18750],
    ]);
    expect(pick(schedule, date, "prevention")).toEqual([
      ["solde", 1, 500],
      ["variable", 1, 1000],
      ["avance", 2, 7500],
    ]);
    // survenue 37 500 whole (a declared crisis is never prorated), then the plan update for year 2 in full
    expect(pick(schedule, date, "crise")).toEqual([
      ["variable", 1, 37500],
      ["avance", 2, 12500],
    ]);
    // 37 500 + 57 000 + 26 250 + 9 000 + 50 000
    expect(sum(on(schedule, date))).toBe(179750);
  });

  test("what is due for year 1 is the year's allocation times the prorata", () => {
    const year1 = (m: Mission) =>
      sum(schedule.filter((p) => p.mission === m && p.contractYear === 1));
    const allocated = (m: Mission) => {
      const line = aciLine(m, { taille: 1, annee: 1, taux: 0.5, crise: true }, "alloue");
      return line.fixe + line.variable;
    };
    expect(year1("fonctionnement")).toBe(allocated("fonctionnement"));
    expect(year1("acces")).toBe(allocated("acces") * 0.6); // 67 500 × 0.6 = 40 500
    // The plan prorated (25 000 × 0.6), the declared crisis whole (37 500).
    expect(year1("crise")).toBe(15000 + 37500);
    expect(year1("parcours")).toBe(allocated("parcours") * 0.4); // 37 500 × 0.4 = 15 000
    expect(year1("prevention")).toBe(allocated("prevention") * 0.2); // 15 000 × 0.2 = 3 000
  });
});

describe("T2 signed on 1 June 2022, before the financement additionnel cut-off", () => {
  // A1 = 2023-06-01 (365 days). Accès and crise start 2022-12-01: 182 days left, p = 182/365.
  const o: CashPlanOptions = { taille: 2, dateSignature: "2022-06-01", demarrage: "au-plus-tard" };
  const schedule = aciPaymentSchedule(o);

  test("signature: 60 000 + 45 000 additionnel", () => {
    expect(pick(schedule, "2022-06-01", "fonctionnement")).toEqual([
      ["fonctionnement", 1, 60000],
      ["additionnel", 1, 45000],
    ]);
  });

  test("prorated advances to the cent", () => {
    // accès year 1: 70 000 × 182/365 = 34 904.11; advance 75 % = 26 178.08; balance 8 726.03.
    expect(pick(schedule, "2022-12-01", "acces")).toEqual([["avance", 1, 26178.08]]);
    expect(pick(schedule, "2023-08-01", "acces")).toEqual([
      ["solde", 1, 8726.03],
      ["avance", 2, 52500],
    ]);
    // crise: 35 000 × 182/365 = 17 452.05
    expect(pick(schedule, "2022-12-01", "crise")).toEqual([["avance", 1, 17452.05]]);
    // year 1: 105 000 + 26 178.08 + 17 452.05
    expect(aciCashBetween(o, "2022-06-01", "2023-05-31")).toBe(148630.13);
    // A1 + 2 months: 45 000 + 8 726.03 + 52 500 + 26 250 + 11 250 + 17 500
    expect(aciCashBetween(o, "2023-06-01", "2023-08-31")).toBe(161226.03);
  });

  test("the cut-off is a parameter", () => {
    const later = aciPaymentSchedule({ ...o, dateLimiteAdditionnel: "2021-12-31" });
    expect(on(later, "2022-06-01").map((p) => p.kind)).toEqual(["fonctionnement"]);
  });
});

describe("taille 4 majoration", () => {
  test("+10 % on missions from 100 members, not on fonctionnement", () => {
    const schedule = aciPaymentSchedule({
      taille: 4,
      membres: 120,
      dateSignature: "2024-01-15",
      missionStarts: allAt("2024-01-15"),
    });
    // 90 000 + 1.1 × (0.75 × 110 000 + 0.75 × 50 000 + 0.75 × 20 000 + 50 000) = 90 000 + 90 750 + 41 250 + 16 500 + 55 000
    expect(on(schedule, "2024-01-15").map((p) => p.amount)).toEqual([
      90000, 90750, 41250, 16500, 55000,
    ]);
    expect(sum(on(schedule, "2024-01-15"))).toBe(293500);
  });
});

describe("consistency with aciLine", () => {
  const scenarios: CashPlanOptions[] = [];
  for (const taille of [1, 2, 3, 4]) {
    for (const [dateSignature, lagMonths] of [
      ["2023-12-28", 0],
      ["2022-06-01", 0],
      ["2024-02-29", 3],
      ["2025-03-31", 11],
    ] as const) {
      scenarios.push({
        taille,
        dateSignature,
        lagMonths,
        taux: 0.8,
        crise: taille % 2 === 0,
        membres: 150,
        optionnelles: true,
      });
    }
  }
  const ctx = (o: CashPlanOptions, annee: number) => ({ ...o, annee });
  const line = (m: Mission, o: CashPlanOptions, annee: number, view: "verse" | "alloue") => {
    const l = aciLine(m, ctx(o, annee), view);
    return Math.round((l.fixe + l.variable) * 100) / 100;
  };

  test.each(scenarios)(
    "T$taille signed $dateSignature, lag $lagMonths, all missions at signature: cash of contract year N is aciLine 'verse'",
    (o) => {
      const full = { ...o, missionStarts: allAt(o.dateSignature) };
      const schedule = aciPaymentSchedule(full);
      for (let annee = 1; annee <= 5; annee++) {
        const [from, to] = [
          contractAnniversary(o.dateSignature, annee - 1),
          contractAnniversary(o.dateSignature, annee),
        ];
        for (const m of MISSIONS) {
          const paid = sum(
            schedule.filter((p) => p.mission === m && p.date >= from && p.date < to)
          );
          expect([m, annee, paid]).toEqual([m, annee, line(m, o, annee, "verse")]);
        }
      }
    }
  );

  test.each(scenarios)(
    "T$taille signed $dateSignature, lag $lagMonths, all missions at signature: what is due for year N is aciLine 'alloue', settled at A_N + lag",
    (o) => {
      const schedule = aciPaymentSchedule({ ...o, missionStarts: allAt(o.dateSignature) });
      for (let annee = 1; annee <= 5; annee++) {
        const opens = contractAnniversary(o.dateSignature, annee - 1);
        const settled = plusMonths(contractAnniversary(o.dateSignature, annee), o.lagMonths!);
        for (const m of MISSIONS) {
          const due = schedule.filter((p) => p.mission === m && p.contractYear === annee);
          expect([m, annee, sum(due)]).toEqual([m, annee, line(m, o, annee, "alloue")]);
          expect(due.every((p) => p.date >= opens && p.date <= settled)).toBe(true);
          expect(
            due
              .filter((p) => p.kind === "solde" || p.kind === "variable")
              .every((p) => p.date === settled)
          ).toBe(true);
        }
      }
    }
  );

  test("with the latest starts, years 2 and later are whole, year 1 is prorated", () => {
    const o: CashPlanOptions = {
      taille: 3,
      dateSignature: "2023-12-28",
      demarrage: "au-plus-tard",
      taux: 1,
      crise: true,
      optionnelles: true,
    };
    const schedule = aciPaymentSchedule(o);
    const due = (m: Mission, annee: number) =>
      sum(schedule.filter((p) => p.mission === m && p.contractYear === annee));
    for (const m of MISSIONS) {
      for (let annee = 2; annee <= 5; annee++)
        expect(due(m, annee)).toBe(line(m, o, annee, "alloue"));
    }
    expect(due("acces", 1)).toBe(line("acces", o, 1, "alloue") / 2); // (90 000 + 35 000) × 0.5
    expect(due("parcours", 1)).toBe(0);
  });
});

describe("monthlyAciInflows matches the schedule", () => {
  test("over a window that crosses a contract anniversary and a calendar year", () => {
    const o: CashPlanOptions = {
      taille: 2,
      dateSignature: "2024-09-16",
      taux: 0.7,
      optionnelles: true,
      lagMonths: 3,
    };
    const rows = monthlyAciInflows(o, "2025-04", 20); // April 2025 to November 2026
    const inWindow = aciPaymentSchedule(o).filter(
      (p) => p.date >= "2025-04-01" && p.date <= "2026-11-30"
    );
    expect(sum(rows.map((r) => ({ amount: r.total }) as AciPayment))).toBe(sum(inWindow));
    expect(sum(rows.map((r) => ({ amount: r.total }) as AciPayment))).toBe(
      aciCashBetween(o, "2025-04-01", "2026-11-30")
    );
    for (const r of rows) {
      expect(Math.round(Object.values(r.byMission).reduce((s, v) => s + v, 0) * 100) / 100).toBe(
        r.total
      );
    }
  });

  test("a renewed contract goes on on the same terms after year 5; without renewal nothing comes after A5", () => {
    const renewed: CashPlanOptions = {
      taille: 1,
      dateSignature: "2020-03-01",
      lagMonths: 0,
      renouvellement: true,
    };
    // 2026-03-01 is A6: balance of year 6 and advance of year 7, 50 000 + 55 000 + 25 000 + 10 000 + 12 500.
    expect(aciCashBetween(renewed, "2026-03-01", "2026-03-01")).toBe(152500);
    expect(monthlyAciInflows(renewed, "2026-03", 1)[0].total).toBe(152500);
    const ended = { ...renewed, renouvellement: false };
    // A5 (2025-03-01) pays year 5's balances only: 25 % of 50 000 + 55 000 + 25 000 + 10 000 (no new advance).
    expect(aciCashBetween(ended, "2025-03-01", "2025-03-01")).toBe(35000);
    expect(aciCashBetween(renewed, "2025-03-01", "2025-03-01")).toBe(35000 + 117500);
    expect(aciCashBetween(ended, "2025-03-02", "2040-12-31")).toBe(0);
  });
});

describe("the calendar as a fixed table (the workbook's Trésorerie)", () => {
  test("every payment the rules provide for, zero amounts included; its non-zero rows are the schedule", () => {
    const o: CashPlanOptions = {
      taille: 3,
      dateSignature: "2023-12-28",
      demarrage: "au-plus-tard",
    };
    const { starts, events } = aciCalendar(o, 2);
    expect(starts.acces).toEqual({ date: "2024-06-28", prorata: 0.5 });
    expect(starts.qualite).toEqual({ date: "2024-12-28", prorata: 0 }); // not contracted, still dated
    // Fonctionnement: year 1, additionnel, then advance and balance of year 2; five missions with advance, balance
    // and variable part each year; crise: plan or update, and survenue, each year.
    expect(events).toHaveLength(4 + 5 * 6 + 4);
    expect(
      events.filter((e) => e.mission === "acces").map((e) => [e.kind, e.contractYear, e.amount])
    ).toEqual([
      ["avance", 1, 33750],
      ["solde", 1, 11250],
      ["variable", 1, 0],
      ["avance", 2, 67500],
      ["solde", 2, 22500],
      ["variable", 2, 0],
    ]);
    expect(events.find((e) => e.mission === "parcours" && e.contractYear === 1)).toMatchObject({
      date: "2024-12-28",
      amount: 0,
    });
    const nonZero = events.filter((e) => e.amount > 0);
    expect(sum(nonZero)).toBe(sum(aciPaymentSchedule(o, 2)));
    expect(nonZero).toHaveLength(aciPaymentSchedule(o, 2).length);
  });

  test("the optional missions have their rows, with amounts only when contracted", () => {
    const o: CashPlanOptions = {
      taille: 2,
      dateSignature: "2024-01-10",
      taux: 1,
      demarrage: "au-plus-tard",
    };
    const amounts = (optionnelles: boolean) =>
      aciCalendar({ ...o, optionnelles }, 2)
        .events.filter((e) => e.mission === "qualite")
        .map((e) => e.amount);
    expect(amounts(false)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(amounts(true)).toEqual([0, 0, 0, 7500, 2500, 10000]);
  });
});

describe("rounding to the cent as the workbook's ROUND does", () => {
  test("a half cent rounds away from zero, even when the float is just under it", () => {
    // T3 signed on 1 March 2025: accès starts on 1 September, 181 of 365 days left; 90 000 × 181/365 = 44 630.14,
    // whose 75 % is 33 472.605 (stored as 33 472.604999…): 33 472.61, as ROUND gives in Excel and LibreOffice.
    const schedule = aciPaymentSchedule({
      taille: 3,
      dateSignature: "2025-03-01",
      demarrage: "au-plus-tard",
    });
    expect(pick(schedule, "2025-09-01", "acces")).toEqual([["avance", 1, 33472.61]]);
    expect([cents(2.675), cents(-2.675), cents(1.005), cents(-0.001)]).toEqual([
      2.68, -2.68, 1.01, 0,
    ]);
  });
});

describe("hypotheses", () => {
  test("printable French sentences naming the lag and the deadlines", () => {
    expect(CASH_PLAN_HYPOTHESES.some((h) => h.includes("2 mois après l'anniversaire"))).toBe(true);
    expect(CASH_PLAN_HYPOTHESES.some((h) => h.includes("6 mois après la signature"))).toBe(true);
  });
});

describe("bad input raises a French DomainError", () => {
  const base: CashPlanOptions = { taille: 3, dateSignature: "2023-12-28" };
  const cases: [string, () => unknown, string, RegExp][] = [
    [
      "taille 5",
      () => aciPaymentSchedule({ ...base, taille: 5 }),
      "taille",
      /Taille de CPTS invalide : 5/,
    ],
    [
      "date format",
      () => aciPaymentSchedule({ ...base, dateSignature: "28/12/2023" }),
      "date_signature",
      /Date de signature invalide : « 28\/12\/2023 »/,
    ],
    [
      "no such date",
      () => aciPaymentSchedule({ ...base, dateSignature: "2023-02-30" }),
      "date_signature",
      /AAAA-MM-JJ/,
    ],
    [
      "rate above 1",
      () => aciPaymentSchedule({ ...base, taux: 1.2 }),
      "taux",
      /Taux de réalisation invalide : 1,2/,
    ],
    [
      "lag of 12 months",
      () => aciPaymentSchedule({ ...base, lagMonths: 12 }),
      "delai_mois",
      /Délai de paiement \(mois\) invalide : 12\. .*de 0 à 11/,
    ],
    ["fractional lag", () => aciPaymentSchedule({ ...base, lagMonths: 1.5 }), "delai_mois", /1,5/],
    [
      "negative members",
      () => aciPaymentSchedule({ ...base, membres: -1 }),
      "membres",
      /Nombre de membres invalide/,
    ],
    [
      "bad cut-off",
      () => aciPaymentSchedule({ ...base, dateLimiteAdditionnel: "2022" }),
      "date_limite",
      /Date limite du financement additionnel invalide/,
    ],
    [
      "start before signature",
      () => aciPaymentSchedule({ ...base, missionStarts: { acces: "2023-12-01" } }),
      "demarrage",
      /« Accès aux soins » invalide : 01\/12\/2023 précède la signature \(28\/12\/2023\)/,
    ],
    [
      "accès after 6 months",
      () => aciPaymentSchedule({ ...base, missionStarts: { acces: "2024-06-29" } }),
      "demarrage",
      /« Accès aux soins » trop tardive : 29\/06\/2024\. .*au plus tard 6 mois après la signature, soit le 28\/06\/2024/,
    ],
    [
      "prévention after 12 months",
      () => aciPaymentSchedule({ ...base, missionStarts: { prevention: "2024-12-29" } }),
      "demarrage",
      /« Prévention » trop tardive .*12 mois/,
    ],
    [
      "fonctionnement after signature",
      () => aciPaymentSchedule({ ...base, missionStarts: { fonctionnement: "2024-01-02" } }),
      "demarrage",
      /Le fonctionnement démarre à la signature \(28\/12\/2023\)/,
    ],
    [
      "0 years",
      () => aciPaymentSchedule(base, 0),
      "annees",
      /Nombre d'années de contrat invalide : 0/,
    ],
    [
      "from after to",
      () => aciCashBetween(base, "2025-01-01", "2024-12-31"),
      "date_fin",
      /Période invalide : la date de fin \(31\/12\/2024\) précède la date de début \(01\/01\/2025\)/,
    ],
    [
      "bad from",
      () => aciCashBetween(base, "2025-13-01", "2025-12-31"),
      "date_debut",
      /Date de début invalide/,
    ],
    [
      "unknown mission",
      () => aciCashBetween({ ...base, mission: "cantine" }, "2024-01-01", "2024-12-31"),
      "mission",
      /Mission inconnue/,
    ],
    [
      "bad month",
      () => monthlyAciInflows(base, "2024-13", 12),
      "mois_debut",
      /Mois de début invalide : « 2024-13 »/,
    ],
    [
      "0 months",
      () => monthlyAciInflows(base, "2024-01", 0),
      "nb_mois",
      /Nombre de mois invalide : 0/,
    ],
  ];
  test.each(cases)("%s", (_name, call, argument, message) => {
    let error: unknown;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).argument).toBe(argument);
    expect((error as DomainError).message).toMatch(message);
  });

  test("the deadlines themselves are accepted; a mission starting at A1 gets nothing for year 1", () => {
    const schedule = aciPaymentSchedule({
      ...base,
      missionStarts: { acces: "2024-06-28", parcours: "2024-12-28" },
    });
    expect(schedule.filter((p) => p.mission === "parcours" && p.contractYear === 1)).toEqual([]);
  });
});
