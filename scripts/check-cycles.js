#!/usr/bin/env node
// Fails when src/ has an import cycle: every runtime import between our modules (type-only imports are erased and
// do not count, as the compiler erases them), followed from each module. Part of `npm run lint`.
const { readdirSync, readFileSync, statSync, existsSync } = require("fs");
const { dirname, join, relative, resolve } = require("path");
const ts = require("typescript");

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

/**
 * The modules a file loads at run time, as TypeScript compiles it: type-only imports and imports used only as types
 * are erased; side-effect imports, re-exports and `export *` stay. Read from the compiled `require` calls.
 */
function runtimeImports(file) {
  const { outputText } = ts.transpileModule(readFileSync(file, "utf8"), {
    fileName: file,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      jsx: ts.JsxEmit.ReactJSX,
    },
  });
  const specifiers = [...outputText.matchAll(/\brequire\(\s*["'](\.[^"']+)["']\s*\)/g)];
  return specifiers.map(([, specifier]) => resolveImport(file, specifier)).filter(Boolean);
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
