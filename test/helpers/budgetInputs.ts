import { BudgetInputs, defaultBudgetInputs } from "../../src/domain/budgetInputs";

/** Changes to the default budget inputs; the coordinator's fields may be given one by one. */
export type Changes = Partial<Omit<BudgetInputs, "coordinateur">> & {
  coordinateur?: Partial<BudgetInputs["coordinateur"]>;
};

/** The default inputs, signed on 1 March 2025, with the given changes. */
export function inputs(changes: Changes): BudgetInputs {
  const base = defaultBudgetInputs();
  return {
    ...base,
    dateSignature: "2025-03-01",
    ...changes,
    coordinateur: { ...base.coordinateur, ...changes.coordinateur },
  };
}
