import { MAJORATION_T4 } from "../../domain/data/aciGrid";
import { type SectionProps } from "./CptsFields";
import { TextField } from "./TextField";

/** The members and their yearly dues (account 756, resources of the fonctionnement envelope). */
export function MemberFields({ values, errors, onChange }: SectionProps) {
  return (
    <>
      <TextField
        label="Nombre de membres"
        inputMode="numeric"
        value={values.membres}
        error={errors.membres}
        hint={
          values.taille.trim() === "4"
            ? `Taille 4 : missions majorées de ${MAJORATION_T4.rate * 100} % à partir de ${MAJORATION_T4.minMembers} membres.`
            : undefined
        }
        onChange={(membres) => onChange({ membres })}
      />
      <TextField
        label="Cotisation annuelle par membre (€)"
        inputMode="decimal"
        value={values.cotisationParMembre}
        error={errors.cotisationParMembre}
        hint="Compte 756 : les cotisations financent le fonctionnement avec l'ACI."
        onChange={(cotisationParMembre) => onChange({ cotisationParMembre })}
      />
    </>
  );
}
