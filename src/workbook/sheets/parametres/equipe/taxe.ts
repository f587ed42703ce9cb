// The taxe sur les salaires per calendar year, on all direct hires together: each calendar year the plan touches
// (its months numbered as the Trésorerie's), the pay of the direct hires, the tax by bands (the add-in's value), the
// association's allowance and the tax due; and each post's months in each calendar year.
import { taxeYearFor } from "../../../../domain/coordinator";
import { TAXE_SALAIRES, TAXE_SALAIRES_YEARS } from "../../../../domain/data/taxeSalaires";
import { calendarYearOf } from "../../../../domain/dates";
import { cell, evaluateNumber } from "../../../../domain/rules/expr";
import {
  calendarYearFrom,
  calendarYearTo,
  effectiveRate,
  monthsWorked,
  taxeDue,
} from "../../../../domain/rules/taxe";
import { TEAM_YEARS } from "../../../../domain/team";
import { calc, FORMAT, quoted, ruleCell, text } from "../../../formats";
import { a1 } from "../../../names";
import { MODE_LABELS } from "../../../refs";
import { absolute, type ParametresGrid, type RowList } from "../grid";
import { POSTE, SALAIRE } from "./postes";
import { at, column, postTable } from "./table";

/** Calendar years shown: the 36 months from a first month other than January span four. */
const CALENDAR_YEARS = TEAM_YEARS + 1;

/** Columns of the calendar years' table. */
export const TAXE = {
  annee: 1,
  bareme: 2,
  du: 3,
  au: 4,
  remunerations: 5,
  brute: 6,
  abattement: 7,
  due: 8,
  taux: 9,
} as const;

const TAX_NOTE = `Calculée par le complément : le barème (4,25 %, 8,50 %, 13,60 %) appliqué à la rémunération de l'année de chaque salarié, puis sommé ; une valeur, pas une formule. Après un changement de l'équipe ou de la date de signature, régénérer le budget. ${TAXE_SALAIRES.source}.`;
const ALLOWANCE_NOTE = `Abattement annuel des associations (CGI art. 1679 A), une fois par année civile. ${TAXE_SALAIRES.confidence}`;

export interface TaxeRows {
  /** One row per calendar year (CALENDAR_YEARS), and the first and last month number of each. */
  annees: RowList;
  /** One row per post: its months in each calendar year. */
  mois: RowList;
}

