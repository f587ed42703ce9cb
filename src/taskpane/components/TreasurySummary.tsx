import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import { ExerciceFigures, TreasuryFigures } from "../check/figures";
import { formatEuros } from "../form/numbers";
import { FormSection } from "./FormSection";
import { usePaneStyles } from "./styles";

/** "2025-01" → "janvier 2025". */
export function frenchMonth(month: string): string {
  const [year, m] = month.split("-").map(Number);
  return new Date(Date.UTC(year, m - 1, 1)).toLocaleDateString("fr-FR", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

interface TreasurySummaryProps {
  tresorerie: TreasuryFigures;
  exercices: [ExerciceFigures, ExerciceFigures];
  seuil: number;
}

/** The cash plan's low point, with what to do when it goes negative, and the threshold per financial year. */
export function TreasurySummary({ tresorerie, exercices, seuil }: TreasurySummaryProps) {
  const pane = usePaneStyles();
  const { min, moisMin, firstNegativeMonth } = tresorerie;
  const negative = min < 0;
  return (
    <FormSection title="Trésorerie">
      <Text data-testid="tresorerie-min">
        Solde le plus bas : <strong>{formatEuros(min)}</strong> en {frenchMonth(moisMin)}.
      </Text>
      {negative ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Trésorerie négative</MessageBarTitle>
            Il faut trouver {formatEuros(-min)} de trésorerie
            {firstNegativeMonth
              ? ` avant ${frenchMonth(firstNegativeMonth)}, premier mois où le compte passe sous zéro`
              : ` d'ici ${frenchMonth(moisMin)}`}
            , car l'ACI verse les soldes et les parts variables après chaque anniversaire du contrat
            : avance de l'ARS, apport ou prêt des membres, découvert négocié avec la banque, ou
            étalement des dépenses. Le détail mois par mois est dans la feuille « Trésorerie ».
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Caption1 className={pane.note}>
          Le compte reste positif sur les 36 mois suivant la signature (feuille « Trésorerie »).
        </Caption1>
      )}
      {exercices.map((e) => (
        <Text key={e.exercice} data-exercice={e.exercice}>
          Exercice {e.exercice} : {formatEuros(e.encaissees)} de subventions publiques encaissées,{" "}
          {e.cacObligatoire
            ? `au-delà de ${formatEuros(seuil)} : commissaire aux comptes obligatoire.`
            : `sous le seuil de ${formatEuros(seuil)}.`}
        </Text>
      ))}
      <Caption1 className={pane.note}>
        La loi apprécie le seuil par exercice comptable, sur les sommes reçues ; la feuille «
        Contrôles » compare aussi les sommes accordées pour l'exercice.
      </Caption1>
    </FormSection>
  );
}
