import { TAILLES } from "../../domain/data/tailles";
import { type FormValues } from "../form/formValues";
import { type FormErrors } from "../form/validateForm";
import { TextField } from "./TextField";

const count = (n: number) => new Intl.NumberFormat("fr-FR").format(n);

/** "Taille 3 : de 80 000 à 175 000 habitants." for a valid taille, the four ranges otherwise. */
function tailleHint(taille: string): string {
  const bound = TAILLES.bounds.find((b) => String(b.taille) === taille.trim());
  if (!bound)
    return "Population couverte : 1 sous 40 000 habitants, 2 jusqu'à 80 000, 3 jusqu'à 175 000, 4 au-delà.";
  if (bound.min === 0) return `Taille 1 : moins de ${count(bound.max)} habitants.`;
  if (bound.max === Infinity)
    return `Taille ${bound.taille} : plus de ${count(bound.min)} habitants.`;
  return `Taille ${bound.taille} : de ${count(bound.min)} à ${count(bound.max)} habitants.`;
}

export interface SectionProps {
  values: FormValues;
  errors: FormErrors;
  onChange: (patch: Partial<FormValues>) => void;
}

/** Who the CPTS is: its name, its taille, its signature date. */
export function CptsFields({ values, errors, onChange }: SectionProps) {
  return (
    <>
      <TextField
        label="Nom de la CPTS"
        required
        value={values.nom}
        error={errors.nom}
        onChange={(nom) => onChange({ nom })}
      />
      <TextField
        label="Taille (1 à 4)"
        required
        inputMode="numeric"
        value={values.taille}
        error={errors.taille}
        hint={tailleHint(values.taille)}
        onChange={(taille) => onChange({ taille })}
      />
      <TextField
        label="Date de signature de l'ACI"
        required
        type="date"
        value={values.dateSignature}
        error={errors.dateSignature}
        hint="L'année 1 du contrat court de cette date au premier anniversaire."
        onChange={(dateSignature) => onChange({ dateSignature })}
      />
    </>
  );
}
