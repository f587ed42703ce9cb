#!/usr/bin/env node
// Fails when src/ has an import cycle: every runtime import between our modules (type-only imports are erased and
// do not count), followed from each module. Part of `npm run lint`.
const { readdirSync, readFileSync, statSync, existsSync } = require("fs");
const { dirname, join, relative, resolve } = require("path");

const root = resolve(process.argv[2] ?? join(__dirname, "..", "src"));

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The module a relative specifier names: a .ts/.tsx file or a folder's index. */
function resolveImport(from, specifier) {
  const base = resolve(dirname(from), specifier);
  const candidates = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")];
  return candidates.find((candidate) => existsSync(candidate));
}

/** Runtime imports and re-exports: `import type …` and imports whose every name is `type X` are left out. */
function runtimeImports(file) {
  const source = readFileSync(file, "utf8");
  const statements = source.matchAll(/^(import|export)\s+([\s\S]*?)\s+from\s+["'](\.[^"']+)["']/gm);
  const imports = [];
  for (const [, , clause, specifier] of statements) {
    if (/^type\s/.test(clause)) continue;
    const names = /^\{([\s\S]*)\}$/.exec(clause.trim());
    if (names && names[1].split(",").every((n) => !n.trim() || /^type\s/.test(n.trim()))) continue;
    const target = resolveImport(file, specifier);
    if (target) imports.push(target);
  }
  return imports;
}

const graph = new Map(files(root).map((file) => [file, runtimeImports(file)]));
const state = new Map();
const cycles = [];
function visit(file, path) {
  state.set(file, "visiting");
  for (const next of graph.get(file) ?? []) {
    if (state.get(next) === "visiting") cycles.push([...path.slice(path.indexOf(next)), next]);
    else if (!state.has(next)) visit(next, [...path, next]);
  }
  state.set(file, "done");
}
for (const file of graph.keys()) if (!state.has(file)) visit(file, [file]);

if (cycles.length > 0) {
  for (const cycle of cycles)
    console.error(`Import cycle: ${cycle.map((f) => relative(root, f)).join(" → ")}`);
  process.exit(1);
}
console.log(
  `No import cycle among ${graph.size} modules of ${relative(process.cwd(), root) || "."}.`
);
