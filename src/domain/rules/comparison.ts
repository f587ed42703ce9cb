// The coordinator comparison's arithmetic, written once for the domain and the `Comparatif` sheet.
import { type Arg, div, mul, roundCents } from "./expr";

/** A freelance coordinator's cost over a contract year: day rate × days of a full-time year × ETP, to the cent. */
export const freelanceYear = (tarifJour: Arg, joursPleinTemps: Arg, etp: Arg) =>
  roundCents(mul(mul(tarifJour, joursPleinTemps), etp));

/** The monthly equivalent of a yearly cost, to the cent. */
export const monthly = (annuel: Arg) => roundCents(div(annuel, 12));

/** The hourly equivalent of a yearly cost: over the legal yearly hours × ETP, to the cent. */
export const hourly = (annuel: Arg, heuresPleinTemps: Arg, etp: Arg) =>
  roundCents(div(annuel, mul(heuresPleinTemps, etp)));

/** The share of an envelope a yearly cost takes (a ratio, 1 = the whole envelope). */
export const shareOf = (annuel: Arg, enveloppe: Arg) => div(annuel, enveloppe);
