import { Caption1 } from "@fluentui/react-components";
import {
  amorcageHint,
  ANNEE0_IMPOSSIBLE,
  annee0Possible,
  COORDINATEUR_AMORCAGE_HINT,
  hasAnnee0,
  lettreIntentionHint,
  VERSEMENT_ARS_HINT,
  versementCnamNote,
} from "../form/annee0";
import { type SectionProps } from "./CptsFields";
import { usePaneStyles } from "./styles";
import { TextField } from "./TextField";

/**
 * Année 0, before the signature: the lettre d'intention's date (empty: no année 0), then the ARS's two amounts and
 * their payment date once it is given. Nothing to ask when the budget starts after contract year 1: the hint says why.
 */
export function Annee0Fields({ values, errors, onChange }: SectionProps) {
  const pane = usePaneStyles();
  if (!annee0Possible(values))
    return <Caption1 className={pane.note}>{ANNEE0_IMPOSSIBLE}</Caption1>;
  return (
    <>
      <TextField
        label="Validation de la lettre d'intention"
        type="date"
        value={values.dateLettreIntention}
        error={errors.dateLettreIntention}
        hint={lettreIntentionHint(values)}
        onChange={(dateLettreIntention) => onChange({ dateLettreIntention })}
      />
      {hasAnnee0(values) && (
        <div className={pane.group} role="group" aria-label="Financements de l'année 0">
          <Caption1 className={pane.note}>{versementCnamNote(values)}</Caption1>
          <TextField
            label="Forfait d'amorçage de l'ARS (€)"
            inputMode="decimal"
            value={values.amorcageArs}
            error={errors.amorcageArs}
            hint={amorcageHint(values)}
            onChange={(amorcageArs) => onChange({ amorcageArs })}
          />
          <TextField
            label="Financement du coordinateur par l'ARS (€)"
            inputMode="decimal"
            value={values.coordinateurAmorcage}
            error={errors.coordinateurAmorcage}
            hint={COORDINATEUR_AMORCAGE_HINT}
            onChange={(coordinateurAmorcage) => onChange({ coordinateurAmorcage })}
          />
          <TextField
            label="Versement de l'ARS"
            type="date"
            value={values.dateVersementArs}
            error={errors.dateVersementArs}
            hint={VERSEMENT_ARS_HINT}
            onChange={(dateVersementArs) => onChange({ dateVersementArs })}
          />
        </div>
      )}
    </>
  );
}
