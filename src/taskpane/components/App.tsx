import { Caption1, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { type BudgetService, type GenerationOutcome, type PaneMode } from "../budgetService";
import { type SourceNote, sourceNotes } from "../check/sourceNotes";
import { describeError } from "../describeError";
import { type RealiseService } from "../realise/realiseService";
import { initialFormValues, toBudgetInputs } from "../form/formValues";
import { BudgetForm } from "./BudgetForm";
import { ErrorMessage } from "./ErrorMessage";
import { GenerationProgress } from "./GenerationProgress";
import { RealiseImport } from "./RealiseImport";
import { usePaneStyles } from "./styles";
import { ValidationPanel } from "./ValidationPanel";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: "40rem",
    margin: "0 auto",
    boxSizing: "border-box",
  },
  title: { ...typographyStyles.title3, margin: 0 },
});

type Run =
  | { status: "idle" }
  | { status: "running"; step: string; fraction: number }
  | { status: "failed"; message: string }
  | { status: "done"; outcome: GenerationOutcome; notes: SourceNote[]; id: number };

interface AppProps {
  mode: PaneMode;
  /** What generating means: writing into the workbook (Excel) or downloading a file (standalone). */
  service: BudgetService;
  /** What « Importer le réalisé » does: adding its sheets to the workbook, or downloading the budget with them. */
  realise?: RealiseService;
}

export function App({ mode, service, realise }: AppProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const [values, setValues] = useState(() => initialFormValues());
  const [run, setRun] = useState<Run>({ status: "idle" });
  const resultRef = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const runs = useRef(0);

  useEffect(() => {
    if (run.status === "done") resultRef.current?.focus();
    if (run.status === "failed") errorRef.current?.focus();
  }, [run]);

  const generate = async () => {
    const inputs = toBudgetInputs(values);
    setRun({ status: "running", step: "Préparation…", fraction: 0 });
    try {
      const outcome = await service.generate(inputs, (step, fraction) =>
        setRun({ status: "running", step, fraction })
      );
      setRun({ status: "done", outcome, notes: sourceNotes(inputs), id: ++runs.current });
    } catch (error) {
      setRun({ status: "failed", message: describeError(error) });
    }
  };

  return (
    <main className={styles.root}>
      <header>
        <h1 className={styles.title}>Budget prévisionnel CPTS</h1>
        <Caption1 className={pane.note}>
          {mode === "excel"
            ? "Le budget sur deux ans est écrit dans de nouvelles feuilles du classeur ouvert, avec ses formules."
            : "Mode autonome : le budget sur deux ans est téléchargé en fichier Excel (.xlsx), avec ses formules."}
        </Caption1>
      </header>
      <BudgetForm
        values={values}
        onChange={setValues}
        onSubmit={generate}
        busy={run.status === "running"}
      />
      {run.status === "running" && <GenerationProgress step={run.step} fraction={run.fraction} />}
      {run.status === "failed" && (
        <ErrorMessage ref={errorRef} title="Le budget n'a pas été généré" message={run.message} />
      )}
      {run.status === "done" && (
        <ValidationPanel
          key={run.id}
          ref={resultRef}
          figures={run.outcome.figures}
          notices={run.outcome.notices}
          notes={run.notes}
          file={run.outcome.file}
          recheck={service.recheck}
        />
      )}
      {realise && <RealiseImport mode={mode} values={values} service={realise} />}
    </main>
  );
}
