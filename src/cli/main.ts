/**
 * The cpts-budget command: parse (over the --entrees file's inputs) → BudgetInputs → computeBudget → buildWorkbookPlan → writeXlsx → file.
 * `run` returns the exit code; bin/cpts-budget.js gives it the process's streams.
 */
import { constants } from "fs";
import { lstat, open } from "fs/promises";
import { resolve } from "path";
import { computeBudget } from "../domain/budget";
import { DomainError } from "../domain/errors";
import { compareWithBudget } from "../domain/realise/aggregate";
import { buildWorkbookPlan } from "../workbook/buildPlan";
import { writeXlsx } from "../workbook/xlsxWriter";
import { fileErrorReason } from "./fileErrors";
import { readInputsFile } from "./inputsFile";
import { type CliCommand, helpText, parseArgs, UsageError } from "./options";
import { indemnityErrorInFileTerms } from "./indemnityErrors";
import { postErrorInFileTerms } from "./postErrors";
import { printable } from "./printable";
import { readRealiseFile } from "./realiseFile";
import { realiseSummaryText } from "./realiseSummary";
import { summaryText } from "./summary";
import { inputsSchema } from "./inputsShape";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

type GenerateCommand = Extract<CliCommand, { kind: "generate" }>;

const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

const exists = (out: string) =>
  `Le fichier « ${out} » existe déjà : ajoutez --force pour le remplacer.`;
const symlink = (out: string) =>
  `« ${out} » est un lien symbolique : cpts-budget n'écrit jamais à travers un lien, même avec --force. Indiquez le chemin du fichier lui-même, ou un autre nom.`;

/** The exit code and French message of an error that stops the run. */
function failure(error: unknown, out: string): [number, string] {
  if (error instanceof UsageError || error instanceof DomainError) {
    return [EXIT_USAGE, `Erreur : ${error.message}`];
  }
  const { code } = error as NodeJS.ErrnoException;
  // Created between the check and the write, or a link swapped in: refused like any existing file or link.
  if (code === "EEXIST") return [EXIT_USAGE, exists(out)];
  if (code === "ELOOP") return [EXIT_USAGE, symlink(out)];
  if (typeof code === "string") {
    return [EXIT_FAILURE, `Impossible d'écrire « ${out} » : ${fileErrorReason(code)}.`];
  }
  return [
    EXIT_FAILURE,
    `Échec de la génération du budget : ${error instanceof Error ? error.message : String(error)}`,
  ];
}

/**
 * With an inputs file, a domain error about a post, a governance role or a mission's remunerations names the JSON
 * path of its value in the file.
 */
function fileTerms(error: unknown, command: GenerateCommand): unknown {
  if (!(error instanceof DomainError) || command.entrees === undefined) return error;
  const message =
    postErrorInFileTerms(error, command.inputs.equipe) ??
    indemnityErrorInFileTerms(error, command.inputs);
  return message === undefined ? error : new UsageError(`« ${command.entrees} », ${message}`);
}

/** What stands at a path, the link itself when it is a symbolic link (even one pointing nowhere). */
async function entryAt(file: string): Promise<"none" | "symlink" | "directory" | "other"> {
  try {
    const stats = await lstat(file);
    return stats.isSymbolicLink() ? "symlink" : stats.isDirectory() ? "directory" : "other";
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "none";
    throw error;
  }
}

/**
 * Writes the file, created exclusively ("wx": fails if anything, a dangling link included, is there), or with
 * --force replaced in place without following a link (O_NOFOLLOW, where the system has it).
 */
async function writeOutput(file: string, data: Uint8Array, force: boolean): Promise<void> {
  const { O_WRONLY, O_CREAT, O_TRUNC, O_NOFOLLOW = 0 } = constants;
  const handle = await open(file, force ? O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW : "wx", 0o644);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
}

/**
 * Runs the command. A name, a path or a file's first line may hold control characters: every text printed goes
 * through `printable`, so that none reaches the terminal raw.
 */
export async function run(argv: readonly string[], terminal: CliIo): Promise<number> {
  const io: CliIo = {
    stdout: (text) => terminal.stdout(printable(text)),
    stderr: (text) => terminal.stderr(printable(text)),
  };
  let out = "";
  try {
    let command = parseArgs(argv);
    if (command.kind === "help") {
      io.stdout(helpText());
      return EXIT_OK;
    }
    if (command.kind === "template" || command.kind === "schema") {
      const json = command.kind === "template" ? command.inputs : inputsSchema();
      io.stdout(JSON.stringify(json, null, 2) + "\n");
      return EXIT_OK;
    }
    if (command.entrees !== undefined) {
      command = parseArgs(argv, await readInputsFile(command.entrees));
      if (command.kind !== "generate") throw new Error("the command changed with its inputs file");
    }
    out = command.out;
    const file = resolve(out);
    const entry = await entryAt(file);
    // --force would not help: say so now rather than suggest it.
    if (entry === "directory") {
      io.stderr(`Impossible d'écrire « ${out} » : ${fileErrorReason("EISDIR")}.\n`);
      return EXIT_FAILURE;
    }
    if (entry === "symlink" || (entry === "other" && !command.force)) {
      io.stderr((entry === "symlink" ? symlink(out) : exists(out)) + "\n");
      return EXIT_USAGE;
    }
    const model = await computeBudget(command.inputs).catch((error: unknown) => {
      throw fileTerms(error, command);
    });
    const entries =
      command.realise === undefined ? undefined : await readRealiseFile(command.realise);
    const plan = buildWorkbookPlan(model, entries && { realise: { file: entries } });
    await writeOutput(file, await writeXlsx(plan), command.force);
    io.stdout(summaryText(model, file));
    if (entries) io.stdout(realiseSummaryText(compareWithBudget(model, entries)));
    return EXIT_OK;
  } catch (error) {
    const [code, message] = failure(error, out);
    io.stderr(message + "\n");
    return code;
  }
}
