// Time to generate a budget (computeBudget, the workbook plan, the .xlsx) with every option on and a team of 1, 5 and
// 20 posts:
// - cold: a fresh Node process (modules, payroll engine start-up, every distinct payroll situation of the team);
// - warm, new situations: the engine loaded, every post's gross changed by a cent each run (nothing memoized);
// - warm, same inputs: the payroll memoized.
// Next to each, in the same run, the raw publicodes engine on the team's distinct payroll situations: one engine
// (new Engine(rules) once), setSituation + evaluate « salarié . coût total employeur » per situation.
//   node bench/workbook.bench.js
require("./register-ts");
const { execFileSync } = require("child_process");
const { performance } = require("perf_hooks");
const v8 = require("v8");
const vm = require("vm");

// A full garbage collection before each timed block, so that no block pays for the garbage of the one before.
v8.setFlagsFromString("--expose-gc");
const collect = vm.runInNewContext("gc");

const SIZES = [1, 5, 20];
const COLD_RUNS = 5;
const WARM_RUNS = 7;

/** The posts a team cycles through: every status and agreement, full and part time, hired at signature or later. */
const POSTS = [
  {
    intitule: "Coordinatrice",
    mode: "salarie",
    convention: "syntec",
    coef: 170,
    forfaitJours: true,
    etp: 1,
  },
  {
    intitule: "Chargée de mission",
    mode: "salarie",
    convention: "syntec",
    coef: 130,
    etp: 0.5,
    debutMois: 3,
  },
  {
    intitule: "Secrétaire",
    mode: "salarie",
    convention: "cabinets-medicaux",
    niveau: 6,
    etp: 0.5,
    debutMois: 6,
  },
  { intitule: "Chargé de projet (GE)", mode: "ge", convention: "syntec", coef: 150, etp: 0.8 },
  {
    intitule: "Animatrice",
    mode: "prestataire",
    convention: "aucune",
    etp: 0.4,
    tarifJour: 400,
    joursParAn: 87,
  },
];

/**
 * A team of `size` posts; `run` moves every gross by 100 €, so that a run's payroll situations are new: the memo keys
 * the gross at the post's ETP, to the cent, which a move by a cent at 0,5 ETP need not change. The first posts of a
 * larger team are those of a smaller one: give each run of the process its own number.
 */
function team(size, run) {
  const { defaultPost } = require("../src/domain/budgetInputs.ts");
  const { agreementMinimum } = require("../src/domain/salary.ts");
  return Array.from({ length: size }, (_, i) => {
    const { coef, niveau, ...rest } = POSTS[i % POSTS.length];
    const post = { ...defaultPost(), ...rest, intitule: `${rest.intitule} ${i + 1}` };
    delete post.coef;
    if (coef !== undefined) post.coef = coef;
    if (niveau !== undefined) post.niveau = niveau;
    const minimum = agreementMinimum(post).montant;
    post.brutMensuel = Math.round((minimum + 100 * run + i) * 100) / 100;
    return post;
  });
}

/** Every option on and every line filled: taille 4 with the majoration, optional missions, crisis. */
function largestInputs(size, run) {
  const { defaultBudgetInputs } = require("../src/domain/budgetInputs.ts");
  const base = defaultBudgetInputs();
  return {
    ...base,
    nom: "CPTS du banc d'essai",
    taille: 4,
    membres: 250,
    dateSignature: "2025-06-15",
    optionnelles: true,
    tauxVariable: 0.8,
    crise: true,
    honorairesCac: 6000,
    cotisationParMembre: 30,
    equipe: team(size, run),
    financeurs: base.financeurs.map((f, i) => ({
      ...f,
      annee1: 5000 * (i + 1),
      annee2: 2500 * (i + 1),
    })),
    charges: base.charges.map((c, i) => ({ ...c, annee1: 1000 * (i + 1), annee2: 900 * (i + 1) })),
    gouvernance: base.gouvernance.map((g, k) => ({ ...g, heuresParPersonne: 20 + 10 * k })),
    contributionsVolontaires: base.contributionsVolontaires.map((c) => ({
      ...c,
      annee1: 8000,
      annee2: 9000,
    })),
  };
}

