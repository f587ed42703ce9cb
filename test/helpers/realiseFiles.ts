// Accounting files for the budget-versus-actual tests: a small budget, and its books written as a FEC (every variant)
// or as the simple CSV, from one list of écritures.
import { type BudgetModel, computeBudget } from "../../src/domain/budget";
import { type ChargeInput } from "../../src/domain/budgetInputs";
import { type Changes, inputs, unfilled } from "./budgetInputs";

/** The budget's three running-cost lines. */
export const REALISE_CHARGES: ChargeInput[] = [
  { compte: "606", label: "Fournitures", enveloppe: "fonctionnement", annee1: 1200, annee2: 1200 },
  { compte: "625", label: "Déplacements", enveloppe: "acces", annee1: 1000, annee2: 1000 },
  { compte: "6257", label: "Réceptions", enveloppe: "prevention", annee1: 500, annee2: 500 },
];

/** A T1 budget signed on 1 March 2025 (exercices on the calendar year) with three running-cost lines. */
export function realiseBudget(changes: Changes = {}): Promise<BudgetModel> {
  return computeBudget(inputs({ ...unfilled(1), charges: REALISE_CHARGES, ...changes }));
}

/** One line of an écriture: account, its label, the entry's label, debit and credit as the file writes them. */
export type Line = [
  compte: string,
  compteLib: string,
  libelle: string,
  debit: string,
  credit: string,
];

export interface Ecriture {
  journal: string;
  numero: string;
  /** AAAAMMJJ. */
  date: string;
  lines: Line[];
}

const bank = (debit: string, credit: string): Line => ["512000", "Banque", "Banque", debit, credit];

/** The books of the tests: every écriture balanced, one dated before any period, one on an account of no line. */
export const BOOKS: Ecriture[] = [
  {
    journal: "AN",
    numero: "1",
    date: "20250101",
    lines: [
      bank("5000,00", "0,00"),
      ["102000", "Fonds associatif", "À-nouveau", "0,00", "5000,00"],
    ],
  },
  {
    journal: "BQ",
    numero: "1",
    date: "20241220",
    lines: [
      ["606100", "Fournitures", "Papeterie de décembre", "10,00", "0,00"],
      bank("0,00", "10,00"),
    ],
  },
  {
    journal: "BQ",
    numero: "2",
    date: "20250310",
    lines: [
      ["606100", "Fournitures", "Cartouches d'encre", "100,50", "0,00"],
      bank("0,00", "100,50"),
    ],
  },
  {
    journal: "BQ",
    numero: "3",
    date: "20250415",
    lines: [
      ["625100", "Déplacements", "Réunion à Besançon", "80,00", "0,00"],
      bank("0,00", "80,00"),
    ],
  },
  {
    journal: "BQ",
    numero: "4",
    date: "20250520",
    lines: [
      ["625700", "Réceptions", "Réception à l'hôtel (€)", "45,30", "0,00"],
      bank("0,00", "45,30"),
    ],
  },
  {
    journal: "BQ",
    numero: "5",
    date: "20250630",
    lines: [
      bank("60000,00", "0,00"),
      ["741000", "Subventions ACI", "ACI : avance année 1", "0,00", "60000,00"],
    ],
  },
  {
    journal: "BQ",
    numero: "6",
    date: "20250701",
    lines: [
      ["671000", "Charges exceptionnelles", "Pénalité de retard", "30,00", "0,00"],
      bank("0,00", "30,00"),
    ],
  },
  {
    journal: "BQ",
    numero: "7",
    date: "20250901",
    lines: [
      bank("200,00", "0,00"),
      ["756000", "Cotisations", "Cotisations 2025, Œuvre", "0,00", "200,00"],
    ],
  },
  {
    journal: "BQ",
    numero: "8",
    date: "20260115",
    lines: [
      ["606100", "Fournitures", "Fournitures de bureau", "200,00", "0,00"],
      bank("0,00", "200,00"),
    ],
  },
  {
    journal: "BQ",
    numero: "9",
    date: "20260210",
    lines: [
      ["741000", "Subventions ACI", "Trop-perçu remboursé", "1000,00", "0,00"],
      bank("0,00", "1000,00"),
    ],
  },
  {
    journal: "BQ",
    numero: "10",
    date: "20260305",
    lines: [["606100", "Fournitures", "Enveloppes", "50,00", "0,00"], bank("0,00", "50,00")],
  },
  {
    journal: "BQ",
    numero: "11",
    date: "20260701",
    lines: [
      bank("40000,00", "0,00"),
      ["741000", "Subventions ACI", "ACI : solde", "0,00", "40000,00"],
    ],
  },
];

/** One purchase entry per text, the text as its journal, entry number, account label and label. */
export function entriesOfTexts(texts: readonly string[]): Ecriture[] {
  return texts.map((t) => ({
    journal: t,
    numero: t,
    date: "20250310",
    lines: [
      ["606100", t, t, "12,00", "0,00"],
      ["512000", "Banque", "Achat", "0,00", "12,00"],
    ],
  }));
}

export const FEC_HEADER = [
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
];

export interface FecOptions {
  separator?: "\t" | "|";
  eol?: "\n" | "\r\n";
  /** Montant and Sens instead of Debit and Credit, the sense as D/C or +1/−1. */
  sens?: "DC" | "+1-1";
  /** Fields appended after the 18 (a BNC regime's), with their values on every line. */
  extra?: [string, string][];
}

/** A FEC of écritures, one line per écriture line, the header first. */
export function fecText(ecritures: Ecriture[], o: FecOptions = {}): string {
  const sep = o.separator ?? "\t";
  const header = [...FEC_HEADER];
  if (o.sens) header.splice(11, 2, "Montant", "Sens");
  const extra = o.extra ?? [];
  const rows = [[...header, ...extra.map(([n]) => n)]];
  for (const e of ecritures) {
    for (const [compte, compteLib, libelle, debit, credit] of e.lines) {
      const isDebit = debit !== "0,00";
      const amounts = o.sens
        ? [
            isDebit ? debit : credit,
            isDebit ? (o.sens === "DC" ? "D" : "+1") : o.sens === "DC" ? "C" : "-1",
          ]
        : [debit, credit];
      rows.push([
        e.journal,
        e.journal === "AN" ? "A nouveaux" : "Banque",
        e.numero,
        e.date,
        compte,
        compteLib,
        "",
        "",
        `P${e.numero}`,
        e.date,
        libelle,
        ...amounts,
        "",
        "",
        e.date,
        "",
        "",
        ...extra.map(([, v]) => v),
      ]);
    }
  }
  const eol = o.eol ?? "\n";
  return rows.map((r) => r.join(sep)).join(eol) + eol;
}

/** Text in ISO-8859-15: the euro sign at 0xA4, Œ at 0xBC, œ at 0xBD; Latin-1 for the rest. */
export function latin9Bytes(text: string): Uint8Array {
  const special: Record<string, number> = {
    "€": 0xa4,
    Š: 0xa6,
    š: 0xa8,
    Ž: 0xb4,
    ž: 0xb8,
    Œ: 0xbc,
    œ: 0xbd,
    Ÿ: 0xbe,
  };
  return Uint8Array.from([...text], (c) => {
    const code = special[c] ?? c.charCodeAt(0);
    if (code > 0xff) throw new Error(`Not in ISO-8859-15: ${c}`);
    return code;
  });
}

export const utf8Bytes = (text: string, bom = false): Uint8Array => {
  const body = new TextEncoder().encode(text);
  return bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...body]) : body;
};
