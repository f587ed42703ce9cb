import { type BudgetModel, computeBudget } from "../../src/domain/budget";
import { type BudgetInputs, defaultBudgetInputs } from "../../src/domain/budgetInputs";
import { buildWorkbookPlan } from "../../src/workbook/buildPlan";
import { CASH_PLAN_HYPOTHESES } from "../../src/domain/cashPlan";
import { excelDate } from "../../src/workbook/formats";
import {
  columnLetter,
  DEFAULT_SHEET_NAMES,
  DEFINED_NAMES,
  ENVELOPE_NAMES,
} from "../../src/workbook/names";
import { MISSION_LABELS, MISSIONS } from "../../src/domain/data/aciGrid";
import { type CellPlan, type SheetPlan, type WorkbookPlan } from "../../src/workbook/planTypes";
import { CABINETS_MEDICAUX_GRID } from "../../src/domain/data/cabinetsMedicauxGrid";
import { inputs } from "../helpers/budgetInputs";
import { TAXED_TEAM, THREE_POSTS } from "../helpers/recalcCases";

/** The richest option set: every option on, a funder, charges, indemnities, contributions. */
function richInputs(): BudgetInputs {
  const base = defaultBudgetInputs();
  return inputs({
    nom: "CPTS de l'Étang",
    taille: 4,
    dateSignature: "2022-06-15",
    optionnelles: true,
    tauxVariable: 0.5,
    crise: true,
    membres: 120,
    honorairesCac: 6000,
    cotisationParMembre: 20,
    financeurs: base.financeurs.map((f, i) => ({ ...f, annee1: 10000 * (i + 1), annee2: 5000 })),
    charges: base.charges.map((c, i) => ({ ...c, annee1: 1000 * (i + 1), annee2: 500 * (i + 1) })),
    gouvernance: base.gouvernance.map((g, k) => ({ ...g, heuresParPersonne: 10 * (k + 1) })),
    remunerationsMissions: defaultBudgetInputs(4, true).remunerationsMissions.map((r, k) =>
      k === 1 ? { ...r, heuresAnnee1: 120, heuresAnnee2: 80 } : r
    ),
    contributionsVolontaires: base.contributionsVolontaires.map((c) => ({
      ...c,
      annee1: 3000,
      annee2: 4000,
    })),
  });
}

interface FormulaCell {
  sheet: SheetPlan;
  address: string;
  cell: CellPlan;
  formula: string;
}

const letters = columnLetter;
const allCells = (plan: WorkbookPlan) =>
  plan.sheets.flatMap((sheet) =>
    sheet.rows.flatMap((cells, r) =>
      cells.map((cell, c) => ({ sheet, address: `${letters(c + 1)}${r + 1}`, cell }))
    )
  );
const formulas = (plan: WorkbookPlan): FormulaCell[] =>
  allCells(plan)
    .filter(
      (x): x is { sheet: SheetPlan; address: string; cell: CellPlan } =>
        x.cell?.formula !== undefined
    )
    .map((x) => ({ ...x, formula: x.cell.formula! }));

/** The formula with its string literals blanked, so separators and names inside texts do not count. */
const outsideStrings = (formula: string) => formula.replace(/"(?:[^"]|"")*"/g, '""');
const stringLiterals = (formula: string) =>
  [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));

/** Every sheet-qualified reference of a formula: sheet name and the cells or range after the "!". */
function sheetReferences(formula: string): { sheet: string; cells: string }[] {
  const text = outsideStrings(formula);
  return [
    ...text.matchAll(
      /(?:'((?:[^']|'')+)'|([A-Za-zÀ-ÿ_][\wÀ-ÿ.]*))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/g
    ),
  ].map((m) => ({
    sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2],
    cells: m[3],
  }));
}

function cellAt(plan: WorkbookPlan, sheetName: string, a1: string): CellPlan | null | undefined {
  const sheet = plan.sheets.find((s) => s.name === sheetName);
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1)!;
  const col = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return sheet?.rows[Number(match[2]) - 1]?.[col - 1];
}

/** Whether every cell of a reference lies inside that sheet's grid. */
function insideGrid(plan: WorkbookPlan, sheetName: string, cells: string): boolean {
  const sheet = plan.sheets.find((s) => s.name === sheetName);
  if (!sheet) return false;
  return cells.split(":").every((a1) => {
    const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1)!;
    const col = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return Number(match[2]) <= sheet.rows.length && col <= sheet.rows[0].length;
  });
}

function parseName(ref: string): { sheet: string; cell: string } {
  const match = /^'((?:[^']|'')+)'!(\$[A-Z]+\$\d+)$/.exec(ref);
  if (!match) throw new Error(`Référence de nom inattendue : ${ref}`);
  return { sheet: match[1].replace(/''/g, "'"), cell: match[2] };
}

let model: BudgetModel;
let plan: WorkbookPlan;

beforeAll(async () => {
  model = await computeBudget(richInputs());
  plan = buildWorkbookPlan(model);
});

