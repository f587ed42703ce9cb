// The `Contrôles` sheet: per contract year, the 153 000 € test, fonctionnement vs its ACI, indemnities vs the PASS,
// and the balance of the budget; each a live formula with conditional formatting.
import { BudgetModel, YearSummary } from "../../domain/budget";
import { ExerciceThreshold } from "../../domain/treasury";
import { MISSION_LABELS } from "../../domain/data/aciGrid";
import { SEUIL_CAC } from "../../domain/data/thresholds";
import { cents } from "../../domain/errors";
import { calc, excelDate, Expected, FORMAT, quoted, text } from "../formats";
import { SheetRef } from "../names";
import { CellPlan, ConditionalFormatPlan, SheetPlan } from "../planTypes";
import { SheetBuilder } from "../sheetBuilder";
import {
  BaremeRefs,
  BudgetRefs,
  ControlesRefs,
  ParametresRefs,
  TresorerieRefs,
  Triple,
  YES,
} from "../refs";

/** Row of each check: the layout is fixed, so the Budget sheet can refer to it before this sheet is built. */
const LAYOUT = [
  "titre",
  "intro",
  null,
  "entete",
  "sectionSeuil",
  "aciComptee",
  "autresSubventions",
  "subventions",
  "seuil",
  "marge",
  "cacObligatoire",
  "verdictCac",
  "cacRetenu",
  "honorairesCac",
  null,
  "sectionFonctionnement",
  "depensesFonctionnement",
  "aciFonctionnement",
  "ecartFonctionnement",
  null,
  "sectionIndemnites",
  "anneeCivile",
  "anneePass",
  "pass",
  "indemniteMax",
  "margePass",
  null,
  "sectionEquilibre",
  "totalProduits",
  "totalCharges",
  "resultat",
  "ecartContributions",
  null,
  "sectionExercices",
  "exerciceDebut",
  "exerciceFin",
  "exerciceTeste",
  "aciEncaissee",
  "autresEncaissees",
  "subventionsEncaissees",
  "depasseEncaissees",
  "aciAllouee",
  "autresAllouees",
  "subventionsAllouees",
  "depasseAllouees",
  "verdictExercice",
] as const;
type RowKey = Exclude<(typeof LAYOUT)[number], null>;
const ROW = Object.fromEntries(
  LAYOUT.map((key, i) => [key, i + 1]).filter(([key]) => key !== null)
) as Record<RowKey, number>;
const YEAR_COLS = ["B", "C"] as const;
type YearCol = (typeof YEAR_COLS)[number];
/** The exercices tested sit in columns B to D, their reading in E. */
const EXERCICE_COLS = ["B", "C", "D"] as const;
type ExerciceCol = (typeof EXERCICE_COLS)[number];

export function controlesRefs(name: string): ControlesRefs {
  const ref = new SheetRef(name);
  const pair = (key: RowKey): [string, string] => [ref.cell(2, ROW[key]), ref.cell(3, ROW[key])];
  const triple = (key: RowKey): Triple => [
    ref.cell(2, ROW[key]),
    ref.cell(3, ROW[key]),
    ref.cell(4, ROW[key]),
  ];
  return {
    subventions: pair("subventions"),
    cacObligatoire: pair("cacObligatoire"),
    cacRetenu: pair("cacRetenu"),
    depensesFonctionnement: pair("depensesFonctionnement"),
    aciFonctionnement: pair("aciFonctionnement"),
    indemniteMax: pair("indemniteMax"),
    pass: pair("pass"),
    anneePass: pair("anneePass"),
    exerciceDebut: triple("exerciceDebut"),
    exerciceFin: triple("exerciceFin"),
    exerciceTeste: triple("exerciceTeste"),
    subventionsEncaissees: triple("subventionsEncaissees"),
    subventionsAllouees: triple("subventionsAllouees"),
  };
}

