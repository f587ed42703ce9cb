// The amount of each payment of the calendar: the rules of src/domain/rules/calendar.ts (the ones the cash plan
// evaluates) written over the cells of the Paramètres and the Barème.
import { type BudgetModel } from "../../../domain/budget";
import { ACI_ROWS } from "../../../domain/budgetAci";
import {
  MAJORATION_T4,
  type Mission,
  OPTIONAL_MISSIONS,
  PAYMENT_RULES,
} from "../../../domain/data/aciGrid";
import {
  advance,
  balance,
  crisisSurvenue,
  fixedPart,
  majorationT4,
  paidIf,
  signedBeforeCutoff,
  variablePart,
  yearFactor,
} from "../../../domain/rules/calendar";
import { CONTRACT_LENGTH } from "../../../domain/data/contract";
import { cell, eq, type Expr, formula } from "../../../domain/rules/expr";
import { type TreasuryEvent } from "../../../domain/treasury";
import { inContract, modelTaille, tailleOfYear } from "../../contractRules";
import { excelDate, quoted } from "../../formats";
import { type BaremeRefs, type ParametresRefs, YES } from "../../refs";

type StartedMission = Exclude<Mission, "fonctionnement">;

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
  const factor = (m: StartedMission, k: number) =>
    yearFactor(
      majoration(k),
      k === 1 ? cell(p.demarrages[m].prorata, tresorerie.demarrages[m].prorata) : undefined
    );
  /** A year after the contract's 5th is paid only when it is renewed. */
  const paidInContract = (k: number, amount: Expr) =>
    k > CONTRACT_LENGTH.years ? paidIf(amount, inContract(model, p, k)) : amount;
  const contracted = (m: Mission, amount: Expr) =>
    OPTIONAL_MISSIONS.includes(m)
      ? paidIf(amount, yesNo(p.optionnelles, inputs.optionnelles))
      : amount;
  const share = cell(b.avance, PAYMENT_RULES.advance);
  const beforeCutoff = signedBeforeCutoff(
    cell(p.signature, excelDate(inputs.dateSignature)),
    cell(p.dateLimite, excelDate(inputs.dateLimiteAdditionnel))
  );

  const yearAmount = (e: TreasuryEvent, advanceOf: (e: TreasuryEvent) => Expr): Expr => {
    const { mission: m, kind, contractYear: k } = e;
    if (m === "fonctionnement") {
      const f = envelope("fonctionnement", k);
      if (kind === "fonctionnement") return f;
      if (kind === "additionnel")
        return paidIf(envelope("fonctionnement.additionnel", k), beforeCutoff);
      return kind === "avance" ? advance(f, share) : balance(f, advanceOf(e));
    }
    if (m === "crise") {
      if (kind === "variable") {
        const declared = yesNo(p.crise, inputs.crise);
        return crisisSurvenue(envelope("crise.survenue", k), majoration(k), declared);
      }
      const plan = k === 1 ? "crise.elaboration" : "crise.miseajour";
      return fixedPart(envelope(plan, k), factor(m, k));
    }
    if (kind === "variable") {
      const rate = cell(p.tauxVariable, inputs.tauxVariable);
      return contracted(m, variablePart(envelope(`${m}.variable`, k), rate, factor(m, k)));
    }
    const fixe = contracted(m, fixedPart(envelope(`${m}.fixe`, k), factor(m, k)));
    return kind === "avance" ? advance(fixe, share) : balance(fixe, advanceOf(e));
  };
  return (e, advanceOf) => paidInContract(e.contractYear, yearAmount(e, advanceOf));
}
