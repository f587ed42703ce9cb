/**
 * A hand-written fake of the slice of Excel's API the writer and the read-back use. Strict where office-addin-mock is
 * lax: every object stands for one Excel class and knows only the members written here, so reading, setting or calling
 * any other member throws; collection items can only be read after a sync; existing sheets record any access. Every
 * write is logged with the batch (sync count) it was queued in, and every member used with the class it belongs to
 * and the requirement sets the host had confirmed (isSetSupported answered true) by then.
 */
import { a1 } from "../../src/workbook/names";

export interface Write {
  sheet: string;
  address: string;
  /** e.g. "formulas", "numberFormat", "format.fill.color", "merge", "chart", "note", "comment". */
  what: string;
  value: unknown;
  /** Number of syncs done when the write was queued. */
  batch: number;
}

/** One use of an Office.js member, e.g. "Worksheet.notes", with the sets confirmed then (e.g. "ExcelApi 1.18"). */
export interface MemberUse {
  member: string;
  guards: readonly string[];
}

export interface FakeName {
  formula: string;
  comment: string;
}

export interface FakeOptions {
  /** Sheets already in the workbook. */
  sheets?: string[];
  /** Workbook names already there: a formula (no comment) or a formula with its comment. */
  names?: Record<string, string | FakeName>;
  /** Values the read-back finds behind each defined name. */
  nameValues?: Record<string, unknown>;
  /** The highest ExcelApi version the host supports (default 1.9, the manifest's minimum). */
  excelApi?: string;
  /** Makes the n-th sync reject; the sheets added after the first `keepSheets` are then missing, as if never sent. */
  failSync?: { at: number; keepSheets?: number; error?: unknown };
  /** Makes the n-th sync reject too (e.g. the clean-up's). */
  failAlsoSync?: number;
}

/** An Office.js error as Excel.run rejects with it. */
export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), {
    code,
    debugInfo: { code, message, errorLocation: "Workbook.worksheets" },
  });
}

/** Property names that test tooling (jest's printing and equality, promises) probes on any object. */
const PROBED = new Set([
  "then",
  "toJSON",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "constructor",
]);

const versionParts = (version: string) => version.split(".").map(Number);
const atLeast = (version: string, min: string) => {
  const [a, b] = [versionParts(version), versionParts(min)];
  return a[0] > b[0] || (a[0] === b[0] && (a[1] ?? 0) >= (b[1] ?? 0));
};

type Members = Record<string, PropertyDescriptor>;
const method = (fn: (...args: never[]) => unknown): PropertyDescriptor => ({ value: fn });
const getter = (get: () => unknown): PropertyDescriptor => ({ get });
const setter = (set: (value: never) => void): PropertyDescriptor => ({ set });

export class FakeExcel {
  syncs = 0;
  readonly writes: Write[] = [];
  readonly calls: { what: string; batch: number }[] = [];
  readonly uses: MemberUse[] = [];
  /** Each isSetSupported question and its answer, e.g. "ExcelApi 1.18: false". */
  readonly requirementChecks: string[] = [];
  /** Properties read or written on sheets that existed before the run: must stay empty. */
  readonly existingSheetAccess: string[] = [];
  readonly created: FakeSheet[] = [];
  readonly names = new Map<string, FakeName>();
  readonly context: Excel.RequestContext;
  /** What Office.context.requirements answers on this host. */
  readonly requirements: { isSetSupported: (name: string, version?: string) => boolean };
  private guards: readonly string[] = [];
  private readonly existing: FakeSheet[];
  private readonly nameValues: Record<string, unknown>;
  private readonly excelApi: string;

  constructor(private readonly options: FakeOptions = {}) {
    for (const [name, entry] of Object.entries(options.names ?? {}))
      this.names.set(name, typeof entry === "string" ? { formula: entry, comment: "" } : entry);
    this.nameValues = options.nameValues ?? {};
    this.excelApi = options.excelApi ?? "1.9";
    this.existing = (options.sheets ?? []).map((name) => this.watchedSheet(name));
    this.requirements = Object.freeze({
      isSetSupported: (name: string, version = "1.1") => {
        const supported = name === "ExcelApi" && atLeast(this.excelApi, version);
        this.requirementChecks.push(`${name} ${version}: ${supported}`);
        if (supported) this.guards = Object.freeze([...this.guards, `${name} ${version}`]);
        return supported;
      },
    });
    this.context = this.object("RequestContext", {
      sync: method(() => this.sync()),
      application: getter(() => this.application),
      workbook: getter(() => this.workbook),
    });
  }

