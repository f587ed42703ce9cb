/**
 * The `--realise` file: the accountant's FEC or simple CSV, read as bytes (the encoding is the domain's to detect),
 * never through a symbolic link, with French messages for a file that cannot be read or whose content is wrong.
 */
import { constants } from "fs";
import { open } from "fs/promises";
import { DomainError } from "../domain/errors";
import { readEntries } from "../domain/realise/read";
import { type EntriesFile } from "../domain/realise/types";
import { fileErrorReason } from "./fileErrors";
import { UsageError } from "./options";

/** A large association's FEC of 100 000 lines is about 20 MB. */
const MAX_BYTES = 200 * 1024 * 1024;

export async function readRealiseFile(name: string): Promise<EntriesFile> {
  const cannot = (reason: string) => new UsageError(`Impossible de lire « ${name} » : ${reason}.`);
  const { O_RDONLY, O_NONBLOCK = 0, O_NOFOLLOW = 0 } = constants;
  let handle;
  try {
    handle = await open(name, O_RDONLY | O_NONBLOCK | O_NOFOLLOW);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === "ENOENT") throw cannot("le fichier n'existe pas");
    if (code === "ELOOP") {
      throw cannot("c'est un lien symbolique ; indiquez le chemin du fichier lui-même");
    }
    throw typeof code === "string" ? cannot(fileErrorReason(code)) : error;
  }
  let bytes: Uint8Array;
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw cannot(stats.isDirectory() ? "c'est un dossier" : "ce n'est pas un fichier ordinaire");
    }
    if (stats.size > MAX_BYTES) throw cannot("le fichier dépasse 200 Mo");
    bytes = new Uint8Array(await handle.readFile());
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    throw typeof code === "string" ? cannot(fileErrorReason(code)) : error;
  } finally {
    await handle.close();
  }
  try {
    return readEntries(bytes);
  } catch (error) {
    if (error instanceof DomainError) throw new UsageError(`« ${name} », ${error.message}`);
    throw error;
  }
}
