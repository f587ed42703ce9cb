import { Subtitle2 } from "@fluentui/react-components";
import { type ReactNode, useId } from "react";
import { usePaneStyles } from "./styles";

/** A titled part of the pane: a region screen readers list by its heading. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  const styles = usePaneStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id} className={styles.heading}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}