/** The calendar years' table, then the posts' months; the pay of each year is filled once the months exist. */
export function taxeParAnneeCivile(
  g: ParametresGrid,
  rows: { debut: number; posts: RowList; pay: RowList }
): TaxeRows {
  const { inputs, equipe } = g.model;
  const sig = absolute(2, rows.debut);
  const start = g.model.annees[0].debut;
  const firstYear = calendarYearOf(start, 0);
  const month = cell(`MONTH(${sig})`, Number(start.slice(5, 7)));
  // The years of the figures are consecutive: the latest up to the year, else the earliest (taxeYearFor).
  const [earliest, latest] = [TAXE_SALAIRES_YEARS[0], Math.max(...TAXE_SALAIRES_YEARS)];
  // Month numbers of the plan (1 = the first budgeted month) of each calendar year's January and December.
  const du = (c: number) => evaluateNumber(calendarYearFrom(c, month));
  const au = (c: number) => evaluateNumber(calendarYearTo(c, month));
  const monthsOf = (i: number, c: number) => {
    const p = inputs.equipe[i];
    return evaluateNumber(monthsWorked(p.debutMois, p.mois, du(c), au(c)));
  };
  const yearsShown = Array.from({ length: CALENDAR_YEARS }, (_, c) => c);
  const modelYear = (c: number) => equipe.taxeParAnneeCivile.find((t) => t.annee === firstYear + c);

  g.band("Taxe sur les salaires par année civile", [
    "Barème",
    "Du mois n°",
    "Au mois n°",
    "Rémunérations des salariés",
    "Taxe brute",
    "Abattement",
    "Taxe due",
    "Taux effectif",
  ]);
  const annees = g.list(yearsShown, (c) => {
    const row = g.s.nextRow;
    const t = modelYear(c);
    const bareme = taxeYearFor(firstYear + c);
    const own = (col: number) => a1(col, row, true);
    const brute = t?.brute ?? 0;
    const abattement = t?.abattement ?? bareme.abattement;
    const due = t?.due ?? 0;
    const pay = t ? t.remunerations.reduce((a, b) => a + b, 0) : 0;
    return g.s.add([
      calc(`=YEAR(${sig})+${c}`, firstYear + c, FORMAT.year),
      calc(`=MAX(${earliest},MIN(${own(TAXE.annee)},${latest}))`, bareme.annee, FORMAT.year),
      ruleCell(calendarYearFrom(c, month), FORMAT.count),
      ruleCell(calendarYearTo(c, month), FORMAT.count),
      null,
      { value: brute, numberFormat: FORMAT.euroCents, style: "input", comment: TAX_NOTE },
      {
        value: abattement,
        numberFormat: FORMAT.euro,
        style: "input",
        comment: ALLOWANCE_NOTE,
      },
      ruleCell(
        taxeDue(cell(own(TAXE.brute), brute), cell(own(TAXE.abattement), abattement)),
        FORMAT.euroCents
      ),
      ruleCell(
        effectiveRate(cell(own(TAXE.due), due), cell(own(TAXE.remunerations), pay)),
        FORMAT.percentTenth
      ),
    ]);
  });

  g.s.add();
  const mois = postTable(
    g,
    "Mois de chaque poste par année civile",
    yearsShown.map(() => ""),
    (i) => [
      calc(`=${at(POSTE.intitule, rows.posts, i)}`, inputs.equipe[i].intitule),
      ...yearsShown.map((c) => {
        const [debut, duree] = [at(POSTE.debut, rows.posts, i), at(POSTE.duree, rows.posts, i)];
        const [from, to] = [at(TAXE.du, annees, c), at(TAXE.au, annees, c)];
        return ruleCell(
          monthsWorked(
            cell(debut, inputs.equipe[i].debutMois),
            cell(duree, inputs.equipe[i].mois),
            cell(from, du(c)),
            cell(to, au(c))
          ),
          FORMAT.count
        );
      }),
    ]
  );
  // The headers of the months' columns name their calendar year.
  const header = mois.first - 1;
  yearsShown.forEach((c) =>
    g.s.set(
      2 + c,
      header,
      calc(`="Mois "&${at(TAXE.annee, annees, c)}`, `Mois ${firstYear + c}`, undefined, "header")
    )
  );

  // The pay of each calendar year: the direct hires' monthly base × their months that year.
  const salarie = `(${column(POSTE.mode, rows.posts)}=${quoted(MODE_LABELS.salarie)})`;
  yearsShown.forEach((c) => {
    const t = modelYear(c);
    const pay = t
      ? t.remunerations.reduce((a, b) => a + b, 0)
      : equipe.postes.reduce(
          (sum, b, i) => sum + (b.mode === "salarie" ? b.assietteMensuelle * monthsOf(i, c) : 0),
          0
        );
    g.s.set(
      TAXE.remunerations,
      annees.rows[c],
      calc(
        `=SUMPRODUCT(${salarie}*${column(SALAIRE.assiette, rows.pay)}*${column(2 + c, mois)})`,
        pay,
        FORMAT.euroCents
      )
    );
  });
  g.s.add([
    text(
      "Taxe sur les salaires (CGI art. 231) : due par la CPTS sur la rémunération de ses salariés (pas sur le GE ni les prestataires), par année civile, barème par salarié, un seul abattement par an ; chaque année de contrat en porte les mois qu'elle contient, au prorata de la rémunération de chaque salarié.",
      "note"
    ),
  ]);
  return { annees, mois };
}
