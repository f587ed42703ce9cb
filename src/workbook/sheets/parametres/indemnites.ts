// The indemnities of the member professionals (account 65), each charged to an ACI envelope.
import { MISSION_LABELS, MISSIONS } from "../../../domain/data/aciGrid";
import { FORMAT, input, text } from "../../formats";
import { a1 } from "../../names";
import { AMOUNT, AMOUNT_ERROR, type ParametresGrid, type RowList } from "./grid";
import { HEADCOUNT, HEADCOUNT_ERROR } from "../../validations";

/** One row per indemnity: its label, the amount per professional each contract year, how many, its envelope. */
export function indemnites(g: ParametresGrid): RowList {
  g.band("Indemnités des professionnels membres (compte 65)", [
    "€/pro. année 1",
    "€/pro. année 2",
    "Professionnels",
    "Enveloppe ACI",
  ]);
  const table = g.list(g.model.inputs.indemnites, (i) =>
    g.s.add([
      input(i.label),
      input(i.parProfessionnelAnnee1, FORMAT.euro),
      input(i.parProfessionnelAnnee2, FORMAT.euro),
      input(i.professionnels, FORMAT.count),
      input(MISSION_LABELS[i.enveloppe]),
    ])
  );
  const { first, last } = table;
  if (table.rows.length > 0) {
    g.validate(`${a1(2, first)}:${a1(3, last)}`, AMOUNT, AMOUNT_ERROR);
    g.validate(`${a1(4, first)}:${a1(4, last)}`, HEADCOUNT, HEADCOUNT_ERROR);
    g.validate(
      `${a1(5, first)}:${a1(5, last)}`,
      { kind: "list", values: MISSIONS.map((m) => MISSION_LABELS[m]) },
      "Choisissez une enveloppe de la liste."
    );
  }
  g.s.add([
    text(
      "Décret 2022-375 : au plus 1 PASS par professionnel et par année civile (voir Contrôles).",
      "note"
    ),
  ]);
  return table;
}
