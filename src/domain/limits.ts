// The largest values the calculators take: far beyond any CPTS, low enough that every result stays a finite number
// computed in a moment. The README's function reference lists them; change both together.

export const LIMITS = {
  /** Any amount in euros: a salary, a subsidy, a day rate. */
  montant: 1_000_000_000,
  /** Months of a placement or contract: 50 years. */
  mois: 600,
  /** Contract year of the ACI (1 from the signature to the first anniversary). */
  anneeContrat: 100,
  /** Members of a CPTS. */
  membres: 100_000,
  /** Inhabitants of a CPTS's territory. */
  habitants: 100_000_000,
  /** Days a freelance coordinator works in a year. */
  joursParAn: 366,
  /** Years after the signature that CPTS.VERSEMENTS covers (the contract renewed meanwhile). */
  anneesVersements: 100,
  /** Posts of a team. */
  postes: 50,
  /** Lines of each list of the budget: funders, charges, governance roles, mission remunerations, contributions. */
  lignes: 100,
  /** Characters of a CPTS's name: sheet titles and file names are built from it. */
  nom: 200,
  /** Entries of an accountant's file imported at once: one row each on the Écritures sheet, a workbook that builds. */
  ecritures: 200_000,
  /** Characters of a label written in a cell: a funder, a charge, a contribution, a governance role. */
  libelle: 200,
} as const;

/** A whole number written out for a French message: "1 000 000 000", "100 000"; "2019" and "600" as they are. */
export function frLimit(n: number): string {
  return Math.abs(n) < 10_000 ? String(n) : String(n).replace(/\B(?=(\d{3})+$)/g, " ");
}

/**
 * An amount written out in French for a message: « 142 500 € », « 1 234,50 € » (regular spaces; whole euros without
 * decimals, otherwise to the cent, as an accountant writes them).
 */
export const frEuros = (n: number): string => {
  const amount = n || 0;
  const digits = Number.isInteger(Math.round(amount * 100) / 100) ? 0 : 2;
  return (
    new Intl.NumberFormat("fr-FR", { minimumFractionDigits: digits, maximumFractionDigits: 2 })
      .format(amount)
      .replace(/\u202f|\u00a0/g, " ") + " €"
  );
};
