import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/** Where the estimates are, so that the treasurer replaces them. */
const WHERE =
  "signalés dans le classeur par un style distinct et une note « estimation — … » qui donne leur base : remplacez-les par vos devis et vos chiffres.";

/**
 * How many amounts of the budget are the add-in's estimates: counted from the budget generated; the workbook's names
 * do not give it (count undefined), so after a read-back only where to find them is said.
 */
export function EstimatesNotice({ count }: { count: number | undefined }) {
  if (count === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="estimations">
      <MessageBarBody>
        {count !== undefined && (
          <MessageBarTitle>
            {count > 1
              ? `${count} montants sont des estimations à remplacer`
              : "1 montant est une estimation à remplacer"}
          </MessageBarTitle>
        )}
        {count === undefined ? `Les montants estimés sont ${WHERE}` : `Ils sont ${WHERE}`}
      </MessageBarBody>
    </MessageBar>
  );
}
