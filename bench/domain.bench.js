// Domain core speed: ACI calculator, coordinator cost (cold, warm, distinct inputs), modele-social used naively, and our
// payroll wrapper next to the raw engine on the same distinct situations.
// Run: node bench/domain.bench.js (the TypeScript sources are transpiled on load by register-ts.js).
require("./register-ts");

const { performance } = require("perf_hooks");
const v8 = require("v8");
const vm = require("vm");

const rows = [];
function record(fr, en, calls, ms) {
  rows.push({
    label: `${fr} / ${en}`,
    calls,
    msPerCall: ms / calls,
    perSecond: (calls * 1000) / ms,
  });
}

async function time(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Runs fn for about `budgetMs`, returns [calls, ms]. */
function loop(fn, budgetMs) {
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < budgetMs) {
    for (let i = 0; i < 1000; i++) fn(calls++);
  }
  return [calls, performance.now() - start];
}

// The situation our wrapper gives the engine (src/domain/payroll.ts), a full-time one unless `etp` is given.
const { payrollSituation } = require("../src/domain/payroll.ts");
const situation = (brut, cadre, etp = 1) => payrollSituation(brut, etp, cadre);
const COST = { valeur: "salarié . coût total employeur", unité: "€/mois" };
const quiet = { warn: false };

async function main() {
  let coordinator;
  record(
    "Import aci + coordinator (transpilation TS comprise)",
    "import incl. TS transpile",
    1,
    await time(() => {
      require("../src/domain/aci.ts");
      coordinator = require("../src/domain/coordinator.ts");
    })
  );
  const loaded = Object.keys(require.cache).some((f) => f.includes("modele-social"));

  // ACI calculator.
  const { aciPaid } = require("../src/domain/aci.ts");
  const { MISSIONS } = require("../src/domain/data/aciGrid.ts");
  const missions = [...MISSIONS, "socle", "total"];
  const [aciCalls, aciMs] = loop(
    (i) =>
      aciPaid({
        taille: 1 + (i % 4),
        annee: 1 + (i % 5),
        mission: missions[i % missions.length],
        volet: "total",
        taux: 0.8,
      }),
    1000
  );
  record("ACI (aciPaid)", "ACI (aciPaid)", aciCalls, aciMs);

  // Coordinator cost: the first call pays the rules' loading and the engine start-up.
  const { geCost } = coordinator;
  record(
    "COUT_GE 1er appel (démarrage moteur)",
    "GE cost cold (engine start-up)",
    1,
    await time(() => geCost({ coef: 170, etp: 1, mois: 12 }))
  );
  const warmRuns = 10000;
  record(
    "COUT_GE mêmes entrées (mémo)",
    "GE cost warm, same inputs (memo)",
    warmRuns,
    await time(async () => {
      for (let i = 0; i < warmRuns; i++) await geCost({ coef: 170, etp: 1, mois: 12 });
    })
  );
  const distinct = 30;
  record(
    "COUT_GE entrées distinctes",
    "GE cost, distinct inputs",
    distinct,
    await time(async () => {
      for (let i = 0; i < distinct; i++) await geCost({ coef: 170, etp: 0.5 + i / 100, mois: 12 });
    })
  );

  // modele-social used naively, in the same process.
  const rules = require("modele-social").default;
  const Engine = require("publicodes").default;
  const fresh = 3;
  record(
    "modele-social, un moteur par appel",
    "modele-social, new Engine per call",
    fresh,
    await time(() => {
      for (let i = 0; i < fresh; i++)
        new Engine(rules, quiet).setSituation(situation(3000 + i, true)).evaluate(COST);
    })
  );
  const engine = new Engine(rules, quiet);
  record(
    "modele-social, un moteur, setSituation par appel",
    "modele-social, one engine, setSituation per call",
    distinct,
    await time(() => {
      for (let i = 0; i < distinct; i++)
        engine.setSituation(situation(3000 + i, true)).evaluate(COST);
    })
  );

  // Our payroll wrapper and the raw engine on the same distinct situations, in alternating blocks (the machine's load
  // drifts), each after a full garbage collection: a full-time cadre at 3 200 € + i, and a half-time non-cadre.
  const { employerMonthlyCost } = require("../src/domain/payroll.ts");
  v8.setFlagsFromString("--expose-gc");
  const collect = vm.runInNewContext("gc");
  const blocks = 6;
  const perBlock = 10;
  let ours = 0;
  let raw = 0;
  for (let b = 0; b < blocks; b++) {
    const employees = Array.from({ length: perBlock }, (_, i) => ({
      brutMensuel: 3200 + b * perBlock + i,
      etp: i % 2 ? 0.5 : 1,
      cadre: i % 2 === 0,
    }));
    collect();
    ours += await time(async () => {
      for (const e of employees) await employerMonthlyCost(e);
    });
    collect();
    raw += await time(() => {
      for (const e of employees) {
        const brut = Math.round(e.brutMensuel * e.etp * 100) / 100;
        engine.setSituation(situation(brut, e.cadre, e.etp)).evaluate(COST);
      }
    });
  }
  record(
    "employerMonthlyCost, situations distinctes",
    "our payroll wrapper, distinct situations",
    blocks * perBlock,
    ours
  );
  record(
    "modele-social, un moteur, mêmes situations",
    "raw engine, the same situations",
    blocks * perBlock,
    raw
  );

  const fmt = (n, digits) =>
    n.toLocaleString("fr-FR", { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const width = Math.max(...rows.map((r) => r.label.length));
  console.log(
    `Node ${process.version}; modele-social chargé à l'import / loaded on import: ${loaded ? "oui/yes" : "non/no"}\n`
  );
  console.log(
    `${"Mesure / Measure".padEnd(width)}  ${"appels/calls".padStart(12)}  ${"ms/appel/call".padStart(14)}  ${"appels/s / calls/s".padStart(18)}`
  );
  for (const r of rows) {
    console.log(
      `${r.label.padEnd(width)}  ${String(r.calls).padStart(12)}  ${fmt(r.msPerCall, 4).padStart(14)}  ${fmt(r.perSecond, 0).padStart(18)}`
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
