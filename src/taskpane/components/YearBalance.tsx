import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { balanceLines } from "../check/balance";
import { type YearFigures } from "../check/figures";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  alerte: { color: tokens.colorPaletteRedForeground1 },
});

/** The year's balance: what remains to detail, the overspent envelopes, the CAC fee retained, the PASS check. */
export function YearBalance({ year }: { year: YearFigures }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={`Équilibre de l'année ${year.annee}`}>
      {balanceLines(year).map((line) => (
        <li key={line.id} data-balance={line.id}>
          <Text
            className={line.tone === "alerte" ? styles.alerte : undefined}
            weight={line.tone === "alerte" ? "semibold" : "regular"}
          >
            {line.text}
          </Text>
        </li>
      ))}
    </ul>
  );
}