  /** An object of the Excel class `className` with only the given members; each use is logged. */
  object<T>(className: string, members: Members, onUse?: (member: string) => void): T {
    const target = Object.defineProperties({}, members);
    const known = (prop: string | symbol): prop is string =>
      typeof prop === "string" && Object.prototype.hasOwnProperty.call(members, prop);
    return new Proxy(target, {
      get: (t, prop) => {
        if (typeof prop === "symbol" || PROBED.has(prop)) return undefined;
        onUse?.(prop);
        if (!known(prop)) throw new Error(`Membre non simulé : Excel.${className}.${prop}`);
        this.use(className, prop);
        const { get, set } = members[prop];
        if (set && !get) throw new Error(`PropertyNotLoaded: Excel.${className}.${prop}`);
        return Reflect.get(t, prop);
      },
      set: (_t, prop, value) => {
        onUse?.(`${String(prop)}=`);
        if (!known(prop) || !members[prop].set)
          throw new Error(
            `Propriété non modifiable dans le faux : Excel.${className}.${String(prop)}`
          );
        this.use(className, prop);
        members[prop].set!(value);
        return true;
      },
    }) as T;
  }

  use(className: string, member: string): void {
    this.uses.push({ member: `${className}.${member}`, guards: this.guards });
  }

  call(what: string): void {
    this.calls.push({ what, batch: this.syncs });
  }

  write(sheet: string, address: string, what: string, value: unknown): void {
    this.writes.push({ sheet, address, what, value, batch: this.syncs });
  }

  writesTo(sheet: string, what?: string): Write[] {
    return this.writes.filter((w) => w.sheet === sheet && (what === undefined || w.what === what));
  }

  private async sync(): Promise<void> {
    this.syncs++;
    const { failSync, failAlsoSync } = this.options;
    if (failSync?.at === this.syncs) {
      this.created.splice(failSync.keepSheets ?? this.created.length);
      throw failSync.error ?? officeError("InvalidArgument", "The argument is invalid or missing.");
    }
    if (failAlsoSync === this.syncs) throw officeError("GeneralException", "Erreur interne.");
  }

  private sheets(): FakeSheet[] {
    return [...this.existing, ...this.created];
  }

