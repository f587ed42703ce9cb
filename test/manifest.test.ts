import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";

/**
 * Microsoft's manifest validation is an online service only; this test checks offline what it would (and what it
 * does not: that every resid resolves), then the production rewrite of the URLs.
 */
const root = path.resolve(__dirname, "..");
const source = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const { DEV_URL } = require("../scripts/addin-url") as { DEV_URL: string };
// xml2js ships no type declarations.
const { parseStringPromise } = require("xml2js") as {
  parseStringPromise: (xml: string, options: object) => Promise<unknown>;
};

interface XmlNode {
  "#name": string;
  $?: Record<string, string>;
  $$?: XmlNode[];
  _?: string;
}

const parse = async (xml: string): Promise<XmlNode> =>
  (await parseStringPromise(xml, {
    explicitChildren: true,
    preserveChildrenOrder: true,
    explicitRoot: false,
  })) as XmlNode;

const children = (node: XmlNode) => node.$$ ?? [];
const names = (node: XmlNode) => children(node).map((c) => c["#name"]);
const child = (node: XmlNode, name: string) => {
  const found = children(node).find((c) => c["#name"] === name);
  if (!found) throw new Error(`<${name}> absent de <${node["#name"]}>`);
  return found;
};
const at = (node: XmlNode, ...pathNames: string[]) => pathNames.reduce(child, node);
const descendants = (node: XmlNode): XmlNode[] =>
  children(node).flatMap((c) => [c, ...descendants(c)]);
const attr = (node: XmlNode, name: string) => node.$?.[name];

/** Whether `actual` lists elements in the order of `expected` (optional ones may be absent). */
function inOrder(actual: string[], expected: string[]): boolean {
  const positions = actual.map((n) => expected.indexOf(n));
  return positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]));
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every URL-valued attribute of the manifest. */
function urlsOf(app: XmlNode): string[] {
  const urlElements = [
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "SourceLocation",
    "bt:Image",
    "bt:Url",
  ];
  return descendants(app)
    .filter((n) => urlElements.includes(n["#name"]) && attr(n, "DefaultValue"))
    .map((n) => attr(n, "DefaultValue")!);
}

