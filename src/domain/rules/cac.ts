// When the budget carries the commissaire aux comptes' fee (Code de commerce L612-4): the 153 000 € threshold is
// per exercice in law, the budget runs by contract year.
import {
  add,
  and,
  type Arg,
  concat,
  constant,
  eq,
  type Expr,
  ge,
  gt,
  iff,
  le,
  mid,
  not,
  or,
} from "./expr";

/** Strictly above the threshold. */
export const overThreshold = (subsidies: Arg, threshold: Arg) => gt(subsidies, threshold);

/** How the labels of the funding lines left out of the test are joined. */
const SEPARATOR = ", ";

/** A funding line left out of the test, not a public subsidy yet an amount: ", " and its label; else "". */
export const leftOutLabel = (counted: Arg, amount: Arg, label: Arg) =>
  iff(and(not(counted), gt(amount, 0)), concat(SEPARATOR, label), "");

/** The labels of the lines left out (leftOutLabel of each), joined by ", ": MID drops the first separator. */
export const leftOutLabels = (lines: readonly Expr[]) =>
  lines.length === 0
    ? constant("")
    : mid(
        lines.slice(1).reduce((all, line) => concat(all, line), lines[0]),
        SEPARATOR.length + 1,
        32767
      );

/** An exercice over the threshold on either reading, subsidies received or granted (the sources differ). */
export const exerciceOver = (received: Arg, granted: Arg, threshold: Arg) =>
  or(overThreshold(received, threshold), overThreshold(granted, threshold));

/** How many readings (received, granted) are over the threshold: 0, 1 (« à vérifier ») or 2 (« obligatoire »). */
export const readingsOver = (received: Arg, granted: Arg, threshold: Arg) =>
  add(iff(overThreshold(received, threshold), 1, 0), iff(overThreshold(granted, threshold), 1, 0));

export interface ExerciceArgs {
  debut: Arg;
  fin: Arg;
  /** Whether it is over the threshold (an exercice not tested never is: its subsidies count 0). */
  over: Arg;
}

/**
 * Contract year [du, au] carries the fee when its own subsidies are over the threshold, or an exercice overlapping it
 * is, or the year before carries it: once appointed, the CAC stays for a 6-exercice mandate.
 */
export const cacRetenu = (
  yearOver: Arg,
  exercices: readonly ExerciceArgs[],
  year: { du: Arg; au: Arg },
  previousYear?: Arg
) =>
  or(
    ...(previousYear === undefined ? [] : [previousYear]),
    yearOver,
    ...exercices.map((e) => and(le(e.debut, year.au), ge(e.fin, year.du), e.over))
  );

/** A contract year that carries the CAC's fee (cacRetenu) with no fee budgeted: a check failed. */
export const feeMissing = (retenu: Arg, honoraires: Arg) => and(retenu, eq(honoraires, 0));
