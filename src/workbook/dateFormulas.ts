// The date arithmetic of src/domain/dates.ts as formula text, for the sheets that print it over cells (their expected
// values are the model's dates, computed by dates.ts).

/** The first day of the month `months` after that of `date` (a cell or formula): dates.monthStart. */
export const monthStartFormula = (date: string, months: string | number) =>
  `DATE(YEAR(${date}),MONTH(${date})+${months},1)`;

/** The first day of the exercice containing `date`, exercices starting on the 1st of `month`: dates.exercicePeriod. */
export const exerciceStartFormula = (date: string, month: string) =>
  `DATE(YEAR(${date})-IF(MONTH(${date})<${month},1,0),${month},1)`;

/** The last day of the 12 months from `start`. */
export const yearEndFormula = (start: string) => `EDATE(${start},12)-1`;
