/** The short French summary the CLI prints once the workbook is written, read from the BudgetModel. */
import { frEuros } from "../domain/limits";
import { tailleChangeYear } from "../domain/cashPlan";
import { CONTRACT_LENGTH } from "../domain/data/contract";
import { type BudgetModel, type YearSummary } from "../domain/budget";
import { type ExerciceThreshold } from "../domain/treasury";
import { DEFAULT_MISSION_START, MISSION_START_SETTINGS } from "../domain/data/paymentCalendar";
import { SEUIL_CAC } from "../domain/data/thresholds";
import { frDate } from "../domain/dates";
import { exerciceOver } from "../domain/rules/cac";
import { evaluate } from "../domain/rules/expr";

const obligatoire = (mandatory: boolean) => (mandatory ? "OBLIGATOIRE" : "non obligatoire");
const verdict = (year: YearSummary) => obligatoire(year.seuil.cacMandatory);
const over = (e: ExerciceThreshold) =>
  evaluate(
    exerciceOver(e.encaissees.seuil.counted, e.allouees.seuil.counted, e.encaissees.seuil.threshold)
  ) === true;

/** Rows padded into columns: labels on the left, values on the right. */
function table(rows: [string, ...string[]][]): string[] {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => row[col].length)));
  return rows.map(([label, ...values]) =>
    [label.padEnd(widths[0]), ...values.map((v, i) => v.padStart(widths[i + 1]))]
      .join("   ")
      .trimEnd()
  );
}

/** The contract years budgeted, a change of taille and the contract's end, when they are not the plain case. */
function contractLife(model: BudgetModel): string[] {
  const [first, second] = model.annees;
  const lines: string[] = [];
  if (first.anneeContrat > 1) {
    lines.push(`Années de contrat ${first.anneeContrat} et ${second.anneeContrat}`);
  }
  const change = model.inputs.changementTaille;
  if (change) {
    const from = tailleChangeYear(model.inputs.dateSignature, change.date);
    lines.push(
      `Avenant du ${frDate(change.date)} : taille ${change.taille} à partir de l'année de contrat ${from} (règle non sourcée)`
    );
  }
  for (const y of model.annees.filter((a) => a.horsContrat)) {
    lines.push(
      `Année ${y.anneeContrat} : contrat terminé au ${CONTRACT_LENGTH.years}e anniversaire, seuls le solde et le volet variable de l'année ${CONTRACT_LENGTH.years} sont versés (--renouvellement pour un contrat renouvelé)`
    );
  }
  return lines;
}

/** Année 0, when there is one: its period, receipts, charges, result and the exercices its money counts in. */
function annee0Block(model: BudgetModel): string[] {
  const a = model.annee0;
  if (!a) return [];
  const { exercices, exerciceAnnee0 } = model.tresorerie;
  const receipts: [string, ...string[]][] = a.recettes.map((r) => [
    `  ${r.label}${r.estimation ? " (estimation)" : ""}`,
    frEuros(r.montant),
    `le ${frDate(r.date)}`,
  ]);
  const rows: [string, ...string[]][] = [
    ["Recettes", frEuros(a.produits), ""],
    ...receipts,
    ["Charges", frEuros(a.charges), ""],
    [`  coordinateur de l'amorçage (${a.mois} mois)`, frEuros(a.coordinateur), ""],
    ["  temps des professionnels (forfait de l'ARS)", frEuros(a.indemnites), ""],
    ["Résultat, repris au solde de départ de la trésorerie", frEuros(a.resultat), ""],
  ];
  const counted = exercices
    .filter((e) => e.encaissees.annee0 > 0)
    .map(
      (e) =>
        `Subventions de l'année 0 comptées dans l'exercice ${e.exercice} (${frDate(e.debut)} au ${frDate(e.fin)}) : ${frEuros(e.encaissees.annee0)}`
    );
  const own = exerciceAnnee0
    ? [
        `Exercice de la lettre d'intention (${frDate(exerciceAnnee0.debut)} au ${frDate(exerciceAnnee0.fin)}), avant l'exercice 1 : ${frEuros(exerciceAnnee0.subventions)} de subventions, CAC ${obligatoire(exerciceAnnee0.seuil.cacMandatory)}`,
      ]
    : [];
  return [
    "",
    `Année 0 : ${frDate(a.debut)} au ${frDate(a.fin)} (de la lettre d'intention à la veille de la signature)`,
    ...table(rows),
    ...counted,
    ...own,
  ];
}

