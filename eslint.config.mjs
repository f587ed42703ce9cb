// Used by `office-addin-lint check` (ESLint 9) instead of its built-in config: the same Office add-in rules
// (eslint-plugin-office-addins, Prettier with office-addin-prettier-config), in their React flavour, extended to .tsx.
import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";

const NODE_GLOBALS = Object.fromEntries(
  [
    "require",
    "module",
    "process",
    "__dirname",
    "console",
    "Buffer",
    "URL",
    "setTimeout",
    "clearTimeout",
  ].map((name) => [name, "readonly"])
);

const withJsx = (config) =>
  config.files ? { ...config, files: [...config.files, "**/*.{jsx,tsx}"] } : config;

export default [
  { ignores: ["dist/", "node_modules/", "build-tsc/", "test-output/", "coverage/"] },
  ...officeAddins.configs.react.map(withJsx),
  {
    files: ["**/*.{ts,tsx}"],
    // The plugin's own parser setting comes out undefined (a CommonJS interop slip): set it here, as
    // office-addin-lint's built-in config does.
    languageOptions: { parser: tsParser },
    rules: {
      // TypeScript resolves names itself, including the Office, Excel and CustomFunctions globals.
      "no-undef": "off",
      // A type import is visibly one, and erased: it can never make a runtime import cycle.
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // Node scripts and tool configurations.
    files: ["*.{js,mjs}", "scripts/**/*.js"],
    languageOptions: { ecmaVersion: "latest", globals: NODE_GLOBALS },
  },
  {
    files: ["**/*.{jsx,tsx}"],
    rules: {
      // The automatic JSX runtime (tsconfig "jsx": "react-jsx") needs no React import.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
      // French text is full of apostrophes and quotes; still catch the stray > and }.
      "react/no-unescaped-entities": ["error", { forbid: [">", "}"] }],
    },
  },
  {
    // Office.js-free code (domain, workbook plan and ExcelJS writer, CLI): the Office.js load/sync rules mistake
    // ExcelJS calls such as worksheet.getCell() for Office.js proxies.
    files: ["src/domain/**", "src/workbook/**", "src/cli/**"],
    rules: {
      "office-addins/call-sync-after-load": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
];
