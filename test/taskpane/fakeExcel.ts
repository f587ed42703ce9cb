/**
 * A hand-written fake of the slice of Excel's API the writer and the read-back use. Strict where office-addin-mock is
 * lax: every object is sealed (setting a property the real API lacks throws), collection items can only be read after
 * a sync, existing sheets record any access, and every write is logged with the batch (sync count) it was queued in.
 */
import { a1 } from "../../src/workbook/names";

export interface Write {
  sheet: string;
  address: string;
  /** e.g. "formulas", "numberFormat", "format.fill.color", "merge", "chart". */
  what: string;
  value: unknown;
  /** Number of syncs done when the write was queued. */
  batch: number;
}

export class FakeExcel {
  syncs = 0;
  readonly writes: Write[] = [];
  readonly calls: { what: string; batch: number }[] = [];
  /** Properties read or written on sheets that existed before the run: must stay empty. */
  readonly existingSheetAccess: string[] = [];
  readonly created: FakeSheet[] = [];
  readonly names = new Map<string, string>();
  readonly context: unknown;

  constructor(
    readonly existingSheets: string[] = [],
    existingNames: Record<string, string> = {},
    /** Values the read-back finds behind each defined name. */
    readonly nameValues: Record<string, unknown> = {}
  ) {
    for (const [name, formula] of Object.entries(existingNames)) this.names.set(name, formula);
    const existing = existingSheets.map((name) => this.watchedSheet(name));
    const excel = this;
    this.context = Object.freeze({
      sync: async () => {
        excel.syncs++;
      },
      application: Object.freeze({
        suspendApiCalculationUntilNextSync: () => excel.call("suspendApiCalculationUntilNextSync"),
        calculate: (type: string) => excel.call(`calculate:${type}`),
      }),
      workbook: Object.freeze({
        worksheets: Object.freeze({
          load: (what: string) =>
            excel.loaded(what, "items/name", () => [...existing, ...excel.created]),
          add: (name: string) => {
            const sheet = new FakeSheet(excel, name);
            excel.created.push(sheet);
            excel.call(`worksheets.add:${name}`);
            return sheet;
          },
          getItem: (name: string) => {
            const found = [...existing, ...excel.created].find(
              (s) => s.name.toLowerCase() === name.toLowerCase()
            );
            if (!found) throw new Error(`ItemNotFound: ${name}`);
            return found;
          },
        }),
        names: Object.freeze({
          load: (what: string) =>
            excel.loaded(what, "items/name,items/formula", () =>
              [...excel.names].map(([name, formula]) => ({ name, formula }))
            ),
          add: (name: string, ref: string) => {
            excel.call(`names.add:${name}`);
            excel.names.set(name, ref);
          },
          getItem: (name: string) =>
            Object.seal({
              set formula(ref: string) {
                excel.call(`names.set:${name}`);
                excel.names.set(name, ref);
              },
            }),
          getItemOrNullObject: (name: string) => excel.nameItemOrNull(name),
        }),
      }),
    });
  }

  call(what: string): void {
    this.calls.push({ what, batch: this.syncs });
  }

  write(sheet: string, address: string, what: string, value: unknown): void {
    this.writes.push({ sheet, address, what, value, batch: this.syncs });
  }

  /** A loaded collection: its items are readable only once a sync has run after the load. */
  private loaded<T>(what: string, expected: string, items: () => T[]): { items: T[] } {
    if (what !== expected) throw new Error(`Chargement inattendu : ${what}`);
    const loadedAt = this.syncs;
    const excel = this;
    return Object.freeze({
      get items() {
        if (excel.syncs === loadedAt)
          throw new Error("PropertyNotLoaded: context.sync() n'a pas été appelé");
        return items();
      },
    });
  }

  private nameItemOrNull(name: string) {
    const excel = this;
    const value = this.nameValues[name];
    const loadedAt: number[] = [];
    const range = Object.freeze({
      load: (what: string) => {
        if (what !== "values") throw new Error(`Chargement inattendu : ${what}`);
        loadedAt.push(excel.syncs);
      },
      get isNullObject() {
        return value === undefined;
      },
      get values() {
        if (loadedAt.length === 0 || excel.syncs === loadedAt[0])
          throw new Error("PropertyNotLoaded: values");
        return [[value]];
      },
    });
    return Object.freeze({ getRangeOrNullObject: () => range });
  }

  /** A sheet that was there before the run: any use other than reading its name is recorded. */
  private watchedSheet(name: string): FakeSheet {
    const access = this.existingSheetAccess;
    return new Proxy({ name } as FakeSheet, {
      get(target, prop) {
        if (prop !== "name") access.push(`${name}.${String(prop)}`);
        return Reflect.get(target, prop);
      },
      set(_target, prop) {
        access.push(`${name}.${String(prop)}=`);
        return true;
      },
    });
  }

  writesTo(sheet: string, what?: string): Write[] {
    return this.writes.filter((w) => w.sheet === sheet && (what === undefined || w.what === what));
  }
}

/** Records assignments to the listed properties under `prefix`; any other property is refused. */
function recorder(
  record: (what: string, value: unknown) => void,
  prefix: string,
  props: string[],
  members: Record<string, unknown> = {}
): Record<string, unknown> {
  const target: Record<string, unknown> = { ...members };
  for (const prop of props) {
    Object.defineProperty(target, prop, {
      set: (value) => {
        record(`${prefix}${prop}`, value);
      },
      enumerable: true,
    });
  }
  return Object.seal(target);
}

export class FakeRange {
  readonly format: Record<string, unknown>;
  readonly dataValidation: Record<string, unknown>;
  readonly conditionalFormats: { add: (type: string) => unknown };

