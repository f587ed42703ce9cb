/**
 * modele-social ships only as an ES module, which jest's CommonJS runtime cannot load on Node 20: tests that reach
 * the payroll engine replace it with this CommonJS transpilation (webpack and plain Node load it as is), with
 *   jest.mock("modele-social", () => jest.requireActual("../helpers/modeleSocial").modeleSocialAsCommonJs());
 */
import { readFileSync } from "fs";
import ts from "typescript";

export function modeleSocialAsCommonJs(): unknown {
  const source = readFileSync(require.resolve("modele-social"), "utf8");
  const module = { exports: {} };
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS },
  });
  new Function("exports", outputText)(module.exports);
  return module.exports;
}
