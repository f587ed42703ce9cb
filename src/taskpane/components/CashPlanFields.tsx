import { MAX_LAG_MONTHS } from "../../domain/cashPlan";
import { PAYMENT_LAG } from "../../domain/data/paymentCalendar";
import { frenchMonthName } from "../../domain/dates";
import { type SectionProps } from "./CptsFields";
import { SelectField } from "./SelectField";
import { usePaneStyles } from "./styles";
import { TextField } from "./TextField";

const MONTHS = Array.from({ length: 12 }, (_, i) => ({
  value: String(i + 1),
  label: frenchMonthName(i + 1),
}));

const LAGS = Array.from({ length: MAX_LAG_MONTHS + 1 }, (_, months) => String(months));

/** The cash plan's settings: the opening balance, when the CPAM pays, the month of annual items, the financial year. */
export function CashPlanFields({ values, errors, onChange }: SectionProps) {
  const pane = usePaneStyles();
  return (
    <>
      <TextField
        label="Trésorerie au départ (€)"
        inputMode="decimal"
        value={values.soldeInitial}
        error={errors.soldeInitial}
        hint="Solde du compte au début du premier mois budgété, celui de la signature en année 1 (négatif pour un découvert)."
        onChange={(soldeInitial) => onChange({ soldeInitial })}
      />
      <SelectField
        label="Délai de versement de l'ACI (mois)"
        value={values.lagMonths}
        error={errors.lagMonths}
        hint={`Entre chaque échéance du contrat et le paiement de la CPAM. ${PAYMENT_LAG.confidence}`}
        onChange={(lagMonths) => onChange({ lagMonths })}
      >
        {LAGS.map((months) => (
          <option key={months} value={months}>
            {months}
          </option>
        ))}
      </SelectField>
      <div className={pane.pair}>
        <SelectField
          label="Mois des éléments annuels"
          value={values.moisAnnuel}
          error={errors.moisAnnuel}
          hint="Charges annuelles payées, autres financements et cotisations reçus."
          onChange={(moisAnnuel) => onChange({ moisAnnuel })}
        >
          {MONTHS.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Début de l'exercice"
          value={values.debutExercice}
          error={errors.debutExercice}
          hint="Premier mois de l'exercice comptable (seuil de 153 000 € par exercice)."
          onChange={(debutExercice) => onChange({ debutExercice })}
        >
          {MONTHS.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </SelectField>
      </div>
    </>
  );
}
