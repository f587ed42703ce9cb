// The members' rémunérations for the missions' work (décret 2022-375, account 65), one row per contracted mission in
// three tables: the mix of professions in its hours (yellow, checked to 100 %) and the mix's average rate; its hours
// (typed, or by default a share of the mission's fixed part received, from the Budget) and amounts; what one
// professional of each profession receives for it, which the PASS check adds up.
import { MISSION_LABELS } from "../../../../domain/data/aciGrid";
import {
  PART_REMUNERATIONS_MISSIONS,
  type Profession,
  PROFESSION_LABELS,
  PROFESSIONS,
} from "../../../../domain/data/prefill";
import { sum, sumCents } from "../../../../domain/errors";
import { frLimit, LIMITS } from "../../../../domain/limits";
import { calc, estimated, FORMAT, input, text } from "../../../formats";
import { a1 } from "../../../names";
import { type CellPlan } from "../../../planTypes";
import { HOURS, HOURS_ERROR, SHARE, SHARE_ERROR } from "../../../validations";
import { type ParametresGrid, type RowList } from "../grid";
import { PROFESSION_COLS, professionRange, type TauxRows } from "./taux";

const MIX = { total: 7, tauxMoyen: 8 } as const;
export const HEURES = {
  fixe: [2, 3],
  heures: [4, 5],
  professionnels: 6,
  montants: [7, 8],
} as const;

export interface MissionRows {
  heures: RowList;
  /** Per contract year, the rows of what one professional receives for each mission. */
  parPersonne: [RowList, RowList];
}

const yearPair = (f: (y: 0 | 1) => CellPlan): [CellPlan, CellPlan] => [f(0), f(1)];

/** The share of a mission's fixed part its hours spend by default (yellow: an estimate). */
function partParDefaut(g: ParametresGrid): number {
  return g.scalar(
    "Part fixe reçue payée aux professionnels (heures par défaut)",
    estimated(
      input(PART_REMUNERATIONS_MISSIONS.value, FORMAT.percent),
      PART_REMUNERATIONS_MISSIONS.estimation
    ),
    "Heures d'une mission sans heures saisies : cette part de la part fixe reçue dans l'année (Budget) ÷ le taux moyen.",
    SHARE,
    SHARE_ERROR
  );
}

/** The mix of professions in each mission's hours and its average rate; returns the rows. */
function repartitionDesHeures(g: ParametresGrid, taux: TauxRows): RowList {
  const { inputs, indemnites } = g.model;
  g.band("Rémunérations des missions : heures par profession", [
    ...PROFESSIONS.map((p) => PROFESSION_LABELS[p]),
    "Total",
    "Taux moyen",
  ]);
  const table = g.list(indemnites.remunerations, (line, i) => {
    const row = g.s.nextRow;
    const mix = inputs.remunerationsMissions[i].mix;
    const shares = `${a1(PROFESSION_COLS[0], row)}:${a1(PROFESSION_COLS[PROFESSIONS.length - 1], row)}`;
    return g.s.add([
      text(MISSION_LABELS[line.mission]),
      ...PROFESSIONS.map((p) => input(mix[p], FORMAT.percent)),
      calc(`=SUM(${shares})`, sum(PROFESSIONS.map((p) => mix[p])), FORMAT.percent),
      calc(
        `=SUMPRODUCT(${professionRange(taux.taux)},${shares})`,
        line.tauxMoyen,
        FORMAT.euroCents
      ),
    ]);
  });
  if (table.rows.length > 0) {
    const { first, last } = table;
    g.validate(
      `${a1(PROFESSION_COLS[0], first)}:${a1(PROFESSION_COLS[PROFESSIONS.length - 1], last)}`,
      SHARE,
      SHARE_ERROR
    );
    const total = a1(MIX.total, first);
    g.s.conditionalFormats.push({
      range: `${total}:${a1(MIX.total, last)}`,
      formula: `=ROUND(${total},6)<>1`,
      style: "bad",
    });
  }
  g.s.add([text("Chaque répartition totalise 100 % (en rouge sinon).", "note")]);
  return table;
}

/**
 * Each mission's fixed part received, its hours and amounts. `fixe(i, y)` gives the Budget's cells of mission i's
 * fixed ACI lines in contract year y+1, and its amount.
 */
