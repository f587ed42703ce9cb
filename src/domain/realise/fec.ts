// The fichier des écritures comptables (article A47 A-1 du livre des procédures fiscales; BOFiP BOI-CF-IOR-60-40-20):
// a header line, then one line per entry, 18 fields separated by a tab or « | », Debit and Credit or Montant and Sens
// in fields 12 and 13. Fields after the 18 are accepted; one of them may be an analytic column (the envelope).
import { DomainError, describeValue } from "../errors";
import { normalizeLabel } from "../labels";
import { BalanceCheck } from "./balance";
import { type Encoding } from "./decode";
import { parseAccount, parseCents, parseEnvelope, parseFecDate, parseText } from "./fields";
import type { EntriesFile, Entry, FileFormat } from "./types";

export const FEC_FIELDS = [
  "JournalCode",
  "JournalLib",
  "EcritureNum",
  "EcritureDate",
  "CompteNum",
  "CompteLib",
  "CompAuxNum",
  "CompAuxLib",
  "PieceRef",
  "PieceDate",
  "EcritureLib",
  "Debit",
  "Credit",
  "EcritureLet",
  "DateLet",
  "ValidDate",
  "Montantdevise",
  "Idevise",
] as const;

/** Fields 12 and 13 (0-based 11 and 12) of the Montant/Sens variant. */
const VARIANT = ["Montant", "Sens"] as const;
const DEBIT = 11;

/** Names of an extra field that holds the envelope. */
const ANALYTIC_FIELDS = new Set([
  "enveloppe",
  "analytique",
  "code analytique",
  "codeanalytique",
  "section analytique",
  "sectionanalytique",
]);

const SEPARATOR_NAMES: Record<string, string> = { "\t": "tabulation", "|": "« | »" };

const same = (a: string, b: string) => a.trim().toLowerCase() === b.toLowerCase();

/** Whether a header line is a FEC's: its first field is JournalCode. */
export function looksLikeFec(header: string): boolean {
  return /^\s*journalcode\s*[\t|]/i.test(header);
}

function headerError(message: string): DomainError {
  return new DomainError(`En-tête du FEC (ligne 1) : ${message}`, "entete");
}

/** The format the header announces, and the position of an analytic field if any. */
function readHeader(names: string[]): { format: FileFormat; analytic: number } {
  if (names.length < FEC_FIELDS.length) {
    const missing = FEC_FIELDS.slice(names.length).join(", ");
    throw headerError(
      `${names.length} champs au lieu de ${FEC_FIELDS.length} ; il manque ${missing}.`
    );
  }
  const variant = same(names[DEBIT], VARIANT[0]) && same(names[DEBIT + 1], VARIANT[1]);
  FEC_FIELDS.forEach((expected, i) => {
    const wanted = variant && (i === DEBIT || i === DEBIT + 1) ? VARIANT[i - DEBIT] : expected;
    if (!same(names[i], wanted)) {
      const alternative =
        i === DEBIT || i === DEBIT + 1
          ? ` (ou « ${VARIANT[i - DEBIT]} » dans la variante Montant/Sens)`
          : "";
      throw headerError(
        `champ ${i + 1} ${describeValue(names[i])} au lieu de « ${wanted} »${alternative}. Les 18 champs attendus, dans l'ordre : ${FEC_FIELDS.join(", ")}.`
      );
    }
  });
  const analytic = names.findIndex(
    (n, i) => i >= FEC_FIELDS.length && ANALYTIC_FIELDS.has(normalizeLabel(n))
  );
  return { format: variant ? "fec-montant-sens" : "fec", analytic };
}

/** Montant and Sens: D or +1 a debit, C or −1 a credit. */
function debitCredit(montant: string, sens: string, ligne: number): [number, number] {
  const cents = parseCents(montant, { ligne, champ: "Montant" });
  const s = sens.trim().toUpperCase();
  if (s === "D" || s === "+1" || s === "1") return [cents, 0];
  if (s === "C" || s === "-1") return [0, cents];
  throw new DomainError(
    `Ligne ${ligne}, champ « Sens » : sens invalide ${describeValue(sens)}. Valeur attendue : D ou C (ou +1 et −1).`,
    "Sens"
  );
}

/** Reads a FEC from its lines (already decoded); the first line is the header. */
export function readFec(lines: string[], encodage: Encoding): EntriesFile {
  const header = lines[0];
  const sep = header.includes("\t") ? "\t" : "|";
  const names = header.split(sep);
  while (names.length > FEC_FIELDS.length && names[names.length - 1].trim() === "") names.pop();
  const { format, analytic } = readHeader(names);
  const variant = format === "fec-montant-sens";
  const entries: Entry[] = [];
  const balance = new BalanceCheck();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "") continue;
    const ligne = i + 1;
    const f = line.split(sep);
    if (f.length < FEC_FIELDS.length) {
      throw new DomainError(
        `Ligne ${ligne} : ${f.length} champs au lieu de ${FEC_FIELDS.length} (séparateur ${SEPARATOR_NAMES[sep]}).`,
        "ligne"
      );
    }
    const [debit, credit] = variant
      ? debitCredit(f[DEBIT], f[DEBIT + 1], ligne)
      : [
          parseCents(f[DEBIT], { ligne, champ: "Debit" }),
          parseCents(f[DEBIT + 1], { ligne, champ: "Credit" }),
        ];
    const enveloppe =
      analytic < 0
        ? undefined
        : parseEnvelope(f[analytic] ?? "", { ligne, champ: names[analytic].trim() });
    const entry: Entry = {
      ligne,
      date: parseFecDate(f[3], { ligne, champ: "EcritureDate" }),
      journal: parseText(f[0], { ligne, champ: "JournalCode" }),
      numero: parseText(f[2], { ligne, champ: "EcritureNum" }),
      compte: parseAccount(f[4], { ligne, champ: "CompteNum" }),
      compteLib: parseText(f[5], { ligne, champ: "CompteLib" }),
      libelle: parseText(f[10], { ligne, champ: "EcritureLib" }),
      debit,
      credit,
      ...(enveloppe && { enveloppe }),
    };
    entries.push(entry);
    balance.add(entry);
  }
  return {
    format,
    encodage,
    separateur: SEPARATOR_NAMES[sep],
    analytique: analytic >= 0,
    entries,
    ...balance.result(),
  };
}
