// The form's state: what the user typed (numbers kept as text until valid), and its conversion to BudgetInputs.
import { type BudgetInputs, defaultBudgetInputs } from "../../domain/budgetInputs";
import { DEFAULT_MISSION_START, type MissionStartSetting } from "../../domain/data/paymentCalendar";
import { type FunderKind } from "../../domain/threshold";
import { parseFrenchNumber, toFrenchInput } from "./numbers";
import { type PostFormValues, postFormValues, toPostInputs } from "./postValues";

export interface FunderFormValues {
  label: string;
  kind: FunderKind;
  annee1: string;
  annee2: string;
  subventionPublique: boolean;
}

export interface FormValues {
  nom: string;
  taille: string;
  dateSignature: string;
  optionnelles: boolean;
  /** Percent, 0–100. */
  tauxVariable: string;
  crise: boolean;
  /** When the missions start: at signature or the latest the ACI allows. */
  demarrages: MissionStartSetting;
  membres: string;
  /** The team, the coordinator first; at least one post. */
  equipe: PostFormValues[];
  financeurs: FunderFormValues[];
  honorairesCac: string;
}

function formValuesFrom(inputs: BudgetInputs): FormValues {
  return {
    nom: inputs.nom,
    taille: String(inputs.taille),
    dateSignature: inputs.dateSignature,
    optionnelles: inputs.optionnelles,
    tauxVariable: toFrenchInput(Math.round(inputs.tauxVariable * 10000) / 100),
    crise: inputs.crise,
    demarrages: inputs.demarrages ?? DEFAULT_MISSION_START,
    membres: String(inputs.membres),
    equipe: inputs.equipe.map(postFormValues),
    financeurs: inputs.financeurs.map((f) => ({
      label: f.label,
      kind: f.kind,
      annee1: toFrenchInput(f.annee1),
      annee2: toFrenchInput(f.annee2),
      subventionPublique: f.subventionPublique,
    })),
    honorairesCac: toFrenchInput(inputs.honorairesCac),
  };
}

export function initialFormValues(): FormValues {
  return formValuesFrom(defaultBudgetInputs());
}

/**
 * The budget answers, from values that passed validateForm. What the form does not ask (charge lines, indemnities,
 * contributions) keeps its defaults: the treasurer fills those in the generated workbook.
 */
export function toBudgetInputs(
  values: FormValues,
  base: BudgetInputs = defaultBudgetInputs()
): BudgetInputs {
  const n = parseFrenchNumber;
  return {
    ...base,
    nom: values.nom.trim(),
    taille: n(values.taille) as BudgetInputs["taille"],
    dateSignature: values.dateSignature,
    optionnelles: values.optionnelles,
    tauxVariable: n(values.tauxVariable) / 100,
    crise: values.crise,
    demarrages: values.demarrages,
    membres: n(values.membres),
    equipe: values.equipe.map((p) => toPostInputs(p, values.optionnelles)),
    financeurs: values.financeurs.map((f) => ({
      label: f.label,
      kind: f.kind,
      annee1: n(f.annee1),
      annee2: n(f.annee2),
      subventionPublique: f.subventionPublique,
    })),
    honorairesCac: n(values.honorairesCac),
  };
}