export function summaryText(model: BudgetModel, file: string): string {
  const years = model.annees;
  const { equipe } = model;
  const postes = equipe.postes.length;
  const ofYears = (amounts: readonly number[]) => years.map((y) => frEuros(amounts[y.annee - 1]));
  const rows: [string, ...string[]][] = [
    ["", ...years.map((y) => `Année ${y.anneeContrat}`)],
    ["Période", ...years.map((y) => `${frDate(y.debut)} au ${frDate(y.fin)}`)],
    ["ACI", ...years.map((y) => frEuros(y.aci))],
    ["Subventions publiques", ...years.map((y) => frEuros(y.seuil.counted))],
    [`CAC (seuil ${frEuros(model.seuilCac)})`, ...years.map(verdict)],
    ["Honoraires du CAC inscrits", ...years.map((y) => frEuros(y.honorairesCac))],
    [`Équipe (${postes} poste${postes > 1 ? "s" : ""})`, ...ofYears(equipe.coutEquipe)],
    ["  dont salaires bruts", ...ofYears(equipe.masseSalariale)],
    ["  dont taxe sur les salaires", ...ofYears(equipe.parAnnee.taxeSalaires)],
    ["Indemnités des professionnels", ...years.map((y) => frEuros(y.indemnitesProfessionnels))],
    [
      "  personne la plus indemnisée",
      ...years.map(
        (y) => `${frEuros(y.indemnites.maxParProfessionnel)} en ${y.indemnites.anneeCivile}`
      ),
    ],
    [
      "  PASS de cette année civile",
      ...years.map(
        (y) => `${frEuros(y.indemnites.pass)}, ${y.indemnites.depasse ? "DÉPASSÉ" : "respecté"}`
      ),
    ],
    ["Total des charges", ...years.map((y) => frEuros(y.totalCharges))],
    ["Total des produits", ...years.map((y) => frEuros(y.totalProduits))],
    ["Résultat", ...years.map((y) => frEuros(y.resultat))],
    ["Reste à affecter (actions à détailler)", ...years.map((y) => frEuros(y.resteAAffecter))],
    ["Dépassement du fonctionnement", ...years.map((y) => frEuros(y.depassementFonctionnement))],
  ];
  const advice = years.flatMap((y) => [
    ...(y.seuil.excluded !== ""
      ? [`Année ${y.anneeContrat} : non comptés comme subventions publiques : ${y.seuil.excluded}.`]
      : []),
    ...(y.depassementFonctionnement > 0
      ? [
          `Année ${y.anneeContrat} : le fonctionnement dépasse son enveloppe de ${frEuros(y.depassementFonctionnement)}, d'où le résultat négatif : imputez une part de l'équipe aux missions (répartition des postes).`,
        ]
      : []),
    ...(y.indemnites.depasse
      ? [
          `Année ${y.anneeContrat} : la personne la plus indemnisée reçoit ${frEuros(y.indemnites.maxParProfessionnel)} en ${y.indemnites.anneeCivile}, au-delà du PASS ${y.indemnites.anneePass} (${frEuros(y.indemnites.pass)}), plafond par professionnel et par année civile (décret 2022-375) : réduisez ou partagez ses heures.`,
        ]
      : []),
  ]);
  const n = model.estimations.length;
  const estimations =
    n === 0
      ? "Aucun montant n'est une estimation du complément."
      : n === 1
        ? "1 montant est une estimation à remplacer (voir les notes du classeur)."
        : `${n} montants sont des estimations à remplacer (voir les notes du classeur).`;
  // The law applies the threshold per financial year: on the subsidies received in it and on those granted for it.
  const exercices = model.tresorerie.exercices.filter((e) => e.teste);
  const exerciceRows: [string, ...string[]][] = [
    ["", ...exercices.map((e) => `Exercice ${e.exercice}`)],
    ["Exercice comptable", ...exercices.map((e) => `${frDate(e.debut)} au ${frDate(e.fin)}`)],
    ["Subventions encaissées", ...exercices.map((e) => frEuros(e.encaissees.seuil.counted))],
    ["CAC selon l'encaissé", ...exercices.map((e) => obligatoire(e.encaissees.seuil.cacMandatory))],
    ["Subventions attribuées", ...exercices.map((e) => frEuros(e.allouees.seuil.counted))],
    ["CAC selon l'attribué", ...exercices.map((e) => obligatoire(e.allouees.seuil.cacMandatory))],
  ];
  const exerciceNote = exercices.some(over)
    ? [
        "",
        `Seuil dépassé sur un exercice selon au moins une lecture : voir avec l'expert-comptable ; honoraires du CAC à inscrire au budget dès l'année de contrat qui recoupe cet exercice (mandat de ${SEUIL_CAC.mandateYears} exercices).`,
      ]
    : [];
  // The consequences of crossing the threshold, once: from the first year above it on (6-year mandate).
  const first = years.find((y) => y.seuil.cacMandatory);
  const consequence = first ? ["", `Année ${first.anneeContrat} : ${first.seuil.reason}`] : [];
  const { nom, taille, demarrages } = model.inputs;
  return [
    `Budget écrit : ${file}`,
    `${nom}, taille ${taille} ; démarrage des missions : ${MISSION_START_SETTINGS[demarrages ?? DEFAULT_MISSION_START]}`,
    ...contractLife(model),
    ...annee0Block(model),
    "",
    ...table(rows),
    ...(advice.length ? ["", ...advice] : []),
    ...consequence,
    "",
    ...table(exerciceRows),
    ...exerciceNote,
    "",
    estimations,
    "",
  ].join("\n");
}
