// The `Barème ACI` sheet, section by section: the grid's version and notice, the ACI scale, the rules that complete it and the PASS, read by the
// payment calendar's and the checks' INDEX/MATCH.
import { CURRENT_ACI_GRID_VERSION } from "../../../domain/data/aciGridVersions";
import { calc, FORMAT, text } from "../../formats";
import { SheetRef } from "../../names";
import { type SheetPlan } from "../../planTypes";
import { type BaremeRefs } from "../../refs";
import { SheetBuilder } from "../../sheetBuilder";
import { CODE_COL, FIRST_TAILLE_COL, tailleCol, VALUE_COL } from "./grid";
import { pass } from "./pass";
import { additionnelAmounts, rules } from "./rules";
import { scale } from "./scale";
import { version } from "./version";

/** The title, the grid's version and notice, the taille retained (from Paramètres); returns the taille's row. */
function heading(s: SheetBuilder, taille: { ref: string; value: number }): number {
  s.add([text(`Barème ACI des CPTS (${CURRENT_ACI_GRID_VERSION.nom})`, "title")]);
  version(s, CURRENT_ACI_GRID_VERSION);
  s.add();
  const row = s.add([text("Taille retenue"), calc(`=${taille.ref}`, taille.value, FORMAT.year)]);
  s.add();
  return row;
}

export function buildBareme(
  name: string,
  taille: { ref: string; value: number }
): { sheet: SheetPlan; refs: BaremeRefs } {
  const s = new SheetBuilder(name);
  const tailleRow = heading(s, taille);
  const bareme = scale(s, { taille: tailleRow });
  const rule = rules(s);
  additionnelAmounts(s, bareme, rule.additionnel);
  s.add();
  const years = pass(s);

  const ref = new SheetRef(name);
  return {
    sheet: s.build({
      columnWidths: [26, 32, 30, 12, 12, 12, 12, 62],
      frozenRows: bareme.header,
      print: { orientation: "landscape", fitToWidth: true, title: "Barème ACI des CPTS" },
    }),
    refs: {
      codes: ref.range(CODE_COL, bareme.first, CODE_COL, bareme.last),
      montants: ref.range(FIRST_TAILLE_COL, bareme.first, tailleCol(4), bareme.last),
      tauxMajoration: ref.cell(VALUE_COL, rule.majoration),
      membresMajoration: ref.cell(VALUE_COL, rule.membres),
      avance: ref.cell(VALUE_COL, rule.avance),
      passAnnees: ref.range(1, years.first, 1, years.last),
      passMontants: ref.range(2, years.first, 2, years.last),
    },
  };
}
