// References to cells of a sheet built later (the Budget reads the Trésorerie's calendar, which reads the Budget's
// charges): a section writes a placeholder, and the plan swaps it for the address once every sheet is built.
import { type WorkbookPlan } from "./planTypes";

const OPEN = "\u27e6";
const CLOSE = "\u27e7";
const TOKEN = new RegExp(`${OPEN}(\\d+)${CLOSE}`, "g");

export class LaterRefs {
  private readonly labels: string[] = [];
  private readonly addresses = new Map<number, string>();

  /** A placeholder to write in a formula now; `label` names it if it is never resolved. */
  ref(label: string): string {
    this.labels.push(label);
    return `${OPEN}${this.labels.length - 1}${CLOSE}`;
  }

  /** Gives the placeholder its address (an absolute, sheet-qualified reference). */
  resolve(placeholder: string, address: string): void {
    const id = Number(placeholder.slice(1, -1));
    if (!placeholder.startsWith(OPEN) || !(id in this.labels)) {
      throw new Error(`Not a placeholder of this plan: ${placeholder}`);
    }
    this.addresses.set(id, address);
  }

  private fill(text: string): string {
    return text.replace(TOKEN, (_, id: string) => {
      const address = this.addresses.get(Number(id));
      if (address === undefined)
        throw new Error(`Unresolved reference: ${this.labels[Number(id)]}`);
      return address;
    });
  }

  /** The plan with every placeholder replaced; throws on one left unresolved. */
  apply(plan: WorkbookPlan): WorkbookPlan {
    const fill = <T>(value: T): T => (typeof value === "string" ? (this.fill(value) as T) : value);
    return {
      ...plan,
      sheets: plan.sheets.map((sheet) => ({
        ...sheet,
        rows: sheet.rows.map((row) =>
          row.map((cell) =>
            cell !== null && "formula" in cell && cell.formula !== undefined
              ? { ...cell, formula: fill(cell.formula) }
              : cell
          )
        ),
        conditionalFormats: sheet.conditionalFormats.map((c) => ({
          ...c,
          formula: fill(c.formula),
        })),
        charts: sheet.charts.map((c) => ({
          ...c,
          categories: fill(c.categories),
          series: c.series.map((s) => ({ name: fill(s.name), values: fill(s.values) })),
        })),
      })),
      names: plan.names.map((n) => ({ ...n, ref: fill(n.ref) })),
    };
  }
}
