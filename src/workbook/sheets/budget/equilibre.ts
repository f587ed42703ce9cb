// Each envelope's balance, one table per contract year: its resources (its ACI; fonctionnement also the
// other funders and the dues), the charges allocated to it before its « actions à détailler » line (its lines and the
// team's share), the remainder, which that line takes when positive, and the overspend when negative. The charges are
// summed over the Budget's lines without the actions lines (and the class row above them): no circular reference.
import { ANNEES, type EnvelopeBalance } from "../../../domain/budget";
import { type Mission, MISSION_LABELS, MISSIONS } from "../../../domain/data/aciGrid";
import { sumCents } from "../../../domain/errors";
import { calc, FORMAT, text } from "../../formats";
import { a1 } from "../../names";
import { type ParametresRefs } from "../../refs";
import { type ChargeRows } from "./charges";
import { type BudgetGrid, columnRange, ENVELOPE_COL, YEAR_COLS } from "./grid";

export const BALANCE = { ressources: 3, charges: 4, reste: 5, actions: 6, depassement: 7 } as const;

export interface EquilibreRows {
  /** Per contract year, each envelope's row. */
  envelopes: [Map<Mission, number>, Map<Mission, number>];
  /** Per contract year, the total row. */
  totals: [number, number];
}

/** Runs of consecutive rows of `rows` (sorted), as { first, last }. */
function runs(rows: number[]): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  for (const row of rows) {
    const run = out[out.length - 1];
    if (run && run.last === row - 1) run.last = row;
    else out.push({ first: row, last: row });
  }
  return out;
}

const notContracted = (mission: Mission): EnvelopeBalance => ({
  mission,
  ressources: 0,
  charges: 0,
  reste: 0,
  actions: 0,
  depassement: 0,
});

export function equilibre(
  g: BudgetGrid,
  p: ParametresRefs,
  rows: {
    charges: ChargeRows;
    aciFirst: number;
    aciLast: number;
    funders: number[];
    cotisations: number;
  }
): EquilibreRows {
  const { s, model } = g;
  const { charges } = rows;
  const excluded = new Set([charges.actionsClass, ...charges.actions.map((a) => a.row)]);
  const before = runs(
    Array.from({ length: charges.last - charges.first + 1 }, (_, k) => charges.first + k).filter(
      (r) => !excluded.has(r)
    )
  );
  const envelopes: Map<Mission, number>[] = [];
  const totals: number[] = [];
  for (const annee of ANNEES) {
    const y = (annee - 1) as 0 | 1;
    const col = YEAR_COLS[y];
    const balances = model.annees[y].equilibre;
    s.add();
    s.add(
      [
        "",
        `Équilibre des enveloppes, année ${annee}`,
        "Ressources",
        "Charges affectées",
        "Reste",
        "Actions à détailler",
        "Dépassement",
      ].map((h) => text(h, "header"))
    );
    const byMission = new Map<Mission, number>();
    const first = s.nextRow;
    // Every envelope, a row each: one not contracted receives and is charged nothing (its defined names stay 0).
    for (const mission of MISSIONS) {
      const e = balances.find((b) => b.mission === mission) ?? notContracted(mission);
      const row = s.nextRow;
      byMission.set(e.mission, row);
      const label = `$B${row}`;
      const sumIf = (r: { first: number; last: number }) =>
        `SUMIF(${columnRange(ENVELOPE_COL, r.first, r.last)},${label},${columnRange(col, r.first, r.last)})`;
      const others =
        e.mission === "fonctionnement"
          ? [...rows.funders, rows.cotisations].map((r) => `+${a1(col, r)}`).join("")
          : "";
      const team = p.equipe.affecte[e.mission];
      const at = (c: number) => a1(c, row);
      s.add([
        null,
        text(MISSION_LABELS[e.mission]),
        calc(
          `=ROUND(${sumIf({ first: rows.aciFirst, last: rows.aciLast })}${others},2)`,
          e.ressources,
          FORMAT.euro
        ),
        calc(
          `=ROUND(${[...before.map(sumIf), ...(team ? [team[y]] : [])].join("+") || "0"},2)`,
          e.charges,
          FORMAT.euro
        ),
        calc(`=ROUND(${at(BALANCE.ressources)}-${at(BALANCE.charges)},2)`, e.reste, FORMAT.euro),
        calc(`=MAX(0,${at(BALANCE.reste)})`, e.actions, FORMAT.euro),
        calc(`=MAX(0,0-${at(BALANCE.reste)})`, e.depassement, FORMAT.euro),
      ]);
    }
    const last = s.nextRow - 1;
    const sumOf = (c: number, f: (e: EnvelopeBalance) => number) =>
      calc(
        `=ROUND(SUM(${a1(c, first)}:${a1(c, last)}),2)`,
        sumCents(balances.map(f)),
        FORMAT.euro,
        "total"
      );
    totals.push(
      s.add([
        null,
        text("Total des enveloppes", "total"),
        sumOf(BALANCE.ressources, (e) => e.ressources),
        sumOf(BALANCE.charges, (e) => e.charges),
        sumOf(BALANCE.reste, (e) => e.reste),
        sumOf(BALANCE.actions, (e) => e.actions),
        sumOf(BALANCE.depassement, (e) => e.depassement),
      ])
    );
    s.conditionalFormats.push({
      range: `${a1(BALANCE.depassement, first)}:${a1(BALANCE.depassement, last)}`,
      formula: `=${a1(BALANCE.depassement, first)}>0`,
      style: "bad",
    });
    // The « actions à détailler » line of each envelope takes its remainder.
    for (const { mission, row } of charges.actions) {
      const balance = balances.find((e) => e.mission === mission)!;
      s.set(
        col,
        row,
        calc(`=${a1(BALANCE.actions, byMission.get(mission)!)}`, balance.actions, FORMAT.euro)
      );
    }
    envelopes.push(byMission);
  }
  s.add([
    text(
      "Ressources : l'ACI versée à l'enveloppe dans l'année (le fonctionnement reçoit aussi les autres financeurs et les cotisations). Charges affectées : les lignes de l'enveloppe et sa part de l'équipe, avant sa ligne « Actions à détailler ».",
      "note"
    ),
  ]);
  s.add([
    text(
      "Un reste positif va à la ligne « Actions à détailler » de l'enveloppe (compte 604), à remplacer par des actions réelles ; un reste négatif est un dépassement : la ligne reste à 0 et le résultat devient négatif (voir Contrôles).",
      "note"
    ),
  ]);
  return {
    envelopes: envelopes as [Map<Mission, number>, Map<Mission, number>],
    totals: totals as [number, number],
  };
}
