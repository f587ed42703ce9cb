/**
 * The CustomFunctions runtime global as Excel provides it, reduced to what the adapters use: the error codes, the
 * Error class and associate (which records the registered functions, for the bundle test).
 */
export class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
  }
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export type Registered = Record<string, (...args: unknown[]) => unknown>;

export function customFunctionsStub(registered: Registered = {}) {
  return {
    ErrorCode,
    Error: CustomFunctionsError,
    associate(id: string, fn: (...args: unknown[]) => unknown) {
      registered[id] = fn;
    },
  };
}

(globalThis as { CustomFunctions?: unknown }).CustomFunctions = customFunctionsStub();
