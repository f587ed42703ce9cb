// The PASS (plafond annuel de la sécurité sociale) of each calendar year, which caps the indemnities.
import { PASS } from "../../../domain/data/thresholds";
import { FORMAT, number, text } from "../../formats";
import { type SheetBuilder } from "../../sheetBuilder";

/** One row per year, in order; returns the first and last. */
export function pass(s: SheetBuilder): { first: number; last: number } {
  s.add([text("Année civile", "header"), text("PASS", "header"), text("Source", "header")]);
  const years = Object.keys(PASS.byYear)
    .map(Number)
    .sort((a, b) => a - b);
  const rows = years.map((year, i) =>
    s.add([
      number(year, FORMAT.year),
      number(PASS.byYear[year], FORMAT.euro),
      i === 0 ? text(PASS.source, "source", PASS.confidence) : null,
    ])
  );
  return { first: rows[0], last: rows[rows.length - 1] };
}
