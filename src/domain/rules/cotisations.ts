// The members' dues (account 756) of a budgeted year.
import { type Arg, mul, roundCents } from "./expr";

/** The year's dues: the members times each one's due, to the cent. */
export const cotisations = (membres: Arg, parMembre: Arg) => roundCents(mul(membres, parMembre));