/** Texts shown by the checks' formulas (each under Excel's 255-character limit for a string in a formula). */
export const VERDICTS = {
  cacOui: "CAC obligatoire",
  cacNon: "Pas d'obligation",
  consequenceOui: `CAC (et suppléant si requis) pour ${SEUIL_CAC.mandateYears} exercices ; comptes publiés au JO dans les ${SEUIL_CAC.publicationMonths} mois de leur approbation.`,
  consequenceNon: "Sous le seuil les deux années : pas d'obligation de CAC à ce titre.",
  honorairesManquants: "À renseigner : seuil dépassé mais honoraires du CAC à 0 (Paramètres).",
  honorairesOk: `Inscrits dès la 1re année de contrat au-dessus du seuil ou recoupant un exercice au-dessus du seuil (mandat de ${SEUIL_CAC.mandateYears} exercices).`,
  cacRetenu: `Oui si le seuil est dépassé sur l'année de contrat, ou sur un exercice qui la recoupe (subventions encaissées ou attribuées), ou sur une année antérieure : mandat de ${SEUIL_CAC.mandateYears} exercices.`,
  fonctionnementDepasse:
    "Dépenses de fonctionnement au-delà de l'ACI fonctionnement versé : à couvrir par d'autres produits.",
  fonctionnementOk: "Dépenses de fonctionnement couvertes par l'ACI fonctionnement versé.",
  passDepasse: "Dépassement : un professionnel recevrait plus que le PASS (décret 2022-375).",
  passOk:
    "Chaque professionnel reste sous le PASS de l'année civile où commence l'année de contrat.",
  deficit: "Budget en déficit : réduire les charges ou trouver d'autres produits.",
  equilibre: "Budget équilibré ou excédentaire.",
  uneLecture: "À vérifier",
  exerciceDepasse: `Seuil dépassé sur un exercice selon au moins une lecture : voir avec l'expert-comptable ; si l'obligation est retenue, CAC pour ${SEUIL_CAC.mandateYears} exercices.`,
  exerciceOk:
    "Sous le seuil sur chaque exercice testé, en subventions encaissées comme attribuées.",
  sansObjet: "Sans objet",
} as const;

export interface ControlesSources {
  parametres: ParametresRefs;
  bareme: BaremeRefs;
  budget: BudgetRefs;
  tresorerie: TresorerieRefs;
}

