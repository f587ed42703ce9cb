/**
 * Tags the plan's defined names in an xlsx written by ExcelJS (which writes no name comments): each gets the add-in's
 * comment, so that the task pane later tells them from the user's own names (see DEFINED_NAME_MARKER).
 */
import JSZip from "jszip";
import { DEFINED_NAME_COMMENT } from "./names";
import { readPart } from "./ooxml/opcPackage";
import { attributesOf, escapeXml, startTags } from "./ooxml/xml";
import { type NamePlan } from "./planTypes";

const WORKBOOK = "xl/workbook.xml";

export async function tagDefinedNames(xlsx: Uint8Array, names: NamePlan[]): Promise<Uint8Array> {
  if (names.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const xml = await readPart(zip, WORKBOOK);
  const wanted = new Set(names.map((n) => n.name));
  const tagged = new Set<string>();
  let result = xml;
  for (const tag of new Set(startTags(xml, "definedName"))) {
    const attributes = attributesOf(tag);
    if (!wanted.has(attributes.name) || "comment" in attributes) continue;
    const withComment = tag.replace(
      /\s*>$/,
      (end) => ` comment="${escapeXml(DEFINED_NAME_COMMENT)}"${end}`
    );
    result = result.split(tag).join(withComment);
    tagged.add(attributes.name);
  }
  const missing = [...wanted].filter((name) => !tagged.has(name));
  if (missing.length > 0) {
    throw new Error(`Noms définis absents du fichier xlsx : ${missing.join(", ")}.`);
  }
  zip.file(WORKBOOK, result);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
