// The columns of the `Barème ACI` sheet: the scale's code in A and one amount per taille in D to G; the rules below
// it put their value in D, and the PASS table uses A and B.
export const CODE_COL = 1;
export const FIRST_TAILLE_COL = 4;
export const TAILLES = [1, 2, 3, 4] as const;
export const VALUE_COL = FIRST_TAILLE_COL;

/** The column of taille `t` (1 to 4). */
export const tailleCol = (t: number) => FIRST_TAILLE_COL + t - 1;
