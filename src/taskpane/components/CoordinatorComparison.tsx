import {
  Caption1,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { type PostInputs } from "../../domain/budgetInputs";
import { type Comparison, compareCoordinator } from "../../domain/comparison";
import { JOURS_FORFAIT } from "../../domain/data/comparison";
import { type FormErrors } from "../form/validateForm";
import { type FormValues, toBudgetInputs } from "../form/formValues";
import { formatEuros } from "../form/numbers";
import { usePaneStyles } from "./styles";

const MODE_LABELS: Record<Comparison["lignes"][number]["mode"], string> = {
  ge: "GE",
  salarie: "Salarié",
  prestataire: "Prestataire",
};

/** Three columns, the costs stacked: readable at 350 px. */
const useStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%" },
  statut: { width: "30%", overflowWrap: "anywhere" },
  cell: { height: "auto" },
  cost: {
    display: "flex",
    flexDirection: "column",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  part: { width: "3.75rem", textAlign: "end" },
  partHeader: { width: "100%", textAlign: "end" },
});

const percent = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 1 });

/** What the comparison reads, the taille and the first post: it waits for them to be valid. */
const reads = (field: string) => field === "taille" || field.startsWith("equipe.0.");

interface CoordinatorComparisonProps {
  values: FormValues;
  errors: FormErrors;
}

/** The first post (the coordinator) under each status, at the post's ETP and full time, against the fonctionnement envelope. */
export function CoordinatorComparison({ values, errors }: CoordinatorComparisonProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const [comparison, setComparison] = useState<Comparison | undefined>();
  const ready = !Object.keys(errors).some(reads);
  const inputs = ready ? toBudgetInputs(values) : undefined;
  // What the comparison reads, as one value: the effect runs again only when it changes.
  const key = inputs ? JSON.stringify([inputs.taille, inputs.equipe[0]]) : "";

  useEffect(() => {
    if (!key) {
      setComparison(undefined);
      return undefined;
    }
    const [taille, coordinateur] = JSON.parse(key) as [number, PostInputs];
    let current = true;
    compareCoordinator(coordinateur, taille).then(
      (c) => current && setComparison(c),
      () => current && setComparison(undefined)
    );
    return () => {
      current = false;
    };
  }, [key]);

  if (!comparison) return null;
  return (
    <section aria-label="Comparatif des statuts du coordinateur" className={pane.group}>
      <Caption1>
        Poste 1 ({values.equipe[0].intitule.trim()}) : coût d'une année de contrat (12 mois) selon
        le statut (GE : groupement d'employeurs), et part de l'enveloppe fonctionnement de la taille
        ({formatEuros(comparison.enveloppeFonctionnement)}) :
      </Caption1>
      <Table size="extra-small" aria-label="Comparatif du coordinateur" className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.statut}>Statut</TableHeaderCell>
            <TableHeaderCell>Coût par an</TableHeaderCell>
            <TableHeaderCell className={styles.part}>
              <span className={styles.partHeader}>Part</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {comparison.lignes.map((l) => (
            <TableRow key={`${l.mode}-${l.base}`} data-ligne={`${l.mode}-${l.base}`}>
              <TableCell className={styles.statut}>
                {MODE_LABELS[l.mode]},{" "}
                {l.base === "poste" ? `${String(l.etp).replace(".", ",")} ETP` : "temps plein"}
              </TableCell>
              <TableCell className={styles.cell}>
                <div className={styles.cost}>
                  <Text data-cout="annuel" weight="semibold">
                    {formatEuros(l.annuel)}
                  </Text>
                  <Caption1 data-cout="mensuel" className={pane.note}>
                    {formatEuros(l.mensuel)}/mois
                  </Caption1>
                  <Caption1 data-cout="horaire" className={pane.note}>
                    {formatEuros(l.horaire)}/heure
                  </Caption1>
                </div>
              </TableCell>
              <TableCell className={styles.part}>{percent.format(l.partFonctionnement)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Caption1 className={pane.note}>
        Prestataire : {formatEuros(comparison.tarifJour)} HT par jour × {JOURS_FORFAIT.value} jours
        (plafond du forfait annuel en jours, Code du travail, art. L3121-64) × ETP
        {comparison.tarifJourEstime
          ? " ; tarif estimé par le complément, sans source publique : saisissez celui du devis."
          : "."}{" "}
        Horaire : sur 1 607 heures par an à temps plein (Code du travail, art. L3121-41). Détail
        dans la feuille « Comparatif ».
      </Caption1>
    </section>
  );
}
