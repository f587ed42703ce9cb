/**
 * DrawingML parts for the plan's charts: one chart part per ChartPlan and one drawing part per sheet.
 * Pure string builders; ../xlsxCharts.ts wires them into the package. Element order follows the OOXML schema
 * (CT_ChartSpace, CT_BarSer, CT_LineSer, CT_CatAx, CT_ValAx), which Excel enforces.
 */
import { type ChartPlan } from "../planTypes";
import { escapeXml } from "./xml";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Series colours, in order: blue, orange, grey, green (Office palette). */
const PALETTE = ["4472C4", "ED7D31", "A5A5A5", "70AD47"];
const CATEGORY_AXIS_ID = 500000001;
const VALUE_AXIS_ID = 500000002;

/** "Budget (2)" → "'Budget (2)'": always quoted, inner quotes doubled, as Excel writes chart formulas. */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function absoluteCells(cells: string): string {
  return cells
    .split(":")
    .map((cell) => {
      const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(cell);
      if (!match)
        throw new Error(`Référence de cellule invalide dans un graphique : « ${cells} ».`);
      return `$${match[1].toUpperCase()}$${match[2]}`;
    })
    .join(":");
}

/**
 * A plan range ("C40:D40", "Budget!C40:D40", "='Budget (2)'!$C$40") as a chart formula: sheet-qualified and
 * absolute, e.g. 'Budget'!$C$40:$D$40. A range without a sheet refers to the chart's own sheet.
 */
export function chartFormula(range: string, chartSheet: string): string {
  const text = range.replace(/^=/, "");
  const bang = text.lastIndexOf("!");
  if (bang < 0) return `${quoteSheet(chartSheet)}!${absoluteCells(text)}`;
  const sheet = text
    .slice(0, bang)
    .replace(/^'(.*)'$/, (_, inner: string) => inner.replace(/''/g, "'"));
  return `${quoteSheet(sheet)}!${absoluteCells(text.slice(bang + 1))}`;
}

/** Zero-based column and row of an A1 cell. */
export function cellPosition(cell: string): { col: number; row: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(cell);
  if (!match) throw new Error(`Cellule d'ancrage de graphique invalide : « ${cell} ».`);
  const col = [...match[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { col, row: Number(match[2]) - 1 };
}

function richText(text: string, bold: boolean): string {
  const b = bold ? ' b="1"' : "";
  return (
    `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400"${b}/></a:pPr>` +
    `<a:r><a:rPr lang="fr-FR" sz="1400"${b}/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich>`
  );
}

/** A series name starting with "=" is a cell reference; anything else is the literal name. */
function seriesText(name: string, sheet: string): string {
  return name.startsWith("=")
    ? `<c:tx><c:strRef><c:f>${escapeXml(chartFormula(name, sheet))}</c:f></c:strRef></c:tx>`
    : `<c:tx><c:v>${escapeXml(name)}</c:v></c:tx>`;
}

/** Text categories are read as strings; numbers and dates (categoryFormat set) as numbers. */
function categoriesXml(chart: ChartPlan, sheet: string): string {
  const formula = `<c:f>${escapeXml(chartFormula(chart.categories, sheet))}</c:f>`;
  return chart.categoryFormat
    ? `<c:cat><c:numRef>${formula}</c:numRef></c:cat>`
    : `<c:cat><c:strRef>${formula}</c:strRef></c:cat>`;
}

function series(chart: ChartPlan, sheet: string): string {
  return chart.series
    .map(({ name, values }, i) => {
      const colour = `<a:solidFill><a:srgbClr val="${PALETTE[i % PALETTE.length]}"/></a:solidFill>`;
      const look =
        chart.type === "line"
          ? `<c:spPr><a:ln w="28575" cap="rnd">${colour}<a:round/></a:ln></c:spPr>` +
            `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${colour}</c:spPr></c:marker>`
          : `<c:spPr>${colour}</c:spPr><c:invertIfNegative val="0"/>`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${seriesText(name, sheet)}${look}` +
        categoriesXml(chart, sheet) +
        `<c:val><c:numRef><c:f>${escapeXml(chartFormula(values, sheet))}</c:f></c:numRef></c:val>` +
        (chart.type === "line" ? '<c:smooth val="0"/>' : "") +
        `</c:ser>`
      );
    })
    .join("");
}

function plotGroup(chart: ChartPlan, sheet: string): string {
  const axes = `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>`;
  return chart.type === "line"
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series(chart, sheet)}` +
        `<c:marker val="1"/>${axes}</c:lineChart>`
    : `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series(chart, sheet)}` +
        `<c:gapWidth val="150"/>${axes}</c:barChart>`;
}

/** The category axis shows numeric categories in their format, text ones as they are. */
const categoryFormat = (chart: ChartPlan) =>
  chart.categoryFormat
    ? `<c:numFmt formatCode="${escapeXml(chart.categoryFormat)}" sourceLinked="0"/>`
    : `<c:numFmt formatCode="General" sourceLinked="1"/>`;

const axes = (chart: ChartPlan) =>
  `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
  `<c:delete val="0"/><c:axPos val="b"/>${categoryFormat(chart)}` +
  `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
  `<c:crossAx val="${VALUE_AXIS_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
  `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
  // Columns start at 0 (an automatic minimum makes two close totals look far apart); a line may go negative.
  `<c:valAx><c:axId val="${VALUE_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/>${chart.type === "line" ? "" : '<c:min val="0"/>'}</c:scaling>` +
  `<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
  `<c:numFmt formatCode="#,##0\\ &quot;€&quot;" sourceLinked="0"/>` +
  `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
  `<c:crossAx val="${CATEGORY_AXIS_ID}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;

/** The chart part (xl/charts/chartN.xml) of one ChartPlan drawn on `sheet`. */
export function chartPartXml(chart: ChartPlan, sheet: string): string {
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:lang val="fr-FR"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx>${richText(chart.title, true)}</c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plotGroup(chart, sheet)}${axes(chart)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

/** One chart to place in a drawing: its plan and the drawing's relationship id for its chart part. */
export interface PlacedChart {
  chart: ChartPlan;
  relId: string;
}

function anchorXml({ chart, relId }: PlacedChart, index: number): string {
  const { col, row } = cellPosition(chart.anchor);
  const marker = (c: number, r: number) =>
    `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">` +
    `<xdr:from>${marker(col, row)}</xdr:from><xdr:to>${marker(col + chart.width, row + chart.height)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
    `<xdr:cNvPr id="${index + 2}" name="Graphique ${index + 1}" descr="${escapeXml(chart.title)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The drawing part (xl/drawings/drawingN.xml) holding every chart of one sheet. */
export function drawingPartXml(charts: PlacedChart[]): string {
  return (
    XML_DECLARATION +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    charts.map(anchorXml).join("") +
    `</xdr:wsDr>`
  );
}
