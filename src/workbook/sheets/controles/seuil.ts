// The 153 000 € test (Code de commerce, art. L612-4 and D612-5): per contract year, then per exercice on the
// subsidies received in it and on those granted for it, as the law applies it.
import { type BudgetModel } from "../../../domain/budget";
import { cents, sum } from "../../../domain/errors";
import { ACI_FUNDING_LABEL } from "../../../domain/threshold";
import {
  leftOutLabel,
  leftOutLabels,
  overThreshold,
  readingsOver,
} from "../../../domain/rules/cac";
import { cell, eq, evaluate, iff, not, or } from "../../../domain/rules/expr";
import { grantedOverYears } from "../../../domain/rules/prorata";
import { excelDate, calc, FORMAT, quoted, ruleCell, text } from "../../formats";
import { type BudgetRefs, type ParametresRefs, type TresorerieRefs, YES } from "../../refs";
import { type ControlesGrid, EXERCICE_COLS, isTrue, negative, YEAR_COLS, yearCell } from "./grid";
import { VERDICTS } from "./verdicts";
import { yearHeaders } from "../../years";

/** The ACI as the threshold counts it: all of it, or nothing when the Paramètres say it is no public subsidy. */
const countedAci = (model: BudgetModel, aci: number) =>
  model.inputs.aciSubventionPublique ? aci : 0;

/** The funders marked public in Paramètres, contract year y + 1: the SUMIF and the model's sum. */
const publicFunders = (model: BudgetModel, p: ParametresRefs, y: 0 | 1) =>
  cell(
    `SUMIF(${p.financeursPublics},"${YES}",${p.financeursMontants[y]})`,
    cents(sum(model.financeurs.filter((f) => f.subventionPublique).map((f) => f.montants[y])))
  );

/** The funding lines of contract year y + 1 left out of the test (the ACI when answered « non », funders « non »). */
function leftOut(model: BudgetModel, p: ParametresRefs, bu: BudgetRefs, y: 0 | 1) {
  const answer = (ref: string, flag: boolean) => eq(cell(ref, flag ? YES : "non"), YES);
  return leftOutLabels([
    leftOutLabel(
      answer(p.aciSubvention, model.inputs.aciSubventionPublique),
      cell(bu.aciTotal[y], model.annees[y].aci),
      ACI_FUNDING_LABEL
    ),
    ...model.financeurs.map((f, i) =>
      leftOutLabel(
        answer(p.financeurs[i].publique, f.subventionPublique),
        cell(p.financeurs[i].montants[y], f.montants[y]),
        cell(p.financeurs[i].label, f.label)
      )
    ),
  ]);
}

/** The contract-year test: subsidies counted, the lines left out, the threshold, the margin and the verdict. */
export function thresholdByYear(
  g: ControlesGrid,
  p: ParametresRefs,
  bu: BudgetRefs
): { subventions: number; nonComptes: [number, number]; cacObligatoire: number } {
  const { seuilCac } = g.model;
  const counted = (aci: number) => countedAci(g.model, aci);
  g.yearSection("Seuil de 153 000 € par année de contrat (C. com., L612-4)");
  const aci = g.perYear(
    "ACI comptée",
    (y, a) =>
      calc(`=IF(${p.aciSubvention}="${YES}",${bu.aciTotal[y]},0)`, counted(a.aci), FORMAT.euro),
    text("Selon le choix « ACI comptée comme subvention publique » (Paramètres).", "note")
  );
  const autres = g.perYear(
    "Autres subventions publiques",
    (y) => ruleCell(publicFunders(g.model, p, y), FORMAT.euro),
    text("Financeurs marqués « oui » dans Paramètres.", "note")
  );
  const subventions = g.perYear(
    "Subventions publiques comptées",
    (y, a) => calc(`=${YEAR_COLS[y]}${aci}+${YEAR_COLS[y]}${autres}`, a.seuil.counted, FORMAT.euro),
    undefined,
    true
  );
  const marge = g.perYear("Marge sous le seuil", (y, a) =>
    calc(`=${p.seuil}-${YEAR_COLS[y]}${subventions}`, a.seuil.margin, FORMAT.euro)
  );
  g.format(marge, negative(marge), "warning");
  const over = (y: 0 | 1) =>
    overThreshold(
      cell(`${YEAR_COLS[y]}${subventions}`, g.model.annees[y].seuil.counted),
      cell(p.seuil, seuilCac)
    );
  const cacObligatoire = g.perYear(
    "Commissaire aux comptes obligatoire",
    (y) => ruleCell(over(y)),
    g.verdict(
      g.eitherYear((y) => yearCell(g.s.nextRow, y, evaluate(over(y)))),
      VERDICTS.consequenceOui,
      VERDICTS.consequenceNon
    )
  );
  g.format(cacObligatoire, isTrue(cacObligatoire), "warning");
  g.format(cacObligatoire, (col) => `NOT(${col}${cacObligatoire})`, "good");
  const verdictCac = g.perYear("Verdict", (y, a) =>
    calc(
      `=IF(${YEAR_COLS[y]}${cacObligatoire},${quoted(VERDICTS.cacOui)},${quoted(VERDICTS.cacNon)})`,
      a.seuil.cacMandatory ? VERDICTS.cacOui : VERDICTS.cacNon
    )
  );
  g.format(verdictCac, isTrue(cacObligatoire), "warning");
  // The labels left out, in the wide reading column: a list does not fit a figure's column.
  const nonComptes = yearHeaders(g.model).map((header, y) =>
    g.s.add([
      text(`Non comptés comme subventions publiques, ${header.toLowerCase()}`),
      null,
      null,
      null,
      ruleCell(leftOut(g.model, p, bu, y as 0 | 1), undefined, "list"),
    ])
  ) as [number, number];
  return { subventions, nonComptes, cacObligatoire };
}

