/** The short French summary the CLI prints once the workbook is written, read from the BudgetModel. */
import { BudgetModel, YearSummary } from "../domain/budget";

const euros = (n: number) =>
  new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 })
    .format(n)
    .replace(/\u202f|\u00a0/g, " ") + " €";

const frenchDate = (iso: string) => iso.split("-").reverse().join("/");

const verdict = (year: YearSummary) =>
  year.seuil.cacMandatory ? "OBLIGATOIRE" : "non obligatoire";

export function summaryText(model: BudgetModel, file: string): string {
  const years = model.annees;
  const rows: [string, ...string[]][] = [
    ["", ...years.map((y) => `Année ${y.annee}`)],
    ["Période", ...years.map((y) => `${frenchDate(y.debut)} au ${frenchDate(y.fin)}`)],
    ["ACI", ...years.map((y) => euros(y.aci))],
    ["Subventions publiques", ...years.map((y) => euros(y.seuil.counted))],
    [`CAC (seuil ${euros(model.seuilCac)})`, ...years.map(verdict)],
    ["Total des charges", ...years.map((y) => euros(y.totalCharges))],
    ["Total des produits", ...years.map((y) => euros(y.totalProduits))],
    ["Résultat", ...years.map((y) => euros(y.resultat))],
  ];
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => row[col].length)));
  const table = rows.map(([label, ...values]) =>
    [label.padEnd(widths[0]), ...values.map((v, i) => v.padStart(widths[i + 1]))]
      .join("   ")
      .trimEnd()
  );
  // The consequences of crossing the threshold, once: from the first year above it on (6-year mandate).
  const first = years.find((y) => y.seuil.cacMandatory);
  const consequence = first ? ["", `Année ${first.annee} : ${first.seuil.reason}`] : [];
  const { nom, taille } = model.inputs;
  return [
    `Budget écrit : ${file}`,
    `${nom}, taille ${taille}`,
    "",
    ...table,
    ...consequence,
    "",
  ].join("\n");
}
