// The `Paramètres` sheet: every answer of the task pane as an input cell, plus the figures the payroll engine gives.
import { type BudgetModel } from "../../domain/budget";
import {
  FINANCEMENT_ADDITIONNEL,
  type Mission,
  MISSION_LABELS,
  MISSIONS,
} from "../../domain/data/aciGrid";
import { GEIO_TARIFF } from "../../domain/data/geTariff";
import {
  DEFAULT_MISSION_START,
  MISSION_START_DEADLINES,
  MISSION_START_SETTINGS,
  PAYMENT_LAG,
} from "../../domain/data/paymentCalendar";
import { SEUIL_CAC } from "../../domain/data/thresholds";
import { calc, excelDate, FORMAT, input, number, ruleCell, text } from "../formats";
import { cell as valued } from "../../domain/rules/expr";
import { yearOneProrata } from "../../domain/rules/prorata";
import { a1, SheetRef } from "../names";
import { type SheetPlan, type ValidationRule } from "../planTypes";
import { SheetBuilder } from "../sheetBuilder";
import { MODE_LABELS, type ParametresRefs, type Triple, YES } from "../refs";

const yesNo = (flag: boolean) => (flag ? YES : "non");
const ENGINE_NOTE =
  "Calculé par le complément (règles Urssaf modele-social) : une valeur, pas une formule. Pour un autre coefficient, ETP ou forfait, modifier dans le complément puis régénérer le budget.";
const ACI_SUBSIDY_NOTE =
  "Les praticiens comptent l'ACI (Assurance Maladie) comme subvention publique ; certains y voient une rémunération de missions. Aucune décision ne tranche : ne répondre « non » qu'avec l'avis de votre expert-comptable.";
const CAC_FEE_NOTE =
  "Aucun barème public pour une association : honoraires libres. Ordre de grandeur indicatif, non sourcé : 3 000 à 7 500 € HT par an. Remplacez-le par le devis du commissaire aux comptes.";

const LIST_YES_NO: ValidationRule = { kind: "list", values: [YES, "non"] };
const AMOUNT: ValidationRule = { kind: "decimal", min: 0, max: 100_000_000 };
const ENVELOPES: ValidationRule = { kind: "list", values: MISSIONS.map((m) => MISSION_LABELS[m]) };

/**
 * The exercices tested, in columns B to D: exercice 1 contains the signature date; each is tested when it overlaps
 * contract years 1 and 2 (the third only when the signature is not an exercice's first day).
 */
function exercicesTable(
  s: SheetBuilder,
  model: BudgetModel,
  cells: { signature: string; debutExercice: string; finAnnee2: string }
): { col: number; debut: number; fin: number; teste: number }[] {
  const { exercices } = model.tresorerie;
  const { signature: sig, debutExercice: month } = cells;
  s.add([
    text("Exercices comptables testés", "header"),
    ...exercices.map((e) => text(`Exercice ${e.exercice}`, "header")),
  ]);
  const debut = s.nextRow;
  const col = (x: number) => a1(2 + x, debut);
  const first = `DATE(YEAR(${sig})-IF(MONTH(${sig})<${month},1,0),${month},1)`;
  s.add([
    text("Début"),
    ...exercices.map((e, x) =>
      calc(x === 0 ? `=${first}` : `=EDATE(${col(0)},${12 * x})`, excelDate(e.debut), FORMAT.date)
    ),
  ]);
  const fin = s.add([
    text("Fin"),
    ...exercices.map((e, x) => calc(`=EDATE(${col(x)},12)-1`, excelDate(e.fin), FORMAT.date)),
  ]);
  const teste = s.add([
    text("Recoupe les années de contrat 1 et 2 (testé)"),
    ...exercices.map((e, x) => calc(`=${col(x)}<=${cells.finAnnee2}`, e.teste)),
  ]);
  s.add([
    text(
      "Un exercice qui ne recoupe pas les deux années du budget compte 0 au seuil de 153 000 € (Contrôles).",
      "note"
    ),
  ]);
  return exercices.map((_, x) => ({ col: x, debut, fin, teste }));
}

