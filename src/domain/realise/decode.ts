// The bytes of an accounting export as text: UTF-8 (with or without its byte-order mark) when the bytes are valid
// UTF-8, otherwise ISO-8859-15 (Latin-9, the euro sign at 0xA4); plain ASCII is both and is said so.

export type Encoding = "UTF-8" | "ISO-8859-15" | "ASCII" | "texte";

/** The code points where ISO-8859-15 differs from ISO-8859-1 (every other byte is its own code point). */
const LATIN9: ReadonlyMap<number, string> = new Map([
  [0xa4, "€"],
  [0xa6, "Š"],
  [0xa8, "š"],
  [0xb4, "Ž"],
  [0xb8, "ž"],
  [0xbc, "Œ"],
  [0xbd, "œ"],
  [0xbe, "Ÿ"],
]);

function latin9(bytes: Uint8Array): string {
  const chars: string[] = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    chars[i] = LATIN9.get(b) ?? String.fromCharCode(b);
  }
  return chars.join("");
}

const isAscii = (bytes: Uint8Array) => bytes.every((b) => b < 0x80);

/** The text of a file and the encoding it was read in; a string is taken as it is (its byte-order mark dropped). */
export function decodeText(input: Uint8Array | string): { text: string; encodage: Encoding } {
  if (typeof input === "string") return { text: input.replace(/^\uFEFF/, ""), encodage: "texte" };
  if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(input.subarray(3)), encodage: "UTF-8" };
  }
  if (isAscii(input)) return { text: new TextDecoder("utf-8").decode(input), encodage: "ASCII" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(input), encodage: "UTF-8" };
  } catch {
    return { text: latin9(input), encodage: "ISO-8859-15" };
  }
}