function heuresEtMontants(
  g: ParametresGrid,
  rows: { part: number; mix: RowList },
  fixe: (i: number, y: 0 | 1) => { cells: string[]; montant: number }
): { heures: RowList; total: number } {
  const lines = g.model.indemnites.remunerations;
  const [first, second] = g.model.annees.map((a) => `année ${a.anneeContrat}`);
  g.band("Rémunérations des missions : heures et montants", [
    `Fixe reçu ${first}`,
    `Fixe reçu ${second}`,
    `Heures ${first}`,
    `Heures ${second}`,
    "Professionnels",
    `Montant ${first}`,
    `Montant ${second}`,
  ]);
  const part = a1(2, rows.part, true);
  const heures = g.list(lines, (line, i) => {
    const row = g.s.nextRow;
    const tauxMoyen = a1(MIX.tauxMoyen, rows.mix.rows[i], true);
    const hours = (y: 0 | 1) =>
      line.parDefaut[y]
        ? estimated(
            calc(
              `=IF(${tauxMoyen}>0,${part}*${a1(HEURES.fixe[y], row)}/${tauxMoyen},0)`,
              line.heures[y],
              FORMAT.decimal
            ),
            PART_REMUNERATIONS_MISSIONS.estimation
          )
        : input(line.heures[y], FORMAT.decimal);
    const cells = g.s.add([
      text(MISSION_LABELS[line.mission]),
      ...yearPair((y) => {
        const { cells: refs, montant } = fixe(i, y);
        return calc(`=ROUND(${refs.join("+") || "0"},2)`, montant, FORMAT.euro);
      }),
      ...yearPair(hours),
      input(line.professionnels, FORMAT.count),
      ...yearPair((y) =>
        calc(`=ROUND(${a1(HEURES.heures[y], row)}*${tauxMoyen},2)`, line.montants[y], FORMAT.euro)
      ),
    ]);
    line.parDefaut.forEach((byDefault, y) => {
      if (!byDefault) g.validate(a1(HEURES.heures[y], row), HOURS, HOURS_ERROR);
    });
    return cells;
  });
  if (heures.rows.length > 0) {
    const col = a1(HEURES.professionnels, heures.first);
    g.validate(
      `${col}:${a1(HEURES.professionnels, heures.last)}`,
      { kind: "whole", min: 1, max: LIMITS.membres },
      `Saisissez un nombre entier de professionnels de 1 à ${frLimit(LIMITS.membres)}.`
    );
  }
  const total = g.s.add([
    text("Total des rémunérations des missions (compte 65)", "total"),
    null,
    null,
    null,
    null,
    null,
    ...yearPair((y) =>
      calc(
        heures.rows.length > 0
          ? `=ROUND(SUM(${a1(HEURES.montants[y], heures.first)}:${a1(HEURES.montants[y], heures.last)}),2)`
          : "=0",
        sumCents(lines.map((l) => l.montants[y])),
        FORMAT.euro,
        "total"
      )
    ),
  ]);
  return { heures, total };
}

/** What one professional of each profession of the mix receives for each mission, per contract year. */
function parProfessionnel(
  g: ParametresGrid,
  rows: { taux: TauxRows; mix: RowList; heures: RowList }
): [RowList, RowList] {
  const lines = g.model.indemnites.remunerations;
  g.band(
    "Rémunérations des missions : par professionnel",
    PROFESSIONS.map((p) => PROFESSION_LABELS[p])
  );
  const years = ([0, 1] as const).map((y) =>
    g.list(lines, (line, i) => {
      const [mix, hoursRow] = [rows.mix.rows[i], rows.heures.rows[i]];
      const hours = a1(HEURES.heures[y], hoursRow, true);
      const people = a1(HEURES.professionnels, hoursRow, true);
      return g.s.add([
        text(`${MISSION_LABELS[line.mission]}, année ${g.model.annees[y].anneeContrat}`),
        ...PROFESSIONS.map((p: Profession, k) => {
          const col = PROFESSION_COLS[k];
          return calc(
            `=IF(AND(${a1(col, mix, true)}>0,${people}>0),${hours}/${people}*${a1(col, rows.taux.taux, true)},0)`,
            line.parPersonne[y][p],
            FORMAT.euroCentsOrDash
          );
        }),
      ]);
    })
  ) as [RowList, RowList];
  g.s.add([
    text(
      "Heures de la mission ÷ professionnels × taux de la profession, pour chaque profession de sa répartition : la part de chacun, que le contrôle du PASS ajoute au rôle de gouvernance le mieux payé de sa profession.",
      "note"
    ),
  ]);
  return years;
}

export function remunerationsMissions(
  g: ParametresGrid,
  taux: TauxRows,
  fixe: (i: number, y: 0 | 1) => { cells: string[]; montant: number }
): MissionRows {
  const part = partParDefaut(g);
  g.s.add();
  const mix = repartitionDesHeures(g, taux);
  g.s.add();
  const { heures } = heuresEtMontants(g, { part, mix }, fixe);
  g.s.add();
  const parPersonne = parProfessionnel(g, { taux, mix, heures });
  return { heures, parPersonne };
}
