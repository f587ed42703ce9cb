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

const euros = (digits: number) =>
  new Intl.NumberFormat("fr-FR", {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
const wholeEuros = euros(0);
const centEuros = euros(2);

/** "142 500 €", "1 234,56 €", "4 089,40 €": cents shown in full when there are any. */
export function formatEuros(amount: number): string {
  const cents = Math.round(amount * 100);
  return (cents % 100 === 0 ? wholeEuros : centEuros).format(cents / 100);
}
