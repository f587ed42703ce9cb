// The charges by account of the plan comptable associatif (60–68), class by class: typed lines are inputs, computed
// lines (the team, the CAC fee, indemnities) formulas of Paramètres and Contrôles.
import { type ChargeKind } from "../../../domain/budget";
import { type Mission, MISSION_LABELS, MISSIONS } from "../../../domain/data/aciGrid";
import { TEAM_ACCOUNTS, type TeamAccount } from "../../../domain/team";
import { TEAM_ENVELOPE } from "../../../domain/types";
import { calc, FORMAT, input, quoted, text } from "../../formats";
import { a1 } from "../../names";
import { ACCOUNT_MODE, MODE_LABELS, type ParametresRefs } from "../../refs";
import { type BudgetGrid, ENVELOPE_COL, yearCells } from "./grid";

/** What the analytic envelope cell of the team's lines says: each post has its own split. */
export const TEAM_ENVELOPE_LABEL = "Équipe (voir Paramètres)";

const isTeamKind = (kind: ChargeKind): kind is TeamAccount =>
  (TEAM_ACCOUNTS as readonly string[]).includes(kind);

/**
 * The formula of a computed charge line in contract year y+1. `cac` tells whether the CAC fee is charged each year
 * (Contrôles, the rule of src/domain/rules/cac.ts). A team line sums the posts of its mode in Paramètres.
 */
function chargeFormula(
  kind: Exclude<ChargeKind, "saisie">,
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
    case "indemnite": {
      const i = p.indemnites[index!];
      return `=ROUND(${i.professionnels}*${i.parProfessionnel[y]},2)`;
    }
  }
}

export interface ChargeRows {
  first: number;
  last: number;
  /** Each charge line's row, in the model's order (model.charges flattened). */
  lines: number[];
  cac: number;
  total: number;
}

export function charges(g: BudgetGrid, p: ParametresRefs, cacRetenu: [string, string]): ChargeRows {
  const { s, model } = g;
  g.band("CHARGES");
  const first = s.nextRow;
  const classRows: number[] = [];
  const lines: number[] = [];
  let cac = 0;
  for (const cl of model.charges) {
    const classRow = g.total(cl.classe, cl.label);
    classRows.push(classRow);
    for (const line of cl.lignes) {
      const { kind } = line;
      if (kind === "saisie") {
        const row = s.add([
          input(line.compte),
          input(line.label),
          ...yearCells((y) => input(line.montants[y], FORMAT.euro)),
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
      // Indemnity lines take their label and envelope from Paramètres, where their figures are entered.
      const indemnity = kind === "indemnite" ? p.indemnites[line.index!] : undefined;
      const row = s.add([
        text(line.compte),
        indemnity ? calc(`=${indemnity.label}`, line.label) : text(line.label),
        ...yearCells((y) =>
          calc(chargeFormula(kind, line.index, y, p, cacRetenu), line.montants[y], FORMAT.euro)
        ),
        indemnity
          ? calc(`=${indemnity.enveloppe}`, MISSION_LABELS[line.enveloppe as Mission])
          : text(
              line.enveloppe === TEAM_ENVELOPE
                ? TEAM_ENVELOPE_LABEL
                : MISSION_LABELS[line.enveloppe]
            ),
      ]);
      if (kind === "cac") cac = row;
      lines.push(row);
    }
    g.sum(classRow, { first: classRow + 1, last: s.nextRow - 1 }, (y) => cl.montants[y]);
  }
  const last = s.nextRow - 1;
  const total = g.total("", "TOTAL DES CHARGES");
  g.sum(total, classRows, (y) => model.annees[y].totalCharges);
  return { first, last, lines, cac, total };
}
