// Reads the accountant's export, a FEC or the simple CSV, from its bytes (or text): the format is told by the header.
import { DomainError, describeValue } from "../errors";
import { frLimit, LIMITS } from "../limits";
import { readCsv, looksLikeCsv } from "./csv";
import { decodeText } from "./decode";
import { looksLikeFec, readFec } from "./fec";
import type { EntriesFile } from "./types";

const FIRST_LINE = /^[^\r\n]*/;

/** The entries of a FEC (tab or « | ») or of the CSV `date;compte;libelle;debit;credit[;enveloppe]`. */
export function readEntries(input: Uint8Array | string): EntriesFile {
  const { text, encodage } = decodeText(input);
  if (text.trim() === "") {
    throw new DomainError(
      "Le fichier est vide. Valeur attendue : le FEC ou le CSV simple (date;compte;libelle;debit;credit[;enveloppe]) exporté par le cabinet comptable.",
      "entete"
    );
  }
  const header = FIRST_LINE.exec(text)![0];
  if (looksLikeFec(header)) return bounded(readFec(text.split(/\r?\n/), encodage));
  if (looksLikeCsv(header)) return bounded(readCsv(text, encodage));
  throw new DomainError(
    `En-tête non reconnu (ligne 1) : ${describeValue(header)}. Valeur attendue : l'en-tête d'un FEC (JournalCode, JournalLib, EcritureNum, … séparés par une tabulation ou « | ») ou celui du CSV simple (date;compte;libelle;debit;credit[;enveloppe]).`,
    "entete"
  );
}

/** The file, when the workbook can hold its entries (LIMITS.ecritures). */
function bounded(file: EntriesFile): EntriesFile {
  const n = file.entries.length;
  if (n <= LIMITS.ecritures) return file;
  throw new DomainError(
    `Le fichier compte ${frLimit(n)} écritures. Valeur attendue : au plus ${frLimit(LIMITS.ecritures)} écritures (la feuille Écritures en reçoit une par ligne) : importez l'export d'un seul exercice.`,
    "ecritures"
  );
}
