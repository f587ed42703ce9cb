// The amount of each payment of the calendar: the rules of src/domain/rules/calendar.ts (the ones the cash plan
// evaluates) written over the cells of the Paramètres and the Barème.
import { type BudgetModel } from "../../../domain/budget";
import { ACI_ROWS } from "../../../domain/budgetAci";
import { baremeCode } from "../../../domain/cashPlan";
import { MAJORATION_T4, type Mission, PAYMENT_RULES } from "../../../domain/data/aciGrid";
import {
  advance,
  balance,
  majorationT4,
  paidIf,
  signedBeforeCutoff,
  yearAmount,
} from "../../../domain/rules/calendar";
import { cell, eq, type Expr, formula } from "../../../domain/rules/expr";
import { type TreasuryEvent } from "../../../domain/treasury";
import { inContract, modelTaille, tailleOfYear } from "../../contractRules";
import { excelDate, quoted } from "../../formats";
import { type BaremeRefs, type ParametresRefs, YES } from "../../refs";

/** The rule giving each payment's amount; `advanceOf(e)` is the cell of the advance of e's year, already written. */
export type AmountRule = (e: TreasuryEvent, advanceOf: (e: TreasuryEvent) => Expr) => Expr;

export function amountRule(model: BudgetModel, p: ParametresRefs, b: BaremeRefs): AmountRule {
  const { inputs, tresorerie } = model;
  const yesNo = (ref: string, flag: boolean) => eq(cell(ref, flag ? YES : "non"), YES);
  const tailleOf = (k: number) => tailleOfYear(model, p, k);
  /** The Barème's amount of a row for the taille of contract year k: a leaf, printed as its lookup. */
  const envelope = (code: string, k: number) =>
    cell(
      `INDEX(${b.montants},MATCH(${quoted(code)},${b.codes},0),${formula(tailleOf(k))})`,
      ACI_ROWS.find((r) => r.code === code)!.montants[modelTaille(model, k) - 1]
    );
  const majoration = (k: number) =>
    majorationT4(
      tailleOf(k),
      cell(p.membres, inputs.membres),
      cell(b.membresMajoration, MAJORATION_T4.minMembers),
      cell(b.tauxMajoration, MAJORATION_T4.rate)
    );
  const share = cell(b.avance, PAYMENT_RULES.advance);
  const beforeCutoff = signedBeforeCutoff(
    cell(p.signature, excelDate(inputs.dateSignature)),
    cell(p.dateLimite, excelDate(inputs.dateLimiteAdditionnel))
  );
  /** The rule yearAmount over the cells: the part's Barème row, and the Paramètres' settings. */
  const part = (m: Mission, k: number, which: "fixe" | "variable", code: string) =>
    yearAmount(m, k, which, {
      amount: envelope(code, k),
      majoration: majoration(k),
      prorata:
        m === "fonctionnement"
          ? 1
          : cell(p.demarrages[m].prorata, tresorerie.demarrages[m].prorata),
      rate: cell(p.tauxVariable, inputs.tauxVariable),
      declared: yesNo(p.crise, inputs.crise),
      contracted: yesNo(p.optionnelles, inputs.optionnelles),
      inContract: inContract(model, p, k),
    });

  return (e, advanceOf) => {
    const { mission: m, kind, contractYear: k } = e;
    const code = baremeCode(m, kind, k);
    if (kind === "additionnel") return paidIf(envelope(code, k), beforeCutoff);
    if (kind === "variable") return part(m, k, "variable", code);
    const fixe = part(m, k, "fixe", code);
    if (kind === "fonctionnement" || m === "crise") return fixe;
    return kind === "avance" ? advance(fixe, share) : balance(fixe, advanceOf(e));
  };
}
