// The domain's own refusals in the pane, so that the pane and the CLI say the same.
import { DomainError } from "../../domain/errors";

/** The DomainError a check throws (its French message, its argument), undefined when the check passes. */
export function domainFailure(check: () => unknown): DomainError | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}
