import { Field, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { type CoordinatorMode } from "../../domain/budgetInputs";
import { SYNTEC_GRADES, type SyntecGrade } from "../../domain/data/syntecGrid";
import { type SectionProps } from "./CptsFields";
import { FormSection } from "./FormSection";
import { usePaneStyles } from "./styles";
import { TextField } from "./TextField";

/** "Cadre 2.2 (130)", "ETAM 2.1 (275)". */
function gradeLabel(grade: SyntecGrade): string {
  return `${grade.category === "IC" ? "Cadre" : "ETAM"} ${grade.position} (${grade.coef})`;
}

const GRADE_GROUPS = [
  { label: "Cadres (IC)", grades: SYNTEC_GRADES.filter((g) => g.category === "IC") },
  { label: "ETAM", grades: SYNTEC_GRADES.filter((g) => g.category === "ETAM") },
];

const MODES: { mode: CoordinatorMode; label: string }[] = [
  { mode: "ge", label: "Mis à disposition par un groupement d'employeurs" },
  { mode: "salarie", label: "Salarié de la CPTS" },
  { mode: "prestataire", label: "Prestataire (facture à la journée)" },
];

export function CoordinatorFields({ values, errors, onChange }: SectionProps) {
  const styles = usePaneStyles();
  const employee = values.mode !== "prestataire";
  return (
    <FormSection title="Coordinateur">
      <Field label="Statut du coordinateur">
        <RadioGroup
          value={values.mode}
          onChange={(_, data) => onChange({ mode: data.value as CoordinatorMode })}
        >
          {MODES.map((m) => (
            <Radio key={m.mode} value={m.mode} label={m.label} />
          ))}
        </RadioGroup>
      </Field>
      {employee && (
        <>
          <Field
            label="Coefficient Syntec"
            hint="Salaire minimum de la grille Syntec en vigueur pour ce coefficient."
          >
            <Select value={values.coef} onChange={(_, data) => onChange({ coef: data.value })}>
              {GRADE_GROUPS.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.grades.map((g) => (
                    <option key={g.coef} value={String(g.coef)}>
                      {gradeLabel(g)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </Select>
          </Field>
          <TextField
            label="ETP"
            inputMode="decimal"
            value={values.etp}
            error={errors.etp}
            hint="1 = temps plein, 0,5 = mi-temps."
            onChange={(etp) => onChange({ etp })}
          />
        </>
      )}
      {!employee && (
        <div className={styles.pair}>
          <TextField
            label="Tarif journalier (€ HT)"
            inputMode="decimal"
            value={values.tarifJour}
            error={errors.tarifJour}
            onChange={(tarifJour) => onChange({ tarifJour })}
          />
          <TextField
            label="Jours par an"
            inputMode="decimal"
            value={values.joursParAn}
            error={errors.joursParAn}
            onChange={(joursParAn) => onChange({ joursParAn })}
          />
        </div>
      )}
      <TextField
        label="Durée (mois)"
        inputMode="numeric"
        value={values.mois}
        error={errors.mois}
        hint="À partir de la signature ; 24 mois couvrent les deux années du budget."
        onChange={(mois) => onChange({ mois })}
      />
    </FormSection>
  );
}
