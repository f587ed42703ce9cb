// The hourly rate of each profession (yellow), one column per profession: the governance roles look their rate up by
// the profession's name, the missions' mixes (the same columns) weigh them.
import { PROFESSION_LABELS, PROFESSIONS, TAUX_HORAIRES } from "../../../../domain/data/prefill";
import { estimated, FORMAT, input, text } from "../../../formats";
import { a1 } from "../../../names";
import { AMOUNT, AMOUNT_ERROR, type ParametresGrid } from "../grid";

/** The column of each profession, in PROFESSIONS order, in the rate table and the missions' tables. */
export const PROFESSION_COLS = PROFESSIONS.map((_, i) => 2 + i);
const [FIRST, LAST] = [PROFESSION_COLS[0], PROFESSION_COLS[PROFESSION_COLS.length - 1]];

export interface TauxRows {
  /** The header row, whose cells name the professions, and the row of the rates. */
  professions: number;
  taux: number;
}

/** The absolute range of a row's profession columns, e.g. "$B$80:$F$80". */
export const professionRange = (row: number) => `${a1(FIRST, row, true)}:${a1(LAST, row, true)}`;

export function tauxHoraires(g: ParametresGrid): TauxRows {
  const rates = g.model.inputs.tauxHoraires;
  const professions = g.band(
    "Taux horaires des professionnels membres (€ par heure)",
    PROFESSIONS.map((p) => PROFESSION_LABELS[p])
  );
  const source = `${TAUX_HORAIRES.source}. ${TAUX_HORAIRES.confidence}`;
  const taux = g.s.add([
    text("Taux horaire (à fixer dans le règlement intérieur)"),
    ...PROFESSIONS.map((p) =>
      // « Autre profession » has no official benchmark: its default rate is an estimate.
      p === "autre" && rates.autre === TAUX_HORAIRES.byProfession.autre
        ? estimated(
            input(rates[p], FORMAT.euroCents),
            `estimation — aucun repère officiel pour les autres professions (masseurs-kinésithérapeutes, orthophonistes, chirurgiens-dentistes…) : le taux des pharmaciens et des sages-femmes. ${TAUX_HORAIRES.source}.`
          )
        : input(rates[p], FORMAT.euroCents, source)
    ),
  ]);
  g.validate(`${a1(FIRST, taux)}:${a1(LAST, taux)}`, AMOUNT, AMOUNT_ERROR);
  g.s.add([
    text(
      "Repère public (arrêté du 3 juillet 2024, vaccination contre les papillomavirus dans les collèges), pas un barème de CPTS : un taux par profession, fixé par le règlement intérieur de la CPTS.",
      "note"
    ),
  ]);
  return { professions, taux };
}
