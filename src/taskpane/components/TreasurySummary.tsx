import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import { frenchMonth } from "../../domain/dates";
import { TREASURY_MONTHS } from "../../domain/treasury";
import { type ExerciceFigures, type TreasuryFigures } from "../check/figures";
import { formatEuros } from "../form/numbers";
import { FormSection } from "./FormSection";
import { usePaneStyles } from "./styles";

const EXERCICE_VERDICTS: Record<ExerciceFigures["verdict"], string> = {
  obligatoire: "au-delà du seuil dans les deux lectures, commissaire aux comptes obligatoire.",
  "a-verifier":
    "au-delà du seuil dans une seule lecture : à vérifier avec l'expert-comptable, prudence : CAC.",
  non: "sous le seuil.",
};

interface TreasurySummaryProps {
  tresorerie: TreasuryFigures;
  exercices: ExerciceFigures[];
  seuil: number;
  /** The first contract year budgeted: the cash plan starts with it. */
  premiereAnnee: number;
}

/** Where the cash plan starts: the signature month in year 1, the first month of year k otherwise. */
const planStart = (k: number) =>
  k === 1 ? "suivant la signature" : `à partir du début de l'année ${k} du contrat`;

/** The cash plan's low point, with what to do when it goes negative, and the threshold per financial year. */
export function TreasurySummary({
  tresorerie,
  exercices,
  seuil,
  premiereAnnee,
}: TreasurySummaryProps) {
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
              : ` avant le premier mois à découvert (au plus tard ${frenchMonth(moisMin)}, le mois le plus bas)`}
            , car l'ACI verse les soldes et les parts variables après chaque anniversaire du contrat
            : avance de l'ARS, apport ou prêt des membres, découvert négocié avec la banque, ou
            étalement des dépenses. Le détail mois par mois est dans la feuille « Trésorerie ».
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Caption1 className={pane.note}>
          Le compte reste positif sur les {TREASURY_MONTHS} mois {planStart(premiereAnnee)} (feuille
          « Trésorerie »).
        </Caption1>
      )}
      {exercices.map((e) => (
        <Text key={e.exercice} data-exercice={e.exercice}>
          Exercice {e.exercice} : {formatEuros(e.encaissees)} de subventions publiques encaissées,{" "}
          {formatEuros(e.allouees)} accordées pour l'exercice : {EXERCICE_VERDICTS[e.verdict]}
        </Text>
      ))}
      <Caption1 className={pane.note}>
        La loi apprécie le seuil de {formatEuros(seuil)} par exercice comptable ; les sources
        divergent entre sommes reçues et sommes accordées : le complément vérifie les deux (feuille
        « Contrôles »).
      </Caption1>
    </FormSection>
  );
}
