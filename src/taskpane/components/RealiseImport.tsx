// « Suivi du réalisé »: the accountant's FEC or CSV, read in the browser, compared with the budget of the form.
import {
  Button,
  Caption1,
  Field,
  Label,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { type ChangeEvent, useId, useRef, useState } from "react";
import { describeError } from "../describeError";
import { PaneError } from "../paneError";
import { type FormValues, toBudgetInputs } from "../form/formValues";
import { formatEuros } from "../form/numbers";
import { validateForm } from "../form/validateForm";
import { type RealiseOutcome, type RealiseService } from "../realise/realiseService";
import { readPickedFile } from "../realise/readFile";
import { type PaneMode } from "../budgetService";
import { ErrorMessage } from "./ErrorMessage";
import { FileDownloaded, InfoNotices } from "./Notices";
import { usePaneStyles } from "./styles";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  table: { borderCollapse: "collapse", width: "100%" },
  amount: { textAlign: "right", whiteSpace: "nowrap" },
});

type ImportRun =
  | { status: "idle" }
  | { status: "running"; step: string; fraction: number }
  | { status: "failed"; fileName: string; message: string }
  | { status: "done"; fileName: string; outcome: RealiseOutcome };

interface RealiseImportProps {
  mode: PaneMode;
  /** The form's current inputs: the budget the entries are compared with. */
  values: FormValues;
  service: RealiseService;
}

export function RealiseImport({ mode, values, service }: RealiseImportProps) {
  const pane = usePaneStyles();
  const headingId = useId();
  const inputId = useId();
  const [run, setRun] = useState<ImportRun>({ status: "idle" });
  const input = useRef<HTMLInputElement>(null);

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setRun({ status: "running", step: `Lecture de « ${file.name} »…`, fraction: 0 });
    try {
      const invalid = Object.values(validateForm(values)).find((e) => e !== undefined);
      if (invalid !== undefined) {
        throw new PaneError(
          `Le budget saisi ci-dessus n'est pas valide (${invalid}) : corrigez le formulaire, puis choisissez le fichier à nouveau.`
        );
      }
      const entries = await readPickedFile(file);
      const outcome = await service.importEntries(
        toBudgetInputs(values),
        entries,
        (step, fraction) => setRun({ status: "running", step, fraction })
      );
      setRun({ status: "done", fileName: file.name, outcome });
    } catch (error) {
      setRun({ status: "failed", fileName: file.name, message: describeError(error) });
    } finally {
      // The same file, corrected, can be chosen again.
      if (input.current) input.current.value = "";
    }
  };

  return (
    <section className={pane.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={pane.heading}>
        Suivi du réalisé
      </Subtitle2>
      <Caption1 className={pane.note}>
        {mode === "excel"
          ? "Le FEC ou le CSV du cabinet comptable est comparé au budget du classeur : les feuilles « Réalisé » et « Écritures » sont ajoutées, sans modifier les autres."
          : "Le FEC ou le CSV du cabinet comptable est comparé au budget saisi ci-dessus : le budget est téléchargé à nouveau avec les feuilles « Réalisé » et « Écritures »."}{" "}
        Le fichier est lu sur cet ordinateur : il n&apos;est envoyé nulle part.
      </Caption1>
      <Label htmlFor={inputId}>Importer le réalisé (FEC .txt, CSV .csv ou .tsv)</Label>
      <input
        id={inputId}
        ref={input}
        type="file"
        accept=".txt,.csv,.tsv"
        disabled={run.status === "running"}
        onChange={importFile}
      />
      {run.status === "running" && (
        <div role="status" aria-live="polite">
          <Field label="Import du réalisé" hint={run.step}>
            <ProgressBar value={run.fraction} thickness="large" />
          </Field>
        </div>
      )}
      {run.status === "failed" && (
        <ErrorMessage title={`« ${run.fileName} » n'a pas été importé`} message={run.message} />
      )}
      {run.status === "done" && <ImportResult fileName={run.fileName} outcome={run.outcome} />}
    </section>
  );
}

function ImportResult({ fileName, outcome }: { fileName: string; outcome: RealiseOutcome }) {
  const styles = useStyles();
  const { report, notices, file } = outcome;
  return (
    <div aria-label={`Import de « ${fileName} »`} role="region">
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <strong>{report.titre}</strong> {report.fichier}
        </MessageBarBody>
      </MessageBar>
      {file && (
        <FileDownloaded fileName={file.fileName}>
          <Button size="small" onClick={file.save}>
            Télécharger à nouveau
          </Button>
        </FileDownloaded>
      )}
      <InfoNotices notices={notices} />
      <ul className={styles.list}>
        {[...report.comptes, ...report.periodes, ...report.tresorerie].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {report.nonAffectes.length > 0 && (
        <table className={styles.table}>
          <caption>Comptes non affectés à une ligne du budget</caption>
          <thead>
            <tr>
              <th scope="col">Compte</th>
              <th scope="col">Libellé</th>
              <th scope="col">Débit</th>
              <th scope="col">Crédit</th>
            </tr>
          </thead>
          <tbody>
            {report.nonAffectes.map((u) => (
              <tr key={u.compte}>
                <th scope="row">{u.compte}</th>
                <td>{u.libelle}</td>
                <td className={styles.amount}>{formatEuros(u.debit)}</td>
                <td className={styles.amount}>{formatEuros(u.credit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
