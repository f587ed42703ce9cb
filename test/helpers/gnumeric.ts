/**
 * Gnumeric's ssconvert as a third spreadsheet engine: `ssconvert --recalc` loads a generated xlsx, recalculates every
 * cell and saves an xlsx whose cached values hold Gnumeric's results (read them with readCachedValues). One file per
 * call, ~0.2 s each.
 */
import { execFile } from "child_process";
import { existsSync, mkdirSync } from "fs";
import { basename, join } from "path";
import { promisify } from "util";

const CANDIDATES = [
  "/usr/bin/ssconvert",
  "/usr/local/bin/ssconvert",
  "/opt/homebrew/bin/ssconvert",
];

export function findSsconvert(): string | undefined {
  const fromEnv = process.env.SSCONVERT;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * The ssconvert binary, or undefined after a loud notice so the caller skips its tests. In CI (CI=true) a missing
 * Gnumeric is an error: the recalculation tests must run there.
 */
export function ssconvertOrSkip(what: string): string | undefined {
  const ssconvert = findSsconvert();
  if (ssconvert) return ssconvert;
  const message = `Gnumeric (ssconvert) introuvable : ${what} NON EXÉCUTÉ. Installez gnumeric ou définissez SSCONVERT.`;
  if (process.env.CI === "true") throw new Error(message);
  const bar = "!".repeat(message.length + 8);
  console.warn(`\n${bar}\n!!! ${message} !!!\n${bar}\n`);
  return undefined;
}

/** Recalculates each xlsx with Gnumeric and saves it as xlsx in outDir; returns the output paths. */
export async function recalculateWithGnumeric(
  ssconvert: string,
  files: string[],
  outDir: string
): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const outputs: string[] = [];
  for (const file of files) {
    const output = join(outDir, basename(file));
    // Gnumeric warns on stderr about the VML of cell notes it does not read; only a missing output is a failure.
    await promisify(execFile)(
      ssconvert,
      ["--recalc", "--export-type=Gnumeric_Excel:xlsx2", file, output],
      { timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }
    );
    if (!existsSync(output)) throw new Error(`Gnumeric n'a pas produit : ${output}`);
    outputs.push(output);
  }
  return outputs;
}
