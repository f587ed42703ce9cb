// The prefilled budget in the workbook plan (issue 12): the members' indemnities tables of Paramètres, the estimates
// marked with their basis, the « actions à détailler » lines fed by each envelope's balance without a circular
// reference, the PASS check per calendar year and the new names.
import { type BudgetModel, computeBudget } from "../../src/domain/budget";
import { defaultBudgetInputs } from "../../src/domain/budgetInputs";
import { PROFESSIONS } from "../../src/domain/data/prefill";
import { buildWorkbookPlan } from "../../src/workbook/buildPlan";
import { type CellPlan, type SheetPlan, type WorkbookPlan } from "../../src/workbook/planTypes";
import { CELL_STYLES } from "../../src/workbook/styles";
import { DEFAULT_BUDGETS, OPTION_SETS } from "../helpers/recalcCases";

const plans = new Map<string, { model: BudgetModel; plan: WorkbookPlan }>();

beforeAll(async () => {
  for (const [name, inputs] of [
    ...DEFAULT_BUDGETS,
    ...OPTION_SETS.filter(([n]) => n === "T1-indemnites-au-dela-du-pass"),
    ["T2-optionnelles-heures-saisies", optionalWithTypedHours()] as const,
  ]) {
    const model = await computeBudget(inputs);
    plans.set(name, { model, plan: buildWorkbookPlan(model) });
  }
});

/** Optional missions contracted, year-2 hours typed for qualité. */
function optionalWithTypedHours() {
  const base = defaultBudgetInputs(2, true);
  return {
    ...base,
    dateSignature: "2025-07-10",
    remunerationsMissions: base.remunerationsMissions.map((r) =>
      r.mission === "qualite" ? { ...r, heuresAnnee2: 150 } : r
    ),
  };
}

const sheet = (plan: WorkbookPlan, name: string) => plan.sheets.find((s) => s.name === name)!;
const rowIndex = (s: SheetPlan, col: number, label: string) =>
  s.rows.findIndex((r) => r[col]?.text === label);
/** The rows after a band, up to the next empty first cell or header. */
function tableAfter(s: SheetPlan, band: string): (CellPlan | null)[][] {
  const start = rowIndex(s, 0, band);
  expect([band, start]).not.toEqual([band, -1]);
  const rows: (CellPlan | null)[][] = [];
  for (let r = start + 1; r < s.rows.length; r++) {
    const first = s.rows[r][0];
    if (!first || first.style === "header" || first.style === "note") break;
    rows.push(s.rows[r]);
  }
  return rows;
}
const cellAt = (s: SheetPlan, a1: string) => {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return s.rows[Number(m[2]) - 1]?.[col - 1];
};

