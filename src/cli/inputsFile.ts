/**
 * The `--entrees` file: a whole or partial BudgetInputs in JSON, read and checked against INPUTS_SHAPE with French
 * messages naming the JSON path (`financeurs[1].annee1 : « abc » n'est pas un nombre.`). The options complete it with
 * the defaults of the budget's taille (./defaults.ts); the domain's own checks run after, in computeBudget.
 */
import { constants } from "fs";
import { open } from "fs/promises";
import { type BudgetInputs } from "../domain/budgetInputs";
import { describeValue } from "../domain/errors";
import { frLimit } from "../domain/limits";
import { ownValue } from "../domain/lookup";
import { fileErrorReason } from "./fileErrors";
import { INPUTS_SHAPE, type NumberShape, type ObjectShape, type Shape } from "./inputsShape";
import { UsageError } from "./options";

/** Far beyond any budget's inputs (the defaults take 4 kB): a larger file is refused before it is read. */
const MAX_BYTES = 10 * 1024 * 1024;

/** Top-level keys of older files, and where their content now goes. */
const RENAMED: Readonly<Record<string, string>> = {
  coordinateur: "le coordinateur est désormais le premier poste de la liste « equipe » (equipe[0])",
  indemnites:
    "les indemnités des professionnels sont désormais des heures au taux horaire de leur profession (« tauxHoraires ») : heures de gouvernance par rôle dans « gouvernance », rémunérations des missions dans « remunerationsMissions »",
};

/** A JSON value as the user wrote it: numbers with a comma, text in guillemets. */
function shown(value: unknown): string {
  if (typeof value === "boolean" || value === null) return String(value);
  if (Array.isArray(value)) return "une liste";
  if (typeof value === "object") return "un objet";
  return describeValue(value);
}

const frNumber = (n: number) => (Number.isInteger(n) ? frLimit(n) : String(n).replace(".", ","));

function numberProblem(value: unknown, shape: NumberShape): string | undefined {
  if (typeof value !== "number") return "n'est pas un nombre";
  if (shape.integer && !Number.isInteger(value)) return "n'est pas un nombre entier";
  const { min, max, above } = shape;
  const low = min === undefined || (above ? value > min : value >= min);
  const high = max === undefined || value <= max;
  if (low && high) return undefined;
  if (min !== undefined && max !== undefined) {
    const excluded = above ? ` (${frNumber(min)} exclu)` : "";
    return `n'est pas compris entre ${frNumber(min)} et ${frNumber(max)}${excluded}`;
  }
  return low ? `est supérieur à ${frNumber(max!)}` : `est inférieur à ${frNumber(min!)}`;
}

/** What is wrong with a value, in French after its path, or nothing. */
function check(value: unknown, shape: Shape, path: string): string | undefined {
  const wrong = (problem: string) => `${path} : ${shown(value)} ${problem}.`;
  switch (shape.type) {
    case "number": {
      const problem = numberProblem(value, shape);
      return problem && wrong(problem);
    }
    case "string":
      if (typeof value !== "string") return wrong("n'est pas un texte");
      if (shape.values && !shape.values.includes(value)) {
        return wrong(`n'est pas une valeur possible (${shape.values.join(", ")})`);
      }
      return undefined;
    case "boolean":
      return typeof value === "boolean" ? undefined : wrong("n'est pas true ou false");
    case "array": {
      if (!Array.isArray(value)) return wrong("n'est pas une liste [ … ]");
      const { minItems = 0, maxItems = Infinity } = shape;
      if (value.length < minItems || value.length > maxItems) {
        const items = `${frLimit(value.length)} élément${value.length > 1 ? "s" : ""}`;
        return `${path} : la liste compte ${items} ; valeur attendue : de ${frLimit(minItems)} à ${frLimit(maxItems)} éléments.`;
      }
      for (const [i, element] of value.entries()) {
        const problem = check(element, shape.items, `${path}[${i}]`);
        if (problem) return problem;
      }
      return undefined;
    }
    case "object":
      return checkObject(value, shape, path);
  }
}

function checkObject(value: unknown, shape: ObjectShape, path: string): string | undefined {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return path
      ? `${path} : ${shown(value)} n'est pas un objet { … }.`
      : "le fichier ne contient pas un objet JSON { … }.";
  }
  const keys = Object.keys(shape.properties);
  for (const [key, child] of Object.entries(value)) {
    if (!Object.prototype.hasOwnProperty.call(shape.properties, key)) {
      const hint = shape === INPUTS_SHAPE ? ownValue(RENAMED, key) : undefined;
      return `${at(key)} : clé inconnue${hint ? ` ; ${hint}` : ""}. Clés possibles : ${keys.join(", ")}.`;
    }
    const problem = check(child, shape.properties[key], at(key));
    if (problem) return problem;
  }
  const missing = shape.required.find((key) => !Object.prototype.hasOwnProperty.call(value, key));
  return missing && `${at(missing)} : clé manquante.`;
}

/** Line and column (from 1) of a character offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `ligne ${before.length}, colonne ${before[before.length - 1].length + 1}`;
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    const position = /at position (\d+)/.exec(message)?.[1];
    const offset =
      position !== undefined
        ? Number(position)
        : /end of JSON input/.test(message)
          ? text.length
          : undefined;
    const where = offset === undefined ? "" : ` (${lineColumn(text, offset)})`;
    throw new UsageError(
      `« ${name} » n'est pas un fichier JSON valide${where}. Vérifiez les guillemets droits ("), les virgules et les accolades.`
    );
  }
}

/** The file's text. It is followed if a link (only the output never is), and must be a regular file. */
async function readText(name: string): Promise<string> {
  const cannot = (reason: string) => new UsageError(`Impossible de lire « ${name} » : ${reason}.`);
  let handle;
  try {
    // O_NONBLOCK: a named pipe is refused below instead of waiting for a writer.
    handle = await open(name, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === "ENOENT") throw cannot("le fichier n'existe pas");
    throw typeof code === "string" ? cannot(fileErrorReason(code)) : error;
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw cannot(stats.isDirectory() ? "c'est un dossier" : "ce n'est pas un fichier ordinaire");
    }
    if (stats.size > MAX_BYTES) throw cannot("le fichier dépasse 10 Mo");
    return (await handle.readFile("utf8")).replace(/^\uFEFF/, "");
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    throw typeof code === "string" ? cannot(fileErrorReason(code)) : error;
  } finally {
    await handle.close();
  }
}

/**
 * The keys a file gives, checked. Throws a UsageError in French for an unreadable file, invalid JSON, an unknown key,
 * a wrong type or a value out of the shape's bounds.
 */
export function inputsFromJson(text: string, name: string): Partial<BudgetInputs> {
  const data = parseJson(text, name);
  const problem = checkObject(data, INPUTS_SHAPE, "");
  if (problem) throw new UsageError(`« ${name} », ${problem}`);
  return data as Partial<BudgetInputs>;
}

export async function readInputsFile(name: string): Promise<Partial<BudgetInputs>> {
  return inputsFromJson(await readText(name), name);
}
