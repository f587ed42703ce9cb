import { Caption1, Checkbox, Field } from "@fluentui/react-components";
import {
  CABINETS_MEDICAUX_GRID,
  CABINETS_MEDICAUX_LEVELS,
} from "../../domain/data/cabinetsMedicauxGrid";
import { SYNTEC_GRADES, type SyntecGrade } from "../../domain/data/syntecGrid";
import { type Convention, CONVENTION_LABELS, CONVENTIONS } from "../../domain/salary";
import { type PostFormValues, postFieldsShown } from "../form/postValues";
import { minimumHint, type PostErrors, postMinimum } from "../form/validatePost";
import { SelectField } from "./SelectField";
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

/** Posts outside Syntec are non-cadres for the payroll rules: an assumption, said where the agreement is chosen. */
const NON_CADRE =
  "Compté comme non-cadre (hypothèse : les sources consultées ne disent pas quels niveaux sont cadres).";

interface PostPayFieldsProps {
  post: PostFormValues;
  errors: PostErrors;
  onChange: (patch: Partial<PostFormValues>) => void;
}

/** A direct hire's or GE post's pay: agreement, level or coefficient, the typed gross or the minimum, ETP. */
export function PostPayFields({ post, errors, onChange }: PostPayFieldsProps) {
  const pane = usePaneStyles();
  const shown = postFieldsShown(post);
  const { minimum } = postMinimum(post);
  return (
    <>
      <SelectField
        label="Convention collective"
        value={post.convention}
        onChange={(convention) => onChange({ convention: convention as Convention })}
      >
        {CONVENTIONS.map((c) => (
          <option key={c} value={c}>
            {CONVENTION_LABELS[c]}
          </option>
        ))}
      </SelectField>
      {post.convention === "cabinets-medicaux" && (
        <Caption1 className={pane.sourceNote}>
          Grille des cabinets médicaux (avenant 90, 2024) : {CABINETS_MEDICAUX_GRID.confidence}
        </Caption1>
      )}
      {post.convention === "aucune" && (
        <Caption1 className={pane.note}>Sans convention : au moins le SMIC. {NON_CADRE}</Caption1>
      )}
      {shown.coef && (
        <SelectField
          label="Coefficient Syntec"
          value={post.coef}
          error={errors.coef}
          onChange={(coef) => onChange({ coef })}
        >
          {GRADE_GROUPS.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.grades.map((g) => (
                <option key={g.coef} value={String(g.coef)}>
                  {gradeLabel(g)}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
      )}
      {shown.niveau && (
        <SelectField
          label="Niveau (cabinets médicaux)"
          hint={NON_CADRE}
          value={post.niveau}
          error={errors.niveau}
          onChange={(niveau) => onChange({ niveau })}
        >
          {CABINETS_MEDICAUX_LEVELS.map((n) => (
            <option key={n} value={String(n)}>
              Niveau {n}
            </option>
          ))}
        </SelectField>
      )}
      {shown.forfaitJours && (
        <Field
          validationState={errors.forfaitJours ? "error" : "none"}
          validationMessage={errors.forfaitJours}
        >
          <Checkbox
            label="Forfait jours (cadres, position 3)"
            checked={post.forfaitJours}
            onChange={(_, data) => onChange({ forfaitJours: data.checked === true })}
          />
        </Field>
      )}
      <TextField
        label="Brut mensuel à temps plein (€)"
        inputMode="decimal"
        value={post.brutMensuel}
        error={errors.brutMensuel}
        placeholder="minimum"
        hint={minimum ? `${minimumHint(minimum)} ; laissez vide pour l'appliquer.` : undefined}
        onChange={(brutMensuel) => onChange({ brutMensuel })}
      />
      <TextField
        label="ETP"
        inputMode="decimal"
        value={post.etp}
        error={errors.etp}
        hint="1 = temps plein, 0,5 = mi-temps."
        onChange={(etp) => onChange({ etp })}
      />
    </>
  );
}