/**
 * The distinct payroll situations of a budget: each post (the team's grosses are typed), and the first post at full
 * time (Comparatif).
 */
function situationsOf(inputs) {
  const { isCadrePost } = require("../src/domain/salary.ts");
  const seen = new Map();
  const add = (post, etp) => {
    const brut = Math.round(post.brutMensuel * etp * 100) / 100;
    const cadre = isCadrePost(post);
    seen.set(`${brut}|${etp}|${cadre}`, { brut, etp, cadre });
  };
  inputs.equipe.forEach((p) => add(p, p.etp));
  add(inputs.equipe[0], 1);
  return [...seen.values()];
}

/** The raw engine gets the very situation our wrapper sets (src/domain/payroll.ts): only the evaluation differs. */
function rawSituation({ brut, etp, cadre }) {
  const { payrollSituation } = require("../src/domain/payroll.ts");
  return payrollSituation(brut, etp, cadre);
}

const RAW_OPTIONS = { warn: false };
const TOTAL = { valeur: "salarié . coût total employeur", unité: "€/mois" };

function rawCost(engine, situations) {
  collect();
  const start = performance.now();
  for (const s of situations) engine.setSituation(rawSituation(s)).evaluate(TOTAL);
  return performance.now() - start;
}

/** One generation, stage by stage, in ms. */
async function generate(inputs) {
  const { computeBudget } = require("../src/domain/budget.ts");
  const { buildWorkbookPlan } = require("../src/workbook/buildPlan.ts");
  const { writeXlsx } = require("../src/workbook/xlsxWriter.ts");
  collect();
  const t0 = performance.now();
  const model = await computeBudget(inputs);
  const t1 = performance.now();
  const plan = buildWorkbookPlan(model);
  const t2 = performance.now();
  const bytes = await writeXlsx(plan);
  const t3 = performance.now();
  return { model, plan, bytes, budget: t1 - t0, plan_: t2 - t1, xlsx: t3 - t2, total: t3 - t0 };
}

/** Child process: one cold generation (`--cold N`) or the raw engine cold on given situations (`--cold-raw JSON`). */
async function child(mode, arg) {
  if (mode === "--cold") {
    // The sources loaded (and transpiled) first: the timed first generation pays the payroll engine, not TypeScript.
    require("../src/domain/budget.ts");
    require("../src/workbook/buildPlan.ts");
    require("../src/workbook/xlsxWriter.ts");
    const inputs = largestInputs(Number(arg), 0);
    const start = performance.now();
    const { budget, plan_, xlsx } = await generate(inputs);
    return { budget, plan: plan_, xlsx, total: performance.now() - start };
  }
  const start = performance.now();
  const rules = require("modele-social").default;
  const Engine = require("publicodes").default;
  const engine = new Engine(rules, RAW_OPTIONS);
  rawCost(engine, JSON.parse(arg));
  return { total: performance.now() - start };
}

