import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { type ReactNode, useId } from "react";
import { FOLD_TITLES, type FoldKey } from "../form/folds";
import { usePaneStyles } from "./styles";

const useStyles = makeStyles({
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  // The title aligned with the fields below it.
  button: { paddingLeft: 0, paddingRight: 0, minHeight: "3rem" },
  header: { display: "flex", flexDirection: "column", minWidth: 0, textAlign: "start" },
  title: { fontWeight: tokens.fontWeightSemibold },
  summary: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  faults: { color: tokens.colorPaletteRedForeground1 },
  panel: { margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalL}` },
});

interface FormFoldProps {
  fold: FoldKey;
  open: boolean;
  /** One line of its answers, shown while it is folded. */
  summary: string;
  /** Fields to fix inside: said on the header, folded or not. */
  faults: number;
  children: ReactNode;
}

/** A section of the form that folds: a heading button, and its fields in a region named by it. */
export function FormFold({ fold, open, summary, faults, children }: FormFoldProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const headerId = useId();
  const panelId = useId();
  return (
    <AccordionItem value={fold} className={styles.item}>
      <AccordionHeader
        as="h2"
        size="large"
        expandIconPosition="end"
        button={{
          id: headerId,
          "aria-controls": open ? panelId : undefined,
          className: styles.button,
        }}
      >
        <span className={styles.header}>
          <span className={styles.title}>{FOLD_TITLES[fold]}</span>
          {faults > 0 ? (
            <Caption1 className={styles.faults}>
              {faults > 1 ? `${faults} champs à corriger` : "Un champ à corriger"}
            </Caption1>
          ) : (
            !open && <Caption1 className={styles.summary}>{summary}</Caption1>
          )}
        </span>
      </AccordionHeader>
      <AccordionPanel
        id={panelId}
        role="region"
        aria-labelledby={headerId}
        className={mergeClasses(pane.section, styles.panel)}
      >
        {children}
      </AccordionPanel>
    </AccordionItem>
  );
}
