// The members' indemnités and rémunérations (décret 2022-375, account 65): the rate of each profession, the governance
// roles, the missions' remunerations; the Budget's 65 lines and the PASS check of Contrôles read them.
import { type Mission } from "../../../../domain/data/aciGrid";
import { type Profession, PROFESSIONS } from "../../../../domain/data/prefill";
import { sumCents } from "../../../../domain/errors";
import { text } from "../../../formats";
import { type SheetRef } from "../../../names";
import { type IndemnitesRefs } from "../../../refs";
import { type ParametresGrid, type RowList } from "../grid";
import { gouvernance, professionCol, ROLE } from "./gouvernance";
import { HEURES, remunerationsMissions } from "./missions";
import { PROFESSION_COLS, tauxHoraires } from "./taux";

/**
 * `aci`: the Budget's cells of each ACI line (model.aci order) in contract years 1 and 2, which the default hours of
 * a mission read (placeholders: the Budget is built later).
 */
export function indemnites(
  g: ParametresGrid,
  ref: SheetRef,
  aci: [string, string][]
): { refs: IndemnitesRefs; first: number } {
  const { model } = g;
  const first = g.s.nextRow;
  const taux = tauxHoraires(g);
  g.s.add();
  const roles = gouvernance(g, taux);
  g.s.add();
  const fixedLines = (mission: Mission) =>
    model.aci
      .map((line, k) => ({ line, k }))
      .filter(({ line }) => line.row.mission === mission && line.row.facteur === "fixe");
  const missions = remunerationsMissions(g, taux, (i, y) => {
    const lines = fixedLines(model.indemnites.remunerations[i].mission);
    return {
      cells: lines.map(({ k }) => aci[k][y]),
      montant: sumCents(lines.map(({ line }) => line.montants[y])),
    };
  });
  g.s.add([
    text(
      "Décret 2022-375 : indemnités et rémunérations ensemble, au plus 1 PASS par professionnel et par année civile (voir Contrôles).",
      "note"
    ),
  ]);

  const column = (col: number, t: RowList) => ref.range(col, t.first, col, t.last);
  const some = (t: RowList) => t.rows.length > 0;
  const perProfession = (t: RowList) =>
    Object.fromEntries(PROFESSIONS.map((p, k) => [p, column(PROFESSION_COLS[k], t)])) as Record<
      Profession,
      string
    >;
  const [year1, year2] = missions.parPersonne;
  return {
    first,
    refs: {
      gouvernance: ref.cell(ROLE.montant, roles.total),
      roles: some(roles.roles)
        ? (Object.fromEntries(
            PROFESSIONS.map((p, k) => [p, column(professionCol(k), roles.roles)])
          ) as Record<Profession, string>)
        : undefined,
      remunerations: missions.heures.rows.map((row) => [
        ref.cell(HEURES.montants[0], row),
        ref.cell(HEURES.montants[1], row),
      ]),
      parPersonneMissions: some(year1) ? [perProfession(year1), perProfession(year2)] : undefined,
    },
  };
}
