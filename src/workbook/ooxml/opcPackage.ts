/**
 * Just enough of the Open Packaging Conventions to add parts to an xlsx held in JSZip: workbook sheets by name,
 * relationships, content types. The parts are machine-written XML, read with a few anchored patterns.
 */
import type JSZip from "jszip";
import { attributesOf, escapeXml, insertBeforeClosingTag, startTags } from "./xml";

export const REL_WORKSHEET =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
export const REL_DRAWING =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
export const REL_CHART =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const NS_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface Relationship {
  id: string;
  type: string;
  /** Zip path of the target part, e.g. "xl/worksheets/sheet1.xml". */
  part: string;
}

export async function readPart(zip: JSZip, part: string): Promise<string> {
  const file = zip.file(part);
  if (!file) throw new Error(`Fichier xlsx incomplet : la partie « ${part} » est absente.`);
  return file.async("string");
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function folderOf(part: string): string[] {
  return part.split("/").slice(0, -1);
}

function resolveTarget(fromPart: string, target: string): string {
  const segments = target.startsWith("/") ? [] : folderOf(fromPart);
  for (const segment of target.replace(/^\//, "").split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== ".") segments.push(segment);
  }
  return segments.join("/");
}

function relativeTarget(fromPart: string, toPart: string): string {
  const from = folderOf(fromPart);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

export async function readRelationships(zip: JSZip, part: string): Promise<Relationship[]> {
  const file = zip.file(relsPathOf(part));
  if (!file) return [];
  return startTags(await file.async("string"), "Relationship")
    .map(attributesOf)
    .filter((a) => a.TargetMode !== "External")
    .map((a) => ({ id: a.Id, type: a.Type, part: resolveTarget(part, a.Target) }));
}

/** Adds a relationship from `part` to `targetPart` (creating the .rels part if needed) and returns its id. */
export async function addRelationship(
  zip: JSZip,
  part: string,
  type: string,
  targetPart: string
): Promise<string> {
  const relsPath = relsPathOf(part);
  const file = zip.file(relsPath);
  const xml = file
    ? await file.async("string")
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_RELS}"></Relationships>`;
  const used = startTags(xml, "Relationship").map((tag) =>
    Number(/^rId(\d+)$/.exec(attributesOf(tag).Id)?.[1] ?? 0)
  );
  const id = `rId${Math.max(0, ...used) + 1}`;
  const element = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(part, targetPart))}"/>`;
  zip.file(relsPath, insertBeforeClosingTag(xml, "Relationships", element));
  return id;
}

/** Worksheet parts by sheet name, from xl/workbook.xml and its relationships. */
export async function worksheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = "xl/workbook.xml";
  const targets = new Map(
    (await readRelationships(zip, workbook))
      .filter((r) => r.type === REL_WORKSHEET)
      .map((r) => [r.id, r.part])
  );
  const parts = new Map<string, string>();
  for (const tag of startTags(await readPart(zip, workbook), "sheet")) {
    const attributes = attributesOf(tag);
    const relId = Object.entries(attributes).find(([name]) => name.endsWith(":id"))?.[1];
    const part = relId && targets.get(relId);
    if (part) parts.set(attributes.name, part);
  }
  return parts;
}

/** The first free N for parts named `${prefix}N.xml`, e.g. "xl/charts/chart". */
export function nextPartNumber(zip: JSZip, prefix: string): number {
  const used = Object.keys(zip.files).map((path) =>
    path.startsWith(prefix) ? Number(/^(\d+)\.xml$/.exec(path.slice(prefix.length))?.[1] ?? 0) : 0
  );
  return Math.max(0, ...used) + 1;
}

export async function addContentTypeOverrides(
  zip: JSZip,
  overrides: { part: string; contentType: string }[]
) {
  const path = "[Content_Types].xml";
  const elements = overrides
    .map(
      ({ part, contentType }) =>
        `<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`
    )
    .join("");
  zip.file(path, insertBeforeClosingTag(await readPart(zip, path), "Types", elements));
}
