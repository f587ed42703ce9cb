// The other funders (accounts 74), with whether each counts as a public subsidy towards the 153 000 € threshold.
import { FORMAT, input, text } from "../../formats";
import { a1 } from "../../names";
import { yearHeaders } from "../../years";
import {
  AMOUNT,
  AMOUNT_ERROR,
  LIST_YES_NO,
  type ParametresGrid,
  type RowList,
  YES_NO_ERROR,
  yesNo,
} from "./grid";

/** One row per funder: its label, its amount in each contract year, « oui » when it is a public subsidy. */
export function financeurs(g: ParametresGrid): RowList {
  g.band("Autres financeurs (comptes 74)", [...yearHeaders(g.model), "Subvention publique"]);
  const table = g.list(g.model.inputs.financeurs, (f) =>
    g.s.add([
      input(f.label),
      input(f.annee1, FORMAT.euro),
      input(f.annee2, FORMAT.euro),
      input(yesNo(f.subventionPublique)),
    ])
  );
  const { first, last } = table;
  if (table.rows.length > 0) {
    g.validate(`${a1(2, first)}:${a1(3, last)}`, AMOUNT, AMOUNT_ERROR);
    g.validate(`${a1(4, first)}:${a1(4, last)}`, LIST_YES_NO, YES_NO_ERROR);
  }
  g.s.add([
    text(
      "Subvention publique « oui » : comptée dans le seuil de 153 000 € (ARS/FIR et collectivités : oui).",
      "note"
    ),
  ]);
  return table;
}