export interface ExerciceRows {
  debut: number;
  fin: number;
  teste: number;
  subventionsEncaissees: number;
  subventionsAllouees: number;
  /** Année 0's public subsidies received in each exercice, when the budget has an année 0. */
  annee0?: number;
}

/** The test per exercice, 1 to 3 in columns B to D; an exercice not tested counts 0. */
export function thresholdByExercice(
  g: ControlesGrid,
  p: ParametresRefs,
  t: TresorerieRefs
): ExerciceRows {
  const { model } = g;
  const { exercices } = model.tresorerie;
  const contractYears = model.annees.map((a) => a.anneeContrat).join(" et ");
  const seuil = cell(p.seuil, model.seuilCac);
  g.section("Seuil de 153 000 € par exercice comptable", [
    "Exercice 1",
    "Exercice 2",
    "Exercice 3",
    "Lecture",
  ]);
  const at = (row: number, x: number) => `${EXERCICE_COLS[x]}${row}`;
  const debut = g.perExercice(
    "Début de l'exercice",
    (x, e) => calc(`=${p.exerciceDebut[x]}`, excelDate(e.debut), FORMAT.date),
    text(
      "Exercices de 12 mois ; l'exercice 1 contient le premier jour du budget (Paramètres).",
      "note"
    )
  );
  const fin = g.perExercice("Fin de l'exercice", (x, e) =>
    calc(`=${p.exerciceFin[x]}`, excelDate(e.fin), FORMAT.date)
  );
  const teste = g.perExercice(
    `Exercice testé (recoupe les années de contrat ${contractYears})`,
    (x, e) => calc(`=${p.exerciceTeste[x]}`, e.teste),
    text(
      "Un exercice qui ne recoupe pas les deux années du budget compte 0 : le budget ne le couvre pas.",
      "note"
    )
  );
  g.format(teste, (col) => `NOT(${col}${teste})`, "warning", "D");
  const ifTested = (x: number, formula: string) => `IF(${at(teste, x)},${formula},0)`;
  const counted = (aci: number) => countedAci(model, aci);
  const ifAciCounted = (x: number, formula: string) =>
    `=IF(${p.aciSubvention}="${YES}",${ifTested(x, formula)},0)`;
  const during = (x: number) => `">="&${at(debut, x)},${t.evenementsDates},"<="&${at(fin, x)}`;

  const aciEncaissee = g.perExercice(
    "ACI encaissée dans l'exercice",
    (x, e) =>
      calc(
        ifAciCounted(x, `SUMIFS(${t.evenementsMontants},${t.evenementsDates},${during(x)})`),
        counted(e.encaissees.aci),
        FORMAT.euro
      ),
    text("Versements du calendrier de l'ACI (Trésorerie) datés dans l'exercice.", "note")
  );
  const autresEncaissees = g.perExercice(
    "Autres subventions publiques encaissées",
    (x, e) =>
      calc(
        `=${ifTested(x, `SUMIFS(${t.subventionsPubliques},${t.mois},">="&${at(debut, x)},${t.mois},"<="&${at(fin, x)})`)}`,
        e.encaissees.autres,
        FORMAT.euro
      ),
    text("Financeurs marqués « oui », reçus le mois des éléments annuels (Trésorerie).", "note")
  );
  // Année 0's money (lettre d'intention, ARS) counts in the exercice that receives it, in both readings.
  const annee0 = p.annee0;
  const anneeZero = (reading: "encaissees" | "allouees") =>
    annee0 &&
    g.perExercice(
      "Année 0 (lettre d'intention, ARS) reçue dans l'exercice",
      (x, e) =>
        calc(
          `=${ifTested(x, `SUMIFS(${annee0.montants},${annee0.dates},">="&${at(debut, x)},${annee0.dates},"<="&${at(fin, x)},${annee0.publics},"${YES}")`)}`,
          e[reading].annee0,
          FORMAT.euro
        ),
      text(
        "Versements de l'année 0 datés dans l'exercice, subventions publiques (Paramètres).",
        "note"
      )
    );
  const plusAnnee0 = (row: number | undefined, x: number) => (row ? `+${at(row, x)}` : "");
  /** A reading's année 0 row, its total (ACI, other funders, année 0) and whether that is over the threshold. */
  const totalOver = (reading: "encaissees" | "allouees", aciRow: number, autresRow: number) => {
    const what = reading === "encaissees" ? "encaissées" : "attribuées";
    const annee0Row = anneeZero(reading);
    const total = g.perExercice(
      `Subventions publiques ${what}`,
      (x, e) =>
        calc(
          `=${at(aciRow, x)}+${at(autresRow, x)}${plusAnnee0(annee0Row, x)}`,
          e[reading].seuil.counted,
          FORMAT.euro
        ),
      undefined,
      true
    );
    const depasse = g.perExercice(`Seuil dépassé (subventions ${what})`, (x, e) =>
      ruleCell(overThreshold(cell(at(total, x), e[reading].seuil.counted), seuil))
    );
    g.format(depasse, isTrue(depasse), "warning", "D");
    return { annee0: annee0Row, total, depasse };
  };
  const encaissees = totalOver("encaissees", aciEncaissee, autresEncaissees);

  const aciAllouee = g.perExercice(
    "ACI attribuée pour l'exercice",
    (x, e) =>
      calc(ifAciCounted(x, `SUM(${t.evenementsAlloue[x]})`), counted(e.allouees.aci), FORMAT.euro),
    text(
      "Montant de chaque année de contrat au prorata de ses jours compris dans l'exercice (Trésorerie).",
      "note"
    )
  );
  const publicOf = (y: 0 | 1) => publicFunders(model, p, y);
  const years = ([0, 1] as const).map((y) => ({
    du: cell(p.debut[y], excelDate(model.annees[y].debut)),
    au: cell(p.fin[y], excelDate(model.annees[y].fin)),
  }));
  const autresAllouees = g.perExercice(
    "Autres subventions publiques attribuées",
    (x, e) =>
      ruleCell(
        iff(
          cell(at(teste, x), e.teste),
          grantedOverYears([publicOf(0), publicOf(1)], [years[0], years[1]], {
            du: cell(at(debut, x), excelDate(e.debut)),
            au: cell(at(fin, x), excelDate(e.fin)),
          }),
          0
        ),
        FORMAT.euro
      ),
    text(
      `Montants des années de contrat ${contractYears} (Paramètres), au prorata des jours compris dans l'exercice.`,
      "note"
    )
  );
  const allouees = totalOver("allouees", aciAllouee, autresAllouees);
  const [subventionsEncaissees, depasseEncaissees] = [encaissees.total, encaissees.depasse];
  const [subventionsAllouees, depasseAllouees] = [allouees.total, allouees.depasse];

  // The verdict: how many readings (received, granted) are over the threshold, the rule the pane reads too.
  const readings = (x: number) =>
    readingsOver(
      cell(at(subventionsEncaissees, x), exercices[x].encaissees.seuil.counted),
      cell(at(subventionsAllouees, x), exercices[x].allouees.seuil.counted),
      seuil
    );
  const one = (col: string) => `OR(${col}${depasseEncaissees},${col}${depasseAllouees})`;
  const over = (row: number, x: number, counted: number) =>
    cell(at(row, x), evaluate(overThreshold(counted, seuil)));
  g.perExercice(
    "Verdict",
    (x, e) =>
      ruleCell(
        iff(
          not(cell(at(teste, x), e.teste)),
          VERDICTS.sansObjet,
          iff(
            eq(readings(x), 2),
            VERDICTS.cacOui,
            iff(eq(readings(x), 1), VERDICTS.uneLecture, VERDICTS.cacNon)
          )
        )
      ),
    g.verdict(
      or(
        ...exercices.map((e, x) =>
          or(
            over(depasseEncaissees, x, e.encaissees.seuil.counted),
            over(depasseAllouees, x, e.allouees.seuil.counted)
          )
        )
      ),
      VERDICTS.exerciceDepasse,
      VERDICTS.exerciceOk
    )
  );
  g.format(g.s.nextRow - 1, one, "warning", "D");
  return {
    debut,
    fin,
    teste,
    subventionsEncaissees,
    subventionsAllouees,
    annee0: encaissees.annee0,
  };
}
