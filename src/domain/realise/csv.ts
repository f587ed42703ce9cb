// The simple CSV a treasurer can type or export from Excel in French: `date;compte;libelle;debit;credit[;enveloppe]`,
// « ; » separated, comma decimals, dates JJ/MM/AAAA or AAAA-MM-JJ, fields in double quotes where they need it.
import { DomainError, describeValue } from "../errors";
import { normalizeLabel } from "../labels";
import { BalanceCheck } from "./balance";
import { type Encoding } from "./decode";
import { parseAccount, parseCents, parseCsvDate, parseEnvelope, parseText } from "./fields";
import type { EntriesFile, Entry } from "./types";

export const CSV_COLUMNS = ["date", "compte", "libelle", "debit", "credit", "enveloppe"] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ["date", "compte", "libelle", "debit", "credit"];
const COLUMNS_HELP = "date;compte;libelle;debit;credit, et enveloppe en option";

/** A record of the CSV and the line it starts on. */
interface Row {
  ligne: number;
  fields: string[];
}

/** Splits the text into records: « ; » between fields, a newline between records, except inside double quotes. */
function* records(text: string): Generator<Row> {
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ";") {
      fields.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      fields.push(field);
      yield { ligne: start, fields };
      fields = [];
      field = "";
      start = ++line;
    } else field += c;
  }
  if (quoted) {
    throw new DomainError(`Ligne ${start} : guillemet ouvert jamais refermé (« " »).`, "ligne");
  }
  if (field !== "" || fields.length > 0) {
    fields.push(field);
    yield { ligne: start, fields };
  }
}

const blank = (row: Row) => row.fields.every((f) => f.trim() === "");

function columnsOf(header: string[]): Map<Column, number> {
  const columns = new Map<Column, number>();
  header.forEach((name, i) => {
    const key = normalizeLabel(name);
    if (key === "") return;
    const column = CSV_COLUMNS.find((c) => c === key);
    if (column === undefined || columns.has(column)) {
      throw new DomainError(
        `En-tête du CSV (ligne 1), colonne ${i + 1} : ${describeValue(name)} n'est pas une colonne attendue (${COLUMNS_HELP}).`,
        "entete"
      );
    }
    columns.set(column, i);
  });
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    throw new DomainError(
      `En-tête du CSV (ligne 1) : il manque la colonne ${missing.join(", ")} (colonnes attendues : ${COLUMNS_HELP}).`,
      "entete"
    );
  }
  return columns;
}

/** Whether a header line is the simple CSV's: its first field is « date ». */
export function looksLikeCsv(header: string): boolean {
  return normalizeLabel(header.split(";")[0].replace(/"/g, "")) === "date" && header.includes(";");
}

export function readCsv(text: string, encodage: Encoding): EntriesFile {
  const rows = records(text);
  const first = rows.next();
  const columns = columnsOf(first.done ? [] : first.value.fields);
  const at = (row: Row, c: Column) => {
    const i = columns.get(c);
    return i === undefined ? "" : (row.fields[i] ?? "");
  };
  const entries: Entry[] = [];
  const balance = new BalanceCheck();
  for (const row of rows) {
    if (blank(row)) continue;
    const { ligne } = row;
    const enveloppe = parseEnvelope(at(row, "enveloppe"), { ligne, champ: "enveloppe" });
    const entry: Entry = {
      ligne,
      date: parseCsvDate(at(row, "date"), { ligne, champ: "date" }),
      journal: "",
      numero: "",
      compte: parseAccount(at(row, "compte"), { ligne, champ: "compte" }),
      compteLib: "",
      libelle: parseText(at(row, "libelle"), { ligne, champ: "libelle" }),
      debit: parseCents(at(row, "debit"), { ligne, champ: "debit" }),
      credit: parseCents(at(row, "credit"), { ligne, champ: "credit" }),
      ...(enveloppe && { enveloppe }),
    };
    entries.push(entry);
    balance.add(entry);
  }
  return {
    format: "csv",
    encodage,
    separateur: "« ; »",
    analytique: columns.has("enveloppe"),
    entries,
    ...balance.result(),
  };
}
