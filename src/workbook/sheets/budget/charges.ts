// The charges by account of the plan comptable associatif (60–68), class by class: typed lines are inputs, computed
// lines (the team, the CAC fee, the members' indemnités and rémunérations) formulas of Paramètres and Contrôles; the
// « actions à détailler » lines are filled by the envelopes' balance (./equilibre.ts) once it is written.
import { type ChargeKind, type ChargeLine } from "../../../domain/budget";
import { type Mission, MISSION_LABELS, MISSIONS } from "../../../domain/data/aciGrid";
import { TEAM_ACCOUNTS, type TeamAccount } from "../../../domain/team";
import { TEAM_ENVELOPE } from "../../../domain/types";
import { calc, estimated, FORMAT, input, quoted, text } from "../../formats";
import { a1 } from "../../names";
import { ACCOUNT_MODE, MODE_LABELS, type ParametresRefs } from "../../refs";
import { type BudgetGrid, ENVELOPE_COL, yearCells } from "./grid";

/** What the analytic envelope cell of the team's lines says: each post has its own split. */
export const TEAM_ENVELOPE_LABEL = "Équipe (voir Paramètres)";

const isTeamKind = (kind: ChargeKind): kind is TeamAccount =>
  (TEAM_ACCOUNTS as readonly string[]).includes(kind);

type ComputedKind = Exclude<ChargeKind, "saisie" | "actions">;

/**
 * The formula of a computed charge line in contract year y+1. `cac` tells whether the CAC fee is charged each year
 * (Contrôles, the rule of src/domain/rules/cac.ts). A team line sums the posts of its mode in Paramètres.
 */
function chargeFormula(
  kind: ComputedKind,
  index: number | undefined,
  y: 0 | 1,
  p: ParametresRefs,
  cac: [string, string]
): string {
  if (isTeamKind(kind)) {
    const team = p.equipe.parAnnee[y];
    return `=ROUND(SUMIF(${team.modes},${quoted(MODE_LABELS[ACCOUNT_MODE[kind]])},${team.comptes[kind]}),2)`;
  }
  switch (kind) {
    case "cac":
      return `=IF(${cac[y]},${p.honorairesCac},0)`;
    case "gouvernance":
      return `=${p.indemnites.gouvernance}`;
    case "remuneration":
      return `=${p.indemnites.remunerations[index!][y]}`;
  }
}

export interface ChargeRows {
  first: number;
  last: number;
  /** Each charge line's row, in the model's order (model.charges flattened). */
  lines: number[];
  /** The « actions à détailler » line of each contracted envelope: its amounts are set by the balance. */
  actions: { mission: Mission; row: number }[];
  /** The class row above the « actions à détailler » lines: it sums them. */
  actionsClass: number;
  cac: number;
  total: number;
}

const envelopeText = (line: ChargeLine) =>
  text(line.enveloppe === TEAM_ENVELOPE ? TEAM_ENVELOPE_LABEL : MISSION_LABELS[line.enveloppe]);

export function charges(g: BudgetGrid, p: ParametresRefs, cacRetenu: [string, string]): ChargeRows {
  const { s, model } = g;
  g.band("CHARGES");
  const first = s.nextRow;
  const classRows: number[] = [];
  const lines: number[] = [];
  const actions: ChargeRows["actions"] = [];
  let actionsClass = 0;
  let cac = 0;
  for (const cl of model.charges) {
    const classRow = g.total(cl.classe, cl.label);
    classRows.push(classRow);
    for (const line of cl.lignes) {
      const { kind } = line;
      if (kind === "saisie") {
        const row = s.add([
          input(line.compte),
          input(line.label, undefined, line.estimation),
          ...yearCells((y) => estimated(input(line.montants[y], FORMAT.euro), line.estimation)),
          input(MISSION_LABELS[line.enveloppe as Mission]),
        ]);
        g.amounts(row);
        s.validations.push({
          range: a1(ENVELOPE_COL, row),
          rule: { kind: "list", values: MISSIONS.map((m) => MISSION_LABELS[m]) },
          error: "Choisissez une enveloppe de la liste.",
        });
        lines.push(row);
        continue;
      }
      if (kind === "actions") {
        const row = s.add([text(line.compte), text(line.label), null, null, envelopeText(line)]);
        actions.push({ mission: line.enveloppe as Mission, row });
        actionsClass = classRow;
        lines.push(row);
        continue;
      }
      const row = s.add([
        text(line.compte),
        text(line.label, "label", line.estimation),
        ...yearCells((y) =>
          estimated(
            calc(chargeFormula(kind, line.index, y, p, cacRetenu), line.montants[y], FORMAT.euro),
            line.estimation
          )
        ),
        envelopeText(line),
      ]);
      if (kind === "cac") cac = row;
      lines.push(row);
    }
    g.sum(classRow, { first: classRow + 1, last: s.nextRow - 1 }, (y) => cl.montants[y]);
  }
  const last = s.nextRow - 1;
  const total = g.total("", "TOTAL DES CHARGES");
  g.sum(total, classRows, (y) => model.annees[y].totalCharges);
  return { first, last, lines, actions, actionsClass, cac, total };
}
