// A small expression tree: each rule that is both a figure of the model and a formula of the workbook is written once
// with it. The domain builds it over numbers and evaluates it; a sheet builds it over cells (a reference and the value
// the model gives it) and prints it as a formula, whose expected value is the same evaluation.
import { addMonths, dayOfSerial, isoOfSerial, serialOfDay, wholeMonthsBetween } from "../dates";
import { roundLikeSpreadsheet } from "../errors";

/** A value an expression takes: dates are day numbers (Excel serials), as in a spreadsheet. */
export type Value = number | boolean | string;

type Op = "+" | "-" | "*" | "/" | "&" | "<" | "<=" | ">" | ">=" | "=" | "<>";
type Fn =
  "MIN" | "MAX" | "ROUND" | "IF" | "AND" | "OR" | "NOT" | "DATEDIF" | "EDATE" | "YEAR" | "MID";

export type Expr =
  | { kind: "const"; value: Value }
  | { kind: "cell"; ref: string; value: Value }
  | { kind: "op"; op: Op; left: Expr; right: Expr }
  | { kind: "fn"; fn: Fn; args: Expr[] };

/** A number, a boolean or a text, or an expression already. */
export type Arg = Expr | Value;

/** An argument as an expression: a value becomes a constant. */
export const lift = (a: Arg): Expr => (typeof a === "object" ? a : { kind: "const", value: a });
const op =
  (o: Op) =>
  (left: Arg, right: Arg): Expr => ({ kind: "op", op: o, left: lift(left), right: lift(right) });
const fn =
  (f: Fn) =>
  (...args: Arg[]): Expr => ({ kind: "fn", fn: f, args: args.map(lift) });

/** A constant: a number, a boolean or a text. */
export const constant = (value: Value): Expr => lift(value);
/** A cell of the workbook: printed as its reference, evaluated as the value the model gives it. */
export const cell = (ref: string, value: Value): Expr => ({ kind: "cell", ref, value });
export const add = op("+");
export const sub = op("-");
export const mul = op("*");
export const div = op("/");
/** Texts joined: a & b. */
export const concat = op("&");
export const lt = op("<");
export const le = op("<=");
export const gt = op(">");
export const ge = op(">=");
export const eq = op("=");
export const min = fn("MIN");
export const max = fn("MAX");
export const and = fn("AND");
export const or = fn("OR");
export const not = fn("NOT");
export const iff = (test: Arg, then: Arg, otherwise: Arg) => fn("IF")(test, then, otherwise);
/** Whole months from one date to another (serials, `to` not before `from`): DATEDIF(from, to, "m"). */
export const monthsDiff = (from: Arg, to: Arg) => fn("DATEDIF")(from, to, "m");
/** The same day `months` later (a serial), or the month's last day when it is shorter: EDATE(start, months). */
export const edate = (start: Arg, months: Arg) => fn("EDATE")(start, months);
/** The calendar year of a date (a serial): YEAR(date). */
export const yearOf = (date: Arg) => fn("YEAR")(date);
/** `length` characters of a text from its `start`-th (1 for the first): MID(text, start, length). */
export const mid = (text: Arg, start: Arg, length: Arg) => fn("MID")(text, start, length);
/** ROUND(x, 2) to the cent, as a spreadsheet rounds: 15 significant digits first, then half away from zero. */
export const roundCents = (x: Arg) => fn("ROUND")(x, 2);

/** A value as a spreadsheet joins it into a text: TRUE/FALSE for booleans (only texts are joined here). */
const textOf = (x: Value) => (typeof x === "boolean" ? (x ? "TRUE" : "FALSE") : String(x));

const num = (x: Value) => (typeof x === "boolean" ? Number(x) : (x as number));

const isoOfSerialOrThrow = (x: Value) => {
  const iso = isoOfSerial(num(x));
  if (iso === undefined) throw new Error(`Not a date serial: ${String(x)}`);
  return iso;
};

/** The value of an expression, as a spreadsheet computes it. */
export function evaluate(e: Expr): Value {
  switch (e.kind) {
    case "const":
    case "cell":
      return e.value;
    case "op": {
      const [a, b] = [evaluate(e.left), evaluate(e.right)];
      switch (e.op) {
        case "+":
          return num(a) + num(b);
        case "-":
          return num(a) - num(b);
        case "*":
          return num(a) * num(b);
        case "/":
          return num(a) / num(b);
        case "&":
          return `${textOf(a)}${textOf(b)}`;
        case "<":
          return a < b;
        case "<=":
          return a <= b;
        case ">":
          return a > b;
        case ">=":
          return a >= b;
        case "=":
          return a === b;
        case "<>":
          return a !== b;
      }
    }
    // falls through: every operator returns above
    case "fn": {
      if (e.fn === "IF") {
        const [test, then, otherwise] = e.args;
        return evaluate(test) ? evaluate(then) : evaluate(otherwise);
      }
      const args = e.args.map((a) => evaluate(a));
      switch (e.fn) {
        case "MIN":
          return Math.min(...args.map(num));
        case "MAX":
          return Math.max(...args.map(num));
        case "ROUND":
          return roundLikeSpreadsheet(num(args[0]), num(args[1]));
        case "AND":
          return args.every(Boolean);
        case "OR":
          return args.some(Boolean);
        case "NOT":
          return !args[0];
        case "DATEDIF":
          return wholeMonthsBetween(isoOfSerialOrThrow(args[0]), isoOfSerialOrThrow(args[1]));
        case "EDATE":
          return serialOfDay(addMonths(dayOfSerial(num(args[0])), Math.trunc(num(args[1]))));
        case "YEAR":
          return Number(isoOfSerialOrThrow(args[0]).slice(0, 4));
        case "MID": {
          const start = num(args[1]) - 1;
          return textOf(args[0]).slice(start, start + num(args[2]));
        }
      }
    }
  }
}

/** Excel's precedence: comparisons, then & (texts joined), then + and −, then * and /. */
const PRECEDENCE: Record<Op, number> = {
  "=": 0,
  "<>": 0,
  "<": 0,
  "<=": 0,
  ">": 0,
  ">=": 0,
  "&": 1,
  "+": 2,
  "-": 2,
  "*": 3,
  "/": 3,
};

const literal = (value: Value) =>
  typeof value === "string"
    ? `"${value.replace(/"/g, '""')}"`
    : typeof value === "boolean"
      ? value
        ? "TRUE"
        : "FALSE"
      : String(value);

/** The expression in invariant formula syntax (English names, "," separators), without the leading "=". */
export function formula(e: Expr): string {
  switch (e.kind) {
    case "const":
      return literal(e.value);
    case "cell":
      return e.ref;
    case "op": {
      const side = (x: Expr, right: boolean) => {
        const text = formula(x);
        if (x.kind !== "op") return text;
        const inner = PRECEDENCE[x.op];
        const outer = PRECEDENCE[e.op];
        // a−(b−c) and a/(b*c) keep their brackets; (a+b)+c and a*b*c need none.
        const bracket =
          inner < outer ||
          (right && inner === outer && (e.op === "-" || e.op === "/" || outer === 0));
        return bracket ? `(${text})` : text;
      };
      return `${side(e.left, false)}${e.op}${side(e.right, true)}`;
    }
    case "fn":
      return `${e.fn}(${e.args.map((a) => formula(a)).join(",")})`;
  }
}

/** The number an expression gives (a rule whose result is an amount or a share). */
export function evaluateNumber(e: Expr): number {
  const value = evaluate(e);
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new Error(`evaluateNumber: ${formula(e)} gives ${String(value)}`);
  }
  return value;
}