function inChild(mode, arg) {
  const out = execFileSync(process.execPath, [__filename, mode, String(arg)], { encoding: "utf8" });
  return JSON.parse(out);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

async function main() {
  const rows = [];
  const { preloadPayroll } = require("../src/domain/payroll.ts");
  const rules = require("modele-social").default;
  const Engine = require("publicodes").default;
  let start = performance.now();
  await preloadPayroll();
  const ourStart = performance.now() - start;
  start = performance.now();
  const engine = new Engine(rules, RAW_OPTIONS);
  const rawStart = performance.now() - start;

  // Warm-up (JIT): a few generations and raw evaluations, not timed.
  let serial = 0;
  let shape;
  for (let run = 0; run < 3; run++) {
    const inputs = largestInputs(5, ++serial);
    shape ??= await generate(inputs);
    rawCost(engine, situationsOf(inputs));
  }

  for (const size of SIZES) {
    const cold = Array.from({ length: COLD_RUNS }, () => inChild("--cold", size));
    // Warm, new situations: our generation and the raw engine on the same situations.
    const fresh = [];
    const raw = [];
    let situations = 0;
    for (let run = 1; run <= WARM_RUNS; run++) {
      const inputs = largestInputs(size, ++serial);
      const s = situationsOf(inputs);
      situations = s.length;
      // Before or after ours in turn.
      if (run % 2) raw.push(rawCost(engine, s));
      fresh.push(await generate(inputs));
      if (!(run % 2)) raw.push(rawCost(engine, s));
    }
    const same = [];
    const again = largestInputs(size, serial);
    for (let run = 0; run < WARM_RUNS; run++) same.push(await generate(again));
    const coldRaw = Array.from({ length: COLD_RUNS }, () =>
      inChild("--cold-raw", JSON.stringify(situationsOf(again)))
    );
    const pick = (runs, key) => median(runs.map((r) => r[key]));
    rows.push({
      size,
      situations,
      cold: pick(cold, "total"),
      coldBudget: pick(cold, "budget"),
      coldRaw: pick(coldRaw, "total"),
      freshBudget: pick(fresh, "budget"),
      freshTotal: pick(fresh, "total"),
      raw: median(raw),
      payroll: pick(fresh, "budget") - pick(same, "budget"),
      sameBudget: pick(same, "budget"),
      plan: pick(same, "plan_"),
      xlsx: pick(same, "xlsx"),
      kib: same[0].bytes.length / 1024,
      cells: same[0].plan.sheets.reduce((n, s) => n + s.rows.flat().filter(Boolean).length, 0),
    });
  }

  const formulas = shape.plan.sheets.reduce(
    (n, s) => n + s.rows.flat().filter((c) => c?.formula !== undefined).length,
    0
  );
  console.log(
    `Node ${process.version}; medians of ${COLD_RUNS} cold processes and ${WARM_RUNS} warm runs; plan of a 5-post team: ${shape.plan.sheets.length} sheets, ${formulas} formulas, ${shape.plan.names.length} names`
  );
  console.log(
    `Payroll engine start-up in this process: ours ${ms(ourStart)}, raw new Engine ${ms(rawStart)}\n`
  );
  const header = [
    "posts",
    "situations",
    "cold total",
    "cold computeBudget",
    "raw cold",
    "warm new computeBudget",
    "ours: new − same",
    "raw warm",
    "warm new total",
    "warm same computeBudget",
    "plan",
    "xlsx",
    "cells",
    "KiB",
  ];
  const table = [
    header,
    ...rows.map((r) => [
      String(r.size),
      String(r.situations),
      ms(r.cold),
      ms(r.coldBudget),
      ms(r.coldRaw),
      ms(r.freshBudget),
      ms(r.payroll),
      ms(r.raw),
      ms(r.freshTotal),
      ms(r.sameBudget),
      ms(r.plan),
      ms(r.xlsx),
      String(r.cells),
      r.kib.toFixed(1),
    ]),
  ];
  const widths = header.map((_, c) => Math.max(...table.map((row) => row[c].length)));
  for (const row of table) console.log(row.map((v, c) => v.padStart(widths[c])).join("  "));
  console.log(
    "\ncold: a fresh process, sources loaded, first generation (payroll engine loaded, every situation evaluated);" +
      "\nraw cold: a fresh process loading modele-social and publicodes, new Engine, then the same situations;" +
      "\nours: new − same: warm computeBudget with new situations minus with memoized ones (the payroll's share);" +
      "\nraw warm: one engine already built, setSituation + evaluate the total for each situation."
  );
}

const [mode, arg] = process.argv.slice(2);
(mode ? child(mode, arg).then((r) => console.log(JSON.stringify(r))) : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
