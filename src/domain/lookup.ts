/**
 * A record's value for a key the user typed, among the record's own keys only: "constructor", "toString" or
 * "__proto__" must not find Object's members. (Object.hasOwn is ES2022, newer than some Excel runtimes.)
 */
export function ownValue<V>(
  record: Readonly<Record<string | number, V>>,
  key: unknown
): V | undefined {
  return (typeof key === "string" || typeof key === "number") &&
    Object.prototype.hasOwnProperty.call(record, key)
    ? record[key]
    : undefined;
}
