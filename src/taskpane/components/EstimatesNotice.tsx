import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/**
 * How many amounts of the budget still hold the add-in's estimate, so that the treasurer replaces them: the budget
 * generated or the workbook read back (Estimations_Restantes) gives the count; none, no notice.
 */
export function EstimatesNotice({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="estimations">
      <MessageBarBody>
        <MessageBarTitle>
          {count > 1
            ? `${count} montants sont des estimations à remplacer`
            : "1 montant est une estimation à remplacer"}
        </MessageBarTitle>
        Ils sont signalés dans le classeur par un style distinct et une note « estimation — … » qui
        donne leur base : remplacez-les par vos devis et vos chiffres.
      </MessageBarBody>
    </MessageBar>
  );
}
