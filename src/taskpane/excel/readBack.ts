// Reads the budget's defined names from the open workbook, as they stand now (the treasurer may have edited it).
import {
  ANNEE0_NAMES,
  DEFINED_NAMES,
  type DefinedName,
  EXERCICE_ANNEE0_NAMES,
} from "../../workbook/names";

export type CellValue = string | number | boolean;

/** Année 0's names and its lettre d'intention's exercice's: a budget without them has none, which is no fault. */
export type Annee0Name = (typeof ANNEE0_NAMES)[number] | (typeof EXERCICE_ANNEE0_NAMES)[number];

/** Each defined name's current value; undefined when the name is missing or does not point to a cell. */
export type NameValues = Partial<Record<DefinedName | Annee0Name, CellValue>>;

/** Every name read, once each. */
const READ_NAMES: readonly (DefinedName | Annee0Name)[] = [
  ...new Set<DefinedName | Annee0Name>([
    ...DEFINED_NAMES,
    ...ANNEE0_NAMES,
    ...EXERCICE_ANNEE0_NAMES,
  ]),
];

export async function readDefinedNames(): Promise<NameValues> {
  return Excel.run((context) => readDefinedNamesInContext(context));
}

/**
 * One sync: a recalculation (the budget was written with calculation suspended, or edited under manual
 * calculation), then every name's range with its values, missing names coming back as null objects.
 */
export async function readDefinedNamesInContext(
  context: Excel.RequestContext
): Promise<NameValues> {
  context.application.calculate("Recalculate");
  const ranges = READ_NAMES.map((name) => {
    const range = context.workbook.names.getItemOrNullObject(name).getRangeOrNullObject();
    range.load("values");
    return { name, range };
  });
  await context.sync();
  const values: NameValues = {};
  for (const { name, range } of ranges) {
    if (!range.isNullObject) values[name] = range.values[0]?.[0];
  }
  return values;
}
