/**
 * modele-social ships only as an ES module, which jest's CommonJS runtime cannot load on Node 20: jest.config.js maps
 * "modele-social" here, a CommonJS transpilation of the same file (webpack and plain Node load the original as is).
 */
const { readFileSync } = require("fs");
const { join } = require("path");
const ts = require("typescript");

const source = readFileSync(
  join(__dirname, "..", "..", "node_modules", "modele-social", "dist", "index.js"),
  "utf8"
);
const { outputText } = ts.transpileModule(source, {
  compilerOptions: { module: ts.ModuleKind.CommonJS },
});
new Function("exports", outputText)(module.exports);
// How many times a test file loaded the rules (each test file has its own modules): see modeleSocialLoads.ts.
globalThis.modeleSocialLoads = (globalThis.modeleSocialLoads ?? 0) + 1;
