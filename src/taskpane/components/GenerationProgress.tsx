import { Field, ProgressBar } from "@fluentui/react-components";

/** The running generation's step, announced politely to screen readers. */
export function GenerationProgress({ step, fraction }: { step: string; fraction: number }) {
  return (
    <div role="status" aria-live="polite">
      <Field label="Génération du budget" hint={step}>
        <ProgressBar value={fraction} thickness="large" />
      </Field>
    </div>
  );
}
