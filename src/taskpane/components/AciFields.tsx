import { Field, Switch } from "@fluentui/react-components";
import { SectionProps } from "./CptsFields";
import { FormSection } from "./FormSection";
import { SourceNote } from "../check/sourceNotes";
import { SourceNotes } from "./SourceNotes";
import { TextField } from "./TextField";

/** The ACI options, with a note on each figure that rests on one source only. */
export function AciFields({
  values,
  errors,
  onChange,
  notes,
}: SectionProps & { notes: SourceNote[] }) {
  return (
    <FormSection title="Missions et ACI">
      <Field hint="Qualité et pertinence des soins, accompagnement des professionnels.">
        <Switch
          label="Missions optionnelles"
          checked={values.optionnelles}
          onChange={(_, data) => onChange({ optionnelles: data.checked })}
        />
      </Field>
      <TextField
        label="Scénario du volet variable"
        inputMode="decimal"
        contentAfter="%"
        value={values.tauxVariable}
        error={errors.tauxVariable}
        hint="0 % conseillé par la CPAM et l'ARS : la part variable dépend des indicateurs et arrive un an plus tard."
        onChange={(tauxVariable) => onChange({ tauxVariable })}
      />
      <Field hint="Seulement si une crise est déclarée : l'ACI verse alors le montant « survenue d'une crise ».">
        <Switch
          label="Crise sanitaire déclarée"
          checked={values.crise}
          onChange={(_, data) => onChange({ crise: data.checked })}
        />
      </Field>
      <SourceNotes notes={notes} />
    </FormSection>
  );
}
