// The version of the ACI grid the scale shows (its text, its publication in the JO, the days it is in force, its
// source) and the notice that an avenant is to be negotiated: the amounts below may have to be typed anew.
import {
  ACI_GRID_NOTICE,
  type AciGridVersion,
  frValidite,
} from "../../../domain/data/aciGridVersions";
import { excelDate, FORMAT, number, text } from "../../formats";
import { type SheetBuilder } from "../../sheetBuilder";

export function version(s: SheetBuilder, v: AciGridVersion): void {
  s.add([text("Version de la grille"), text(v.texte)]);
  s.add([
    text("Publiée au Journal officiel le"),
    number(excelDate(v.journalOfficiel), FORMAT.date),
  ]);
  s.add([text("En vigueur"), text(frValidite(v))]);
  s.add([text(`Source : ${v.grid.source} ; texte : ${v.url}.`, "source")]);
  s.add([text("Avertissement", "header"), text(ACI_GRID_NOTICE.texte, "note")]);
  s.add([
    null,
    text(
      "Si les montants de votre contrat diffèrent, saisissez-les dans les colonnes Taille 1 à 4 : toutes les feuilles du classeur les lisent ici.",
      "note"
    ),
  ]);
  s.add([null, text(`Source : ${ACI_GRID_NOTICE.source}.`, "source")]);
}