describe("shape", () => {
  test("seven French sheets, inputs first and the scale last", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Paramètres",
      "Budget",
      "Trésorerie",
      "Contrôles",
      "Comparatif",
      "Obligations",
      "Barème ACI",
    ]);
  });

  test("each sheet is a rectangular grid at least as wide as its column widths, with print setup", () => {
    for (const sheet of plan.sheets) {
      const width = sheet.rows[0].length;
      expect(width).toBeGreaterThanOrEqual(sheet.columnWidths.length);
      expect(sheet.rows.every((r) => r.length === width)).toBe(true);
      expect(sheet.print.fitToWidth).toBe(true);
      expect(sheet.print.title).not.toBe("");
    }
    expect(plan.sheets.find((s) => s.name === "Budget")!.print.orientation).toBe("landscape");
  });

  test("every formula cell carries the model's value; every other cell of Budget and Contrôles is text or an input", () => {
    for (const { cell, sheet, address } of formulas(plan)) {
      expect([sheet.name, address, cell.expected]).not.toContainEqual(undefined);
    }
    for (const { sheet, cell } of allCells(plan).filter((x) =>
      ["Budget", "Contrôles"].includes(x.sheet.name)
    )) {
      if (!cell || ["input", "estimate"].includes(cell.style!) || typeof cell.value !== "number")
        continue;
      throw new Error(`Nombre constant hors saisie dans ${sheet.name} : ${cell.value}`);
    }
  });

  test("the engine's figures are input values with a note saying the add-in computed them", () => {
    const parametres = plan.sheets[0];
    const engineCells = parametres.rows
      .flat()
      .filter((c) =>
        c?.comment?.startsWith("Calculé par le complément (règles Urssaf modele-social)")
      );
    expect(engineCells.map((c) => c!.value)).toEqual(
      model.equipe.postes.flatMap((p) => [
        p.brutMensuel,
        p.coutEmployeurMensuel,
        p.assietteMensuelle,
      ])
    );
    expect(engineCells.every((c) => c!.style === "input")).toBe(true);
  });

  test("data validation: taille 1–4, oui/non answers, the posts' modes, envelopes", () => {
    const rules = plan.sheets.flatMap((s) => s.validations.map((v) => v.rule));
    expect(rules).toContainEqual({ kind: "list", values: ["1", "2", "3", "4"] });
    expect(rules).toContainEqual({ kind: "list", values: ["oui", "non"] });
    expect(rules).toContainEqual({ kind: "list", values: ["GE", "Salarié", "Prestataire"] });
    expect(rules.some((r) => r.kind === "list" && r.values.includes("Accès aux soins"))).toBe(true);
    const taille = parseName(plan.names.find((n) => n.name === "Taille")!.ref);
    const tailleRule = plan.sheets[0].validations.find(
      (v) => v.range === taille.cell.replace(/\$/g, "")
    );
    expect(tailleRule?.rule).toEqual({ kind: "list", values: ["1", "2", "3", "4"] });
  });

  test("conditional formats on the checks, and the chart of charges and produits", () => {
    const controles = plan.sheets.find((s) => s.name === "Contrôles")!;
    expect(controles.conditionalFormats.length).toBeGreaterThanOrEqual(6);
    const [chart] = plan.sheets.find((s) => s.name === "Budget")!.charts;
    expect(chart).toMatchObject({
      title: "Charges et produits par année",
      type: "columnClustered",
    });
    for (const range of [
      chart.categories,
      ...chart.series.flatMap((s) => [s.values, s.name.slice(1)]),
    ]) {
      const [ref] = sheetReferences(`=${range}`);
      expect(insideGrid(plan, ref.sheet, ref.cells)).toBe(true);
    }
  });
});

