// The accountant's file chosen in the pane, read as bytes in the browser (it never leaves the computer); the domain
// detects its format and encoding.
import { DomainError } from "../../domain/errors";
import { readEntries } from "../../domain/realise/read";
import { type EntriesFile } from "../../domain/realise/types";

/** A large association's FEC of 100 000 lines is about 20 MB. */
const MAX_BYTES = 200 * 1024 * 1024;

/** The bytes of a file picked in an `<input type="file">`, through FileReader (in every browser the pane runs in). */
function bytesOf(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("lecture impossible"));
    reader.readAsArrayBuffer(file);
  });
}

/** The file's entries; its errors (a line, a field, a value) prefixed by the file's name, as the CLI gives them. */
export async function readPickedFile(file: File): Promise<EntriesFile> {
  if (file.size > MAX_BYTES) {
    throw new DomainError(
      // The CLI's words for the same file (src/cli/realiseFile.ts).
      `Impossible de lire « ${file.name} » : le fichier dépasse 200 Mo.`,
      "fichier"
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await bytesOf(file);
  } catch {
    throw new DomainError(
      `Impossible de lire « ${file.name} » : le fichier a pu être déplacé ou supprimé depuis son choix. Choisissez-le à nouveau.`,
      "fichier"
    );
  }
  try {
    return readEntries(bytes);
  } catch (error) {
    if (error instanceof DomainError)
      throw new DomainError(`« ${file.name} », ${error.message}`, error.argument);
    throw error;
  }
}
