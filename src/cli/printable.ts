import { visibleText } from "../domain/errors";

/** What the CLI prints, line by line, with every control character of a user's text shown as its symbol. */
export const printable = (text: string): string => text.split("\n").map(visibleText).join("\n");
