/** CPTS names (user text) that a spreadsheet would run as a formula or read as a number if written carelessly. */
export const FORMULA_LIKE_TEXTS = [
  "=1+1",
  '=HYPERLINK("http://x";"Cliquez")',
  "+33 6 12 34 56 78",
  "-",
  "@x",
  "= CPTS du Val",
] as const;
