/**
 * Adds the plan's charts to an xlsx written by ExcelJS (which cannot write charts): for each sheet with charts, one
 * drawing part holding a DrawingML chart part per ChartPlan, their relationships, the sheet's <drawing r:id> element
 * and the content types. Runs in Node and in the browser (JSZip only).
 */
import JSZip from "jszip";
import { type WorkbookPlan } from "./planTypes";
import { chartPartXml, drawingPartXml, type PlacedChart } from "./ooxml/chartParts";
import {
  addContentTypeOverrides,
  addRelationship,
  nextPartNumber,
  readPart,
  readRelationships,
  REL_CHART,
  REL_DRAWING,
  worksheetParts,
} from "./ooxml/opcPackage";
import { documentChildren, startTags } from "./ooxml/xml";

const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** CT_Worksheet children that come after <drawing>: it goes before the first one present. */
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

/** Inserts <drawing r:id="…"/> into a worksheet at its place in the CT_Worksheet sequence. */
function withDrawingElement(sheetXml: string, relId: string): string {
  const root = startTags(sheetXml, "worksheet")[0];
  const prefix = /^<([\w.-]+:)?/.exec(root)?.[1] ?? "";
  const rPrefix = new RegExp(`xmlns:([\\w.-]+)="${NS_R}"`).exec(root)?.[1];
  const element = rPrefix
    ? `<${prefix}drawing ${rPrefix}:id="${relId}"/>`
    : `<${prefix}drawing xmlns:r="${NS_R}" r:id="${relId}"/>`;
  const offset =
    documentChildren(sheetXml).find((child) => AFTER_DRAWING.has(child.localName))?.offset ??
    sheetXml.lastIndexOf(`</${prefix}worksheet>`);
  return sheetXml.slice(0, offset) + element + sheetXml.slice(offset);
}

async function attachDrawing(
  zip: JSZip,
  sheetPart: string,
  drawingPart: string,
  sheetName: string
): Promise<void> {
  if ((await readRelationships(zip, sheetPart)).some((r) => r.type === REL_DRAWING)) {
    throw new Error(
      `La feuille « ${sheetName} » contient déjà un dessin : impossible d'y ajouter ses graphiques.`
    );
  }
  const sheetXml = await readPart(zip, sheetPart);
  const relId = await addRelationship(zip, sheetPart, REL_DRAWING, drawingPart);
  zip.file(sheetPart, withDrawingElement(sheetXml, relId));
}

export async function addChartsToXlsx(xlsx: Uint8Array, plan: WorkbookPlan): Promise<Uint8Array> {
  const sheets = plan.sheets.filter((sheet) => sheet.charts.length > 0);
  if (sheets.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const sheetParts = await worksheetParts(zip);
  const overrides: { part: string; contentType: string }[] = [];
  let chartNumber = nextPartNumber(zip, "xl/charts/chart");
  let drawingNumber = nextPartNumber(zip, "xl/drawings/drawing");
  for (const sheet of sheets) {
    const sheetPart = sheetParts.get(sheet.name);
    if (!sheetPart) {
      throw new Error(
        `Feuille « ${sheet.name} » absente du classeur : impossible d'y ajouter ses graphiques.`
      );
    }
    const drawingPart = `xl/drawings/drawing${drawingNumber++}.xml`;
    const placed: PlacedChart[] = [];
    for (const chart of sheet.charts) {
      const chartPart = `xl/charts/chart${chartNumber++}.xml`;
      zip.file(chartPart, chartPartXml(chart, sheet.name));
      placed.push({ chart, relId: await addRelationship(zip, drawingPart, REL_CHART, chartPart) });
      overrides.push({ part: chartPart, contentType: CT_CHART });
    }
    zip.file(drawingPart, drawingPartXml(placed));
    overrides.push({ part: drawingPart, contentType: CT_DRAWING });
    await attachDrawing(zip, sheetPart, drawingPart, sheet.name);
  }
  await addContentTypeOverrides(zip, overrides);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
