// Layout shared by the pane's sections: one column, readable down to ~320 px.
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePaneStyles = makeStyles({
  /** A result card (a contract year, année 0). */
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
  },
  heading: {
    margin: `${tokens.spacingVerticalS} 0 0`,
  },
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    // A longer hint on one side must not stretch the other side's input.
    alignItems: "start",
  },
  note: {
    color: tokens.colorNeutralForeground3,
    display: "block",
  },
  sourceNote: {
    color: tokens.colorNeutralForeground3,
    display: "block",
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorderActive}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});
