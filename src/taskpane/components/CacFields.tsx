import { HONORAIRES_CAC } from "../../domain/data/prefill";
import { SEUIL_CAC } from "../../domain/data/thresholds";
import { tailleOf } from "../form/formValues";
import { formatEuros } from "../form/numbers";
import { type SectionProps } from "./CptsFields";
import { TextField } from "./TextField";

/** The CAC fee, with the taille's estimate and its basis. */
export function CacFields({ values, errors, onChange }: SectionProps) {
  const taille = tailleOf(values);
  const estimate =
    taille === undefined
      ? ""
      : `Valeur de la taille ${taille} : ${formatEuros(HONORAIRES_CAC.byTaille[taille - 1])} par an (${HONORAIRES_CAC.estimation}). `;
  return (
    <TextField
      label="Honoraires du CAC par an (€ TTC)"
      inputMode="decimal"
      value={values.honorairesCac}
      error={errors.honorairesCac}
      hint={`${estimate}Budgétés chaque année de contrat où le commissaire aux comptes est requis (au-delà de ${formatEuros(SEUIL_CAC.amount)} de subventions publiques, ou mandat en cours).`}
      onChange={(honorairesCac) => onChange({ honorairesCac })}
    />
  );
}
