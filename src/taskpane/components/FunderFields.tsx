import { Caption1, Checkbox, Text } from "@fluentui/react-components";
import { yearLabel } from "../../domain/budgetYears";
import { type FunderFormValues } from "../form/formValues";
import { parseFrenchNumber } from "../form/numbers";
import { type SectionProps } from "./CptsFields";
import { usePaneStyles } from "./styles";
import { TextField } from "./TextField";

/** The funders other than the ACI: amounts for each contract year, and whether each counts as a public subsidy. */
export function FunderFields({ values, errors, onChange }: SectionProps) {
  const styles = usePaneStyles();
  const first = parseFrenchNumber(values.anneeDepart);
  const update = (index: number, patch: Partial<FunderFormValues>) =>
    onChange({
      financeurs: values.financeurs.map((f, i) => (i === index ? { ...f, ...patch } : f)),
    });
  return (
    <>
      <Caption1 className={styles.note}>
        Une subvention publique (ARS, collectivités) compte pour le seuil de 153 000 € ; un
        financement privé ou une prestation, non.
      </Caption1>
      {values.financeurs.map((f, i) => (
        <div key={f.label} className={styles.group} role="group" aria-label={f.label}>
          <Text weight="semibold">{f.label}</Text>
          <div className={styles.pair}>
            <TextField
              label={`${yearLabel(first)} (€)`}
              inputMode="decimal"
              value={f.annee1}
              error={errors[`financeurs.${i}.annee1`]}
              onChange={(annee1) => update(i, { annee1 })}
            />
            <TextField
              label={`${yearLabel(first + 1)} (€)`}
              inputMode="decimal"
              value={f.annee2}
              error={errors[`financeurs.${i}.annee2`]}
              onChange={(annee2) => update(i, { annee2 })}
            />
          </div>
          <Checkbox
            label="Subvention publique"
            checked={f.subventionPublique}
            onChange={(_, data) => update(i, { subventionPublique: data.checked === true })}
          />
        </div>
      ))}
    </>
  );
}
