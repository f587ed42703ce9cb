import { Caption1, Field, Switch } from "@fluentui/react-components";
import { CONTRACT_LENGTH } from "../../domain/data/contract";
import { avenantHint, budgetYearsHint, FIRST_YEARS, renewalMatters } from "../form/contractLife";
import { type SectionProps } from "./CptsFields";
import { SelectField } from "./SelectField";
import { usePaneStyles } from "./styles";
import { TextField } from "./TextField";

const YEARS = CONTRACT_LENGTH.years;

/**
 * The contract's life: the first contract year budgeted; the renewal after year 5, asked only when the cash plan
 * reaches year 6 (it changes nothing before); a change of taille by avenant, its taille and date shown when asked.
 */
export function ContractLifeFields({ values, errors, onChange }: SectionProps) {
  const pane = usePaneStyles();
  return (
    <>
      <SelectField
        label="Première année budgétée"
        value={values.anneeDepart}
        error={errors.anneeDepart}
        hint={budgetYearsHint(values)}
        onChange={(anneeDepart) => onChange({ anneeDepart })}
      >
        {FIRST_YEARS.map((k) => (
          <option key={k} value={String(k)}>
            {`Année ${k}`}
          </option>
        ))}
      </SelectField>
      {renewalMatters(values.anneeDepart) && (
        <Field
          hint={`Sans renouvellement, après le ${YEARS}e anniversaire, seuls le solde et le volet variable de l'année ${YEARS} sont versés. Renouvelé, le même barème est supposé continuer (un nouveau contrat peut en fixer un autre).`}
        >
          <Switch
            label={`Contrat renouvelé après l'année ${YEARS}`}
            checked={values.renouvellement}
            onChange={(_, data) => onChange({ renouvellement: data.checked })}
          />
        </Field>
      )}
      <Field hint="Quand la population couverte franchit une borne de taille.">
        <Switch
          label="Changement de taille par avenant"
          checked={values.changementTaille}
          onChange={(_, data) => onChange({ changementTaille: data.checked })}
        />
      </Field>
      {values.changementTaille && (
        <div className={pane.group} role="group" aria-label="Avenant de changement de taille">
          <div className={pane.pair}>
            <SelectField
              label="Nouvelle taille"
              value={values.nouvelleTaille}
              error={errors.nouvelleTaille}
              onChange={(nouvelleTaille) => onChange({ nouvelleTaille })}
            >
              {[1, 2, 3, 4].map((t) => (
                <option key={t} value={String(t)}>
                  {`Taille ${t}`}
                </option>
              ))}
            </SelectField>
            <TextField
              label="Date de l'avenant"
              type="date"
              value={values.dateAvenant}
              error={errors.dateAvenant}
              onChange={(dateAvenant) => onChange({ dateAvenant })}
            />
          </div>
          <Caption1 className={pane.note}>{avenantHint(values)}</Caption1>
        </div>
      )}
    </>
  );
}
