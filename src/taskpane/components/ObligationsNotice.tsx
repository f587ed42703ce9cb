import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { OBLIGATIONS_HORIZON_DAYS } from "../../domain/obligations";
import { type BudgetFigures } from "../check/figures";

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** The first-200-days obligations falling due soon or overdue, as the Obligations sheet counts them. */
export function ObligationsNotice({ obligations }: Pick<BudgetFigures, "obligations">) {
  const { enRetard, prochainement } = obligations;
  if (enRetard === 0 && prochainement === 0) return null;
  const parts = [
    prochainement > 0 &&
      `${plural(prochainement, "obligation arrive", "obligations arrivent")} à échéance dans les ${OBLIGATIONS_HORIZON_DAYS} jours`,
    enRetard > 0 && `${plural(enRetard, "obligation est", "obligations sont")} en retard`,
  ].filter(Boolean);
  return (
    <MessageBar
      intent={enRetard > 0 ? "warning" : "info"}
      layout="multiline"
      data-testid="obligations"
    >
      <MessageBarBody>
        <MessageBarTitle>{parts.join(" ; ")}</MessageBarTitle>
        Voir la feuille « Obligations » : échéance de chacune et statut à tenir à jour (à faire, en
        cours, fait).
      </MessageBarBody>
    </MessageBar>
  );
}
