import { Field, makeStyles, Select } from "@fluentui/react-components";
import { type ReactNode } from "react";

/** As wide as its column, however long its options (a post card at 350 px). */
const useStyles = makeStyles({ wide: { minWidth: 0, width: "100%" } });

interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  /** The <option> and <optgroup> elements. */
  children: ReactNode;
}

/** A labelled list of choices; its French validation message shows above the hint. */
export function SelectField({ label, value, onChange, error, hint, children }: SelectFieldProps) {
  const styles = useStyles();
  return (
    <Field
      label={label}
      hint={hint}
      validationState={error ? "error" : "none"}
      validationMessage={error}
    >
      <Select
        className={styles.wide}
        select={{ className: styles.wide }}
        value={value}
        onChange={(_, data) => onChange(data.value)}
      >
        {children}
      </Select>
    </Field>
  );
}
