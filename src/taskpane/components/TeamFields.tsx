import { Button, Caption1 } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { LIMITS } from "../../domain/limits";
import { parseFrenchNumber } from "../form/numbers";
import { duplicatePost, newPost, type PostFormValues } from "../form/postValues";
import { type FormErrors } from "../form/validateForm";
import { type PostErrors } from "../form/validatePost";
import { type SectionProps } from "./CptsFields";
import { PostCard } from "./PostCard";
import { usePaneStyles } from "./styles";

/** The errors of post `index`, keyed by its own field names. */
function postErrors(errors: FormErrors, index: number): PostErrors {
  const prefix = `equipe.${index}.`;
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, message]) => [key.slice(prefix.length), message])
  );
}

/** The team: one card per post, the coordinator first; posts are added, duplicated and removed, one at least. */
export function TeamFields({ values, errors, onChange }: SectionProps) {
  const pane = usePaneStyles();
  // The post just added or duplicated: its title takes the focus.
  const [created, setCreated] = useState<string | undefined>();
  const equipe = values.equipe;
  const taille = parseFrenchNumber(values.taille);
  const full = equipe.length >= LIMITS.postes;
  const addButton = useRef<HTMLButtonElement>(null);

  const setTeam = (next: PostFormValues[], added?: PostFormValues) => {
    setCreated(added?.key);
    onChange({ equipe: next });
  };
  const insertAfter = (index: number, post: PostFormValues) =>
    setTeam([...equipe.slice(0, index + 1), post, ...equipe.slice(index + 1)], post);

  return (
    <>
      <Caption1 className={pane.note}>
        Le premier poste est celui du coordinateur : le comparatif des statuts le suit.
      </Caption1>
      {equipe.map((post, i) => (
        <PostCard
          key={post.key}
          post={post}
          index={i}
          errors={postErrors(errors, i)}
          taille={[1, 2, 3, 4].includes(taille) ? taille : undefined}
          optionnelles={values.optionnelles}
          focusTitle={post.key === created}
          onChange={(patch) => setTeam(equipe.map((p, j) => (j === i ? { ...p, ...patch } : p)))}
          onDuplicate={full ? undefined : () => insertAfter(i, duplicatePost(post))}
          onRemove={
            equipe.length > 1
              ? () => {
                  setTeam(equipe.filter((_, j) => j !== i));
                  addButton.current?.focus();
                }
              : undefined
          }
        />
      ))}
      <Button
        ref={addButton}
        disabled={full}
        onClick={() => insertAfter(equipe.length - 1, newPost())}
      >
        Ajouter un poste
      </Button>
      {full && <Caption1 className={pane.note}>Au plus {LIMITS.postes} postes.</Caption1>}
    </>
  );
}
