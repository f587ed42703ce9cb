// Picks sheet names for a new budget that collide with nothing already in the workbook.
import { DEFAULT_SHEET_NAMES, type SheetKey, type SheetNames } from "../../workbook/names";

const MAX_SHEET_NAME = 31;

/** "Budget" with suffix 2 → "Budget (2)", the base shortened so the result stays within Excel's 31 characters. */
export function withSuffix(name: string, n: number): string {
  const suffix = ` (${n})`;
  return name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}

/**
 * The plan's sheet names, unchanged when none is taken; otherwise every sheet of the new budget gets the same
 * smallest suffix " (n)" that frees them all, so the budget's sheets read as one set ("Budget (2)", "Paramètres (2)").
 * Excel compares sheet names without regard to case.
 */
export function freeSheetNames(
  planned: readonly SheetKey[],
  existing: readonly string[]
): SheetNames {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const isFree = (names: string[]) => names.every((n) => !taken.has(n.toLowerCase()));
  const wanted = planned.map((key) => DEFAULT_SHEET_NAMES[key]);
  if (isFree(wanted)) return { ...DEFAULT_SHEET_NAMES };
  for (let n = 2; ; n++) {
    if (isFree(wanted.map((name) => withSuffix(name, n)))) {
      const names = { ...DEFAULT_SHEET_NAMES };
      for (const key of planned) names[key] = withSuffix(DEFAULT_SHEET_NAMES[key], n);
      return names;
    }
  }
}