export function buildParametres(
  model: BudgetModel,
  name: string
): { sheet: SheetPlan; refs: ParametresRefs } {
  const { inputs, coordinateur: coord, tresorerie } = model;
  const c = inputs.coordinateur;
  const s = new SheetBuilder(name);
  const ref = new SheetRef(name);
  const local = (col: number, row: number) => a1(col, row, true);
  const validate = (range: string, rule: ValidationRule, error: string) =>
    s.validations.push({ range, rule, error });
  const amountError = "Saisissez un montant positif ou nul, en euros.";
  /** A label, one value in B and a note in C. */
  const scalar = (
    label: string,
    value: ReturnType<typeof input>,
    note = "",
    rule?: ValidationRule,
    error = amountError
  ) => {
    const row = s.add([text(label), value, note ? text(note, "note") : null]);
    if (rule) validate(a1(2, row), rule, error);
    return row;
  };

  s.add([text("Budget prévisionnel sur deux ans : paramètres", "title")]);
  s.add([
    text(
      "Les cellules jaunes sont à saisir ; tout le reste est calculé par des formules, dans ce classeur.",
      "note"
    ),
  ]);
  s.add();
  s.add([text("CPTS et contrat ACI", "header"), text("", "header"), text("", "header")]);
  const nom = scalar("Nom de la CPTS", input(inputs.nom));
  const taille = scalar(
    "Taille de la CPTS (1 à 4)",
    input(inputs.taille, FORMAT.year),
    "T1 < 40 000 habitants ; T2 < 80 000 ; T3 < 175 000 ; T4 au-delà.",
    { kind: "list", values: ["1", "2", "3", "4"] },
    "La taille est 1, 2, 3 ou 4."
  );
  const signature = scalar(
    "Date de signature de l'ACI",
    input(excelDate(inputs.dateSignature), FORMAT.date),
    "L'année 1 court de la signature à son premier anniversaire.",
    { kind: "date" },
    "Saisissez une date."
  );
  const dateLimite = scalar(
    "Date limite du financement additionnel",
    input(excelDate(inputs.dateLimiteAdditionnel), FORMAT.date, FINANCEMENT_ADDITIONNEL.confidence),
    "+75 % du fonctionnement en année 1 si l'ACI est signé avant.",
    { kind: "date" },
    "Saisissez une date."
  );
  const optionnelles = scalar(
    "Missions optionnelles (qualité, accompagnement)",
    input(yesNo(inputs.optionnelles)),
    "oui : qualité et accompagnement des professionnels contractés.",
    LIST_YES_NO,
    "Répondez oui ou non."
  );
  const tauxVariable = scalar(
    "Taux de réalisation du volet variable",
    input(inputs.tauxVariable, FORMAT.percent),
    "0 % conseillé par la CPAM et l'ARS : budgéter sur les parts fixes.",
    { kind: "decimal", min: 0, max: 1 },
    "Saisissez un pourcentage de 0 % à 100 %."
  );
  const crise = scalar(
    "Crise sanitaire déclarée",
    input(yesNo(inputs.crise)),
    "Seule une crise déclarée ouvre le montant « survenue » (versé en année 2).",
    LIST_YES_NO,
    "Répondez oui ou non."
  );
  const membres = scalar(
    "Nombre de membres",
    input(inputs.membres, FORMAT.count),
    "Taille 4 : +10 % sur les missions dès 100 membres ; base des cotisations.",
    { kind: "whole", min: 0, max: 1_000_000 },
    "Saisissez un nombre entier positif ou nul."
  );
  const cotisation = scalar(
    "Cotisation annuelle par membre",
    input(inputs.cotisationParMembre, FORMAT.euroCents),
    "Compte 756.",
    AMOUNT
  );
  const aciSubvention = scalar(
    "ACI comptée comme subvention publique",
    input(yesNo(inputs.aciSubventionPublique), undefined, ACI_SUBSIDY_NOTE),
    "oui par défaut (voir la note de la cellule).",
    LIST_YES_NO,
    "Répondez oui ou non."
  );
  const seuil = scalar(
    "Seuil de subventions publiques",
    input(model.seuilCac, FORMAT.euro, SEUIL_CAC.source),
    "Code de commerce, art. L612-4 et D612-5.",
    AMOUNT
  );
  const honorairesCac = scalar(
    "Honoraires annuels du commissaire aux comptes",
    input(inputs.honorairesCac, FORMAT.euro, CAC_FEE_NOTE),
    "Saisir le devis ; inscrits dès la 1re année au-dessus du seuil.",
    AMOUNT
  );

  s.add();
  s.add([
    text("Années de contrat", "header"),
    text("Année 1", "header"),
    text("Année 2", "header"),
  ]);
  const periodRow = (
    label: string,
    f: (y: 0 | 1) => string,
    expected: (y: 0 | 1) => number,
    fmt: string
  ) => s.add([text(label), calc(f(0), expected(0), fmt), calc(f(1), expected(1), fmt)]);
  const sig = local(2, signature);
  const debut = periodRow(
    "Début",
    (y) => (y === 0 ? `=${sig}` : `=EDATE(${sig},12)`),
    (y) => excelDate(model.annees[y].debut),
    FORMAT.date
  );
  const fin = periodRow(
    "Fin",
    (y) => `=EDATE(${sig},${12 * (y + 1)})-1`,
    (y) => excelDate(model.annees[y].fin),
    FORMAT.date
  );

  s.add();
  s.add([
    text("Trésorerie et exercice comptable", "header"),
    text("", "header"),
    text("", "header"),
  ]);
  const delaiPaiement = scalar(
    "Délai de paiement de la CPAM après chaque anniversaire (mois)",
    input(tresorerie.lagMonths, FORMAT.count, PAYMENT_LAG.confidence),
    "Aucune source ne le donne : 2 mois par défaut, à ajuster avec la CPAM.",
    { kind: "whole", min: 0, max: 11 },
    "Saisissez un nombre entier de mois, de 0 à 11."
  );
  const month = { kind: "whole", min: 1, max: 12 } as const;
  const monthError = "Saisissez un mois, de 1 (janvier) à 12 (décembre).";
  const moisAnnuel = scalar(
    "Mois des éléments annuels (1 = janvier)",
    input(tresorerie.moisAnnuel, FORMAT.count),
    "Charges annuelles payées, autres financements et cotisations reçus ce mois-là.",
    month,
    monthError
  );
  const debutExercice = scalar(
    "Premier mois de l'exercice comptable (1 = janvier)",
    input(tresorerie.debutExercice, FORMAT.count),
    "1 pour un exercice civil ; l'exercice 1 contient la date de signature.",
    month,
    monthError
  );
  const exercices = exercicesTable(s, model, {
    signature: local(2, signature),
    debutExercice: local(2, debutExercice),
    finAnnee2: local(3, fin),
  });
  const startSetting = inputs.demarrages ?? DEFAULT_MISSION_START;
  const demarrage = scalar(
    "Démarrage des missions sans date choisie",
    input(MISSION_START_SETTINGS[startSetting]),
    "« à la signature » : comme les tableaux FCPTS ; « au plus tard » : délais maximaux de l'ACI.",
    { kind: "list", values: Object.values(MISSION_START_SETTINGS) },
    `Choisissez « ${MISSION_START_SETTINGS.signature} » ou « ${MISSION_START_SETTINGS["au-plus-tard"]} ».`
  );
  const setting = local(2, demarrage);
  s.add();
  s.add([
    text("Démarrage des missions", "header"),
    text("Date choisie", "header"),
    text("Date retenue", "header"),
    text("Délai maximal", "header"),
    text("Au plus tard le", "header"),
    text("Prorata année 1", "header"),
  ]);
  const firstStart = s.nextRow;
  const demarrages = Object.fromEntries(
    (Object.keys(tresorerie.demarrages) as Exclude<Mission, "fonctionnement">[]).map((m) => {
      const start = tresorerie.demarrages[m];
      const chosen = inputs.missionStarts?.[m];
      const row = s.nextRow;
      const [chosenCell, used, deadline, latest] = [a1(2, row), a1(3, row), a1(4, row), a1(5, row)];
      const a1Date = local(3, debut);
      s.add([
        text(MISSION_LABELS[m]),
        {
          value: chosen === undefined ? null : excelDate(chosen),
          style: "input",
          numberFormat: FORMAT.date,
        },
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
            valued(used, excelDate(start.date)),
            valued(sig, excelDate(inputs.dateSignature)),
            valued(a1Date, excelDate(model.annees[1].debut))
          ),
          FORMAT.percentTenth
        ),
      ]);
      return [m, { date: ref.cell(3, row), prorata: ref.cell(6, row) }];
    })
  ) as ParametresRefs["demarrages"];
  const lastStart = s.nextRow - 1;
  validate(
    `${a1(2, firstStart)}:${a1(2, lastStart)}`,
    { kind: "date" },
    "Saisissez une date, ou laissez vide."
  );
  s.conditionalFormats.push({
    range: `${a1(3, firstStart)}:${a1(3, lastStart)}`,
    formula: `=OR(${a1(3, firstStart)}<${sig},${a1(3, firstStart)}>${a1(5, firstStart)})`,
    style: "bad",
  });
  s.add([
    text(
      "Date choisie vide : la mission démarre selon le réglage ci-dessus (à la signature, ou au plus tard permis par l'ACI). En rouge : avant la signature ou trop tardive.",
      "note",
      `Délais : ${MISSION_START_DEADLINES.source}. ${MISSION_START_DEADLINES.confidence}`
    ),
  ]);

  s.add();
  s.add([text("Coordinateur", "header"), text("", "header"), text("", "header")]);
  const mode = scalar(
    "Mode d'emploi",
    input(MODE_LABELS[c.mode]),
    "GE (compte 621), Salarié (641, 645, 631) ou Prestataire (622).",
    { kind: "list", values: Object.values(MODE_LABELS) },
    "Choisissez GE, Salarié ou Prestataire."
  );
  const duree = scalar(
    "Durée du contrat ou de la mise à disposition (mois)",
    input(c.mois, FORMAT.count),
    "Mois à partir de la signature.",
    { kind: "whole", min: 1, max: 600 },
    "Saisissez un nombre entier de mois, au moins 1."
  );
  const d = local(2, duree);
  const mois = s.add([
    text("Mois d'emploi dans l'année de contrat"),
    calc(`=MIN(${d},12)`, coord.mois[0], FORMAT.count),
    calc(`=MIN(MAX(${d}-12,0),12)`, coord.mois[1], FORMAT.count),
  ]);
  const engineParam = "Utilisé par le complément pour calculer le coût employeur.";
  s.add([text("Coefficient Syntec"), number(c.coef, FORMAT.year), text(engineParam, "note")]);
  s.add([text("ETP (temps de travail)"), number(c.etp, FORMAT.decimal), text(engineParam, "note")]);
  s.add([text("Forfait jours"), text(yesNo(c.forfaitJours)), text(engineParam, "note")]);
  s.add([
    text("Grille Syntec (année)"),
    number(c.anneeGrille, FORMAT.year),
    text(engineParam, "note"),
  ]);
  const brut = scalar(
    "Salaire brut mensuel",
    input(coord.brutMensuel, FORMAT.euroCents, ENGINE_NOTE),
    "Minimum Syntec × ETP, calculé par le complément.",
    AMOUNT
  );
  const coutEmployeur = scalar(
    "Coût employeur mensuel (hors taxe sur les salaires)",
    input(coord.coutEmployeurMensuel, FORMAT.euroCents, ENGINE_NOTE),
    "Calculé par le complément (règles Urssaf modele-social).",
    AMOUNT
  );
  const taxeNote = `Calculé par le complément (barème ${coord.anneeTaxeSalaires} et abattement des associations) : une valeur, pas une formule.`;
  const taxe = s.add([
    text("Taxe sur les salaires si salarié"),
    input(coord.taxeSalaires[0], FORMAT.euro, taxeNote),
    input(coord.taxeSalaires[1], FORMAT.euro, taxeNote),
    text("Calculée par le complément, après abattement.", "note"),
  ]);
  validate(`${a1(2, taxe)}:${a1(3, taxe)}`, AMOUNT, amountError);
  const fraisMiseEnPlace = scalar(
    "GE : frais de mise en place",
    input(
      coord.fraisMiseEnPlace,
      FORMAT.euroCents,
      `${GEIO_TARIFF.source}. ${GEIO_TARIFF.confidence}`
    ),
    "Tarif GEIO par défaut : saisir celui de votre GE.",
    AMOUNT
  );
  const fraisGestion = scalar(
    "GE : frais de gestion mensuels",
    input(coord.fraisGestionMensuels, FORMAT.euroCents),
    "",
    AMOUNT
  );
  const fraisPaie = scalar(
    "GE : frais de paie mensuels",
    input(coord.fraisPaieMensuels, FORMAT.euroCents),
    "",
    AMOUNT
  );
  const fraisFin = scalar(
    "GE : frais de fin de mise à disposition",
    input(coord.fraisFin, FORMAT.euroCents),
    "Facturés le mois où la mise à disposition prend fin.",
    AMOUNT
  );
  const factureGe = s.add([
    text("GE : facture mensuelle"),
    calc(
      `=ROUND(${local(2, fraisGestion)}+${local(2, fraisPaie)}+${local(2, coutEmployeur)},2)`,
      coord.factureMensuelleGe,
      FORMAT.euroCents
    ),
    text("Frais de gestion + frais de paie + coût employeur.", "note"),
  ]);
  const tarifJour = scalar(
    "Prestataire : tarif journalier HT",
    input(c.tarifJour, FORMAT.euroCents),
    "",
    AMOUNT
  );
  const joursParAn = scalar(
    "Prestataire : jours par an",
    input(c.joursParAn, FORMAT.decimal),
    "Au prorata des mois de l'année de contrat.",
    { kind: "decimal", min: 0, max: 366 },
    "Saisissez un nombre de jours de 0 à 366."
  );

  s.add();
  s.add([
    text("Autres financeurs (comptes 74)", "header"),
    text("Année 1", "header"),
    text("Année 2", "header"),
    text("Subvention publique", "header"),
  ]);
  const firstFunder = s.nextRow;
  const financeurs = inputs.financeurs.map((f) => {
    const row = s.add([
      input(f.label),
      input(f.annee1, FORMAT.euro),
      input(f.annee2, FORMAT.euro),
      input(yesNo(f.subventionPublique)),
    ]);
    return {
      label: ref.cell(1, row),
      montants: [ref.cell(2, row), ref.cell(3, row)] as [string, string],
    };
  });
  const lastFunder = s.nextRow - 1;
  if (financeurs.length > 0) {
    validate(`${a1(2, firstFunder)}:${a1(3, lastFunder)}`, AMOUNT, amountError);
    validate(`${a1(4, firstFunder)}:${a1(4, lastFunder)}`, LIST_YES_NO, "Répondez oui ou non.");
  }
  s.add([
    text(
      "Subvention publique « oui » : comptée dans le seuil de 153 000 € (ARS/FIR et collectivités : oui).",
      "note"
    ),
  ]);

  s.add();
  s.add([
    text("Indemnités des professionnels membres (compte 65)", "header"),
    text("€/pro. année 1", "header"),
    text("€/pro. année 2", "header"),
    text("Professionnels", "header"),
    text("Enveloppe ACI", "header"),
  ]);
  const firstIndemnity = s.nextRow;
  const indemnites = inputs.indemnites.map((i) => {
    const row = s.add([
      input(i.label),
      input(i.parProfessionnelAnnee1, FORMAT.euro),
      input(i.parProfessionnelAnnee2, FORMAT.euro),
      input(i.professionnels, FORMAT.count),
      input(MISSION_LABELS[i.enveloppe]),
    ]);
    return {
      label: ref.cell(1, row),
      parProfessionnel: [ref.cell(2, row), ref.cell(3, row)] as [string, string],
      professionnels: ref.cell(4, row),
      enveloppe: ref.cell(5, row),
    };
  });
  const lastIndemnity = s.nextRow - 1;
  if (indemnites.length > 0) {
    validate(`${a1(2, firstIndemnity)}:${a1(3, lastIndemnity)}`, AMOUNT, amountError);
    validate(
      `${a1(4, firstIndemnity)}:${a1(4, lastIndemnity)}`,
      { kind: "whole", min: 0, max: 100_000 },
      "Saisissez un nombre entier de professionnels."
    );
    validate(
      `${a1(5, firstIndemnity)}:${a1(5, lastIndemnity)}`,
      ENVELOPES,
      "Choisissez une enveloppe de la liste."
    );
  }
  s.add([
    text(
      "Décret 2022-375 : au plus 1 PASS par professionnel et par année civile (voir Contrôles).",
      "note"
    ),
  ]);

  const column = (col: number, first: number, last: number) =>
    ref.range(col, first, col, Math.max(first, last));
  const cell = (row: number, col = 2) => ref.cell(col, row);
  const pair = (row: number): [string, string] => [ref.cell(2, row), ref.cell(3, row)];
  return {
    sheet: s.build({
      columnWidths: [58, 17, 17, 20, 34, 16],
      frozenRows: 0,
      print: {
        orientation: "portrait",
        fitToWidth: true,
        title: "Paramètres du budget prévisionnel",
      },
    }),
    refs: {
      nom: cell(nom),
      taille: cell(taille),
      signature: cell(signature),
      dateLimite: cell(dateLimite),
      optionnelles: cell(optionnelles),
      tauxVariable: cell(tauxVariable),
      crise: cell(crise),
      membres: cell(membres),
      cotisation: cell(cotisation),
      aciSubvention: cell(aciSubvention),
      seuil: cell(seuil),
      honorairesCac: cell(honorairesCac),
      debut: pair(debut),
      fin: pair(fin),
      delaiPaiement: cell(delaiPaiement),
      moisAnnuel: cell(moisAnnuel),
      debutExercice: cell(debutExercice),
      exerciceDebut: exercices.map((row) => ref.cell(2 + row.col, row.debut)) as Triple,
      exerciceFin: exercices.map((row) => ref.cell(2 + row.col, row.fin)) as Triple,
      exerciceTeste: exercices.map((row) => ref.cell(2 + row.col, row.teste)) as Triple,
      demarrage: cell(demarrage),
      demarrages,
      mois: pair(mois),
      mode: cell(mode),
      duree: cell(duree),
      brut: cell(brut),
      coutEmployeur: cell(coutEmployeur),
      taxeSalaires: pair(taxe),
      fraisMiseEnPlace: cell(fraisMiseEnPlace),
      fraisFin: cell(fraisFin),
      factureGe: cell(factureGe),
      tarifJour: cell(tarifJour),
      joursParAn: cell(joursParAn),
      financeurs,
      financeursMontants: [column(2, firstFunder, lastFunder), column(3, firstFunder, lastFunder)],
      financeursPublics: column(4, firstFunder, lastFunder),
      indemnites,
      indemnitesParProfessionnel: [
        column(2, firstIndemnity, lastIndemnity),
        column(3, firstIndemnity, lastIndemnity),
      ],
      indemnitesProfessionnels: column(4, firstIndemnity, lastIndemnity),
    },
  };
}
