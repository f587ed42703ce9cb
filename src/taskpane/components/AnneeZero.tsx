import { Caption1, Text } from "@fluentui/react-components";
import { frDate } from "../../domain/dates";
import { type Annee0Figures } from "../check/figures";
import { formatEuros } from "../form/numbers";
import { AmountList } from "./AmountList";
import { usePaneStyles } from "./styles";

/**
 * Année 0, before the signature: its period, its totals and result (the cash plan's opening balance), and where its
 * public money counts in the 153 000 € test, per exercice: the same from the model and from the workbook's names.
 */
export function AnneeZero({ annee0, seuil }: { annee0: Annee0Figures; seuil: number }) {
  const pane = usePaneStyles();
  const { debut, fin, parExercice, exerciceAnnee0: early } = annee0;
  const rows: [string, number][] = [
    ["Recettes", annee0.produits],
    ["Charges", annee0.charges],
    ["Résultat", annee0.resultat],
    ["dont subventions publiques", annee0.subventions],
  ];
  return (
    <article className={pane.card} aria-label="Année 0" data-testid="annee0">
      <Text as="h3" weight="semibold" size={400} style={{ margin: 0 }}>
        Année 0
      </Text>
      <Caption1 className={pane.note}>
        Du {frDate(debut)} au {frDate(fin)} : de la validation de la lettre d'intention à la veille
        de la signature.
      </Caption1>
      <AmountList rows={rows} />
      <Text>
        Le résultat de l'année 0 s'ajoute à la trésorerie de départ du plan de trésorerie.
      </Text>
      {parExercice.map((e) => (
        <Text key={e.exercice} data-exercice-annee0={e.exercice}>
          Exercice {e.exercice} : {formatEuros(e.montant)} de subventions de l'année 0 comptent dans
          le seuil de {formatEuros(seuil)}.
        </Text>
      ))}
      {early && (
        <Text data-exercice-annee0="lettre">
          Exercice de la lettre d'intention (du {frDate(early.debut)} au {frDate(early.fin)}), avant
          l'exercice 1 : {formatEuros(early.subventions)} de subventions publiques,{" "}
          {early.cacObligatoire
            ? "au-delà du seuil : commissaire aux comptes obligatoire."
            : "sous le seuil."}
        </Text>
      )}
    </article>
  );
}
