import { DomainError } from "../../src/domain/errors";

/** The French message a domain check throws: the edges (pane, CLI) must show the same. */
export function domainMessage(check: () => unknown): string {
  try {
    check();
  } catch (error) {
    if (error instanceof DomainError) return error.message;
  }
  throw new Error("the check passed");
}
