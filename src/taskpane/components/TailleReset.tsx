import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { type Taille } from "../../domain/budgetInputs";
import { usePaneStyles } from "./styles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  button: { alignSelf: "flex-start" },
});

interface TailleResetProps {
  /** The taille typed, when valid. */
  taille: Taille | undefined;
  onReset: (taille: Taille) => void;
  /** The taille just reset to, while « Annuler » can bring the previous answers back. */
  undoable: Taille | undefined;
  onUndo: () => void;
}

/** « Réinitialiser aux valeurs de la taille », with an undo, since it replaces what the user typed. */
export function TailleReset({ taille, onReset, undoable, onUndo }: TailleResetProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  return (
    <div className={styles.root}>
      <Button
        className={styles.button}
        disabledFocusable={taille === undefined}
        onClick={() => taille !== undefined && onReset(taille)}
      >
        Réinitialiser aux valeurs de la taille
      </Button>
      <Caption1 className={pane.note}>
        Les valeurs non modifiées suivent la taille ; ce bouton y remet aussi celles que vous avez
        saisies (équipe, montants, trésorerie).
      </Caption1>
      {undoable !== undefined && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Équipe, montants et trésorerie remis aux valeurs de la taille {undoable}.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onUndo}>
              Annuler
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