describe.each(["T1-defaut", "T4-defaut", "T2-optionnelles-heures-saisies"])("%s", (name) => {
  const get = () => plans.get(name)!;

  test("every Budget line with an estimate has the estimate style on its amounts and its basis as the label's note; computed lines none", () => {
    const { model, plan } = get();
    const budget = sheet(plan, "Budget");
    const lines = model.charges.flatMap((c) => c.lignes);
    expect(lines.filter((l) => l.estimation).length).toBeGreaterThanOrEqual(10);
    for (const line of lines) {
      const row = budget.rows.find((r) => r[1]?.text === line.label && r[2])!;
      const styles = [row[2]!.style, row[3]!.style];
      if (line.estimation) {
        expect(line.estimation).toMatch(/^estimation — /);
        expect(row[1]!.comment).toBe(line.estimation);
        expect(styles).toEqual(
          Array(2).fill(line.kind === "saisie" ? "estimate" : "estimateFormula")
        );
      } else {
        expect([line.label, row[1]!.comment]).toEqual([line.label, undefined]);
        expect(styles.some((st) => st?.startsWith("estimate"))).toBe(false);
      }
    }
    // Computed lines are never estimates: ACI, the team's payroll and GE fees, the taxe, the actions.
    for (const kind of ["ge", "salaires", "chargesSociales", "taxeSalaires", "actions"])
      expect(lines.filter((l) => l.kind === kind && l.estimation)).toEqual([]);
    // A legend explains both styles.
    const legend = budget.rows.filter((r) => r[1]?.style?.startsWith("estimate"));
    expect(legend.map((r) => r[1]!.style)).toEqual(["estimate", "estimateFormula"]);
    expect(legend.every((r) => r[2]?.style === "note" && r[2].text!.length > 20)).toBe(true);
  });

  test("the estimate styles are distinct from an input's: italic, in an orange box", () => {
    for (const style of ["estimate", "estimateFormula"] as const) {
      expect(CELL_STYLES[style]).toMatchObject({
        font: { italic: true },
        border: { edges: "box" },
      });
      expect(CELL_STYLES[style].border!.color).not.toBe(CELL_STYLES.input.border!.color);
    }
    expect(CELL_STYLES.estimate.fill).toBe(CELL_STYLES.input.fill);
    expect(CELL_STYLES.estimateFormula.fill).not.toBe(CELL_STYLES.input.fill);
  });

  test("Paramètres: the rates with their source, the governance roles, the missions' mixes, hours and amounts", () => {
    const { model, plan } = get();
    const p = sheet(plan, "Paramètres");
    const rates = tableAfter(p, "Taux horaires des professionnels membres (€ par heure)")[0];
    expect(rates.slice(1, 6).map((c) => c!.value)).toEqual(
      PROFESSIONS.map((x) => model.inputs.tauxHoraires[x])
    );
    expect(rates[1]!.comment).toContain("Arrêté du 3 juillet 2024");
    expect(rates[5]).toMatchObject({ style: "estimate" });
    expect(rates[5]!.comment).toMatch(/^estimation — /);

    const roles = tableAfter(p, "Indemnités de gouvernance (bureau, conseil d'administration)");
    expect(roles).toHaveLength(model.inputs.gouvernance.length + 1);
    model.indemnites.gouvernance.forEach((g, k) => {
      const r = roles[k];
      expect(r.slice(0, 3).map((c) => c!.style)).toEqual(["input", "input", "input"]);
      expect(r[3]).toMatchObject({ value: g.heuresParPersonne, style: "estimate" });
      expect(r[3]!.comment).toBe(g.estimation);
      expect(r[4]!.formula).toMatch(
        /^=INDEX\(\$B\$\d+:\$F\$\d+,1,MATCH\(B\d+,\$B\$\d+:\$F\$\d+,0\)\)$/
      );
      expect([r[4]!.expected, r[5]!.expected, r[6]!.expected]).toEqual([
        g.taux,
        g.parPersonne,
        g.montant,
      ]);
    });
    const total = roles[roles.length - 1];
    const governanceLine = model.charges
      .flatMap((c) => c.lignes)
      .find((l) => l.kind === "gouvernance")!;
    expect(total[6]!.expected).toBe(governanceLine.montants[0]);

    const mixes = tableAfter(p, "Rémunérations des missions : heures par profession");
    const hours = tableAfter(p, "Rémunérations des missions : heures et montants");
    expect(mixes).toHaveLength(model.indemnites.remunerations.length);
    model.indemnites.remunerations.forEach((r, k) => {
      expect(mixes[k][7]!.formula).toMatch(/^=SUMPRODUCT\(\$B\$\d+:\$F\$\d+,B\d+:F\d+\)$/);
      expect(mixes[k][7]!.expected).toBe(r.tauxMoyen);
      const h = hours[k];
      [0, 1].forEach((y) => {
        const cell = h[3 + y]!;
        expect(cell.expected ?? cell.value).toBe(r.heures[y]);
        if (r.parDefaut[y]) {
          // 30 % (a yellow estimate) × the fixed part received (the Budget's fixed ACI lines) ÷ the average rate.
          expect(cell.style).toBe("estimateFormula");
          expect(cell.comment).toMatch(/^estimation — 30 %/);
          expect(cell.formula).toMatch(/^=IF\(\$H\$\d+>0,\$B\$\d+\*[BC]\d+\/\$H\$\d+,0\)$/);
          expect(h[1 + y]!.formula).toMatch(
            /^=ROUND\('Budget'!\$[CD]\$\d+(\+'Budget'!\$[CD]\$\d+)*,2\)$/
          );
          const part = cellAt(p, /\$B\$\d+/.exec(cell.formula!)![0])!;
          expect(part).toMatchObject({ value: 0.3, style: "estimate" });
        } else expect(cell).toMatchObject({ style: "input", value: r.heures[y] });
        expect(h[6 + y]!.expected).toBe(r.montants[y]);
      });
    });
  });

  test("Budget: the 65 lines read Paramètres; each actions line reads its envelope's balance, which sums no actions line", () => {
    const { model, plan } = get();
    const budget = sheet(plan, "Budget");
    const lines = model.charges.flatMap((c) => c.lignes);
    const rowOf = (label: string) => budget.rows.findIndex((r) => r[1]?.text === label) + 1;
    const gov = budget.rows[rowOf(lines.find((l) => l.kind === "gouvernance")!.label) - 1];
    expect(gov[2]!.formula).toMatch(/^='Paramètres'!\$G\$\d+$/);
    expect(gov[4]!.text).toBe("Fonctionnement");
    for (const line of lines.filter((l) => l.kind === "remuneration")) {
      const r = budget.rows[rowOf(line.label) - 1];
      expect(r[2]!.formula).toMatch(/^='Paramètres'!\$G\$\d+$/);
      expect(r[3]!.formula).toMatch(/^='Paramètres'!\$H\$\d+$/);
      expect([r[2]!.expected, r[3]!.expected]).toEqual(line.montants);
    }
    const actions = lines.filter((l) => l.kind === "actions");
    expect(actions.map((l) => l.enveloppe)).toEqual(
      model.annees[0].equilibre.map((e) => e.mission)
    );
    expect(actions.every((l) => l.label.startsWith("Actions à détailler – "))).toBe(true);
    const actionRows = actions.map((l) => rowOf(l.label));
    for (const [k, line] of actions.entries()) {
      const r = budget.rows[actionRows[k] - 1];
      expect(r[0]!.text).toBe("604");
      [0, 1].forEach((y) => {
        const balanceRow = Number(/^=F(\d+)$/.exec(r[2 + y]!.formula!)![1]);
        const balance = budget.rows[balanceRow - 1];
        const e = model.annees[y].equilibre.find((x) => x.mission === line.enveloppe)!;
        expect(balance.slice(2, 7).map((c) => c!.expected)).toEqual([
          e.ressources,
          e.charges,
          e.reste,
          e.actions,
          e.depassement,
        ]);
        expect(r[2 + y]!.expected).toBe(e.actions);
        // The charges before actions: SUMIF over ranges that hold no actions row nor their class row.
        const ranges = [...balance[3]!.formula!.matchAll(/SUMIF\(\$E\$(\d+):\$E\$(\d+)/g)].map(
          (m) => [Number(m[1]), Number(m[2])]
        );
        expect(ranges.length).toBeGreaterThan(0);
        for (const [from, to] of ranges)
          for (const a of [...actionRows, actionRows[0] - 1])
            expect(a >= from && a <= to).toBe(false);
      });
    }
  });

  test("Trésorerie: the 65 and actions lines paid in twelfths, their rhythm not an input", () => {
    const { model, plan } = get();
    const t = sheet(plan, "Trésorerie");
    const lines = model.charges.flatMap((c) => c.lignes);
    lines.forEach((line, l) => {
      if (!["gouvernance", "remuneration", "actions"].includes(line.kind)) return;
      const row = t.rows.find((r) => r[0]?.expected === `${line.compte} ${line.label}`)!;
      expect(row[1]).toMatchObject({ text: "mensuel", style: "note" });
      const months = row.slice(2, 38);
      expect(months.map((c) => c!.expected)).toEqual(
        model.tresorerie.months.map((m) => m.decaissements[l])
      );
      expect(months[0]!.expected).toBeCloseTo(line.montants[0] / 12, 9);
    });
  });

  test("Contrôles: the most-paid person by profession, the PASS of each calendar year, the worst one per contract year", () => {
    const { model, plan } = get();
    const c = sheet(plan, "Contrôles");
    const row = (label: string) => c.rows[rowIndex(c, 0, label)];
    const best = row("Professionnel le mieux payé, par année de contrat");
    expect([best[1]!.expected, best[2]!.expected]).toEqual(model.indemnites.maxParProfessionnel);
    const medecin = row("Médecin : rôle le mieux payé + part des missions");
    // The best-paid role of the profession: a plain MAX over its column of the governance table (no array formula).
    expect(medecin[1]!.formula).toMatch(
      /^=ROUND\(MAX\(0,'Paramètres'!\$H\$\d+:\$H\$\d+\)\+SUM\('Paramètres'!\$B\$\d+:\$B\$\d+\),2\)$/
    );
    const years = row("Année civile").slice(1, 4);
    const amounts = row("Montant du professionnel le mieux payé").slice(1, 4);
    const passes = row("PASS de l'année civile").slice(1, 4);
    for (const cy of model.indemnites.passParAnneeCivile) {
      const k = years.findIndex((y) => y!.expected === cy.annee);
      expect(k).toBeGreaterThanOrEqual(0);
      expect([amounts[k]!.expected, passes[k]!.expected]).toEqual([
        cy.maxParProfessionnel,
        cy.pass,
      ]);
    }
    const depasse = row("PASS dépassé");
    expect([depasse[1]!.expected, depasse[2]!.expected]).toEqual(
      model.annees.map((a) => a.indemnites.depasse)
    );
    const total = row("Indemnités et rémunérations des professionnels (compte 65)");
    expect([total[1]!.expected, total[2]!.expected]).toEqual(
      model.annees.map((a) => a.indemnitesProfessionnels)
    );
  });

  test("Contrôles: each envelope's overspend with the advice for fonctionnement, the remainder, the year-end note", () => {
    const { model, plan } = get();
    const c = sheet(plan, "Contrôles");
    const row = (label: string) => c.rows[rowIndex(c, 0, label)];
    const fonct = row("Dépassement : Fonctionnement");
    expect(fonct[4]!.formula).toContain("déplacer une part de l'équipe vers les missions");
    expect([fonct[1]!.expected, fonct[2]!.expected]).toEqual(
      model.annees.map((a) => a.depassementFonctionnement)
    );
    const reste = row("Reste à affecter (lignes « Actions à détailler »)");
    expect([reste[1]!.expected, reste[2]!.expected]).toEqual(
      model.annees.map((a) => a.resteAAffecter)
    );
    const texts = c.rows.flat().map((x) => x?.text ?? x?.formula ?? "");
    expect(texts.some((t) => t.includes("report à nouveau"))).toBe(true);
    expect(texts.some((t) => t.includes("ANC n° 2018-06") && t.includes("projet défini"))).toBe(
      true
    );
    expect(texts.some((t) => t.includes("thésaurisation") && t.includes("senat.fr"))).toBe(true);
    expect(texts.some((t) => /FACTS|research|000_/.test(t))).toBe(false);
  });
});

test("the names of issue 12 hold the model's figures; one role with many hours sets PASS_Depasse", () => {
  const { model, plan } = plans.get("T1-indemnites-au-dela-du-pass")!;
  const value = (n: string) => {
    const { ref } = plan.names.find((x) => x.name === n)!;
    const [, sheetName, a1] = /^'(.+)'!(\$[A-Z]+\$\d+)$/.exec(ref)!;
    const cell = cellAt(sheet(plan, sheetName), a1)!;
    return cell.expected;
  };
  [0, 1].forEach((y) => {
    const a = model.annees[y];
    expect(value(`Indemnites_Professionnels_Annee${y + 1}`)).toBe(a.indemnitesProfessionnels);
    expect(value(`PASS_Depasse_Annee${y + 1}`)).toBe(a.indemnites.depasse);
    expect(value(`Reste_A_Affecter_Annee${y + 1}`)).toBe(a.resteAAffecter);
    expect(value(`Depassement_Fonctionnement_Annee${y + 1}`)).toBe(a.depassementFonctionnement);
  });
  expect(value("PASS_Depasse_Annee1")).toBe(true);
});
