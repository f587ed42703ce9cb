import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { type FailedCheck } from "../check/failedChecks";

const useStyles = makeStyles({
  action: { display: "block", marginTop: tokens.spacingVerticalXXS },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
});

/** Every failed check with what to do; a short all-clear otherwise. */
export function FailedChecksList({ checks }: { checks: FailedCheck[] }) {
  const styles = useStyles();
  if (checks.length === 0) {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          Aucun point à corriger : le budget est à l'équilibre chaque année.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <ul className={styles.list} aria-label="Points à corriger">
      {checks.map((check) => (
        <li key={check.id} data-check={check.id}>
          <MessageBar intent={check.severity} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{check.title}</MessageBarTitle>
              <span className={styles.action}>À faire : {check.action}</span>
            </MessageBarBody>
          </MessageBar>
        </li>
      ))}
    </ul>
  );
}
