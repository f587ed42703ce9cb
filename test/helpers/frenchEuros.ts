/**
 * An amount as the CLI and the messages print it, written here independently of src/domain/limits.ts (the oracle of
 * the CLI tests): « 142 500 € » for whole euros, « 38 853,40 € » to the cent otherwise, regular spaces.
 */
export function euros(n: number): string {
  const [whole, fraction] = Math.abs(n).toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${n < 0 && Number(n.toFixed(2)) !== 0 ? "-" : ""}${grouped}${fraction === "00" ? "" : `,${fraction}`} €`;
}
