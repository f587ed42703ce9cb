// Année 0, before the signature (when a lettre d'intention date is given): its dates, the money it receives (the
// CNAM payment at the lettre d'intention, the ARS start-up aid) with the date each is paid, and what it spends.
import { type Annee0Receipt } from "../../../domain/annee0";
import { calc, estimated, excelDate, FORMAT, input, text } from "../../formats";
import { a1 } from "../../names";
import { YES } from "../../refs";
import {
  absolute,
  AMOUNT,
  AMOUNT_ERROR,
  DATE_ERROR,
  DATE_RULE,
  type ParametresGrid,
  type RowList,
} from "./grid";

export interface Annee0Rows {
  lettre: number;
  fin: number;
  /** One row per receipt (model.annee0.recettes order): date in B, amount in C, « oui » in D when public. */
  recettes: RowList;
  coordinateur: number;
  indemnites: number;
}

export function anneeZero(
  g: ParametresGrid,
  rows: { signature: number; aciSubvention: number }
): Annee0Rows | undefined {
  const a = g.model.annee0;
  if (a === undefined) return undefined;
  g.band("Avant la signature : année 0", ["Date", "Montant", "Subvention publique"]);
  const lettre = g.s.add([
    text("Validation de la lettre d'intention (début de l'année 0)"),
    input(excelDate(a.debut), FORMAT.date),
    null,
    null,
    text("L'année 0 court jusqu'à la veille de la signature.", "note"),
  ]);
  g.validate(a1(2, lettre), DATE_RULE, DATE_ERROR);
  const fin = g.s.add([
    text("Fin de l'année 0 (veille de la signature)"),
    calc(`=${absolute(2, rows.signature)}-1`, excelDate(a.fin), FORMAT.date),
  ]);
  const receipt = (r: Annee0Receipt) => {
    const row = g.s.nextRow;
    const amount = input(r.montant, FORMAT.euro);
    g.s.add([
      text(r.label),
      r.code === "cnam"
        ? calc(`=${absolute(2, lettre)}`, excelDate(r.date), FORMAT.date)
        : input(excelDate(r.date), FORMAT.date),
      estimated(amount, r.estimation),
      r.code === "cnam"
        ? calc(`=${absolute(2, rows.aciSubvention)}`, r.subventionPublique ? YES : "non")
        : text(YES),
      text(
        r.code === "cnam"
          ? "À la validation de la lettre d'intention ; subvention publique comme l'ACI (voir plus haut)."
          : "Versé à la lettre d'intention par défaut : saisissez la date de l'ARS.",
        "note"
      ),
    ]);
    if (r.code !== "cnam") g.validate(a1(2, row), DATE_RULE, DATE_ERROR);
    g.validate(a1(3, row), AMOUNT, AMOUNT_ERROR);
    return row;
  };
  const recettes = g.list(a.recettes, receipt);
  const ars = recettes.rows[a.recettes.findIndex((r) => r.code === "ars")];
  const coordinateur = g.s.add([
    text(`Coordinateur de l'amorçage : le premier poste de l'équipe sur ${a.mois} mois`),
    null,
    { value: a.coordinateur, numberFormat: FORMAT.euro },
    null,
    text(
      "Calculé par le complément (moteur de paie, frais du GE) du mois de la lettre d'intention à celui qui précède la signature ; régénérer après un changement.",
      "note"
    ),
  ]);
  const indemnites = g.s.add([
    text("Temps des professionnels sur le projet de santé (compte 65)"),
    null,
    calc(`=${absolute(3, ars)}`, a.indemnites, FORMAT.euro),
    null,
    text("Le forfait d'amorçage de l'ARS, dépensé en entier (hypothèse).", "note"),
  ]);
  return { lettre, fin, recettes, coordinateur, indemnites };
}
