// French number entry ("12 000,50", "0,5") and display.

/** A number typed the French way, spaces and a trailing € or % allowed; NaN when it is not one. */
export function parseFrenchNumber(text: string): number {
  const compact = text
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/[€%]$/, "")
    .replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

/** A number as a French user types it back: "0,5", "12000". */
export function toFrenchInput(n: number): string {
  return String(n).replace(".", ",");
}

const eurosFormat = new Intl.NumberFormat("fr-FR", {
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 2,
  minimumFractionDigits: 0,
});

/** "142 500 €", "1 234,56 €". */
export function formatEuros(amount: number): string {
  return eurosFormat.format(amount);
}
