/**
 * Headless LibreOffice as a second, independent spreadsheet engine: it recalculates generated workbooks on load
 * (forced by a throw-away profile, ../shared/engineering/toolchain-offline.md §5) and converts them to PDF.
 * Each soffice start costs ~5 s, so callers pass many files to one call.
 */
import { execFile } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { basename, join } from "path";
import { pathToFileURL } from "url";
import { promisify } from "util";

const CANDIDATES = [
  "/usr/bin/soffice",
  "/usr/local/bin/soffice",
  "/usr/lib/libreoffice/program/soffice",
  "/opt/libreoffice/program/soffice",
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
];

export function findSoffice(): string | undefined {
  const fromEnv = process.env.SOFFICE;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * The soffice binary, or undefined after a loud notice so the caller skips its tests. In CI (CI=true) a missing
 * LibreOffice is an error: the recalculation tests must run there.
 */
export function sofficeOrSkip(what: string): string | undefined {
  const soffice = findSoffice();
  if (soffice) return soffice;
  const message = `LibreOffice (soffice) introuvable : ${what} NON EXÉCUTÉ. Installez libreoffice-calc ou définissez SOFFICE.`;
  if (process.env.CI === "true") throw new Error(message);
  const bar = "!".repeat(message.length + 8);
  console.warn(`\n${bar}\n!!! ${message} !!!\n${bar}\n`);
  return undefined;
}

/** Always recalculate on load, for OOXML and ODF files alike (0 = always). */
const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Converts files in one soffice call, with a fresh profile that forces recalculation; returns the output paths. */
export async function convertWithLibreOffice(
  soffice: string,
  files: string[],
  format: string,
  outDir: string
): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), "cpts-lo-profile-"));
  try {
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE);
    mkdirSync(outDir, { recursive: true });
    const args = [
      "--headless",
      "--norestore",
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...files,
    ];
    await promisify(execFile)(soffice, args, { timeout: 180_000, maxBuffer: 16 * 1024 * 1024 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const extension = format.split(":")[0];
  const outputs = files.map((file) =>
    join(outDir, basename(file).replace(/\.[^.]+$/, `.${extension}`))
  );
  const missing = outputs.filter((path) => !existsSync(path));
  if (missing.length > 0) throw new Error(`LibreOffice n'a pas produit : ${missing.join(", ")}`);
  return outputs;
}

/** Recalculates xlsx files and saves them as xlsx, whose cached values then hold LibreOffice's results. */
export function recalculateXlsx(
  soffice: string,
  files: string[],
  outDir: string
): Promise<string[]> {
  return convertWithLibreOffice(soffice, files, "xlsx:Calc MS Excel 2007 XML", outDir);
}

export type CachedValue = number | string | boolean | { error: string };

export interface CachedWorkbook {
  /** Sheet name → cell address ("B4") → cached value. */
  sheets: Map<string, Map<string, CachedValue>>;
  /** Defined name → its reference, as written in the file. */
  names: Map<string, string>;
}

const unescapeXml = (text: string) =>
  text.replace(
    /&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-f]+));/gi,
    (_, name: string, dec?: string, hex?: string) =>
      dec
        ? String.fromCodePoint(Number(dec))
        : hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" }[name]!
  );

/**
 * The cached values of an xlsx as saved by a spreadsheet engine, read straight from its XML: dates stay serial
 * numbers and a cached 0 stays 0 (ExcelJS drops falsy formula results).
 */
export async function readCachedValues(path: string): Promise<CachedWorkbook> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const part = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  const shared = [...(await part("xl/sharedStrings.xml")).matchAll(/<si>([\s\S]*?)<\/si>/g)].map(
    (m) => unescapeXml([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(""))
  );
  const workbook = await part("xl/workbook.xml");
  const rels = await part("xl/_rels/workbook.xml.rels");
  const targets = new Map(
    [...rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [
      m[1],
      m[2],
    ])
  );
  const sheets = new Map<string, Map<string, CachedValue>>();
  for (const m of workbook.matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    const target = targets.get(m[2])!.replace(/^\/?(xl\/)?/, "");
    const cells = new Map<string, CachedValue>();
    for (const c of (await part(`xl/${target}`)).matchAll(
      /<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g
    )) {
      const type = /t="(\w+)"/.exec(c[2])?.[1] ?? "n";
      const body = c[3] ?? "";
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const inline = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1];
      if (v === undefined && inline === undefined) continue;
      const raw = unescapeXml(v ?? inline!);
      const value: CachedValue =
        type === "s"
          ? shared[Number(raw)]
          : type === "b"
            ? raw === "1"
            : type === "e"
              ? { error: raw }
              : type === "str" || type === "inlineStr"
                ? raw
                : Number(raw);
      cells.set(c[1], value);
    }
    sheets.set(unescapeXml(m[1]), cells);
  }
  const names = new Map(
    [...workbook.matchAll(/<definedName ([^>]*)>([\s\S]*?)<\/definedName>/g)].map((m) => [
      /name="([^"]+)"/.exec(m[1])![1],
      unescapeXml(m[2]),
    ])
  );
  return { sheets, names };
}