describe("manifest.xml", () => {
  let app: XmlNode;
  let overrides: XmlNode;
  let host: XmlNode;
  let resources: Record<"images" | "urls" | "shortStrings" | "longStrings", Map<string, string>>;

  beforeAll(async () => {
    app = await parse(source);
    overrides = child(app, "VersionOverrides");
    host = at(overrides, "Hosts", "Host");
    const table = (group: string) => {
      const entries = children(at(overrides, "Resources", group)).map(
        (n) => [attr(n, "id")!, attr(n, "DefaultValue")!] as const
      );
      expect(new Set(entries.map(([id]) => id)).size).toBe(entries.length); // ids are unique
      return new Map(entries);
    };
    resources = {
      images: table("bt:Images"),
      urls: table("bt:Urls"),
      shortStrings: table("bt:ShortStrings"),
      longStrings: table("bt:LongStrings"),
    };
  });

  it("is a task pane add-in for Excel workbooks", () => {
    expect(app["#name"]).toBe("OfficeApp");
    expect(attr(app, "xsi:type")).toBe("TaskPaneApp");
    expect(children(child(app, "Hosts")).map((h) => attr(h, "Name"))).toEqual(["Workbook"]);
    expect(attr(host, "xsi:type")).toBe("Workbook");
    expect(attr(overrides, "xsi:type")).toBe("VersionOverridesV1_0");
  });

  it("lists the OfficeApp elements in the schema's order", () => {
    const schemaOrder = [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    expect(inOrder(names(app), schemaOrder)).toBe(true);
    for (const required of [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "Hosts",
      "DefaultSettings",
      "Permissions",
    ]) {
      expect(names(app)).toContain(required);
    }
    expect(names(overrides)).toEqual(["Hosts", "Resources"]);
    expect(inOrder(names(host), ["Runtimes", "AllFormFactors", "DesktopFormFactor"])).toBe(true);
    expect(
      inOrder(names(child(host, "DesktopFormFactor")), [
        "GetStarted",
        "FunctionFile",
        "ExtensionPoint",
      ])
    ).toBe(true);
    expect(
      inOrder(names(child(overrides, "Resources")), [
        "bt:Images",
        "bt:Urls",
        "bt:ShortStrings",
        "bt:LongStrings",
      ])
    ).toBe(true);
  });

  it("has a GUID id, a four-part version, French locale and texts within the length limits", () => {
    expect(child(app, "Id")._).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(child(app, "Version")._).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
    expect(child(app, "DefaultLocale")._).toBe("fr-FR");
    expect(attr(child(app, "DisplayName"), "DefaultValue")).toBe("Budget CPTS");
    expect(attr(child(app, "Description"), "DefaultValue")!.length).toBeLessThanOrEqual(250);
    for (const text of resources.shortStrings.values())
      expect(text.length).toBeLessThanOrEqual(125);
    for (const text of resources.longStrings.values()) expect(text.length).toBeLessThanOrEqual(250);
  });

  it("asks for ReadWriteDocument only", () => {
    expect(
      children(app)
        .filter((c) => c["#name"] === "Permissions")
        .map((p) => p._)
    ).toEqual(["ReadWriteDocument"]);
  });

  it("requires what the add-in uses unguarded: ExcelApi 1.9, CustomFunctionsRuntime 1.2, the shared runtime", () => {
    const sets = at(app, "Requirements", "Sets");
    expect(names(sets).every((n) => n === "Set")).toBe(true);
    const declared = children(sets).map((s) => [
      attr(s, "Name"),
      attr(s, "MinVersion") ?? attr(sets, "DefaultMinVersion") ?? "1.1",
    ]);
    expect(declared).toEqual([
      // The writer's baseline (test/taskpane/apiSets.test.ts): page layout, page breaks and RangeAreas are 1.9.
      ["ExcelApi", "1.9"],
      // CustomFunctions.Error with a message, for the functions' French errors.
      ["CustomFunctionsRuntime", "1.2"],
      ["SharedRuntime", "1.1"],
    ]);
  });

  it("resolves every resid to a resource of the right kind", () => {
    const kindOf: Record<string, keyof typeof resources> = {
      "bt:Image": "images",
      SourceLocation: "urls",
      Runtime: "urls",
      FunctionFile: "urls",
      LearnMoreUrl: "urls",
      Namespace: "shortStrings",
      Label: "shortStrings",
      Title: "shortStrings",
      Description: "longStrings",
    };
    const references = descendants(overrides).filter((n) => attr(n, "resid") !== undefined);
    expect(references.length).toBeGreaterThan(10);
    const unresolved = references
      .filter((ref) => !resources[kindOf[ref["#name"]]]?.has(attr(ref, "resid")!))
      .map((ref) => `<${ref["#name"]} resid="${attr(ref, "resid")}">`);
    expect(unresolved).toEqual([]);
  });

  it("runs the task pane and the custom functions in one long-lived runtime", () => {
    const runtime = at(host, "Runtimes", "Runtime");
    expect(attr(runtime, "lifetime")).toBe("long");
    const functions = at(host, "AllFormFactors", "ExtensionPoint");
    expect(attr(functions, "xsi:type")).toBe("CustomFunctions");
    const page = attr(at(functions, "Page", "SourceLocation"), "resid");
    const button = descendants(host).find((n) => n["#name"] === "Action")!;
    expect(attr(button, "xsi:type")).toBe("ShowTaskpane");
    const residOf = (node: XmlNode) => attr(node, "resid");
    expect(residOf(runtime)).toBe(page);
    expect(residOf(at(host, "DesktopFormFactor", "FunctionFile"))).toBe(page);
    expect(residOf(child(button, "SourceLocation"))).toBe(page);
    expect(resources.urls.get(page!)).toBe(
      attr(at(app, "DefaultSettings", "SourceLocation"), "DefaultValue")
    );
    expect(resources.urls.get(page!)).toBe(`${DEV_URL}taskpane.html`);
    expect(resources.urls.get(residOf(at(functions, "Script", "SourceLocation"))!)).toBe(
      `${DEV_URL}functions.js`
    );
    expect(resources.urls.get(residOf(at(functions, "Metadata", "SourceLocation"))!)).toBe(
      `${DEV_URL}functions.json`
    );
    expect(resources.shortStrings.get(residOf(child(functions, "Namespace"))!)).toBe("CPTS");
  });

  it("puts a « Budget CPTS » button on the Home tab", () => {
    const tab = descendants(host).find((n) => n["#name"] === "OfficeTab")!;
    expect(attr(tab, "id")).toBe("TabHome");
    const control = descendants(tab).find((n) => n["#name"] === "Control")!;
    expect(attr(control, "xsi:type")).toBe("Button");
    expect(resources.shortStrings.get(attr(child(control, "Label"), "resid")!)).toBe("Budget CPTS");
  });

  it("points its icons at PNG files of the announced sizes", () => {
    const fileOf = (url: string) => {
      expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
      return path.join(root, url.slice(DEV_URL.length));
    };
    const expectSize = (url: string, size: number) =>
      expect(pngSize(fileOf(url))).toEqual({ width: size, height: size });
    expectSize(attr(child(app, "IconUrl"), "DefaultValue")!, 32);
    expectSize(attr(child(app, "HighResolutionIconUrl"), "DefaultValue")!, 64);
    const sized = descendants(host).filter((n) => n["#name"] === "bt:Image");
    expect(new Set(sized.map((n) => attr(n, "size")))).toEqual(new Set(["16", "32", "80"]));
    for (const image of sized)
      expectSize(resources.images.get(attr(image, "resid")!)!, Number(attr(image, "size")));
  });

  it("uses https URLs, the add-in's own on the dev base URL", () => {
    for (const url of urlsOf(app)) expect(url).toMatch(/^https:\/\/[^/]+\//);
    const addinUrls = [...resources.images.values(), ...resources.urls.values()].filter(
      (u) => !u.includes("github.com")
    );
    for (const url of addinUrls) expect(url.startsWith(DEV_URL)).toBe(true);
  });

  it("is well-formed for xmllint (when installed)", () => {
    const result = spawnSync("xmllint", ["--noout", path.join(root, "manifest.xml")], {
      encoding: "utf8",
    });
    if (result.error) return; // xmllint not installed (libxml2-utils)
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});

describe("production manifest (ADDIN_URL)", () => {
  const PRODUCTION_URL = "https://cpts-budget.example.org/";

  /** The manifest as the production build writes it: the webpack config's own copy transform. */
  async function buildManifest(addinUrl: string | undefined): Promise<string> {
    const saved = process.env.ADDIN_URL;
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      if (addinUrl === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = addinUrl;
      const webpackConfig = require("../webpack.config.js");
      const config = await webpackConfig({ WEBPACK_BUILD: true }, { mode: "production" });
      const CopyWebpackPlugin = require("copy-webpack-plugin");
      const copy = config.plugins.find((p: object) => p instanceof CopyWebpackPlugin);
      const pattern = copy.patterns.find((p: { from: string }) => p.from === "manifest*.xml");
      return pattern.transform
        ? String(await pattern.transform(Buffer.from(source), "manifest.xml"))
        : source;
    } finally {
      warn.mockRestore();
      if (saved === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = saved;
    }
  }

  it("rewrites every dev URL to the hosting URL: no localhost left, all https", async () => {
    const manifest = await buildManifest(PRODUCTION_URL);
    expect(manifest).not.toMatch(/localhost/);
    const devCount = source.split(DEV_URL).length - 1;
    expect(devCount).toBeGreaterThan(5);
    expect(manifest.split(PRODUCTION_URL).length - 1).toBe(devCount);
    const app = await parse(manifest);
    for (const url of urlsOf(app)) expect(url).toMatch(/^https:\/\//);
  });

  it("adds the final / to ADDIN_URL when it is missing", async () => {
    const manifest = await buildManifest("https://cpts.example.org/budget");
    expect(manifest).toContain('"https://cpts.example.org/budget/taskpane.html"');
  });

  it("keeps the dev URLs when ADDIN_URL is not set (test builds)", async () => {
    expect(await buildManifest(undefined)).toBe(source);
  });

  it.each([
    "http://cpts-budget.example.org/",
    "cpts-budget.example.org",
    "https://x.example.org/?v=1",
  ])("refuses ADDIN_URL=%p with a French message", async (url) => {
    await expect(buildManifest(url)).rejects.toThrow(
      /^ADDIN_URL doit être l'adresse https de l'hébergement/
    );
  });
});