  constructor(
    private readonly excel: FakeExcel,
    readonly sheet: string,
    readonly address: string
  ) {
    const record = (what: string, value: unknown) => excel.write(sheet, address, what, value);
    this.format = Object.seal({
      font: recorder(record, "format.font.", ["bold", "italic", "size", "color"]),
      fill: recorder(record, "format.fill.", ["color"]),
      borders: Object.freeze({
        getItem: (edge: string) =>
          recorder(record, `format.borders.${edge}.`, ["style", "color", "weight"]),
      }),
      set wrapText(value: boolean) {
        record("format.wrapText", value);
      },
      set columnWidth(value: number) {
        record("format.columnWidth", value);
      },
    });
    this.dataValidation = recorder(record, "dataValidation.", ["rule", "errorAlert"]);
    this.conditionalFormats = Object.freeze({
      add: (type: string) => {
        record("conditionalFormats.add", type);
        return Object.freeze({
          custom: Object.freeze({
            rule: recorder(record, "conditionalFormat.rule.", ["formula"]),
            format: Object.freeze({
              fill: recorder(record, "conditionalFormat.fill.", ["color"]),
              font: recorder(record, "conditionalFormat.font.", ["color"]),
            }),
          }),
        });
      },
    });
    Object.seal(this);
  }

  set formulas(value: unknown) {
    this.excel.write(this.sheet, this.address, "formulas", value);
  }

  set numberFormat(value: unknown) {
    this.excel.write(this.sheet, this.address, "numberFormat", value);
  }

  merge(across: boolean): void {
    this.excel.write(this.sheet, this.address, "merge", across);
  }

  getEntireColumn(): FakeRange {
    return new FakeRange(this.excel, this.sheet, this.address.replace(/\d+/g, ""));
  }
}

export class FakeSheet {
  readonly freezePanes: {
    freezeRows: (n: number) => void;
    freezeColumns: (n: number) => void;
    freezeAt: (range: string) => void;
  };
  readonly horizontalPageBreaks: { add: (range: string) => void };
  readonly pageLayout: Record<string, unknown>;
  readonly charts: { add: (type: string, source: FakeRange, seriesBy: string) => unknown };
  readonly notes: { add: (address: string, text: string) => void };

  constructor(
    private readonly excel: FakeExcel,
    readonly name: string
  ) {
    const record = (what: string, value: unknown) => excel.write(name, "", what, value);
    const address = (range: unknown) => {
      if (typeof range !== "string") throw new Error("Adresse attendue");
      return range;
    };
    this.freezePanes = Object.freeze({
      freezeRows: (n: number) => record("freezeRows", n),
      freezeColumns: (n: number) => record("freezeColumns", n),
      freezeAt: (range: string) => record("freezeAt", address(range)),
    });
    this.horizontalPageBreaks = Object.freeze({
      add: (range: string) => record("horizontalPageBreaks.add", address(range)),
    });
    const layoutProps = ["paperSize", "orientation", "zoom", "printOrder"];
    this.pageLayout = recorder(record, "pageLayout.", layoutProps, {
      headersFooters: Object.freeze({
        defaultForAllPages: recorder(record, "pageLayout.", [
          "centerHeader",
          "leftFooter",
          "rightFooter",
        ]),
      }),
      setPrintTitleRows: (rows: string) => record("pageLayout.printTitleRows", rows),
      setPrintTitleColumns: (columns: string) => record("pageLayout.printTitleColumns", columns),
    });
    this.charts = Object.freeze({
      add: (type: string, source: FakeRange, seriesBy: string) =>
        new FakeChart(record, type, source, seriesBy),
    });
    this.notes = Object.freeze({
      add: (address: string, text: string) => excel.write(name, address, "note", text),
    });
    Object.seal(this);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    const start = a1(col + 1, row + 1);
    const end = a1(col + cols, row + rows);
    return new FakeRange(this.excel, this.name, start === end ? start : `${start}:${end}`);
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.excel, this.name, address);
  }

  getRanges(addresses: string): FakeRange {
    return new FakeRange(this.excel, this.name, addresses);
  }

  activate(): void {
    this.excel.write(this.name, "", "activate", true);
  }
}

interface SeriesEntry {
  name?: string;
  values?: string;
  categories?: string;
}

class FakeChart {
  readonly title: Record<string, unknown>;
  readonly axes: { categoryAxis: Record<string, unknown> };
  readonly series: { getItemAt: (i: number) => unknown; add: (name: string) => unknown };

  constructor(
    private readonly record: (what: string, value: unknown) => void,
    type: string,
    source: FakeRange,
    seriesBy: string
  ) {
    const series: SeriesEntry[] = [{ values: `${source.sheet}!${source.address}` }];
    record("chart", { type, seriesBy, series });
    this.title = recorder(record, "chart.title.", ["text"]);
    this.axes = Object.freeze({
      categoryAxis: recorder(record, "chart.categoryAxis.", ["numberFormat", "linkNumberFormat"]),
    });
    const fakeSeries = (entry: SeriesEntry) =>
      Object.seal({
        set name(value: string) {
          entry.name = value;
        },
        setValues: (range: FakeRange) => (entry.values = `${range.sheet}!${range.address}`),
        setXAxisValues: (range: FakeRange) =>
          (entry.categories = `${range.sheet}!${range.address}`),
      });
    this.series = Object.freeze({
      getItemAt: (i: number) => fakeSeries(series[i]),
      add: (name: string) => fakeSeries(series[series.push({ name }) - 1]),
    });
    Object.seal(this);
  }

  setPosition(start: string, end: string): void {
    this.record("chart.position", { start, end });
  }
}
