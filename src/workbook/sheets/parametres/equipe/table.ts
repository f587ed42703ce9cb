// The team's tables in Paramètres: a band with the columns' headers, then one row per post, in the order of the
// posts (the same in every table, so that SUMPRODUCT pairs their columns).
import { a1 } from "../../../names";
import { type RowCells } from "../../../sheetBuilder";
import { type ParametresGrid, type RowList } from "../grid";

/** A band naming the table in A with the headers of columns B onwards, then `row(i)` for each post i. */
export function postTable(
  g: ParametresGrid,
  title: string,
  headers: readonly string[],
  row: (i: number) => RowCells
): RowList {
  g.band(title, headers);
  return g.list(g.model.inputs.equipe, (_, i) => g.s.add(row(i)));
}

/** The absolute range of column `col` over the table's rows, e.g. "$B$40:$B$42", for formulas. */
export const column = (col: number, t: RowList) =>
  `${a1(col, t.first, true)}:${a1(col, t.last, true)}`;

/** The same range as validations and conditional formats take it: "B40:B42". */
export const cells = (col: number, t: RowList, lastCol = col) =>
  `${a1(col, t.first)}:${a1(lastCol, t.last)}`;

/** The absolute address of column `col` in post i's row of the table. */
export const at = (col: number, t: RowList, i: number) => a1(col, t.rows[i], true);
