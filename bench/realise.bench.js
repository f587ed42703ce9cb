// Budget versus actual speed: reading a FEC of 10 000 and 100 000 synthetic lines and comparing it with a budget
// (decoding, validation of every field, mapping, aggregation per line, envelope and period), next to a naive
// split-and-parse that only sums the amounts by account, in the same run.
// Run: node bench/realise.bench.js (the TypeScript sources are transpiled on load by register-ts.js).
require("./register-ts");

const { performance } = require("perf_hooks");
const { computeBudget } = require("../src/domain/budget.ts");
const { defaultBudgetInputs } = require("../src/domain/budgetInputs.ts");
const { readEntries } = require("../src/domain/realise/read.ts");
const { compareWithBudget } = require("../src/domain/realise/aggregate.ts");

const HEADER =
  "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise";
const CHARGES = [
  "606100",
  "613200",
  "616000",
  "618000",
  "621000",
  "622600",
  "623000",
  "625100",
  "625700",
  "626000",
  "627000",
  "641000",
  "645000",
  "658000",
  "671000",
];

/** A FEC of `lines` lines: écritures of two lines (a charge or a subsidy against the bank) over two years. */
function syntheticFec(lines) {
  const rows = [HEADER];
  const start = Date.UTC(2025, 2, 1);
  for (let i = 0; rows.length <= lines; i++) {
    const date = new Date(start + (i % 730) * 86400000)
      .toISOString()
      .slice(0, 10)
      .replace(/-/g, "");
    const cents = 1000 + ((i * 7919) % 500000);
    const amount = `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")}`;
    const subsidy = i % 50 === 0;
    const account = subsidy ? "741000" : CHARGES[i % CHARGES.length];
    const row = (compte, lib, debit, credit) =>
      `BQ\tBanque\t${i + 1}\t${date}\t${compte}\t${lib}\t\t\tP${i + 1}\t${date}\tÉcriture n° ${i + 1} (réception, déplacement…)\t${debit}\t${credit}\t\t\t${date}\t\t`;
    rows.push(
      subsidy ? row(account, "Subventions", "0,00", amount) : row(account, "Charge", amount, "0,00")
    );
    rows.push(
      subsidy ? row("512000", "Banque", amount, "0,00") : row("512000", "Banque", "0,00", amount)
    );
  }
  return new TextEncoder().encode(rows.join("\r\n") + "\r\n");
}

/** The baseline: split, parse the amounts, sum by account; no decoding check, no validation, no period. */
function naive(bytes) {
  const text = new TextDecoder().decode(bytes);
  const sums = {};
  for (const line of text.split("\n").slice(1)) {
    const f = line.split("\t");
    if (f.length < 13) continue;
    const net = parseFloat(f[11].replace(",", ".")) - parseFloat(f[12].replace(",", "."));
    sums[f[4]] = (sums[f[4]] || 0) + net;
  }
  return sums;
}

/** The median of `runs` timings of fn, in ms. */
function median(fn, runs) {
  const times = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

async function main() {
  const model = await computeBudget({ ...defaultBudgetInputs(2), dateSignature: "2025-03-01" });
  const fmt = (n, digits = 1) =>
    n.toLocaleString("fr-FR", { maximumFractionDigits: digits, minimumFractionDigits: digits });
  console.log(`Node ${process.version}; médiane de 5 passes / median of 5 runs\n`);
  console.log(
    `${"Lignes / Lines".padEnd(16)}${"lecture ms / read".padStart(19)}${"+ comparaison ms / + compare".padStart(30)}${"naïf ms / naive".padStart(18)}${"lignes/s (nous / us)".padStart(22)}`
  );
  for (const lines of [10000, 100000]) {
    const bytes = syntheticFec(lines);
    // Warm-up, and a check that both read every line.
    const file = readEntries(bytes);
    compareWithBudget(model, file);
    if (file.entries.length !== lines)
      throw new Error(`${file.entries.length} entries for ${lines} lines`);
    naive(bytes);
    const read = median(() => readEntries(bytes), 5);
    const full = median(() => compareWithBudget(model, readEntries(bytes)), 5);
    const baseline = median(() => naive(bytes), 5);
    console.log(
      `${lines.toLocaleString("fr-FR").padEnd(16)}${fmt(read).padStart(19)}${fmt(full).padStart(30)}${fmt(baseline).padStart(18)}${fmt((lines * 1000) / full, 0).padStart(22)}`
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
