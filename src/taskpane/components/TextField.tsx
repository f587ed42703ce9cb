import { Field, Input, type InputProps, makeStyles } from "@fluentui/react-components";

/** Inputs take their column's width, however narrow (two side by side at 320 px). */
const useStyles = makeStyles({
  root: { width: "100%", minWidth: 0, boxSizing: "border-box" },
  input: { minWidth: 0, width: "100%" },
});

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  inputMode?: "text" | "numeric" | "decimal";
  type?: "text" | "date";
  contentAfter?: InputProps["contentAfter"];
  required?: boolean;
  placeholder?: string;
  /** Focus the input when it appears (a post just added). */
  autoFocus?: boolean;
}

/** A labelled text input; its French validation message shows above the hint. */
export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  inputMode = "text",
  type = "text",
  contentAfter,
  required,
  placeholder,
  autoFocus,
}: TextFieldProps) {
  const styles = useStyles();
  return (
    <Field
      label={label}
      hint={hint}
      required={required}
      validationState={error ? "error" : "none"}
      validationMessage={error}
    >
      <Input
        className={styles.root}
        input={{ className: styles.input }}
        type={type}
        inputMode={inputMode}
        value={value}
        contentAfter={contentAfter}
        placeholder={placeholder}
        autoFocus={autoFocus}
        onChange={(_, data) => onChange(data.value)}
      />
    </Field>
  );
}
