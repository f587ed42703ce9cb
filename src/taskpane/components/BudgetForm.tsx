import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { type FormEvent, useMemo } from "react";
import { FINANCEMENT_ADDITIONNEL } from "../../domain/data/aciGrid";
import { sourceNotes } from "../check/sourceNotes";
import { type FormValues } from "../form/formValues";
import { parseFrenchNumber } from "../form/numbers";
import { validateForm } from "../form/validateForm";
import { AciFields } from "./AciFields";
import { CoordinatorComparison } from "./CoordinatorComparison";
import { CptsFields } from "./CptsFields";
import { FormSection } from "./FormSection";
import { FunderFields } from "./FunderFields";
import { usePaneStyles } from "./styles";
import { TeamFields } from "./TeamFields";
import { TextField } from "./TextField";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  submit: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

interface BudgetFormProps {
  values: FormValues;
  onChange: (values: FormValues) => void;
  onSubmit: () => void;
  /** A generation is running: the button waits. */
  busy: boolean;
}

export function BudgetForm({ values, onChange, onSubmit, busy }: BudgetFormProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const errors = useMemo(() => validateForm(values), [values]);
  const invalid = Object.keys(errors).length > 0;
  const notes = sourceNotes({
    taille: parseFrenchNumber(values.taille),
    membres: parseFrenchNumber(values.membres),
    dateSignature: values.dateSignature,
    dateLimiteAdditionnel: FINANCEMENT_ADDITIONNEL.defaultCutoff,
  });
  const section = {
    values,
    errors,
    onChange: (patch: Partial<FormValues>) => onChange({ ...values, ...patch }),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!invalid && !busy) onSubmit();
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Paramètres du budget">
      <CptsFields {...section} />
      <AciFields {...section} notes={notes} />
      <TeamFields {...section} />
      <CoordinatorComparison values={values} errors={errors} />
      <FunderFields {...section} />
      <FormSection title="Commissaire aux comptes">
        <TextField
          label="Honoraires du CAC par an (€ HT)"
          inputMode="decimal"
          value={values.honorairesCac}
          error={errors.honorairesCac}
          hint="Aucun barème public : 3 000 à 7 500 € HT par an selon les estimations. Budgétés dès la première année au-delà de 153 000 € de subventions."
          onChange={(honorairesCac) => section.onChange({ honorairesCac })}
        />
      </FormSection>
      <div className={styles.submit}>
        <Button
          type="submit"
          appearance="primary"
          disabledFocusable={invalid || busy}
          aria-describedby={invalid ? "form-invalid" : undefined}
        >
          Générer le budget
        </Button>
        {invalid && (
          <Caption1 id="form-invalid" className={pane.note}>
            Corrigez les champs signalés pour générer le budget.
          </Caption1>
        )}
      </div>
    </form>
  );
}
