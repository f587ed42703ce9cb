// Année 0 below the two contract years, in the first amount column: what the CPTS receives from the lettre
// d'intention to the signature (CNAM, ARS) and spends (the start-up coordinator, the professionals' time), its
// result carried into the cash at the signature (Trésorerie).
import { type Annee0 } from "../../../domain/annee0";
import { calc, excelDate, FORMAT, text } from "../../formats";
import { a1 } from "../../names";
import { type Annee0Refs } from "../../refs";
import { type BudgetGrid, YEAR_COLS } from "./grid";

export interface Annee0BudgetRows {
  produits: number;
  subventions: number;
  charges: number;
  resultat: number;
}

/** The coordinator's account: what the first post's mode books (a direct hire's pay, charges and tax together). */
const COORDINATOR_ACCOUNT = { ge: "621", prestataire: "622", salarie: "64" } as const;

export function anneeZero(g: BudgetGrid, p: Annee0Refs | undefined): Annee0BudgetRows | undefined {
  const a: Annee0 | undefined = g.model.annee0;
  if (a === undefined || p === undefined) return undefined;
  const { s } = g;
  const col = YEAR_COLS[0];
  const at = (row: number) => a1(col, row);
  const amount = (compte: string, label: string, formula: string, value: number) =>
    s.add([text(compte), text(label), calc(formula, value, FORMAT.euro), null, text("Année 0")]);
  const total = (label: string, formula: string, value: number) =>
    s.add([text("", "total"), text(label, "total"), calc(formula, value, FORMAT.euro, "total")]);

  // Its own column header: the block sits under the contract years' columns.
  s.add(
    ["", "ANNÉE 0 : AVANT LA SIGNATURE (lettre d'intention)", "Année 0", "", ""].map((t) =>
      text(t, "header")
    )
  );
  s.add([null, text("Du"), calc(`=${p.debut}`, excelDate(a.debut), FORMAT.date)]);
  s.add([null, text("Au"), calc(`=${p.fin}`, excelDate(a.fin), FORMAT.date)]);
  const first = s.nextRow;
  a.recettes.forEach((r, i) => amount("74", r.label, `=${p.recettes[i].montant}`, r.montant));
  const produits = total(
    "TOTAL DES PRODUITS DE L'ANNÉE 0",
    `=SUM(${at(first)}:${at(s.nextRow - 1)})`,
    a.produits
  );
  const subventions = s.add([
    null,
    text("dont subventions publiques (seuil de 153 000 € de l'exercice qui les reçoit)"),
    calc(`=SUMIF(${p.publics},"oui",${p.montants})`, a.subventions, FORMAT.euro),
  ]);
  const mode = g.model.inputs.equipe[0].mode;
  const coordinateur = amount(
    COORDINATOR_ACCOUNT[mode],
    "Coordinateur de l'amorçage (premier poste de l'équipe)",
    `=${p.coordinateur}`,
    a.coordinateur
  );
  const indemnites = amount(
    "65",
    "Temps des professionnels sur le projet de santé",
    `=${p.indemnites}`,
    a.indemnites
  );
  const charges = total(
    "TOTAL DES CHARGES DE L'ANNÉE 0",
    `=${at(coordinateur)}+${at(indemnites)}`,
    a.charges
  );
  const resultat = total(
    "RÉSULTAT DE L'ANNÉE 0 (reporté dans la trésorerie à la signature)",
    `=ROUND(${at(produits)}-${at(charges)},2)`,
    a.resultat
  );
  s.conditionalFormats.push({ range: at(resultat), formula: `=${at(resultat)}<0`, style: "bad" });
  return { produits, subventions, charges, resultat };
}