export function buildControles(
  model: BudgetModel,
  name: string,
  { parametres: p, bareme: b, budget: bu, tresorerie: t }: ControlesSources
): SheetPlan {
  const s = new SheetBuilder(name);
  const { annees, inputs } = model;
  const { exercices } = model.tresorerie;
  const cell = (key: RowKey, y: 0 | 1) => `${YEAR_COLS[y]}${ROW[key]}`;
  /** A condition on a year's column, for either year. */
  const both = (test: (col: YearCol) => string) => `OR(${test("B")},${test("C")})`;
  const anyYear = (test: (a: YearSummary) => boolean) => annees.some(test);
  const verdict = (
    condition: string,
    whenTrue: string,
    whenFalse: string,
    expected: boolean
  ): CellPlan =>
    calc(
      `=IF(${condition},${quoted(whenTrue)},${quoted(whenFalse)})`,
      expected ? whenTrue : whenFalse,
      undefined,
      "note"
    );
  /** A row of two formulas (column B for year or exercice 1, C for 2) with their expected values. */
  const pairRow = (
    key: RowKey,
    label: string,
    formula: (y: 0 | 1) => string,
    expected: [Expected, Expected],
    fmt?: string,
    comment?: CellPlan
  ) => {
    const totals: RowKey[] = ["subventions", "resultat"];
    const style = totals.includes(key) ? "total" : undefined;
    const row = s.add([
      text(label, style ?? "label"),
      calc(formula(0), expected[0], fmt, style),
      calc(formula(1), expected[1], fmt, style),
      null,
      comment ?? null,
    ]);
    if (row !== ROW[key])
      throw new Error(`Contrôles : la ligne ${key} est en ${row}, attendue en ${ROW[key]}.`);
  };
  const check = (
    key: RowKey,
    label: string,
    formula: (y: 0 | 1) => string,
    expected: (a: YearSummary) => Expected,
    fmt?: string,
    comment?: CellPlan
  ) => pairRow(key, label, formula, [expected(annees[0]), expected(annees[1])], fmt, comment);
  /** A row of three formulas, one per exercice (columns B to D), and the reading in E. */
  const exerciceCheck = (
    key: RowKey,
    label: string,
    formula: (x: number) => string,
    expected: (e: ExerciceThreshold) => Expected,
    fmt?: string,
    comment?: CellPlan
  ) => {
    const style =
      key === "subventionsEncaissees" || key === "subventionsAllouees" ? "total" : undefined;
    const row = s.add([
      text(label, style ?? "label"),
      ...exercices.map((e, x) => calc(formula(x), expected(e), fmt, style)),
      comment ?? null,
    ]);
    if (row !== ROW[key])
      throw new Error(`Contrôles : la ligne ${key} est en ${row}, attendue en ${ROW[key]}.`);
  };
  const section = (key: RowKey, label: string, columns = ["", "", "", ""]) => {
    const row = s.add([text(label, "header"), ...columns.map((c) => text(c, "header"))]);
    if (row !== ROW[key])
      throw new Error(`Contrôles : la section ${key} est en ${row}, attendue en ${ROW[key]}.`);
  };
  /** Formats both years of a row; the condition is written for column B and shifts to C as relative references do. */
  const format = (
    key: RowKey,
    test: (col: YearCol) => string,
    style: ConditionalFormatPlan["style"],
    lastCol: "C" | "D" = "C"
  ) =>
    s.conditionalFormats.push({
      range: `B${ROW[key]}:${lastCol}${ROW[key]}`,
      formula: `=${test("B")}`,
      style,
    });
  const at = (key: RowKey) => (col: YearCol) => `${col}${ROW[key]}`;
  const negative = (key: RowKey) => (col: YearCol) => `${col}${ROW[key]}<0`;

  s.add([
    calc(
      `="Contrôles du budget : "&${p.nom}`,
      `Contrôles du budget : ${inputs.nom}`,
      undefined,
      "title"
    ),
  ]);
  s.add([
    text(
      "Chaque contrôle est une formule : il suit toute modification des Paramètres et du Budget.",
      "note"
    ),
  ]);
  s.add();
  s.add([
    text("Contrôle", "header"),
    text("Année 1", "header"),
    text("Année 2", "header"),
    text("", "header"),
    text("Lecture", "header"),
  ]);

  section(
    "sectionSeuil",
    "Seuil de subventions publiques (Code de commerce, art. L612-4 et D612-5)"
  );
  check(
    "aciComptee",
    "ACI comptée",
    (y) => `=IF(${p.aciSubvention}="${YES}",${bu.aciTotal[y]},0)`,
    (a) => (inputs.aciSubventionPublique ? a.aci : 0),
    FORMAT.euro,
    text("Selon le choix « ACI comptée comme subvention publique » (Paramètres).", "note")
  );
  check(
    "autresSubventions",
    "Autres subventions publiques",
    (y) => `=SUMIF(${p.financeursPublics},"${YES}",${p.financeursMontants[y]})`,
    (a) => cents(a.seuil.counted - (inputs.aciSubventionPublique ? a.aci : 0)),
    FORMAT.euro,
    text("Financeurs marqués « oui » dans Paramètres.", "note")
  );
  check(
    "subventions",
    "Subventions publiques comptées",
    (y) => `=${cell("aciComptee", y)}+${cell("autresSubventions", y)}`,
    (a) => a.seuil.counted,
    FORMAT.euro
  );
  check(
    "seuil",
    "Seuil",
    () => `=${p.seuil}`,
    (a) => a.seuil.threshold,
    FORMAT.euro
  );
  check(
    "marge",
    "Marge sous le seuil",
    (y) => `=${cell("seuil", y)}-${cell("subventions", y)}`,
    (a) => a.seuil.margin,
    FORMAT.euro
  );
  format("marge", negative("marge"), "warning");
  check(
    "cacObligatoire",
    "Commissaire aux comptes obligatoire",
    (y) => `=${cell("subventions", y)}>${cell("seuil", y)}`,
    (a) => a.seuil.cacMandatory,
    undefined,
    verdict(
      both(at("cacObligatoire")),
      VERDICTS.consequenceOui,
      VERDICTS.consequenceNon,
      anyYear((a) => a.seuil.cacMandatory)
    )
  );
  format("cacObligatoire", at("cacObligatoire"), "warning");
  format("cacObligatoire", (col) => `NOT(${col}${ROW.cacObligatoire})`, "good");
  check(
    "verdictCac",
    "Verdict",
    (y) =>
      `=IF(${cell("cacObligatoire", y)},${quoted(VERDICTS.cacOui)},${quoted(VERDICTS.cacNon)})`,
    (a) => (a.seuil.cacMandatory ? VERDICTS.cacOui : VERDICTS.cacNon)
  );
  format("verdictCac", at("cacObligatoire"), "warning");
  // The CAC fee rule (see computeBudget): the threshold is per exercice in law, the budget per contract year. Year N
  // carries the fee when the contract-year test says so, or the test of an exercice overlapping year N (received or
  // granted), or when year N − 1 carries it (6-exercice mandate). Exercices 1 to 3 are columns B to D; an exercice
  // not tested never crosses the threshold (its subsidies count 0).
  const exerciceOverlaps = (col: ExerciceCol, n: 0 | 1) =>
    `${col}${ROW.exerciceDebut}<=${p.fin[n]},${col}${ROW.exerciceFin}>=${p.debut[n]}`;
  const exerciceOverAndOverlaps = (col: ExerciceCol, n: 0 | 1) =>
    `AND(${exerciceOverlaps(col, n)},OR(${col}${ROW.depasseEncaissees},${col}${ROW.depasseAllouees}))`;
  const cacDue = (n: 0 | 1) =>
    [
      cell("cacObligatoire", n),
      ...EXERCICE_COLS.map((col) => exerciceOverAndOverlaps(col, n)),
    ].join(",");
  check(
    "cacRetenu",
    "Honoraires du CAC à inscrire (année ou exercice au-dessus du seuil)",
    (y) => (y === 0 ? `=OR(${cacDue(0)})` : `=OR(${cell("cacRetenu", 0)},${cacDue(1)})`),
    (a) => a.cacRetenu,
    undefined,
    text(VERDICTS.cacRetenu, "note")
  );
  format("cacRetenu", at("cacRetenu"), "warning");
  const feeMissing = (col: YearCol) => `AND(${col}${ROW.cacRetenu},${col}${ROW.honorairesCac}=0)`;
  check(
    "honorairesCac",
    "Honoraires du CAC inscrits au budget",
    (y) => `=${bu.honorairesCac[y]}`,
    (a) => a.honorairesCac,
    FORMAT.euro,
    verdict(
      both(feeMissing),
      VERDICTS.honorairesManquants,
      VERDICTS.honorairesOk,
      anyYear((a) => a.cacRetenu && a.honorairesCac === 0)
    )
  );
  format("honorairesCac", feeMissing, "bad");
  s.add();

  const fonctionnement = quoted(MISSION_LABELS.fonctionnement);
  section("sectionFonctionnement", "Fonctionnement : dépenses et ACI fonctionnement versé");
  check(
    "depensesFonctionnement",
    "Dépenses affectées au fonctionnement",
    (y) => `=SUMIF(${bu.chargesEnveloppes},${fonctionnement},${bu.chargesMontants[y]})`,
    (a) => a.fonctionnement.depenses,
    FORMAT.euro
  );
  check(
    "aciFonctionnement",
    "ACI fonctionnement versé (financement additionnel compris)",
    (y) => `=SUMIF(${bu.aciEnveloppes},${fonctionnement},${bu.aciMontants[y]})`,
    (a) => a.fonctionnement.financementAci,
    FORMAT.euro
  );
  check(
    "ecartFonctionnement",
    "Écart (ACI − dépenses)",
    (y) => `=${cell("aciFonctionnement", y)}-${cell("depensesFonctionnement", y)}`,
    (a) => a.fonctionnement.ecart,
    FORMAT.euro,
    verdict(
      both(negative("ecartFonctionnement")),
      VERDICTS.fonctionnementDepasse,
      VERDICTS.fonctionnementOk,
      anyYear((a) => a.fonctionnement.ecart < 0)
    )
  );
  format("ecartFonctionnement", negative("ecartFonctionnement"), "warning");
  s.add();

  section(
    "sectionIndemnites",
    "Indemnités des professionnels : 1 PASS au plus par an (décret 2022-375)"
  );
  check(
    "anneeCivile",
    "Année civile du début de l'année de contrat",
    (y) => `=YEAR(${p.debut[y]})`,
    (a) => a.indemnites.anneeCivile,
    FORMAT.year
  );
  check(
    "anneePass",
    "Année du PASS retenu (dernière connue)",
    (y) =>
      `=IFERROR(INDEX(${b.passAnnees},MATCH(${cell("anneeCivile", y)},${b.passAnnees},1)),INDEX(${b.passAnnees},1))`,
    (a) => a.indemnites.anneePass,
    FORMAT.year
  );
  check(
    "pass",
    "PASS",
    (y) => `=INDEX(${b.passMontants},MATCH(${cell("anneePass", y)},${b.passAnnees},0))`,
    (a) => a.indemnites.pass,
    FORMAT.euro
  );
  check(
    "indemniteMax",
    "Indemnités d'un professionnel présent sur toutes les lignes",
    (y) => `=SUMIF(${p.indemnitesProfessionnels},">0",${p.indemnitesParProfessionnel[y]})`,
    (a) => a.indemnites.maxParProfessionnel,
    FORMAT.euro
  );
  check(
    "margePass",
    "Marge sous le PASS",
    (y) => `=${cell("pass", y)}-${cell("indemniteMax", y)}`,
    (a) => a.indemnites.marge,
    FORMAT.euro,
    verdict(
      both(negative("margePass")),
      VERDICTS.passDepasse,
      VERDICTS.passOk,
      anyYear((a) => a.indemnites.depasse)
    )
  );
  format("margePass", negative("margePass"), "bad");
  s.add();

  section("sectionEquilibre", "Équilibre du budget");
  check(
    "totalProduits",
    "Total des produits",
    (y) => `=${bu.totalProduits[y]}`,
    (a) => a.totalProduits,
    FORMAT.euro
  );
  check(
    "totalCharges",
    "Total des charges",
    (y) => `=${bu.totalCharges[y]}`,
    (a) => a.totalCharges,
    FORMAT.euro
  );
  check(
    "resultat",
    "Résultat",
    (y) => `=${bu.resultat[y]}`,
    (a) => a.resultat,
    FORMAT.euro,
    verdict(
      both(negative("resultat")),
      VERDICTS.deficit,
      VERDICTS.equilibre,
      anyYear((a) => a.resultat < 0)
    )
  );
  format("resultat", negative("resultat"), "bad");
  check(
    "ecartContributions",
    "Contributions volontaires : emplois (86) − contributions (87)",
    (y) => `=${bu.emploisContributions[y]}-${bu.contributions[y]}`,
    () => 0,
    FORMAT.euro
  );
  format("ecartContributions", (col) => `${col}${ROW.ecartContributions}<>0`, "bad");
  s.add();

  // The 153 000 € rule applies per financial year: on the subsidies received in it, and on those granted for it. Every
  // exercice overlapping contract years 1 and 2 is tested: two, or three when the signature is not its first day.
  section("sectionExercices", "Seuil de 153 000 € par exercice comptable", [
    "Exercice 1",
    "Exercice 2",
    "Exercice 3",
    "Lecture",
  ]);
  const sig = p.signature;
  const exerciceStart = `DATE(YEAR(${sig})-IF(MONTH(${sig})<${p.debutExercice},1,0),${p.debutExercice},1)`;
  const xcell = (key: RowKey, x: number) => `${EXERCICE_COLS[x]}${ROW[key]}`;
  exerciceCheck(
    "exerciceDebut",
    "Début de l'exercice",
    (x) => (x === 0 ? `=${exerciceStart}` : `=EDATE(${xcell("exerciceDebut", 0)},${12 * x})`),
    (e) => excelDate(e.debut),
    FORMAT.date,
    text("L'exercice 1 contient la date de signature (mois de début : Paramètres).", "note")
  );
  exerciceCheck(
    "exerciceFin",
    "Fin de l'exercice",
    (x) => `=EDATE(${xcell("exerciceDebut", x)},12)-1`,
    (e) => excelDate(e.fin),
    FORMAT.date
  );
  exerciceCheck(
    "exerciceTeste",
    "Exercice testé (recoupe les années de contrat 1 et 2)",
    (x) => `=${xcell("exerciceDebut", x)}<=${p.fin[1]}`,
    (e) => e.teste,
    undefined,
    text(
      "Un exercice qui ne recoupe pas les deux années du budget compte 0 : le budget ne le couvre pas.",
      "note"
    )
  );
  format("exerciceTeste", (col) => `NOT(${col}${ROW.exerciceTeste})`, "warning", "D");
  /** Gates an exercice's amount on its being tested. */
  const ifTested = (x: number, formula: string) => `IF(${xcell("exerciceTeste", x)},${formula},0)`;
  const counted = (aci: number) => (inputs.aciSubventionPublique ? aci : 0);
  const ifAciCounted = (x: number, formula: string) =>
    `=IF(${p.aciSubvention}="${YES}",${ifTested(x, formula)},0)`;
  const during = (x: number) =>
    `">="&${xcell("exerciceDebut", x)},${t.evenementsDates},"<="&${xcell("exerciceFin", x)}`;
  exerciceCheck(
    "aciEncaissee",
    "ACI encaissée dans l'exercice",
    (x) => ifAciCounted(x, `SUMIFS(${t.evenementsMontants},${t.evenementsDates},${during(x)})`),
    (e) => counted(e.encaissees.aci),
    FORMAT.euro,
    text("Versements du calendrier de l'ACI (Trésorerie) datés dans l'exercice.", "note")
  );
  exerciceCheck(
    "autresEncaissees",
    "Autres subventions publiques encaissées",
    (x) =>
      `=${ifTested(x, `SUMIFS(${t.subventionsPubliques},${t.mois},">="&${xcell("exerciceDebut", x)},${t.mois},"<="&${xcell("exerciceFin", x)})`)}`,
    (e) => e.encaissees.autres,
    FORMAT.euro,
    text("Financeurs marqués « oui », reçus le mois des éléments annuels (Trésorerie).", "note")
  );
  exerciceCheck(
    "subventionsEncaissees",
    "Subventions publiques encaissées",
    (x) => `=${xcell("aciEncaissee", x)}+${xcell("autresEncaissees", x)}`,
    (e) => e.encaissees.seuil.counted,
    FORMAT.euro
  );
  exerciceCheck(
    "depasseEncaissees",
    "Seuil dépassé (subventions encaissées)",
    (x) => `=${xcell("subventionsEncaissees", x)}>${p.seuil}`,
    (e) => e.encaissees.seuil.cacMandatory
  );
  format("depasseEncaissees", at("depasseEncaissees"), "warning", "D");
  exerciceCheck(
    "aciAllouee",
    "ACI attribuée pour l'exercice",
    (x) => ifAciCounted(x, `SUM(${t.evenementsAlloue[x]})`),
    (e) => counted(e.allouees.aci),
    FORMAT.euro,
    text(
      "Montant de chaque année de contrat au prorata de ses jours compris dans l'exercice (Trésorerie).",
      "note"
    )
  );
  const overlap = (x: number, n: 0 | 1) =>
    `MAX(0,MIN(${xcell("exerciceFin", x)},${p.fin[n]})-MAX(${xcell("exerciceDebut", x)},${p.debut[n]})+1)/(${p.fin[n]}-${p.debut[n]}+1)`;
  const publicOf = (n: 0 | 1) =>
    `SUMIF(${p.financeursPublics},"${YES}",${p.financeursMontants[n]})`;
  exerciceCheck(
    "autresAllouees",
    "Autres subventions publiques attribuées",
    (x) =>
      `=${ifTested(x, `ROUND(${publicOf(0)}*${overlap(x, 0)}+${publicOf(1)}*${overlap(x, 1)},2)`)}`,
    (e) => e.allouees.autres,
    FORMAT.euro,
    text(
      "Montants des années de contrat 1 et 2 (Paramètres), au prorata des jours compris dans l'exercice.",
      "note"
    )
  );
  exerciceCheck(
    "subventionsAllouees",
    "Subventions publiques attribuées",
    (x) => `=${xcell("aciAllouee", x)}+${xcell("autresAllouees", x)}`,
    (e) => e.allouees.seuil.counted,
    FORMAT.euro
  );
  exerciceCheck(
    "depasseAllouees",
    "Seuil dépassé (subventions attribuées)",
    (x) => `=${xcell("subventionsAllouees", x)}>${p.seuil}`,
    (e) => e.allouees.seuil.cacMandatory
  );
  format("depasseAllouees", at("depasseAllouees"), "warning", "D");
  const over = (e: ExerciceThreshold) =>
    [e.encaissees, e.allouees].filter((c) => c.seuil.cacMandatory).length;
  const bothOver = (col: string) =>
    `AND(${col}${ROW.depasseEncaissees},${col}${ROW.depasseAllouees})`;
  const oneOver = (col: string) =>
    `OR(${col}${ROW.depasseEncaissees},${col}${ROW.depasseAllouees})`;
  exerciceCheck(
    "verdictExercice",
    "Verdict",
    (x) => {
      const col = EXERCICE_COLS[x];
      return `=IF(NOT(${col}${ROW.exerciceTeste}),${quoted(VERDICTS.sansObjet)},IF(${bothOver(col)},${quoted(VERDICTS.cacOui)},IF(${oneOver(col)},${quoted(VERDICTS.uneLecture)},${quoted(VERDICTS.cacNon)})))`;
    },
    (e) =>
      e.teste
        ? [VERDICTS.cacNon, VERDICTS.uneLecture, VERDICTS.cacOui][over(e)]
        : VERDICTS.sansObjet,
    undefined,
    verdict(
      `OR(${EXERCICE_COLS.map(oneOver).join(",")})`,
      VERDICTS.exerciceDepasse,
      VERDICTS.exerciceOk,
      exercices.some((e) => over(e) > 0)
    )
  );
  format("verdictExercice", oneOver, "warning", "D");

  return s.build({
    columnWidths: [62, 17, 17, 17, 95],
    frozenRows: ROW.entete,
    print: {
      orientation: "landscape",
      fitToWidth: true,
      title: "Contrôles du budget prévisionnel",
    },
  });
}
