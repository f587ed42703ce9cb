// The `Contrôles` sheet, section by section: the 153 000 € test per contract year and per exercice, the CAC fee they
// entail, fonctionnement against its ACI, the members' indemnities against the PASS per calendar year, each envelope's
// overspend, the balance and the year end; every check a live formula.
import { type BudgetModel } from "../../../domain/budget";
import { calc, text } from "../../formats";
import { SheetRef } from "../../names";
import { type SheetPlan } from "../../planTypes";
import {
  type BaremeRefs,
  type BudgetRefs,
  type ControlesRefs,
  type ParametresRefs,
  type TresorerieRefs,
} from "../../refs";
import { SheetBuilder } from "../../sheetBuilder";
import { exerciceAnneeZero } from "./annee0";
import { cacFee } from "./cac";
import { vieDuContrat } from "./contrat";
import { enveloppes, equilibre, finExercice, fonctionnement } from "./budgetChecks";
import { ControlesGrid } from "./grid";
import { passParAnneeCivile, passParAnneeDeContrat, plusHauteIndemnite } from "./pass";
import { thresholdByExercice, thresholdByYear } from "./seuil";

export { VERDICTS } from "./verdicts";

export interface ControlesSources {
  parametres: ParametresRefs;
  bareme: BaremeRefs;
  budget: BudgetRefs;
  tresorerie: TresorerieRefs;
}

export function buildControles(
  model: BudgetModel,
  name: string,
  { parametres: p, bareme: b, budget: bu, tresorerie: t }: ControlesSources
): { sheet: SheetPlan; refs: ControlesRefs } {
  const s = new SheetBuilder(name);
  const g = new ControlesGrid(s, model);
  s.add([
    calc(
      `="Contrôles du budget : "&${p.nom}`,
      `Contrôles du budget : ${model.inputs.nom}`,
      undefined,
      "title"
    ),
  ]);
  s.add([
    text(
      "Chaque contrôle est une formule : il suit toute modification des Paramètres et du Budget.",
      "note"
    ),
  ]);
  s.add();
  // Each section names its own columns (years or exercices); this header heads the labels and the readings.
  const header = s.add(["Contrôle", "", "", "", "Lecture"].map((h) => text(h, "header")));
  s.add();

  vieDuContrat(g, p);
  s.add();
  const year = thresholdByYear(g, p, bu);
  s.add();
  const exercices = thresholdByExercice(g, p, t);
  s.add();
  const zero = exerciceAnneeZero(g, p);
  if (zero) s.add();
  const cac = cacFee(g, p, bu, { cacObligatoire: year.cacObligatoire, exercices });
  s.add();
  const fonct = fonctionnement(g, bu);
  s.add();
  const members = plusHauteIndemnite(g, p, bu);
  s.add();
  const calendar = passParAnneeCivile(g, p, b, members.maximum);
  s.add();
  const pass = passParAnneeDeContrat(g, calendar);
  s.add();
  enveloppes(g, bu);
  s.add();
  equilibre(g, bu);
  s.add();
  finExercice(g, bu);

  const ref = new SheetRef(name);
  const pair = (row: number): [string, string] => [ref.cell(2, row), ref.cell(3, row)];
  const triple = (row: number): [string, string, string] => [
    ref.cell(2, row),
    ref.cell(3, row),
    ref.cell(4, row),
  ];
  return {
    sheet: s.build({
      columnWidths: [62, 17, 17, 17, 95],
      frozenRows: header,
      print: {
        orientation: "landscape",
        fitToWidth: true,
        title: "Contrôles du budget prévisionnel",
      },
    }),
    refs: {
      subventions: pair(year.subventions),
      nonComptes: [ref.cell(5, year.nonComptes[0]), ref.cell(5, year.nonComptes[1])],
      cacObligatoire: pair(year.cacObligatoire),
      cacRetenu: pair(cac.cacRetenu),
      depensesFonctionnement: pair(fonct.depenses),
      aciFonctionnement: pair(fonct.aci),
      indemniteMax: pair(pass.indemniteMax),
      pass: pair(pass.pass),
      anneePass: pair(pass.anneePass),
      passDepasse: pair(pass.passDepasse),
      indemnitesProfessionnels: pair(members.total),
      subventionsEncaissees: triple(exercices.subventionsEncaissees),
      subventionsAllouees: triple(exercices.subventionsAllouees),
      ...(exercices.annee0 && { annee0ParExercice: triple(exercices.annee0) }),
      ...(zero && {
        exerciceAnnee0: {
          debut: ref.cell(2, zero.debut),
          fin: ref.cell(2, zero.fin),
          subventions: ref.cell(2, zero.recues),
          depasse: ref.cell(2, zero.over),
        },
      }),
    },
  };
}
