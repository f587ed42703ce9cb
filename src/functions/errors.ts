import { DomainError } from "../domain/errors";

/** Shown in the cell's error indicator when a calculator fails for a reason other than a bad input. */
export const UNEXPECTED_ERROR_MESSAGE =
  "Erreur inattendue dans le calcul. Vérifiez les arguments ; si l'erreur persiste, signalez-la avec la formule utilisée.";

/** Any failure as the #VALEUR! error Excel shows, with the domain's French message when there is one. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof DomainError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
  }
  console.error("CPTS : erreur inattendue dans une fonction personnalisée", error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    UNEXPECTED_ERROR_MESSAGE
  );
}

/** Runs a synchronous calculator; any failure is thrown as a CustomFunctions.Error. */
export function guard<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw toExcelError(error);
  }
}

/** Runs an asynchronous calculator; any failure, thrown or rejected, rejects with a CustomFunctions.Error. */
export async function guardAsync<T>(compute: () => Promise<T>): Promise<T> {
  try {
    return await compute();
  } catch (error) {
    throw toExcelError(error);
  }
}
