// What an accounting export holds once read: its entries, and what the reader noticed about the file.
import type { Mission } from "../data/aciGrid";
import type { Encoding } from "./decode";

/** One line of the books. Amounts are whole cents: sums stay exact over 100 000 lines. */
export interface Entry {
  /** Line number in the file (the header is line 1). */
  ligne: number;
  /** ISO date of the entry (EcritureDate, or the CSV's date). */
  date: string;
  journal: string;
  /** EcritureNum: "" when the file has none (the simple CSV). */
  numero: string;
  compte: string;
  /** CompteLib of a FEC ("" in the CSV): names an account that maps to no budget line. */
  compteLib: string;
  libelle: string;
  debit: number;
  credit: number;
  /** The envelope of the file's analytic column, when it gives one. */
  enveloppe?: Mission;
}

export type FileFormat = "fec" | "fec-montant-sens" | "csv";

export interface EntriesFile {
  format: FileFormat;
  encodage: Encoding;
  /** « tabulation », « | » or « ; ». */
  separateur: string;
  /** Whether the file has an analytic column (the CSV's enveloppe, or an extra FEC field). */
  analytique: boolean;
  entries: Entry[];
  /** Total debit and credit of the file, in cents. */
  totalDebit: number;
  totalCredit: number;
  /** Écritures (JournalCode + EcritureNum) whose debit and credit differ, with the gap in cents; empty without numbers. */
  desequilibres: { journal: string; numero: string; ligne: number; ecart: number }[];
}
