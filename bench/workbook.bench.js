// Time to compute the budget, build the workbook plan and write the .xlsx for the largest option set.
//   node bench/workbook.bench.js
require("./register-ts");
const { computeBudget } = require("../src/domain/budget.ts");
const { defaultBudgetInputs } = require("../src/domain/budgetInputs.ts");
const { buildWorkbookPlan } = require("../src/workbook/buildPlan.ts");
const { writeXlsx } = require("../src/workbook/xlsxWriter.ts");

/** Every option on and every line filled: taille 4 with the majoration, optional missions, crisis, a salaried coordinator. */
function largestInputs() {
  const base = defaultBudgetInputs();
  return {
    ...base,
    nom: "CPTS du banc d'essai",
    taille: 4,
    membres: 250,
    dateSignature: "2022-06-15",
    optionnelles: true,
    tauxVariable: 0.8,
    crise: true,
    honorairesCac: 6000,
    cotisationParMembre: 30,
    coordinateur: {
      ...base.coordinateur,
      mode: "salarie",
      coef: 170,
      forfaitJours: true,
      mois: 24,
    },
    financeurs: base.financeurs.map((f, i) => ({
      ...f,
      annee1: 5000 * (i + 1),
      annee2: 2500 * (i + 1),
    })),
    charges: base.charges.map((c, i) => ({ ...c, annee1: 1000 * (i + 1), annee2: 900 * (i + 1) })),
    indemnites: base.indemnites.map((i, k) => ({
      ...i,
      professionnels: 5 + k,
      parProfessionnelAnnee1: 1500,
      parProfessionnelAnnee2: 1800,
    })),
    contributionsVolontaires: base.contributionsVolontaires.map((c) => ({
      ...c,
      annee1: 8000,
      annee2: 9000,
    })),
  };
}

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

async function timeRuns(runs, fn) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(ms(start));
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)], min: times[0], max: times[runs - 1] };
}

async function main() {
  const inputs = largestInputs();
  let start = process.hrtime.bigint();
  const model = await computeBudget(inputs);
  const cold = ms(start);
  const warm = await timeRuns(50, () => computeBudget(inputs));
  const plan = buildWorkbookPlan(model);
  const build = await timeRuns(200, () => buildWorkbookPlan(model));
  start = process.hrtime.bigint();
  const first = await writeXlsx(plan);
  const firstWrite = ms(start);
  const write = await timeRuns(20, () => writeXlsx(plan));

  const cells = plan.sheets.reduce((n, s) => n + s.rows.flat().filter(Boolean).length, 0);
  const formulas = plan.sheets.reduce(
    (n, s) => n + s.rows.flat().filter((c) => c?.formula !== undefined).length,
    0
  );
  const f = (t) => `${t.median.toFixed(2)} ms (min ${t.min.toFixed(2)}, max ${t.max.toFixed(2)})`;
  console.log(
    `Node ${process.version}, plan: ${plan.sheets.length} sheets, ${cells} cells, ${formulas} formulas, ${plan.names.length} names`
  );
  console.log(`computeBudget, first call (loads the payroll engine) : ${cold.toFixed(0)} ms`);
  console.log(`computeBudget, warm, median of 50                    : ${f(warm)}`);
  console.log(`buildWorkbookPlan, median of 200                     : ${f(build)}`);
  console.log(`writeXlsx (ExcelJS + charts), first call             : ${firstWrite.toFixed(0)} ms`);
  console.log(
    `writeXlsx (ExcelJS + charts), median of 20           : ${f(write)}, ${(first.length / 1024).toFixed(1)} KiB`
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
