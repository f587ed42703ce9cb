/** Two projects: pure Node tests (domain, adapters, writers, real engines) and jsdom component tests. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { ignoreCodes: [151001] } }];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  // modele-social is an ES module only: every test loads its CommonJS transpilation instead.
  moduleNameMapper: { "^modele-social$": "<rootDir>/test/helpers/modeleSocial.js" },
};
module.exports = {
  testTimeout: 120000,
  projects: [
    {
      ...common,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "ui",
      testEnvironment: "jsdom",
      setupFilesAfterEnv: ["<rootDir>/test/helpers/uiSetup.ts"],
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
    },
  ],
};
