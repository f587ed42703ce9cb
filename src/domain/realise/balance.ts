// Debit against credit: the file's totals, and each écriture (JournalCode + EcritureNum) when the file numbers them.
import type { EntriesFile, Entry } from "./types";

type Balance = Pick<EntriesFile, "totalDebit" | "totalCredit" | "desequilibres">;

/** Sums debit and credit as entries are read, and lists the écritures left unbalanced. */
export class BalanceCheck {
  private debit = 0;
  private credit = 0;
  private readonly ecritures = new Map<
    string,
    { journal: string; numero: string; ligne: number; ecart: number }
  >();

  add(e: Entry): void {
    this.debit += e.debit;
    this.credit += e.credit;
    if (e.numero === "") return;
    const key = `${e.journal}\t${e.numero}`;
    const current = this.ecritures.get(key);
    if (current) current.ecart += e.debit - e.credit;
    else
      this.ecritures.set(key, {
        journal: e.journal,
        numero: e.numero,
        ligne: e.ligne,
        ecart: e.debit - e.credit,
      });
  }

  result(): Balance {
    return {
      totalDebit: this.debit,
      totalCredit: this.credit,
      desequilibres: [...this.ecritures.values()].filter((x) => x.ecart !== 0),
    };
  }
}
