/**
 * The budget's workbook names in the open workbook. Every name the add-in creates carries its comment
 * (DEFINED_NAME_COMMENT): a name with that marker is the add-in's and is pointed at the new budget, even when the sheet
 * it pointed to was deleted (=#REF!…); a name without it is the user's and is never changed, whatever it points to.
 */
import { DEFINED_NAME_COMMENT, isAddinDefinedName } from "../../workbook/names";
import { type NamePlan } from "../../workbook/planTypes";
import { PaneError } from "../paneError";

export interface ExistingName {
  name: string;
  formula: string;
  comment: string;
}

/** What a run did to the workbook's names: what it must undo if the write fails. */
export interface NameChanges {
  added: string[];
  /** The add-in's names now pointing to the new budget, with the formula they had. */
  repointed: ExistingName[];
}

/** Loads the workbook's names with what tells the add-in's from the user's; read after the next sync. */
export function loadNames(context: Excel.RequestContext): () => ExistingName[] {
  const names = context.workbook.names.load("items/name,items/formula,items/comment");
  return () =>
    names.items.map((n) => ({ name: n.name, formula: n.formula, comment: n.comment ?? "" }));
}

const byLowerName = (names: ExistingName[]) => new Map(names.map((n) => [n.name.toLowerCase(), n]));

/** Stops, before anything is written, when a name the budget needs exists and is the user's own. */
export function requireNoUserNames(names: NamePlan[], existing: ExistingName[]): void {
  const current = byLowerName(existing);
  const foreign = names
    .map((n) => current.get(n.name.toLowerCase()))
    .filter((n): n is ExistingName => n !== undefined && !isAddinDefinedName(n.comment));
  if (foreign.length === 0) return;
  const plural = foreign.length > 1;
  throw new PaneError(
    `Le classeur contient déjà ${plural ? "les noms définis" : "le nom défini"} ` +
      `${foreign.map((n) => `${n.name} (${n.formula})`).join(", ")}, que le complément n'a pas créé${plural ? "s" : ""} : ` +
      `il ne ${plural ? "les" : "le"} modifie pas. Renommez-${plural ? "les" : "le"} ou supprimez-${plural ? "les" : "le"} ` +
      "(Formules › Gestionnaire de noms), ou générez le budget dans un nouveau classeur. Rien n'a été écrit."
  );
}

/** Queues the plan's names: new ones are added with the add-in's comment, the add-in's existing ones repointed. */
export function queueNames(
  context: Excel.RequestContext,
  names: NamePlan[],
  existing: ExistingName[]
): NameChanges {
  const current = byLowerName(existing);
  const changes: NameChanges = { added: [], repointed: [] };
  for (const { name, ref } of names) {
    const found = current.get(name.toLowerCase());
    if (found === undefined) {
      context.workbook.names.add(name, `=${ref}`, DEFINED_NAME_COMMENT);
      changes.added.push(name);
    } else {
      context.workbook.names.getItem(found.name).formula = `=${ref}`;
      changes.repointed.push(found);
    }
  }
  return changes;
}
