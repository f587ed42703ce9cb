import {
  Button,
  Caption1,
  Card,
  CardHeader,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { type PostMode, POST_MODES } from "../../domain/budgetInputs";
import { type PostFormValues, postFieldsShown } from "../form/postValues";
import { type PostErrors } from "../form/validatePost";
import { PostPayFields } from "./PostPayFields";
import { RepartitionFields } from "./RepartitionFields";
import { SelectField } from "./SelectField";
import { usePaneStyles } from "./styles";
import { TextField } from "./TextField";

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalM, minWidth: 0 },
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  title: { overflowWrap: "anywhere" },
  error: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

const MODE_LABELS: Record<PostMode, string> = {
  ge: "Groupement d'employeurs (GE)",
  salarie: "Salarié de la CPTS",
  prestataire: "Prestataire (à la journée)",
};

const MODE_SHORT: Record<PostMode, string> = {
  ge: "GE",
  salarie: "Salarié",
  prestataire: "Prestataire",
};

/** « GE · 1 ETP · 24 mois, début au 1er mois du budget »: the post in one line, for its folded card. */
function summary(p: PostFormValues): string {
  const shown = postFieldsShown(p);
  const debut = p.debutMois.trim();
  return [
    MODE_SHORT[p.mode],
    shown.employee ? `${p.etp} ETP` : `${p.joursParAn} j/an`,
    `${p.mois} mois, début ${debut === "0" ? "au 1er mois du budget" : `${debut} mois après le début du budget`}`,
  ].join(" · ");
}

interface PostCardProps {
  post: PostFormValues;
  index: number;
  errors: PostErrors;
  /** The taille when valid, for the default split. */
  taille: number | undefined;
  optionnelles: boolean;
  onChange: (patch: Partial<PostFormValues>) => void;
  onDuplicate?: () => void;
  onRemove?: () => void;
  /** A post just added: its title takes the focus. */
  focusTitle: boolean;
}

/** One post of the team as a compact card: folded to one line, or with the fields its status uses. */
export function PostCard({
  post,
  index,
  errors,
  taille,
  optionnelles,
  onChange,
  onDuplicate,
  onRemove,
  focusTitle,
}: PostCardProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  const titleId = useId();
  const shown = postFieldsShown(post);
  const faults = Object.keys(errors).length;

  return (
    <Card className={styles.card} size="small" aria-labelledby={titleId}>
      <CardHeader
        header={
          <Text id={titleId} weight="semibold" className={styles.title}>
            Poste {index + 1} : {post.intitule.trim() || "sans intitulé"}
          </Text>
        }
        description={
          <Caption1 className={faults && !open ? styles.error : pane.note}>
            {faults && !open
              ? `${faults > 1 ? `${faults} champs` : "Un champ"} à corriger : ouvrez le poste.`
              : summary(post)}
          </Caption1>
        }
        action={
          <Button
            size="small"
            appearance="subtle"
            aria-expanded={open}
            aria-controls={bodyId}
            aria-label={`${open ? "Replier" : "Déplier"} le poste ${index + 1}`}
            onClick={() => setOpen(!open)}
          >
            {open ? "Replier" : "Déplier"}
          </Button>
        }
      />
      {open && (
        <div id={bodyId} className={styles.body}>
          <TextField
            label="Intitulé"
            value={post.intitule}
            error={errors.intitule}
            autoFocus={focusTitle}
            onChange={(intitule) => onChange({ intitule })}
          />
          <SelectField
            label="Statut"
            value={post.mode}
            onChange={(mode) => onChange({ mode: mode as PostMode })}
          >
            {POST_MODES.map((m) => (
              <option key={m} value={m}>
                {MODE_LABELS[m]}
              </option>
            ))}
          </SelectField>
          {shown.employee && <PostPayFields post={post} errors={errors} onChange={onChange} />}
          {shown.freelance && (
            <>
              <TextField
                label="Tarif journalier (€ HT)"
                inputMode="decimal"
                value={post.tarifJour}
                error={errors.tarifJour}
                onChange={(tarifJour) => onChange({ tarifJour })}
              />
              <TextField
                label="Jours par an"
                inputMode="decimal"
                value={post.joursParAn}
                error={errors.joursParAn}
                hint="Jours facturés par année de contrat (ex. 96 pour deux jours par semaine)."
                onChange={(joursParAn) => onChange({ joursParAn })}
              />
            </>
          )}
          <div className={pane.pair}>
            <TextField
              label="Début (mois)"
              inputMode="numeric"
              value={post.debutMois}
              error={errors.debutMois}
              hint="Mois après le début du budget (0 : dès son premier mois, celui de la signature en année 1)."
              onChange={(debutMois) => onChange({ debutMois })}
            />
            <TextField
              label="Durée (mois)"
              inputMode="numeric"
              value={post.mois}
              error={errors.mois}
              hint="24 = les deux années."
              onChange={(mois) => onChange({ mois })}
            />
          </div>
          <RepartitionFields
            shares={post.repartition}
            taille={taille}
            optionnelles={optionnelles}
            errors={errors}
            onChange={(repartition) => onChange({ repartition })}
          />
        </div>
      )}
      <div className={styles.actions}>
        <Button
          size="small"
          disabled={!onDuplicate}
          aria-label={`Dupliquer le poste ${index + 1}`}
          onClick={onDuplicate}
        >
          Dupliquer
        </Button>
        <Button
          size="small"
          disabled={!onRemove}
          aria-label={`Supprimer le poste ${index + 1}`}
          onClick={onRemove}
        >
          Supprimer
        </Button>
      </div>
    </Card>
  );
}
