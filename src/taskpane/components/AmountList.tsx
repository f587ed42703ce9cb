import { makeStyles, tokens } from "@fluentui/react-components";
import { formatEuros } from "../form/numbers";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  // A dt and its dd: one row of the grid.
  row: { display: "contents" },
  term: { color: tokens.colorNeutralForeground2 },
  amount: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

/** A result card's totals: labels on the left, euros aligned on the right. */
export function AmountList({ rows }: { rows: readonly (readonly [string, number])[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {rows.map(([label, amount]) => (
        <div key={label} className={styles.row}>
          <dt className={styles.term}>{label}</dt>
          <dd className={styles.amount}>{formatEuros(amount)}</dd>
        </div>
      ))}
    </dl>
  );
}
