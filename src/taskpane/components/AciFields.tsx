import { Field, Radio, RadioGroup, Switch } from "@fluentui/react-components";
import {
  MISSION_START_DEADLINES,
  MISSION_START_SETTINGS,
  type MissionStartSetting,
} from "../../domain/data/paymentCalendar";
import { missionStartField, missionStartHint, startedMissions } from "../form/missionStarts";
import { MISSION_LABELS } from "../../domain/data/aciGrid";
import { type SectionProps } from "./CptsFields";
import { type SourceNote } from "../check/sourceNotes";
import { SourceNotes } from "./SourceNotes";
import { TextField } from "./TextField";
import { usePaneStyles } from "./styles";

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The ACI options, with a note on each figure that rests on one source only. */
export function AciFields({
  values,
  errors,
  onChange,
  notes,
}: SectionProps & { notes: SourceNote[] }) {
  const pane = usePaneStyles();
  return (
    <>
      <Field hint="Qualité et pertinence des soins, accompagnement des professionnels.">
        <Switch
          label="Missions optionnelles"
          checked={values.optionnelles}
          onChange={(_, data) => onChange({ optionnelles: data.checked })}
        />
      </Field>
      <TextField
        label="Scénario du volet variable"
        inputMode="decimal"
        contentAfter="%"
        value={values.tauxVariable}
        error={errors.tauxVariable}
        hint="0 % conseillé par la CPAM et l'ARS : la part variable dépend des indicateurs et arrive un an plus tard."
        onChange={(tauxVariable) => onChange({ tauxVariable })}
      />
      <Field
        label="Démarrage des missions"
        hint={`« À la signature » reproduit les tableaux FCPTS ; « au plus tard » retient les délais maximaux de l'ACI (${MISSION_START_DEADLINES.months.acces} mois pour l'accès aux soins et la crise, ${MISSION_START_DEADLINES.months.parcours} mois pour les autres). Le budget et la trésorerie suivent le même calendrier.`}
      >
        <RadioGroup
          value={values.demarrages}
          onChange={(_, data) => onChange({ demarrages: data.value as MissionStartSetting })}
        >
          {(Object.keys(MISSION_START_SETTINGS) as MissionStartSetting[]).map((key) => (
            <Radio key={key} value={key} label={capitalized(MISSION_START_SETTINGS[key])} />
          ))}
        </RadioGroup>
      </Field>
      <Field hint="Pour les missions dont la date de démarrage est connue ; les autres suivent le réglage ci-dessus.">
        <Switch
          label="Une date de démarrage par mission"
          checked={values.datesParMission}
          onChange={(_, data) => onChange({ datesParMission: data.checked })}
        />
      </Field>
      {values.datesParMission && (
        <div className={pane.group} role="group" aria-label="Dates de démarrage des missions">
          {startedMissions(values.optionnelles).map((m) => (
            <TextField
              key={m}
              label={MISSION_LABELS[m]}
              type="date"
              value={values.missionStarts[m]}
              error={errors[missionStartField(m)]}
              hint={missionStartHint(values, m)}
              onChange={(date) =>
                onChange({ missionStarts: { ...values.missionStarts, [m]: date } })
              }
            />
          ))}
        </div>
      )}
      <Field hint="Seulement si une crise est déclarée : l'ACI verse alors le montant « survenue d'une crise », en entier.">
        <Switch
          label="Crise sanitaire déclarée"
          checked={values.crise}
          onChange={(_, data) => onChange({ crise: data.checked })}
        />
      </Field>
      <SourceNotes notes={notes} />
    </>
  );
}
