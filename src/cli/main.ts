/**
 * The cpts-budget command: parse → BudgetInputs → computeBudget → buildWorkbookPlan → writeXlsx → file.
 * `run` returns the exit code; bin/cpts-budget.js gives it the process's streams.
 */
import { access, writeFile } from "fs/promises";
import { resolve } from "path";
import { computeBudget } from "../domain/budget";
import { DomainError } from "../domain/errors";
import { buildWorkbookPlan } from "../workbook/buildPlan";
import { writeXlsx } from "../workbook/xlsxWriter";
import { helpText, parseArgs, UsageError } from "./options";
import { summaryText } from "./summary";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false
  );

const WRITE_ERRORS: Record<string, string> = {
  ENOENT: "le dossier n'existe pas",
  EACCES: "permission refusée",
  EPERM: "permission refusée",
  EISDIR: "c'est un dossier",
  ENOSPC: "disque plein",
};

/** The exit code and French message of an error that stops the run. */
function failure(error: unknown): [number, string] {
  if (error instanceof UsageError || error instanceof DomainError) {
    return [EXIT_USAGE, `Erreur : ${error.message}`];
  }
  const { code, path } = error as NodeJS.ErrnoException;
  if (code && WRITE_ERRORS[code]) {
    return [EXIT_FAILURE, `Impossible d'écrire « ${path} » : ${WRITE_ERRORS[code]}.`];
  }
  return [
    EXIT_FAILURE,
    `Échec de la génération du budget : ${error instanceof Error ? error.message : String(error)}`,
  ];
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.kind === "help") {
      io.stdout(helpText());
      return EXIT_OK;
    }
    const file = resolve(command.out);
    if (!command.force && (await exists(file))) {
      io.stderr(`Le fichier « ${command.out} » existe déjà : ajoutez --force pour le remplacer.\n`);
      return EXIT_USAGE;
    }
    const model = await computeBudget(command.inputs);
    await writeFile(file, await writeXlsx(buildWorkbookPlan(model)));
    io.stdout(summaryText(model, file));
    return EXIT_OK;
  } catch (error) {
    const [code, message] = failure(error);
    io.stderr(message + "\n");
    return code;
  }
}
