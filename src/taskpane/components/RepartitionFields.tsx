import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { MISSION_LABELS } from "../../domain/data/aciGrid";
import { contractedEnvelopes } from "../../domain/team";
import { parseFrenchNumber, toFrenchInput } from "../form/numbers";
import { defaultSharesText, type SharesText } from "../form/postValues";
import { type PostErrors } from "../form/validatePost";
import { usePaneStyles } from "./styles";

const useStyles = makeStyles({
  head: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  shares: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  share: { gridTemplateColumns: "minmax(0, 1fr) 5.5rem" },
  input: { minWidth: 0, width: "100%" },
  error: { color: tokens.colorPaletteRedForeground1, display: "block" },
  foot: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    flexWrap: "wrap",
    rowGap: tokens.spacingVerticalXS,
  },
});

interface RepartitionFieldsProps {
  /** The typed split; undefined = the default split of the taille. */
  shares: SharesText | undefined;
  /** The taille when valid: the default split depends on it. */
  taille: number | undefined;
  optionnelles: boolean;
  errors: PostErrors;
  onChange: (shares: SharesText | undefined) => void;
}

/** A post's split by envelope, in percent: the default of the taille until one share is typed. */
export function RepartitionFields({
  shares,
  taille,
  optionnelles,
  errors,
  onChange,
}: RepartitionFieldsProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const [open, setOpen] = useState(false);
  const id = useId();
  const defaults = taille === undefined ? undefined : defaultSharesText(taille, optionnelles);
  const shown = shares ?? defaults;
  const envelopes = contractedEnvelopes(optionnelles);
  const faults = envelopes.some((m) => errors[`part.${m}`]) || errors.repartition !== undefined;
  const expanded = open || faults;
  const total = shown
    ? envelopes.reduce((sum, m) => sum + (parseFrenchNumber(shown[m] ?? "0") || 0), 0)
    : undefined;

  return (
    <div className={styles.shares}>
      <div className={styles.head}>
        <Text size={200} weight="semibold">
          Répartition par enveloppe : {shares ? "personnalisée" : "par défaut"}
        </Text>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={expanded}
          aria-controls={id}
          disabledFocusable={faults}
          onClick={() => setOpen(!open)}
        >
          {expanded ? "Masquer" : "Modifier"}
        </Button>
      </div>
      {!expanded && !shares && (
        <Caption1 className={pane.note}>
          50 % fonctionnement, 50 % sur les missions contractées au prorata de leur part fixe.
        </Caption1>
      )}
      {expanded && (
        <div id={id} className={styles.shares}>
          {!shown && (
            <Caption1 className={pane.note}>
              Saisissez une taille valide : la répartition par défaut en dépend.
            </Caption1>
          )}
          {shown &&
            envelopes.map((m) => (
              <Field
                key={m}
                className={styles.share}
                orientation="horizontal"
                size="small"
                label={MISSION_LABELS[m]}
                validationState={errors[`part.${m}`] ? "error" : "none"}
                validationMessage={errors[`part.${m}`]}
              >
                <Input
                  size="small"
                  inputMode="decimal"
                  contentAfter="%"
                  input={{ className: styles.input }}
                  className={styles.input}
                  value={shown[m] ?? "0"}
                  onChange={(_, data) => onChange({ ...shown, [m]: data.value })}
                />
              </Field>
            ))}
          {errors.repartition && (
            <Caption1 role="alert" className={styles.error}>
              {errors.repartition}
            </Caption1>
          )}
          <div className={styles.foot}>
            {total !== undefined && (
              <Caption1>Total : {toFrenchInput(Math.round(total * 100) / 100)} %</Caption1>
            )}
            <Button size="small" disabled={!shares} onClick={() => onChange(undefined)}>
              Répartition par défaut
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