  private findSheet(name: string): FakeSheet | undefined {
    return this.sheets().find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private get application() {
    return this.object("Application", {
      suspendApiCalculationUntilNextSync: method(() =>
        this.call("suspendApiCalculationUntilNextSync")
      ),
      calculate: method((type: string) => this.call(`calculate:${type}`)),
    });
  }

  private get workbook() {
    return this.object("Workbook", {
      worksheets: getter(() => this.worksheetCollection()),
      names: getter(() => this.nameCollection()),
      comments: getter(() =>
        this.object("CommentCollection", {
          add: method((cell: unknown, content: string) => {
            const { sheet, address } = rangeOf(cell);
            if (address.includes(":")) throw new Error("Une seule cellule attendue");
            this.write(sheet, address, "comment", content);
          }),
        })
      ),
    });
  }

  private worksheetCollection() {
    return this.object("WorksheetCollection", {
      load: method((what: string) =>
        this.loaded("WorksheetCollection", what, "items/name", () =>
          this.sheets().map((s) => s.api)
        )
      ),
      add: method((name: string) => {
        if (this.findSheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
        const sheet = new FakeSheet(this, name);
        this.created.push(sheet);
        this.call(`worksheets.add:${name}`);
        return sheet.api;
      }),
      getItem: method((name: string) => {
        const found = this.findSheet(name);
        if (!found) throw new Error(`ItemNotFound: ${name}`);
        return found.api;
      }),
    });
  }

  private nameCollection() {
    return this.object("NamedItemCollection", {
      load: method((what: string) =>
        this.loaded(
          "NamedItemCollection",
          what,
          what === "items/name" ? "items/name" : "items/name,items/formula,items/comment",
          () =>
            [...this.names].map(([name, { formula, comment }]) =>
              this.object("NamedItem", {
                name: getter(() => name),
                formula: getter(() => formula),
                comment: getter(() => comment),
              })
            )
        )
      ),
      add: method((name: string, ref: string, comment?: string) => {
        if (this.names.has(name)) throw new Error(`ItemAlreadyExists: ${name}`);
        this.call(`names.add:${name}`);
        this.names.set(name, { formula: ref, comment: comment ?? "" });
      }),
      getItem: method((name: string) => {
        const entry = this.names.get(name);
        if (!entry) throw new Error(`ItemNotFound: ${name}`);
        return this.object("NamedItem", {
          formula: setter((ref: string) => {
            this.call(`names.set:${name}`);
            entry.formula = ref;
          }),
          delete: method(() => {
            this.call(`names.delete:${name}`);
            this.names.delete(name);
          }),
        });
      }),
      getItemOrNullObject: method((name: string) => this.nameItemOrNull(name)),
    });
  }

  /** A loaded collection: its items are readable only once a sync has run after the load. */
  private loaded<T>(className: string, what: string, expected: string, items: () => T[]) {
    if (what !== expected) throw new Error(`Chargement inattendu : ${what}`);
    const loadedAt = this.syncs;
    return this.object(className, {
      items: getter(() => {
        if (this.syncs === loadedAt)
          throw new Error("PropertyNotLoaded: context.sync() n'a pas été appelé");
        return items();
      }),
    });
  }

  private nameItemOrNull(name: string) {
    const value = this.nameValues[name];
    const loadedAt: number[] = [];
    const range = this.object("Range", {
      load: method((what: string) => {
        if (what !== "values") throw new Error(`Chargement inattendu : ${what}`);
        loadedAt.push(this.syncs);
      }),
      isNullObject: getter(() => value === undefined),
      values: getter(() => {
        if (loadedAt.length === 0 || this.syncs === loadedAt[0])
          throw new Error("PropertyNotLoaded: values");
        return [[value]];
      }),
    });
    return this.object("NamedItem", { getRangeOrNullObject: method(() => range) });
  }

  /** A sheet that was there before the run: anything but reading its name is recorded, and refused. */
  private watchedSheet(name: string): FakeSheet {
    const access = this.existingSheetAccess;
    const api = this.object<Excel.Worksheet>(
      "Worksheet",
      { name: getter(() => name) },
      (member) => {
        if (member !== "name") access.push(`${name}.${member}`);
      }
    );
    return Object.freeze({ name, api }) as FakeSheet;
  }
}

/** Records assignments to the listed properties under `prefix`; other members as given. */
function recorder(
  excel: FakeExcel,
  className: string,
  record: (what: string, value: unknown) => void,
  prefix: string,
  props: string[],
  members: Members = {}
): unknown {
  const all: Members = { ...members };
  for (const prop of props) all[prop] = setter((value) => record(`${prefix}${prop}`, value));
  return excel.object(className, all);
}

export class FakeRange {
  readonly api: Excel.Range;

  constructor(
    excel: FakeExcel,
    readonly sheet: string,
    readonly address: string,
    className: "Range" | "RangeAreas" = "Range"
  ) {
    const record = (what: string, value: unknown) => excel.write(sheet, address, what, value);
    const rec = (name: string, prefix: string, props: string[], members?: Members) =>
      recorder(excel, name, record, prefix, props, members);
    const format = excel.object("RangeFormat", {
      font: getter(() => rec("RangeFont", "format.font.", ["bold", "italic", "size", "color"])),
      fill: getter(() => rec("RangeFill", "format.fill.", ["color"])),
      borders: getter(() =>
        excel.object("RangeBorderCollection", {
          getItem: method((edge: string) =>
            rec("RangeBorder", `format.borders.${edge}.`, ["style", "color", "weight"])
          ),
        })
      ),
      wrapText: setter((value: boolean) => record("format.wrapText", value)),
      columnWidth: setter((value: number) => record("format.columnWidth", value)),
    });
    const members: Members = { format: getter(() => format) };
    if (className === "Range") {
      Object.assign(members, {
        formulas: setter((value: unknown) => record("formulas", value)),
        numberFormat: setter((value: unknown) => record("numberFormat", value)),
        dataValidation: getter(() =>
          rec("DataValidation", "dataValidation.", ["rule", "errorAlert"])
        ),
        conditionalFormats: getter(() =>
          excel.object("ConditionalFormatCollection", {
            add: method((type: string) => {
              record("conditionalFormats.add", type);
              return excel.object("ConditionalFormat", {
                custom: getter(() =>
                  excel.object("CustomConditionalFormat", {
                    rule: getter(() =>
                      rec("ConditionalFormatRule", "conditionalFormat.rule.", ["formula"])
                    ),
                    format: getter(() =>
                      excel.object("ConditionalRangeFormat", {
                        fill: getter(() =>
                          rec("ConditionalRangeFill", "conditionalFormat.fill.", ["color"])
                        ),
                        font: getter(() =>
                          rec("ConditionalRangeFont", "conditionalFormat.font.", ["color"])
                        ),
                      })
                    ),
                  })
                ),
              });
            }),
          })
        ),
        merge: method((across: boolean) => record("merge", across)),
        getEntireColumn: method(() => new FakeRange(excel, sheet, address.replace(/\d+/g, "")).api),
      });
    }
    this.api = excel.object(className, members);
    ranges.set(this.api, this);
  }
}

/** The fake behind each Range proxy, for the fakes that receive a range (charts, comments). */
const ranges = new WeakMap<object, FakeRange>();
const rangeOf = (api: unknown): FakeRange => {
  const range = ranges.get(api as object);
  if (!range) throw new Error("Range attendu");
  return range;
};

export class FakeSheet {
  readonly api: Excel.Worksheet;

  constructor(
    excel: FakeExcel,
    readonly name: string
  ) {
    const record = (what: string, value: unknown) => excel.write(name, "", what, value);
    const address = (range: unknown) => {
      if (typeof range !== "string") throw new Error("Adresse attendue");
      return range;
    };
    const rec = (className: string, props: string[], members?: Members) =>
      recorder(excel, className, record, "pageLayout.", props, members);
    this.api = excel.object("Worksheet", {
      name: getter(() => this.name),
      getRangeByIndexes: method((row: number, col: number, rows: number, cols: number) => {
        const start = a1(col + 1, row + 1);
        const end = a1(col + cols, row + rows);
        return new FakeRange(excel, name, start === end ? start : `${start}:${end}`).api;
      }),
      getRange: method((range: string) => new FakeRange(excel, name, address(range)).api),
      getRanges: method(
        (ranges: string) => new FakeRange(excel, name, address(ranges), "RangeAreas").api
      ),
      activate: method(() => record("activate", true)),
      delete: method(() => {
        excel.call(`worksheets.delete:${name}`);
        excel.created.splice(
          excel.created.findIndex((s) => s === this),
          1
        );
      }),
      freezePanes: getter(() =>
        excel.object("WorksheetFreezePanes", {
          freezeRows: method((n: number) => record("freezeRows", n)),
          freezeColumns: method((n: number) => record("freezeColumns", n)),
          freezeAt: method((range: string) => record("freezeAt", address(range))),
        })
      ),
      horizontalPageBreaks: getter(() =>
        excel.object("PageBreakCollection", {
          add: method((range: string) => record("horizontalPageBreaks.add", address(range))),
        })
      ),
      pageLayout: getter(() =>
        rec("PageLayout", ["paperSize", "orientation", "zoom", "printOrder"], {
          headersFooters: getter(() =>
            excel.object("HeaderFooterGroup", {
              defaultForAllPages: getter(() =>
                rec("HeaderFooter", ["centerHeader", "leftFooter", "rightFooter"])
              ),
            })
          ),
          setPrintTitleRows: method((rows: string) => record("pageLayout.printTitleRows", rows)),
          setPrintTitleColumns: method((columns: string) =>
            record("pageLayout.printTitleColumns", columns)
          ),
        })
      ),
      charts: getter(() =>
        excel.object("ChartCollection", {
          add: method((type: string, source: unknown, seriesBy: string) =>
            fakeChart(excel, record, type, rangeOf(source), seriesBy)
          ),
        })
      ),
      notes: getter(() =>
        excel.object("NoteCollection", {
          add: method((cell: string, text: string) =>
            excel.write(name, address(cell), "note", text)
          ),
        })
      ),
    });
  }
}

interface SeriesEntry {
  name?: string;
  values?: string;
  categories?: string;
}

function fakeChart(
  excel: FakeExcel,
  record: (what: string, value: unknown) => void,
  type: string,
  source: FakeRange,
  seriesBy: string
): unknown {
  const series: SeriesEntry[] = [{ values: `${source.sheet}!${source.address}` }];
  record("chart", { type, seriesBy, series });
  const at = (range: unknown) => `${rangeOf(range).sheet}!${rangeOf(range).address}`;
  const fakeSeries = (entry: SeriesEntry) =>
    excel.object("ChartSeries", {
      name: setter((value: string) => (entry.name = value)),
      setValues: method((range: unknown) => (entry.values = at(range))),
      setXAxisValues: method((range: unknown) => (entry.categories = at(range))),
    });
  return excel.object("Chart", {
    title: getter(() => recorder(excel, "ChartTitle", record, "chart.title.", ["text"])),
    axes: getter(() =>
      excel.object("ChartAxes", {
        categoryAxis: getter(() =>
          recorder(excel, "ChartAxis", record, "chart.categoryAxis.", [
            "numberFormat",
            "linkNumberFormat",
          ])
        ),
      })
    ),
    series: getter(() =>
      excel.object("ChartSeriesCollection", {
        getItemAt: method((i: number) => fakeSeries(series[i])),
        add: method((name: string) => fakeSeries(series[series.push({ name }) - 1])),
      })
    ),
    setPosition: method((start: string, end: string) => record("chart.position", { start, end })),
  });
}
