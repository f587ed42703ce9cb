import { Caption1 } from "@fluentui/react-components";
import { type SourceNote } from "../check/sourceNotes";
import { usePaneStyles } from "./styles";

/** Small notes on figures that rest on a single source document. */
export function SourceNotes({ notes }: { notes: SourceNote[] }) {
  const styles = usePaneStyles();
  if (notes.length === 0) return null;
  return (
    <>
      {notes.map((note) => (
        <Caption1 key={note.id} className={styles.sourceNote} data-note={note.id}>
          {note.text}
        </Caption1>
      ))}
    </>
  );
}