describe("formulas in invariant syntax", () => {
  test("',' separators, no ';', no function newer than Excel 2010, texts under 255 characters, balanced parentheses", () => {
    const all = formulas(plan);
    expect(all.length).toBeGreaterThan(150);
    for (const { formula } of all) {
      const code = outsideStrings(formula);
      expect(code).not.toContain(";");
      expect(code).not.toMatch(
        /\b(XLOOKUP|XMATCH|LET|LAMBDA|FILTER|SORT|UNIQUE|SEQUENCE|IFS|SWITCH|CONCAT|TEXTJOIN|MAXIFS|MINIFS)\(/i
      );
      expect([...code].filter((ch) => ch === "(").length).toBe(
        [...code].filter((ch) => ch === ")").length
      );
      expect(formula.length).toBeLessThan(8192);
      for (const literal of stringLiterals(formula))
        expect(literal.length).toBeLessThanOrEqual(255);
    }
  });

  test("the Budget's ACI lines sum the Trésorerie's calendar by Barème code between each contract year's dates; the calendar reads the Barème by Taille", () => {
    const taille = plan.names.find((n) => n.name === "Taille")!.ref;
    const aci = formulas(plan).filter(
      (f) => f.sheet.name === "Budget" && f.formula.includes('"acces.fixe"')
    );
    expect(aci).toHaveLength(2);
    aci.forEach(({ formula }, y) => {
      expect(formula).toMatch(/^=ROUND\(SUMIFS\('Trésorerie'!\$C\$\d+:\$C\$\d+,'Trésorerie'!\$K\$/);
      expect(formula).toContain(`">="&'Paramètres'!$${"BC"[y]}$`);
    });
    const calendar = formulas(plan).filter(
      (f) => f.sheet.name === "Trésorerie" && f.formula.includes('MATCH("acces.fixe"')
    );
    expect(calendar.length).toBeGreaterThan(0);
    for (const { formula } of calendar) expect(formula).toContain(`,${taille})`);
  });

  test("every sheet reference of a formula, a chart or a name resolves to a sheet of the plan and inside its grid", () => {
    const sheetNames = plan.sheets.map((s) => s.name);
    let count = 0;
    for (const { formula } of formulas(plan)) {
      for (const ref of sheetReferences(formula)) {
        count += 1;
        expect(sheetNames).toContain(ref.sheet);
        expect(insideGrid(plan, ref.sheet, ref.cells)).toBe(true);
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  test("conditional formats and validations point inside their own sheet", () => {
    for (const sheet of plan.sheets) {
      for (const range of [
        ...sheet.conditionalFormats.map((c) => c.range),
        ...sheet.validations.map((v) => v.range),
      ]) {
        expect(insideGrid(plan, sheet.name, range)).toBe(true);
      }
    }
  });
});

describe("defined names", () => {
  test("exactly the stable names, each on a non-empty cell of the plan", () => {
    expect(plan.names.map((n) => n.name).sort()).toEqual([...DEFINED_NAMES].sort());
    for (const { ref } of plan.names) {
      const { sheet, cell } = parseName(ref);
      const named = cellAt(plan, sheet, cell);
      expect(named?.formula ?? named?.text ?? named?.value).not.toBeNull();
    }
  });

  test("Estimations_Restantes: the computed estimated lines, and each typed one while an amount is the add-in's", () => {
    const { sheet, cell } = parseName(
      plan.names.find((n) => n.name === "Estimations_Restantes")!.ref
    );
    const count = cellAt(plan, sheet, cell)!;
    expect(count.expected).toBe(model.estimations.length);
    const typed = model.estimations.filter((l) => l.kind === "saisie");
    expect(typed.length).toBeGreaterThan(3);
    expect(model.estimations.length).toBeGreaterThan(typed.length);
    expect(count.formula).toMatch(new RegExp(`^=${model.estimations.length - typed.length}\\+`));
    const budget = plan.sheets.find((x) => x.name === sheet)!;
    for (const line of typed) {
      const row = budget.rows.findIndex((r) => r[1]?.text === line.label) + 1;
      const years = line.montants
        .map((m, y) => (m === 0 ? "" : `${"CD"[y]}${row}=${m}`))
        .filter(Boolean);
      const term = years.length === 1 ? `(${years[0]})` : `OR(${years.join(",")})`;
      expect(count.formula).toContain(`+${term}`);
    }
  });

  test("each name points to the cell of the row and column it is named after", () => {
    // [sheet, label of the row (Budget: column B, others: column A), column of each year or exercice]
    const where: Record<string, [string, string, string[]]> = {
      Taille: ["Paramètres", "Taille de la CPTS (1 à 4)", ["B"]],
      Seuil_CAC: ["Paramètres", "Seuil de subventions publiques", ["B"]],
      ACI: ["Budget", "Assurance Maladie : ACI (CPAM), montants versés", ["C", "D"]],
      Total_Charges: ["Budget", "TOTAL DES CHARGES", ["C", "D"]],
      Total_Produits: ["Budget", "TOTAL DES PRODUITS", ["C", "D"]],
      Resultat: ["Budget", "RÉSULTAT (produits − charges)", ["C", "D"]],
      Honoraires_CAC: ["Budget", "Honoraires du commissaire aux comptes", ["C", "D"]],
      Subventions: ["Contrôles", "Subventions publiques comptées", ["B", "C"]],
      CAC_Obligatoire: ["Contrôles", "Commissaire aux comptes obligatoire", ["B", "C"]],
      CAC_Retenu: [
        "Contrôles",
        "Honoraires du CAC à inscrire (année ou exercice au-dessus du seuil)",
        ["B", "C"],
      ],
      Depenses_Fonctionnement: ["Contrôles", "Dépenses affectées au fonctionnement", ["B", "C"]],
      ACI_Fonctionnement: [
        "Contrôles",
        "ACI fonctionnement versé (financement additionnel compris)",
        ["B", "C"],
      ],
      Indemnite_Max: [
        "Contrôles",
        "Indemnités du professionnel le mieux payé dans cette année civile",
        ["B", "C"],
      ],
      PASS_Depasse: ["Contrôles", "PASS dépassé", ["B", "C"]],
      Indemnites_Professionnels: [
        "Contrôles",
        "Indemnités et rémunérations des professionnels (compte 65)",
        ["B", "C"],
      ],
      PASS: ["Contrôles", "PASS", ["B", "C"]],
      Annee_PASS: ["Contrôles", "Année du PASS retenu (dernière connue)", ["B", "C"]],
      Subventions_Encaissees: ["Contrôles", "Subventions publiques encaissées", ["B", "C", "D"]],
      Subventions_Allouees: ["Contrôles", "Subventions publiques attribuées", ["B", "C", "D"]],
      Exercice3_Teste: ["Paramètres", "Recoupe les années de contrat 1 et 2 (testé)", ["D"]],
      Premiere_Annee_Contrat: ["Paramètres", "Première année de contrat budgétée", ["B"]],
      Tresorerie_Min: ["Trésorerie", "Trésorerie la plus basse (fin de mois)", ["B"]],
      Tresorerie_Mois_Min: ["Trésorerie", "Mois de la trésorerie la plus basse", ["B"]],
      Tresorerie_Premier_Decouvert: ["Trésorerie", "Premier mois à découvert", ["B"]],
      Comparatif_GE_Annee1: ["Comparatif", "GE : à l'ETP du poste", ["C"]],
      Comparatif_Salarie_Annee1: ["Comparatif", "Salarié : à l'ETP du poste", ["C"]],
      Comparatif_Prestataire_Annee1: ["Comparatif", "Prestataire : à l'ETP du poste", ["C"]],
      Obligations_En_Retard: ["Obligations", "Obligations en retard", ["C"]],
      Obligations_30_Jours: ["Obligations", "Obligations à échéance dans les 30 jours", ["C"]],
      Estimations_Restantes: [
        "Budget",
        "Estimations restant à remplacer (lignes de charges)",
        ["C"],
      ],
    };
    const expected = new Map<string, string>();
    for (const [prefix, [sheetName, label, cols]] of Object.entries(where)) {
      const sheet = plan.sheets.find((x) => x.name === sheetName)!;
      const labelCol = sheetName === "Budget" ? 1 : 0;
      const row = sheet.rows.findIndex((r) => r[labelCol]?.text === label) + 1;
      expect([prefix, row]).not.toEqual([prefix, 0]);
      const suffix = (i: number) =>
        cols.length === 1 ? "" : cols.length === 2 ? `_Annee${i + 1}` : `_Exercice${i + 1}`;
      cols.forEach((col, i) =>
        expected.set(`${prefix}${suffix(i)}`, `'${sheetName}'!$${col}$${row}`)
      );
    }
    // The funding lines left out of the test: one row per year, the list in the wide reading column (E).
    const controles = plan.sheets.find((x) => x.name === "Contrôles")!;
    for (const y of [1, 2]) {
      const row =
        controles.rows.findIndex(
          (r) => r[0]?.text === `Non comptés comme subventions publiques, année ${y}`
        ) + 1;
      expect(row).toBeGreaterThan(0);
      expected.set(`Financements_Non_Comptes_Annee${y}`, `'Contrôles'!$E$${row}`);
    }
    // The team's names: the total rows of the cost tables of contract years 1 and 2 (Paramètres).
    const parametres = plan.sheets[0];
    const totals = parametres.rows
      .map((r, i) => (r[0]?.text === "Total de l'équipe" ? i + 1 : 0))
      .filter(Boolean);
    expect(totals).toHaveLength(2);
    totals.forEach((row, y) => {
      expect(parametres.rows[row - 1][8]!.expected).toBe(model.equipe.coutEquipe[y]);
      const at = (col: string) => `'Paramètres'!$${col}$${row}`;
      expected.set(`Cout_Equipe_Annee${y + 1}`, at("I"));
      expected.set(`Masse_Salariale_Annee${y + 1}`, at("F"));
      expected.set(`Taxe_Salaires_Annee${y + 1}`, at("H"));
    });
    // The envelopes' balance (Budget), one table per contract year: the total of the actions, fonctionnement's overspend.
    const budget = plan.sheets.find((x) => x.name === "Budget")!;
    const balanceRows = (label: string) =>
      budget.rows
        .map((r, i) => (r[1]?.text === label && r[5]?.formula ? i + 1 : 0))
        .filter(Boolean);
    expect(balanceRows("Total des enveloppes")).toHaveLength(2);
    balanceRows("Total des enveloppes").forEach((row, y) =>
      expected.set(`Reste_A_Affecter_Annee${y + 1}`, `'Budget'!$F$${row}`)
    );
    // Every envelope, contracted or not, has its row in each year's table: its actions (F) and overspend (G).
    for (const mission of MISSIONS) {
      const rows = balanceRows(MISSION_LABELS[mission]);
      expect([mission, rows.length]).toEqual([mission, 2]);
      rows.forEach((row, y) => {
        expected.set(`Reste_${ENVELOPE_NAMES[mission]}_Annee${y + 1}`, `'Budget'!$F$${row}`);
        expected.set(`Depassement_${ENVELOPE_NAMES[mission]}_Annee${y + 1}`, `'Budget'!$G$${row}`);
      });
    }
    expect(new Map(plan.names.map((n) => [n.name, n.ref]))).toEqual(expected);
  });
});

describe("the Trésorerie sheet", () => {
  const sheet = () => plan.sheets.find((s) => s.name === "Trésorerie")!;
  const rowOf = (label: string) => sheet().rows.findIndex((r) => r[0]?.text === label) + 1;
  const formulasOf = (row: number) => sheet().rows[row - 1].filter((c) => c?.formula !== undefined);

  test("36 months in columns C to AL from the first budgeted month, labels and months frozen, printed in 3 strips", () => {
    const header = sheet().frozenRows;
    const months = sheet().rows[header - 1].slice(2, 38);
    expect(months.map((c) => c!.expected)).toEqual(
      model.tresorerie.months.map((m) => excelDate(`${m.mois}-01`))
    );
    const rows = plan.sheets[0].rows;
    const band = rows.findIndex((r) => r[0]?.text === "Années de contrat budgétées");
    const debut = band + 2;
    expect(rows[debut - 1][0]?.text).toBe("Début");
    expect(rows[debut - 1][1]?.expected).toBe(excelDate(model.inputs.dateSignature));
    expect(months[0]!.formula).toBe(
      `=DATE(YEAR('Paramètres'!$B$${debut}),MONTH('Paramètres'!$B$${debut})+0,1)`
    );
    expect(sheet()).toMatchObject({
      frozenColumns: 2,
      print: { orientation: "landscape", fitToWidth: true, pagesWide: 3, repeatHeader: false },
    });
    expect(sheet().rowBreaks).toHaveLength(2);
  });

  test("closing balances: rounded formulas, the first one from the opening balance input, negatives in red", () => {
    const closing = rowOf("Trésorerie en fin de mois");
    const opening = rowOf("Trésorerie en début de mois");
    expect(sheet().rows[opening - 1][2]).toMatchObject({ value: 0, style: "input" });
    expect(sheet().rows[opening - 1][3]!.formula).toBe(`=C${closing}`);
    const cells = formulasOf(closing);
    expect(cells).toHaveLength(36);
    expect(cells.map((c) => c!.expected)).toEqual(model.tresorerie.months.map((m) => m.soldeFin));
    expect(sheet().conditionalFormats).toContainEqual({
      range: `C${closing}:AL${closing}`,
      formula: `=C${closing}<0`,
      style: "bad",
    });
  });

  test("one calendar row per ACI payment of the model; the monthly ACI rows sum it with SUMIFS", () => {
    const first = rowOf("Fonctionnement : année 1, à la signature");
    const events = model.tresorerie.evenements;
    events.forEach((e, i) => {
      const row = sheet().rows[first - 1 + i];
      expect([row[1]!.expected, row[2]!.expected]).toEqual([excelDate(e.date), e.amount]);
    });
    const aci = formulasOf(rowOf("ACI : Accès aux soins"));
    expect(aci[0]!.formula).toMatch(
      /^=SUMIFS\(\$C\$\d+:\$C\$\d+,\$J\$\d+:\$J\$\d+,"Accès aux soins",\$B\$/
    );
    expect(aci.slice(0, 36).map((c) => c!.expected)).toEqual(
      model.tresorerie.months.map((m) => m.aci.acces)
    );
  });

  test("the line chart of the closing balance, months as categories; the hypotheses printed under the chart", () => {
    const [chart] = sheet().charts;
    const closing = rowOf("Trésorerie en fin de mois");
    expect(chart).toMatchObject({
      type: "line",
      title: "Trésorerie en fin de mois",
      series: [{ values: `'Trésorerie'!$C$${closing}:$AL$${closing}` }],
    });
    expect(chart.categoryFormat).toContain("mmm");
    const notes = sheet()
      .rows.map((r) => r[0])
      .filter((c) => c?.style === "note")
      .map((c) => String(c!.text))
      .join(" ")
      .replace(/\s+/g, " ");
    for (const hypothesis of CASH_PLAN_HYPOTHESES) expect(notes).toContain(hypothesis.slice(0, 60));
  });
});

describe("the missions' starts in Paramètres", () => {
  test.each([1, 3, 5])(
    "first budgeted year %i: each mission's first-year prorata is the cash plan's, the share of contract year 1",
    async (anneeDepart) => {
      const model = await computeBudget(
        inputs({ dateSignature: "2021-10-30", demarrages: "au-plus-tard", anneeDepart })
      );
      const parametres = buildWorkbookPlan(model).sheets.find((s) => s.name === "Paramètres")!;
      const header = parametres.rows.findIndex((r) => r[5]?.text === "Prorata année 1");
      for (const [m, start] of Object.entries(model.tresorerie.demarrages)) {
        const row = parametres.rows.find(
          (r, i) => i > header && r[0]?.text === MISSION_LABELS[m as keyof typeof MISSION_LABELS]
        )!;
        expect([m, row[5]!.expected]).toEqual([m, start.prorata]);
        expect(row[5]!.formula).toContain("EDATE(");
      }
      // Accès starts 6 months after the signature: half of year 1 is left, rounded to days.
      expect(model.tresorerie.demarrages.acces.prorata).toBeCloseTo(183 / 365, 10);
    }
  );
});

describe("the Comparatif sheet", () => {
  const sheet = () => plan.sheets.find((s) => s.name === "Comparatif")!;
  const rowOf = (label: string) => sheet().rows.find((r) => r[0]?.text === label)!;

  test("the GE and salaried costs are the engine's values with their note, the freelance a formula of the inputs", () => {
    const poste = (mode: string) =>
      model.comparatif.lignes.find((l) => l.mode === mode && l.base === "poste")!;
    for (const label of ["GE : à l'ETP du poste", "Salarié : à temps plein"]) {
      const cost = rowOf(label)[2]!;
      expect(cost.formula).toBeUndefined();
      expect(cost.comment).toMatch(/calculé par le complément \(règles Urssaf modele-social\)/i);
    }
    expect(rowOf("GE : à l'ETP du poste")[2]!.value).toBe(poste("ge").annuel);
    const rateRow =
      sheet().rows.findIndex((r) => r[0]?.text === "Prestataire : tarif journalier HT") + 1;
    const daysRow =
      sheet().rows.findIndex(
        (r) => r[0]?.text === "Prestataire : jours d'une année à temps plein"
      ) + 1;
    expect(sheet().rows[rateRow - 1][1]!.style).toBe("input");
    expect(sheet().rows[rateRow - 1][1]!.comment).toMatch(/Estimation/);
    expect(sheet().rows[daysRow - 1][1]!.comment).toMatch(/L3121-64/);
    const freelance = rowOf("Prestataire : à l'ETP du poste")[2]!;
    expect(freelance.formula).toContain(`$B$${rateRow}`);
    expect(freelance.formula).toContain(`$B$${daysRow}`);
    expect(freelance.expected).toBe(poste("prestataire").annuel);
  });

  test("it compares the team's first post: its name, its gross and what that gross rests on, its ETP", () => {
    const name = sheet().rows.find((r) => r[0]?.expected === "Poste comparé : Coordinateur")!;
    expect(name[0]!.formula).toMatch(/^="Poste comparé : "&'Paramètres'!\$A\$\d+$/);
    const gross = rowOf("Salaire brut mensuel à temps plein");
    expect(gross[1]!.formula).toMatch(/^='Paramètres'!\$C\$\d+$/);
    expect(gross[1]!.expected).toBe(model.equipe.postes[0].brutTempsPlein);
    expect(gross[2]!.text).toContain("minimum Syntec 2025, coefficient 130");
    expect(rowOf("ETP du poste")[1]!.formula).toMatch(/^='Paramètres'!\$G\$\d+$/);
  });

  test("the share divides by the fonctionnement amount the Barème gives for the Taille", () => {
    const envelopeRow =
      sheet().rows.findIndex((r) =>
        String(r[0]?.text).startsWith("Enveloppe fonctionnement de la taille")
      ) + 1;
    const envelope = sheet().rows[envelopeRow - 1][1]!;
    expect(envelope.formula).toMatch(
      /^=INDEX\('Barème ACI'!.*MATCH\("fonctionnement",'Barème ACI'!.*'Paramètres'!\$B\$\d+\)$/
    );
    expect(envelope.expected).toBe(90000);
    for (const l of model.comparatif.lignes) {
      const row = sheet().rows.find((r) =>
        r[0]?.text
          ?.toString()
          .startsWith(
            `${{ ge: "GE", salarie: "Salarié", prestataire: "Prestataire" }[l.mode]} : ${l.base === "poste" ? "à l'ETP" : "à temps plein"}`
          )
      )!;
      expect(row[5]!.formula).toContain(`/$B$${envelopeRow}`);
      expect(row[5]!.expected).toBeCloseTo(l.annuel / 90000, 12);
      expect(row[3]!.expected).toBe(l.mensuel);
      expect(row[4]!.expected).toBe(l.horaire);
    }
  });
});

describe("sheet names", () => {
  test("an override is used by every formula, chart and name, with quotes doubled", () => {
    const custom = buildWorkbookPlan(model, {
      sheetNames: { budget: "Budget (2)", parametres: "Param'ètres" },
    });
    expect(custom.sheets.map((s) => s.name)).toEqual([
      "Param'ètres",
      "Budget (2)",
      "Trésorerie",
      "Contrôles",
      "Comparatif",
      "Obligations",
      "Barème ACI",
    ]);
    const texts = [...formulas(custom).map((f) => f.formula), ...custom.names.map((n) => n.ref)];
    expect(texts.some((t) => t.includes("'Param''ètres'!"))).toBe(true);
    expect(texts.some((t) => t.includes("'Budget (2)'!"))).toBe(true);
    expect(texts.some((t) => /'Budget'!|'Paramètres'!/.test(t))).toBe(false);
    for (const text of texts) {
      for (const ref of sheetReferences(text.startsWith("=") ? text : `=${text}`)) {
        expect(insideGrid(custom, ref.sheet, ref.cells)).toBe(true);
      }
    }
    expect(custom.sheets[1].charts[0].categories.startsWith("'Budget (2)'!")).toBe(true);
  });

  test("the trésorerie key is reserved, and bad or duplicate names are refused in French", () => {
    // The Trésorerie's default name is taken, whatever the case: no other sheet may have it.
    expect(() =>
      buildWorkbookPlan(model, {
        sheetNames: { budget: DEFAULT_SHEET_NAMES.tresorerie.toUpperCase() },
      })
    ).toThrow(/Deux feuilles porteraient le même nom : « trésorerie »/);
    expect(() => buildWorkbookPlan(model, { sheetNames: { budget: "Bud:get" } })).toThrow(
      /Nom de feuille invalide/
    );
    expect(() => buildWorkbookPlan(model, { sheetNames: { budget: "x".repeat(32) } })).toThrow(
      /Nom de feuille invalide/
    );
    expect(() => buildWorkbookPlan(model, { sheetNames: { budget: "contrôles" } })).toThrow(
      /même nom/
    );
  });
});

describe("the CAC fee follows the exercices, with no circular reference", () => {
  const REF =
    /(?<![\w$.'])(?:(?:'((?:[^']|'')+)'|([A-Za-zÀ-ÿ_][\wÀ-ÿ.]*))!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![\w(!])/g;
  const colOf = (letters: string) =>
    [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const parseCell = (a1: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1)!;
    return { col: colOf(m[1]), row: Number(m[2]) };
  };
  /** The cells a formula reads, as "sheet!A1" keys, ranges expanded. */
  function precedents(sheet: string, formula: string): string[] {
    const keys: string[] = [];
    for (const m of outsideStrings(formula).matchAll(REF)) {
      const target = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? sheet);
      const [from, to = from] = m[3].split(":").map(parseCell);
      for (let r = from.row; r <= to.row; r++)
        for (let c = from.col; c <= to.col; c++) keys.push(`${target}!${letters(c)}${r}`);
    }
    return keys;
  }
  const formulaOf = (key: string) => {
    const [sheet, a1] = [key.slice(0, key.lastIndexOf("!")), key.slice(key.lastIndexOf("!") + 1)];
    return cellAt(plan, sheet, a1)?.formula;
  };
  const rowOf = (sheetName: string, col: number, label: string) =>
    plan.sheets.find((s) => s.name === sheetName)!.rows.findIndex((r) => r[col]?.text === label) +
    1;

  test("no formula of the workbook depends on itself", () => {
    const state = new Map<string, "open" | "done">();
    const cycles: string[] = [];
    for (const { sheet, address } of formulas(plan)) {
      const start = `${sheet.name}!${address}`;
      if (state.has(start)) continue;
      // Iterative depth-first search; a cell met while still open closes a cycle.
      const stack: { key: string; next: string[] }[] = [];
      const enter = (key: string) => {
        state.set(key, "open");
        const f = formulaOf(key);
        stack.push({ key, next: f ? precedents(key.slice(0, key.lastIndexOf("!")), f) : [] });
      };
      enter(start);
      while (stack.length) {
        const top = stack[stack.length - 1];
        const key = top.next.pop();
        if (key === undefined) {
          state.set(top.key, "done");
          stack.pop();
        } else if (state.get(key) === "open") cycles.push(`${top.key} → ${key}`);
        else if (!state.has(key)) enter(key);
      }
    }
    expect(cycles).toEqual([]);
  });

  test("the Budget's CAC fee reads the Contrôles row that combines the contract-year test and the exercice verdicts", () => {
    const budget = DEFAULT_SHEET_NAMES.budget;
    const controles = DEFAULT_SHEET_NAMES.controles;
    const feeRow = rowOf(budget, 1, "Honoraires du commissaire aux comptes");
    const dueRow = rowOf(
      controles,
      0,
      "Honoraires du CAC à inscrire (année ou exercice au-dessus du seuil)"
    );
    const received = rowOf(controles, 0, "Subventions publiques encaissées");
    const granted = rowOf(controles, 0, "Subventions publiques attribuées");
    const obligatoire = rowOf(controles, 0, "Commissaire aux comptes obligatoire");
    expect([feeRow, dueRow, received, granted, obligatoire].every((r) => r > 0)).toBe(true);
    ["C", "D"].forEach((col, y) => {
      const fee = cellAt(plan, budget, `${col}${feeRow}`)!;
      expect(precedents(budget, fee.formula!)).toContain(`${controles}!${"BC"[y]}${dueRow}`);
      expect(fee.expected).toBe(model.annees[y].honorairesCac);
      const due = cellAt(plan, controles, `${"BC"[y]}${dueRow}`)!;
      expect(due.expected).toBe(model.annees[y].cacRetenu);
      const read = precedents(controles, due.formula!);
      // Every exercice, on both readings (the rule of src/domain/rules/cac.ts).
      for (const row of [received, granted])
        expect(read).toEqual(
          expect.arrayContaining(["B", "C", "D"].map((c) => `${controles}!${c}${row}`))
        );
      expect(read).toContain(`${controles}!${"BC"[y]}${obligatoire}`);
    });
  });

  test("the exercice verdicts read the funders and the ACI only: no Budget cell, no charge", () => {
    const controles = DEFAULT_SHEET_NAMES.controles;
    const seen = new Set<string>();
    const todo = [
      "Seuil dépassé (subventions encaissées)",
      "Seuil dépassé (subventions attribuées)",
    ]
      .map((label) => rowOf(controles, 0, label))
      .flatMap((row) => [`${controles}!B${row}`, `${controles}!C${row}`]);
    while (todo.length) {
      const key = todo.pop()!;
      if (seen.has(key)) continue;
      seen.add(key);
      const f = formulaOf(key);
      if (f) todo.push(...precedents(key.slice(0, key.lastIndexOf("!")), f));
    }
    expect([...seen].filter((k) => k.startsWith(`${DEFAULT_SHEET_NAMES.budget}!`))).toEqual([]);
    // The walk did reach the Trésorerie (ACI calendar, funders received) and the Paramètres.
    expect([...seen].some((k) => k.startsWith(`${DEFAULT_SHEET_NAMES.tresorerie}!`))).toBe(true);
    expect([...seen].some((k) => k.startsWith(`${DEFAULT_SHEET_NAMES.parametres}!`))).toBe(true);
  });
});

describe("the team", () => {
  let team: BudgetModel;
  let teamPlan: WorkbookPlan;
  beforeAll(async () => {
    team = await computeBudget(inputs({ taille: 3, equipe: THREE_POSTS }));
    teamPlan = buildWorkbookPlan(team);
  });
  const sheet = (name: string) => teamPlan.sheets.find((s) => s.name === name)!;
  const rowsAfter = (name: string, band: string, col = 0) => {
    const rows = sheet(name).rows;
    const start = rows.findIndex((r) => r[col]?.text === band);
    expect(start).toBeGreaterThan(0);
    return rows.slice(start + 1);
  };
  const texts = (name: string) =>
    sheet(name)
      .rows.flat()
      .flatMap((c) => [c?.text, c?.comment])
      .filter((t): t is string => typeof t === "string");

  test("Paramètres: one row per post, the mode, months and freelance fees yellow, the engine's parameters not", () => {
    const rows = rowsAfter("Paramètres", "Équipe : les postes").slice(0, 3);
    expect(rows.map((r) => r[0]!.text)).toEqual(THREE_POSTS.map((p) => p.intitule));
    for (const r of rows) {
      for (const col of [0, 1, 2, 3, 8, 9]) expect(r[col]!.style).toBe("input");
      for (const col of [4, 5, 6, 7]) expect(r[col]!.style).not.toBe("input");
    }
    expect(rows.map((r) => r[1]!.text)).toEqual(["Salarié", "Salarié", "Prestataire"]);
    expect(rows.map((r) => r[5]!.text)).toEqual(["coefficient 170", "niveau 9", "–"]);
  });

  test("the agreement's minimum and its base, the single-source grid and the non-cadre assumption show", async () => {
    const all = texts("Paramètres");
    expect(all).toContain("minimum cabinets médicaux 2024, niveau 9");
    expect(all).toContain("minimum Syntec 2025, coefficient 170, forfait jours");
    expect(all.some((t) => t.includes(CABINETS_MEDICAUX_GRID.confidence!))).toBe(true);
    expect(all).toContain("non-cadre (hypothèse)");
    expect(all.some((t) => t.startsWith("Statut non-cadre (hypothèse)"))).toBe(true);
    // A level under the SMIC is raised to it, and a typed gross says so; Syntec alone: no such notes.
    const other = buildWorkbookPlan(
      await computeBudget(
        inputs({
          equipe: [
            { ...THREE_POSTS[1], niveau: 4 },
            { ...THREE_POSTS[0], brutMensuel: 5000 },
          ],
        })
      )
    );
    const otherTexts = other.sheets[0].rows.flat().map((c) => c?.text);
    expect(otherTexts).toContain("minimum cabinets médicaux 2024, niveau 4, relevé au SMIC 2026");
    expect(otherTexts).toContain("saisi (minimum Syntec 2025, coefficient 170, forfait jours)");
    const syntec = buildWorkbookPlan(model)
      .sheets[0].rows.flat()
      .map((c) => c?.text ?? "");
    expect(syntec.some((t) => t.includes("Source unique"))).toBe(false);
    expect(syntec.some((t) => t.startsWith("Statut non-cadre"))).toBe(false);
  });

  test("the Budget's five team lines sum the cost tables by mode; their envelope names Paramètres, unvalidated", () => {
    const budget = sheet("Budget");
    const lines = team.charges.flatMap((c) => c.lignes).filter((l) => l.enveloppe === "equipe");
    expect(lines.map((l) => l.compte).sort()).toEqual(["621", "622", "631", "641", "645"]);
    const mode = {
      "621": "GE",
      "622": "Prestataire",
      "631": "Salarié",
      "641": "Salarié",
      "645": "Salarié",
    };
    for (const line of lines) {
      const row = budget.rows.findIndex((r) => r[1]?.text === line.label) + 1;
      const [y1, y2, envelope] = budget.rows[row - 1].slice(2, 5);
      for (const [y, cell] of [y1, y2].entries()) {
        expect(cell!.formula).toMatch(
          new RegExp(
            `^=ROUND\\(SUMIF\\('Paramètres'!\\$B\\$\\d+:\\$B\\$\\d+,"${mode[line.compte as keyof typeof mode]}",'Paramètres'!\\$[D-H]\\$\\d+:\\$[D-H]\\$\\d+\\),2\\)$`
          )
        );
        expect(cell!.expected).toBe(line.montants[y]);
      }
      expect(envelope!.text).toBe("Équipe (voir Paramètres)");
      expect(budget.validations.some((v) => v.range === `E${row}`)).toBe(false);
    }
  });

  test("the analytic split adds the team's share of each envelope; nothing is left without one", () => {
    const budget = sheet("Budget");
    const rows = budget.rows.filter(
      (r) => r[1]?.text === "Accès aux soins" && r[3]?.formula?.startsWith("=SUMIF")
    );
    expect(rows).toHaveLength(2);
    rows.forEach((r, y) => {
      expect(r[3]!.formula).toMatch(/^=SUMIF\(.*\)\+'Paramètres'!\$C\$\d+$/);
      expect(r[3]!.expected).toBe(
        team.annees[y].analytique.find((a) => a.mission === "acces")!.charges
      );
    });
    const split = rowsAfter("Paramètres", "Répartition du coût de chaque poste par enveloppe ACI");
    // The default split follows the taille's fixed parts (Barème); the one typed stays as typed.
    expect(split[0][2]!.formula).toMatch(/^=INDEX\('Barème ACI'!/);
    expect(split[1][2]!.formula).toMatch(/^=0\.5\*\$C\$\d+\/SUM\(\$C\$\d+:\$F\$\d+\)$/);
    expect(split[3][2]).toMatchObject({ value: 0.6, style: "input" });
    const unassigned = budget.rows.filter((r) => r[1]?.text === "Charges sans enveloppe reconnue");
    expect(unassigned.map((r) => r[3]!.expected)).toEqual([0, 0]);
    for (const y of [0, 1]) {
      const spent = team.annees[y].analytique.reduce((s, a) => s + a.charges, 0);
      expect(spent).toBeCloseTo(team.annees[y].totalCharges, 6);
    }
  });

  test("the Trésorerie pays each post in its months: SUMPRODUCT over the team tables, model.equipe.parMois", () => {
    const tresorerie = sheet("Trésorerie");
    for (const [compte, account] of [
      ["621", "ge"],
      ["622", "prestataire"],
      ["631", "taxeSalaires"],
      ["641", "salaires"],
      ["645", "chargesSociales"],
    ] as const) {
      const row = tresorerie.rows.find(
        (r) => String(r[0]?.expected).startsWith(`${compte} `) && r[1]?.text === "équipe"
      )!;
      const months = row.slice(2, 38);
      expect(months.every((c) => c!.formula!.startsWith("=SUMPRODUCT(('Paramètres'!$B$"))).toBe(
        true
      );
      expect(months.map((c) => c!.expected)).toEqual(team.equipe.parMois[account]);
    }
    // The coordinator is paid from month 5: the first four months pay the secretary alone.
    const [coordinateur, secretaire] = team.equipe.postes;
    expect(team.equipe.parMois.salaires.slice(0, 4)).toEqual(Array(4).fill(secretaire.brutMensuel));
    expect(team.equipe.parMois.salaires[4]).toBeCloseTo(
      coordinateur.brutMensuel + secretaire.brutMensuel,
      6
    );
  });

  test("the taxe sur les salaires table has four calendar years whatever the signature month", async () => {
    const years = (p: WorkbookPlan) => {
      const rows = p.sheets[0].rows;
      const start = rows.findIndex((r) => r[0]?.text === "Taxe sur les salaires par année civile");
      return rows.slice(start + 1, start + 5).map((r) => r[0]!.expected);
    };
    expect(years(teamPlan)).toEqual([2025, 2026, 2027, 2028]);
    const january = buildWorkbookPlan(
      await computeBudget(inputs({ dateSignature: "2026-01-01", equipe: TAXED_TEAM }))
    );
    expect(years(january)).toEqual([2026, 2027, 2028, 2029]);
    const taxed = await computeBudget(inputs({ dateSignature: "2026-01-01", equipe: TAXED_TEAM }));
    expect(taxed.equipe.taxeParAnneeCivile).toHaveLength(3);
    expect(taxed.equipe.parAnnee.taxeSalaires[0]).toBeGreaterThan(0);
  });
});
