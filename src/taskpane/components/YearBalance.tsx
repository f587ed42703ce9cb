import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { balanceLines } from "../check/balance";
import { type YearFigures } from "../check/figures";
import { formatEuros } from "../form/numbers";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: `${tokens.spacingVerticalS} 0 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  alerte: { color: tokens.colorPaletteRedForeground1 },
  detail: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalXXS} 0 0 ${tokens.spacingHorizontalM}`,
  },
  // A dt and its dd: one row of the grid.
  group: { display: "contents" },
  term: { color: tokens.colorNeutralForeground2 },
  amount: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

/** The year's balance: what remains to detail, the overspent envelopes, the CAC fee retained, the PASS check. */
export function YearBalance({ year }: { year: YearFigures }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={`Équilibre de l'année ${year.anneeContrat}`}>
      {balanceLines(year).map((line) => (
        <li key={line.id} data-balance={line.id}>
          <Text
            className={line.tone === "alerte" ? styles.alerte : undefined}
            weight={line.tone === "alerte" ? "semibold" : "regular"}
          >
            {line.text}
          </Text>
          {line.detail && (
            <dl className={styles.detail}>
              {line.detail.map((d) => (
                <div key={d.label} className={styles.group}>
                  <dt className={styles.term}>{d.label}</dt>
                  <dd className={styles.amount}>{formatEuros(d.amount)}</dd>
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ul>
  );
}
