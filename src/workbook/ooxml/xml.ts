/**
 * String-level XML helpers for the machine-written parts of an xlsx package. They work the same in Node and in the
 * browser (no DOM, no parser dependency).
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Escapes text for element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

/** Attributes of one start tag, by qualified name, decoded. */
export function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, double, single] of tag.matchAll(
    /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
  )) {
    attributes[name] = decodeXml(double ?? single);
  }
  return attributes;
}

/** Start tags of the elements with this local name, whatever their prefix. */
export function startTags(xml: string, localName: string): string[] {
  return (
    xml.match(new RegExp(`<(?:[\\w.-]+:)?${localName}\\b(?:"[^"]*"|'[^']*'|[^>"'])*>`, "g")) ?? []
  );
}

/** Inserts `content` just before the closing tag of the document element `localName`. */
export function insertBeforeClosingTag(xml: string, localName: string, content: string): string {
  const closing = xml.search(new RegExp(`</(?:[\\w.-]+:)?${localName}>\\s*$`));
  if (closing < 0)
    throw new Error(`Fichier xlsx illisible : fin de l'élément « ${localName} » introuvable.`);
  return xml.slice(0, closing) + content + xml.slice(closing);
}

export interface ElementStart {
  localName: string;
  /** Offset of the element's "<" in the document. */
  offset: number;
}

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w.:-]*)(?:"[^"]*"|'[^']*'|[^>"'/]|\/(?!>))*(\/?)>/g;

/** The children of the document element, in order: what an element must be placed among by schema order. */
export function documentChildren(xml: string): ElementStart[] {
  const children: ElementStart[] = [];
  let depth = 0;
  for (const match of xml.matchAll(TOKEN)) {
    const [, closing, name, selfClosing] = match;
    if (!name) continue;
    if (closing) {
      depth--;
      continue;
    }
    if (depth === 1)
      children.push({ localName: name.replace(/^[\w.-]+:/, ""), offset: match.index ?? 0 });
    if (!selfClosing) depth++;
  }
  return children;
}
