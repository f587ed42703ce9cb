import type { AciGrid } from "../aciGrid";

/**
 * One version of the ACI grid: the text that set its amounts, its publication in the Journal officiel, the days it is
 * in force and the amounts, with their provenance.
 */
export interface AciGridVersion {
  /** Short name for titles, e.g. "avenant 2". */
  nom: string;
  /** The text, as a treasurer would look it up, e.g. « Avenant 2 à l'ACI CPTS du 20 juin 2019 ». */
  texte: string;
  /** Date of its publication in the Journal officiel (ISO). */
  journalOfficiel: string;
  /** First and last day in force (ISO, both included); no `au`: in force until a later version says otherwise. */
  validite: { du: string; au?: string };
  /** Public address of the text. */
  url: string;
  grid: AciGrid;
}
