// The cash plan's settings (the CPAM's payment lag, the month of yearly items, the exercice's first month) and when
// each mission starts: the setting for missions with no date typed, then the table of dates and first-year proratas.
import { type Mission, MISSION_LABELS } from "../../../domain/data/aciGrid";
import {
  DEFAULT_MISSION_START,
  MISSION_START_DEADLINES,
  MISSION_START_SETTINGS,
  PAYMENT_LAG,
} from "../../../domain/data/paymentCalendar";
import { contractAnniversary } from "../../../domain/cashPlan";
import { cell } from "../../../domain/rules/expr";
import { yearOneProrata } from "../../../domain/rules/prorata";
import { calc, excelDate, FORMAT, input, number, ruleCell, text } from "../../formats";
import { a1 } from "../../names";
import { type ValidationRule } from "../../planTypes";
import { absolute, type ParametresGrid } from "./grid";

const MONTH: ValidationRule = { kind: "whole", min: 1, max: 12 };
const MONTH_ERROR = "Saisissez un mois, de 1 (janvier) à 12 (décembre).";

export type StartedMission = Exclude<Mission, "fonctionnement">;

/** The band and the three settings of the cash plan and of the exercices. */
export function tresorerie(g: ParametresGrid): {
  delaiPaiement: number;
  moisAnnuel: number;
  debutExercice: number;
} {
  const { tresorerie } = g.model;
  g.band("Trésorerie et exercice comptable");
  const delaiPaiement = g.scalar(
    "Délai de paiement de la CPAM après chaque anniversaire (mois)",
    input(tresorerie.lagMonths, FORMAT.count, PAYMENT_LAG.confidence),
    "Aucune source ne le donne : 2 mois par défaut, à ajuster avec la CPAM.",
    { kind: "whole", min: 0, max: 11 },
    "Saisissez un nombre entier de mois, de 0 à 11."
  );
  const moisAnnuel = g.scalar(
    "Mois des éléments annuels (1 = janvier)",
    input(tresorerie.moisAnnuel, FORMAT.count),
    "Charges annuelles payées, autres financements et cotisations reçus ce mois-là.",
    MONTH,
    MONTH_ERROR
  );
  const debutExercice = g.scalar(
    "Premier mois de l'exercice comptable (1 = janvier)",
    input(tresorerie.debutExercice, FORMAT.count),
    "1 pour un exercice civil ; l'exercice 1 contient le premier jour du budget.",
    MONTH,
    MONTH_ERROR
  );
  return { delaiPaiement, moisAnnuel, debutExercice };
}

/** « à la signature » or « au plus tard »: when the missions with no date typed start. */
export function demarrageParDefaut(g: ParametresGrid): number {
  const setting = g.model.inputs.demarrages ?? DEFAULT_MISSION_START;
  return g.scalar(
    "Démarrage des missions sans date choisie",
    input(MISSION_START_SETTINGS[setting]),
    "« à la signature » : comme les tableaux FCPTS ; « au plus tard » : délais maximaux de l'ACI.",
    { kind: "list", values: Object.values(MISSION_START_SETTINGS) },
    `Choisissez « ${MISSION_START_SETTINGS.signature} » ou « ${MISSION_START_SETTINGS["au-plus-tard"]} ».`
  );
}

/**
 * One row per mission: the date typed (if any), the date used, the ACI's deadline and the latest start it allows,
 * and the share of year 1 the mission runs (its first-year prorata). A date used outside the window shows in red.
 */
export function demarrages(
  g: ParametresGrid,
  rows: { signature: number; demarrage: number }
): Record<StartedMission, number> {
  const { inputs, tresorerie } = g.model;
  const sig = absolute(2, rows.signature);
  const setting = absolute(2, rows.demarrage);
  // Year 1's end, whichever years the budget covers: its prorata is the share of contract year 1, not of a budget year.
  const firstAnniversary = cell(
    `EDATE(${sig},12)`,
    excelDate(contractAnniversary(inputs.dateSignature, 1))
  );
  g.band("Démarrage des missions", [
    "Date choisie",
    "Date retenue",
    "Délai maximal",
    "Au plus tard le",
    "Prorata année 1",
  ]);
  const missions = Object.keys(tresorerie.demarrages) as StartedMission[];
  const table = g.list(missions, (m) => {
    const start = tresorerie.demarrages[m];
    const chosen = inputs.missionStarts?.[m];
    const row = g.s.add([text(MISSION_LABELS[m])]);
    const [chosenCell, used, deadline, latest] = [2, 3, 4, 5].map((col) => a1(col, row));
    const cells = [
      input(chosen === undefined ? null : excelDate(chosen), FORMAT.date),
      calc(
        `=IF(${chosenCell}="",IF(${setting}="${MISSION_START_SETTINGS["au-plus-tard"]}",${latest},${sig}),${chosenCell})`,
        excelDate(start.date),
        FORMAT.date
      ),
      number(MISSION_START_DEADLINES.months[m], '0" mois "'),
      calc(`=EDATE(${sig},${deadline})`, excelDate(start.auPlusTard), FORMAT.date),
      // Clamped: a date typed outside the ACI's window (flagged in red) must not give negative or > 100 % advances.
      ruleCell(
        yearOneProrata(
          cell(used, excelDate(start.date)),
          cell(sig, excelDate(inputs.dateSignature)),
          firstAnniversary
        ),
        FORMAT.percentTenth
      ),
    ];
    cells.forEach((c, i) => g.s.set(2 + i, row, c));
    return row;
  });
  const { first, last } = table;
  g.validate(
    `${a1(2, first)}:${a1(2, last)}`,
    { kind: "date" },
    "Saisissez une date, ou laissez vide."
  );
  g.s.conditionalFormats.push({
    range: `${a1(3, first)}:${a1(3, last)}`,
    formula: `=OR(${a1(3, first)}<${sig},${a1(3, first)}>${a1(5, first)})`,
    style: "bad",
  });
  g.s.add([
    text(
      "Date choisie vide : la mission démarre selon le réglage ci-dessus (à la signature, ou au plus tard permis par l'ACI). En rouge : avant la signature ou trop tardive.",
      "note",
      `Délais : ${MISSION_START_DEADLINES.source}. ${MISSION_START_DEADLINES.confidence}`
    ),
  ]);
  return Object.fromEntries(missions.map((m, i) => [m, table.rows[i]])) as Record<
    StartedMission,
    number
  >;
}
