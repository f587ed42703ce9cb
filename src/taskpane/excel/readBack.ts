// Reads the budget's defined names from the open workbook, as they stand now (the treasurer may have edited it).
import { DEFINED_NAMES, type DefinedName } from "../../workbook/names";

export type CellValue = string | number | boolean;
/** Each defined name's current value; undefined when the name is missing or does not point to a cell. */
export type NameValues = Partial<Record<DefinedName, CellValue>>;

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
  const ranges = DEFINED_NAMES.map((name) => {
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
