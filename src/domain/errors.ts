/** A bad input to a domain calculator. The message is French: it is shown to the user as is. */
export class DomainError extends Error {
  constructor(
    message: string,
    /** Name of the argument at fault, as the custom functions call it. */
    readonly argument: string
  ) {
    super(message);
    this.name = "DomainError";
  }
}

const fr = (n: number) => String(n).replace(".", ",");

export function describeValue(value: unknown): string {
  if (typeof value === "number") return fr(value);
  if (typeof value === "string") return `« ${value} »`;
  return String(value);
}

export function requireInteger(value: unknown, argument: string, min: number, max: number, what: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Infinity ? `un entier supérieur ou égal à ${fr(min)}` : `un entier de ${fr(min)} à ${fr(max)}`;
    throw new DomainError(`${what} invalide : ${describeValue(value)}. Valeur attendue : ${range}.`, argument);
  }
  return value;
}

export function requireNumber(
  value: unknown,
  argument: string,
  check: (n: number) => boolean,
  what: string,
  expected: string
): number {
  if (typeof value !== "number" || !Number.isFinite(value) || !check(value)) {
    throw new DomainError(`${what} invalide : ${describeValue(value)}. Valeur attendue : ${expected}.`, argument);
  }
  return value;
}

/** Rounds a euro amount to the cent, away from float noise. */
export function cents(amount: number): number {
  return Math.round((amount + Number.EPSILON) * 100) / 100;
}
