import { Accordion, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { type FormEvent, type ReactNode, useMemo, useRef, useState } from "react";
import { type Taille } from "../../domain/budgetInputs";
import { FINANCEMENT_ADDITIONNEL } from "../../domain/data/aciGrid";
import { sourceNotes } from "../check/sourceNotes";
import { FOLD_TITLES, type FoldKey, faultsByFold, foldSummary, OPEN_AT_START } from "../form/folds";
import { followTaille, type FormValues, tailleDefaults, tailleOf } from "../form/formValues";
import { parseFrenchNumber } from "../form/numbers";
import { validateForm } from "../form/validateForm";
import { AciFields } from "./AciFields";
import { Annee0Fields } from "./Annee0Fields";
import { CacFields } from "./CacFields";
import { CashPlanFields } from "./CashPlanFields";
import { ContractLifeFields } from "./ContractLifeFields";
import { CoordinatorComparison } from "./CoordinatorComparison";
import { CptsFields } from "./CptsFields";
import { FormFold } from "./FormFold";
import { FunderFields } from "./FunderFields";
import { MemberFields } from "./MemberFields";
import { usePaneStyles } from "./styles";
import { TailleReset } from "./TailleReset";
import { TeamFields } from "./TeamFields";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  submit: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

interface BudgetFormProps {
  values: FormValues;
  onChange: (values: FormValues) => void;
  onSubmit: () => void;
  /** A generation is running: the button waits. */
  busy: boolean;
}

export function BudgetForm({ values, onChange, onSubmit, busy }: BudgetFormProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const errors = useMemo(() => validateForm(values), [values]);
  const faults = faultsByFold(errors);
  const invalid = Object.keys(errors).length > 0;
  const [open, setOpen] = useState<FoldKey[]>([...OPEN_AT_START]);
  // The taille whose defaults the form follows: the last valid one, through a taille retyped.
  const followed = useRef(tailleOf(values));
  // The answers before « Réinitialiser », while « Annuler » can bring them back.
  const [undo, setUndo] = useState<{ previous: FormValues; taille: Taille }>();
  const taille = tailleOf(values);

  const replace = (next: FormValues) => {
    followed.current = tailleOf(next) ?? followed.current;
    onChange(next);
  };
  const section = {
    values,
    errors,
    onChange: (patch: Partial<FormValues>) => {
      setUndo(undefined);
      replace(followTaille({ ...values, ...patch }, followed.current));
    },
  };
  const notes = sourceNotes({
    taille: parseFrenchNumber(values.taille),
    membres: parseFrenchNumber(values.membres),
    dateSignature: values.dateSignature,
    dateLimiteAdditionnel: FINANCEMENT_ADDITIONNEL.defaultCutoff,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!invalid && !busy) onSubmit();
  };
  const fold = (key: FoldKey, children: ReactNode) => (
    <FormFold
      fold={key}
      open={open.includes(key)}
      summary={foldSummary(key, values)}
      faults={faults[key] ?? 0}
    >
      {children}
    </FormFold>
  );
  const faulty = (Object.keys(faults) as FoldKey[]).map((key) => FOLD_TITLES[key]);

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Paramètres du budget">
      <Accordion
        multiple
        collapsible
        openItems={open}
        onToggle={(_, data) => setOpen(data.openItems as FoldKey[])}
      >
        {fold(
          "cpts",
          <>
            <CptsFields {...section} />
            <TailleReset
              taille={taille}
              undoable={undo?.taille}
              onReset={(t) => {
                setUndo({ previous: values, taille: t });
                replace(tailleDefaults(values, t));
              }}
              onUndo={() => {
                replace(undo!.previous);
                setUndo(undefined);
              }}
            />
            <ContractLifeFields {...section} />
          </>
        )}
        {fold("annee0", <Annee0Fields {...section} />)}
        {fold("aci", <AciFields {...section} notes={notes} />)}
        {fold(
          "equipe",
          <>
            <TeamFields {...section} />
            <CoordinatorComparison values={values} errors={errors} />
          </>
        )}
        {fold("membres", <MemberFields {...section} />)}
        {fold("financeurs", <FunderFields {...section} />)}
        {fold("cac", <CacFields {...section} />)}
        {fold("tresorerie", <CashPlanFields {...section} />)}
      </Accordion>
      <Caption1 className={pane.note}>
        Frais de fonctionnement, heures de gouvernance et taux horaires sont préremplis selon la
        taille : modifiez-les dans les feuilles « Paramètres » et « Budget » du classeur, où les
        formules suivent.
      </Caption1>
      <div className={styles.submit}>
        <Button
          type="submit"
          appearance="primary"
          disabledFocusable={invalid || busy}
          aria-describedby={invalid ? "form-invalid" : undefined}
        >
          Générer le budget
        </Button>
        {invalid && (
          <Caption1 id="form-invalid" className={pane.note}>
            Corrigez les champs signalés ({faulty.join(", ")}) pour générer le budget.
          </Caption1>
        )}
      </div>
    </form>
  );
}
