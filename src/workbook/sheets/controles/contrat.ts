// The contract's life, year by year: which contract years the budget covers, the taille that pays each (a change by
// avenant), and whether each is still paid by the contract (the rules of src/workbook/contractRules.ts, the ones
// the payment calendar prints).
import { CONTRACT_LENGTH } from "../../../domain/data/contract";
import { cell, eq, evaluate, iff } from "../../../domain/rules/expr";
import { calc, FORMAT, ruleCell } from "../../formats";
import { inContract, tailleOfYear } from "../../contractRules";
import { type ParametresRefs, YES } from "../../refs";
import { type ControlesGrid, YEAR_COLS, yearCell } from "./grid";

const LAST = CONTRACT_LENGTH.years;
export const CONTRACT_END_NOTE = `Contrat terminé au ${LAST}e anniversaire : l'année ${LAST + 1} ne reçoit que le solde et le volet variable de l'année ${LAST}. Renouvelé (nouveau contrat), répondez « oui » au renouvellement (Paramètres) : même barème supposé.`;
export const CONTRACT_ON_NOTE = "Le contrat ACI couvre les deux années budgétées.";

export function vieDuContrat(g: ControlesGrid, p: ParametresRefs): void {
  const { model } = g;
  g.yearSection("Vie du contrat ACI");
  const annee = g.perYear("Année de contrat", (y, a) =>
    calc(`=${p.premiereAnnee}${y ? "+1" : ""}`, a.anneeContrat, FORMAT.year)
  );
  const year = (y: 0 | 1) => cell(`${YEAR_COLS[y]}${annee}`, model.annees[y].anneeContrat);
  g.perYear("Taille qui la paie (avenant compris)", (y) =>
    ruleCell(tailleOfYear(model, p, year(y)), FORMAT.year)
  );
  // « oui » / « non » rather than TRUE / FALSE: LibreOffice would show a boolean in the year's number format.
  const paidYear = (y: 0 | 1) => iff(inContract(model, p, year(y)), YES, "non");
  const paid = g.s.nextRow;
  g.perYear(
    "Payée par le contrat (en cours ou renouvelé)",
    (y) => ruleCell(paidYear(y)),
    g.verdict(
      eq(yearCell(paid, 1, evaluate(paidYear(1))), "non"),
      CONTRACT_END_NOTE,
      CONTRACT_ON_NOTE
    )
  );
  g.format(paid, (col) => `${col}${paid}="non"`, "warning");
}
