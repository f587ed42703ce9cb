// The coordinator: how and how long they are employed, the parameters the payroll engine used, what they cost (a
// value the engine gives, not a formula) and the fees of each mode (GE, prestataire).
import { GEIO_TARIFF } from "../../../domain/data/geTariff";
import { calc, FORMAT, input, number, text } from "../../formats";
import { a1 } from "../../names";
import { type CellPlan } from "../../planTypes";
import { MODE_LABELS } from "../../refs";
import { absolute, AMOUNT, AMOUNT_ERROR, type ParametresGrid, yesNo } from "./grid";

const ENGINE_NOTE =
  "Calculé par le complément (règles Urssaf modele-social) : une valeur, pas une formule. Pour un autre coefficient, ETP ou forfait, modifier dans le complément puis régénérer le budget.";
const ENGINE_PARAMETER = "Utilisé par le complément pour calculer le coût employeur.";

/** The band, the mode and length of employment, its months in each contract year and the engine's parameters. */
export function emploi(g: ParametresGrid): { mode: number; duree: number; mois: number } {
  const { inputs, coordinateur } = g.model;
  const c = inputs.coordinateur;
  g.band("Coordinateur");
  const mode = g.scalar(
    "Mode d'emploi",
    input(MODE_LABELS[c.mode]),
    "GE (compte 621), Salarié (641, 645, 631) ou Prestataire (622).",
    { kind: "list", values: Object.values(MODE_LABELS) },
    "Choisissez GE, Salarié ou Prestataire."
  );
  const duree = g.scalar(
    "Durée du contrat ou de la mise à disposition (mois)",
    input(c.mois, FORMAT.count),
    "Mois à partir de la signature.",
    { kind: "whole", min: 1, max: 600 },
    "Saisissez un nombre entier de mois, au moins 1."
  );
  const d = absolute(2, duree);
  const mois = g.s.add([
    text("Mois d'emploi dans l'année de contrat"),
    calc(`=MIN(${d},12)`, coordinateur.mois[0], FORMAT.count),
    calc(`=MIN(MAX(${d}-12,0),12)`, coordinateur.mois[1], FORMAT.count),
  ]);
  const parameter = (label: string, value: CellPlan) =>
    g.s.add([text(label), value, text(ENGINE_PARAMETER, "note")]);
  parameter("Coefficient Syntec", number(c.coef, FORMAT.year));
  parameter("ETP (temps de travail)", number(c.etp, FORMAT.decimal));
  parameter("Forfait jours", text(yesNo(c.forfaitJours)));
  parameter("Grille Syntec (année)", number(c.anneeGrille, FORMAT.year));
  return { mode, duree, mois };
}

/** The engine's monthly gross salary and employer cost, and the payroll tax of each contract year. */
export function salaire(g: ParametresGrid): { brut: number; coutEmployeur: number; taxe: number } {
  const { coordinateur } = g.model;
  const brut = g.scalar(
    "Salaire brut mensuel",
    input(coordinateur.brutMensuel, FORMAT.euroCents, ENGINE_NOTE),
    "Minimum Syntec × ETP, calculé par le complément.",
    AMOUNT
  );
  const coutEmployeur = g.scalar(
    "Coût employeur mensuel (hors taxe sur les salaires)",
    input(coordinateur.coutEmployeurMensuel, FORMAT.euroCents, ENGINE_NOTE),
    "Calculé par le complément (règles Urssaf modele-social).",
    AMOUNT
  );
  const taxeNote = `Calculé par le complément (barème ${coordinateur.anneeTaxeSalaires} et abattement des associations) : une valeur, pas une formule.`;
  const taxe = g.s.add([
    text("Taxe sur les salaires si salarié"),
    input(coordinateur.taxeSalaires[0], FORMAT.euro, taxeNote),
    input(coordinateur.taxeSalaires[1], FORMAT.euro, taxeNote),
    text("Calculée par le complément, après abattement.", "note"),
  ]);
  g.validate(`${a1(2, taxe)}:${a1(3, taxe)}`, AMOUNT, AMOUNT_ERROR);
  return { brut, coutEmployeur, taxe };
}

/** The GE's fees and its monthly invoice: fees plus the employer cost. */
export function fraisDuGe(
  g: ParametresGrid,
  rows: { coutEmployeur: number }
): { fraisMiseEnPlace: number; fraisFin: number; factureGe: number } {
  const { coordinateur } = g.model;
  const fraisMiseEnPlace = g.scalar(
    "GE : frais de mise en place",
    input(
      coordinateur.fraisMiseEnPlace,
      FORMAT.euroCents,
      `${GEIO_TARIFF.source}. ${GEIO_TARIFF.confidence}`
    ),
    "Tarif GEIO par défaut : saisir celui de votre GE.",
    AMOUNT
  );
  const fraisGestion = g.scalar(
    "GE : frais de gestion mensuels",
    input(coordinateur.fraisGestionMensuels, FORMAT.euroCents),
    "",
    AMOUNT
  );
  const fraisPaie = g.scalar(
    "GE : frais de paie mensuels",
    input(coordinateur.fraisPaieMensuels, FORMAT.euroCents),
    "",
    AMOUNT
  );
  const fraisFin = g.scalar(
    "GE : frais de fin de mise à disposition",
    input(coordinateur.fraisFin, FORMAT.euroCents),
    "Facturés le mois où la mise à disposition prend fin.",
    AMOUNT
  );
  const summed = [fraisGestion, fraisPaie, rows.coutEmployeur].map((row) => absolute(2, row));
  const factureGe = g.s.add([
    text("GE : facture mensuelle"),
    calc(`=ROUND(${summed.join("+")},2)`, coordinateur.factureMensuelleGe, FORMAT.euroCents),
    text("Frais de gestion + frais de paie + coût employeur.", "note"),
  ]);
  return { fraisMiseEnPlace, fraisFin, factureGe };
}

/** The prestataire's daily rate and days a year. */
export function prestataire(g: ParametresGrid): { tarifJour: number; joursParAn: number } {
  const c = g.model.inputs.coordinateur;
  const tarifJour = g.scalar(
    "Prestataire : tarif journalier HT",
    input(c.tarifJour, FORMAT.euroCents),
    "",
    AMOUNT
  );
  const joursParAn = g.scalar(
    "Prestataire : jours par an",
    input(c.joursParAn, FORMAT.decimal),
    "Au prorata des mois de l'année de contrat.",
    { kind: "decimal", min: 0, max: 366 },
    "Saisissez un nombre de jours de 0 à 366."
  );
  return { tarifJour, joursParAn };
}
