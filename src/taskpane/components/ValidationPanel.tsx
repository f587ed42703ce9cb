import {
  Button,
  Caption1,
  makeStyles,
  Spinner,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { forwardRef, useState } from "react";
import { AnneeZero } from "./AnneeZero";
import { EstimatesNotice } from "./EstimatesNotice";
import { ObligationsNotice } from "./ObligationsNotice";
import { FailedChecksList } from "./FailedChecksList";
import { type BudgetFigures } from "../check/figures";
import { failedChecks } from "../check/failedChecks";
import { type SourceNote } from "../check/sourceNotes";
import { describeError } from "../describeError";
import { type WorkbookFile } from "../standalone/download";
import { ErrorMessage } from "./ErrorMessage";
import { FileDownloaded, InfoNotices } from "./Notices";
import { FormSection } from "./FormSection";
import { SourceNotes } from "./SourceNotes";
import { usePaneStyles } from "./styles";
import { TreasurySummary } from "./TreasurySummary";
import { YearBalance } from "./YearBalance";
import { YearThreshold } from "./YearThreshold";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: {
    ...typographyStyles.subtitle1,
    margin: 0,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});

interface ValidationPanelProps {
  figures: BudgetFigures;
  notices: string[];
  notes: SourceNote[];
  /** Standalone mode: the file downloaded, to download again. */
  file?: WorkbookFile;
  /** Excel mode: reads the workbook's current totals again. */
  recheck?: () => Promise<BudgetFigures>;
}

const time = (date: Date) =>
  date.toLocaleTimeString("fr-FR", { hour: "2-digit", minute: "2-digit", second: "2-digit" });

/** The budget's checks per year; in Excel, on the workbook's current figures, re-read on demand. */
export const ValidationPanel = forwardRef<HTMLHeadingElement, ValidationPanelProps>(
  function ValidationPanel({ figures: initial, notices, notes, file, recheck }, headingRef) {
    const styles = useStyles();
    const pane = usePaneStyles();
    const [figures, setFigures] = useState(initial);
    const [readAt, setReadAt] = useState(() => new Date());
    const [rechecking, setRechecking] = useState(false);
    const [recheckError, setRecheckError] = useState<string>();

    const runRecheck = async () => {
      if (!recheck) return;
      setRechecking(true);
      setRecheckError(undefined);
      try {
        setFigures(await recheck());
        setReadAt(new Date());
      } catch (error) {
        setRecheckError(describeError(error));
      } finally {
        setRechecking(false);
      }
    };

    const checks = failedChecks(figures);
    return (
      <section className={styles.panel} aria-labelledby="validation-title">
        <h2 id="validation-title" ref={headingRef} tabIndex={-1} className={styles.heading}>
          Contrôle du budget
        </h2>
        <Caption1 className={pane.note}>
          {figures.origin === "classeur"
            ? `Totaux lus dans le classeur à ${time(readAt)}, modifications comprises.`
            : "Chiffres du budget généré, par année de contrat."}
        </Caption1>
        {file && (
          <FileDownloaded fileName={file.fileName}>
            Ouvrez-le dans Excel ou LibreOffice : les formules se recalculent à l'ouverture.
          </FileDownloaded>
        )}
        <InfoNotices notices={notices} />
        <EstimatesNotice count={figures.estimations} />
        <ObligationsNotice obligations={figures.obligations} />
        <div className={styles.actions}>
          {recheck && (
            <Button
              onClick={runRecheck}
              disabledFocusable={rechecking}
              icon={rechecking ? <Spinner size="tiny" /> : undefined}
            >
              Revérifier
            </Button>
          )}
          {file && <Button onClick={file.save}>Télécharger à nouveau</Button>}
        </div>
        {recheckError && (
          <ErrorMessage title="Relecture du classeur impossible" message={recheckError} />
        )}
        {figures.annee0 && <AnneeZero annee0={figures.annee0} seuil={figures.seuil} />}
        {figures.annees.map((year) => (
          <YearThreshold key={year.annee} year={year} seuil={figures.seuil}>
            <YearBalance year={year} />
          </YearThreshold>
        ))}
        <TreasurySummary
          tresorerie={figures.tresorerie}
          exercices={figures.exercices}
          seuil={figures.seuil}
          premiereAnnee={figures.annees[0].anneeContrat}
        />
        <FormSection title="Points à corriger">
          <FailedChecksList checks={checks} />
          {figures.origin === "classeur" && (
            <Caption1 className={pane.note}>
              Le détail par enveloppe et par professionnel est dans la feuille « Contrôles ».
            </Caption1>
          )}
        </FormSection>
        <SourceNotes notes={notes} />
      </section>
    );
  }
);
