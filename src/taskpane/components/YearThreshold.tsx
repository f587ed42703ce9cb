import { Badge, Caption1, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { type ReactNode } from "react";
import { yearLabel } from "../../domain/budgetYears";
import { CAC_CONSEQUENCE } from "../check/failedChecks";
import { type YearFigures } from "../check/figures";
import { formatEuros } from "../form/numbers";
import { AmountList } from "./AmountList";
import { usePaneStyles } from "./styles";

const useStyles = makeStyles({
  top: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
});

interface YearThresholdProps {
  year: YearFigures;
  seuil: number;
  /** What follows the totals (the year's balance). */
  children?: ReactNode;
}

/** One contract year: public subsidies against the 153 000 € threshold, the verdict and its consequence, the totals. */
export function YearThreshold({ year, seuil, children }: YearThresholdProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const ratio = seuil > 0 ? year.subventions / seuil : 0;
  const margin = seuil - year.subventions;
  const label = yearLabel(year.anneeContrat);
  return (
    <article className={pane.card} aria-label={label} data-year={year.annee}>
      <div className={styles.top}>
        <Text as="h3" weight="semibold" size={400} style={{ margin: 0 }}>
          {label}
        </Text>
        <Badge appearance="filled" color={year.cacObligatoire ? "danger" : "success"}>
          {year.cacObligatoire ? "CAC obligatoire" : "Sous le seuil"}
        </Badge>
      </div>
      <Text>
        Subventions publiques : <strong>{formatEuros(year.subventions)}</strong> sur{" "}
        {formatEuros(seuil)}
      </Text>
      <ProgressBar
        value={Math.min(ratio, 1)}
        color={year.cacObligatoire ? "error" : ratio > 0.9 ? "warning" : "success"}
        thickness="large"
        aria-label={`Subventions publiques de l'année ${year.anneeContrat} : ${Math.round(ratio * 100)} % du seuil`}
      />
      <Text data-verdict>
        {year.cacObligatoire
          ? `Au-delà du seuil de ${formatEuros(seuil)} de ${formatEuros(-margin)} : commissaire aux comptes obligatoire.`
          : `Sous le seuil de ${formatEuros(seuil)} (marge ${formatEuros(margin)}) : pas d'obligation de commissaire aux comptes à ce titre.`}
      </Text>
      {year.cacObligatoire && <Caption1 className={pane.note}>{CAC_CONSEQUENCE}</Caption1>}
      {year.nonComptes !== "" && (
        <Caption1 className={pane.note}>
          Non comptés comme subventions publiques : {year.nonComptes}.
        </Caption1>
      )}
      <AmountList
        rows={[
          ["Total des charges", year.totalCharges],
          ["Total des produits", year.totalProduits],
          ["dont ACI", year.aci],
          ["Résultat", year.resultat],
        ]}
      />
      {children}
    </article>
  );
}
