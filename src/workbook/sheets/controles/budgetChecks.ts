// The checks on the Budget's own figures: fonctionnement against its ACI, each envelope's overspend and what remains
// to detail, the balance, and what becomes of the result at the year end.
import { MISSION_LABELS } from "../../../domain/data/aciGrid";
import { calc, FORMAT, quoted, text } from "../../formats";
import { type BudgetRefs } from "../../refs";
import { and, gt, lt } from "../../../domain/rules/expr";
import { type ControlesGrid, negative, YEAR_COLS, yearCell } from "./grid";
import { VERDICTS } from "./verdicts";

const at = (row: number, y: 0 | 1) => `${YEAR_COLS[y]}${row}`;

export function fonctionnement(
  g: ControlesGrid,
  bu: BudgetRefs
): { depenses: number; aci: number } {
  const label = quoted(MISSION_LABELS.fonctionnement);
  g.yearSection("Fonctionnement : dépenses et ACI fonctionnement versé");
  // The Budget's analytic split: the lines charged to fonctionnement and the team's share of it.
  const depenses = g.perYear("Dépenses affectées au fonctionnement", (y, a) =>
    calc(`=${bu.fonctionnementAffecte[y]}`, a.fonctionnement.depenses, FORMAT.euro)
  );
  const aci = g.perYear("ACI fonctionnement versé (financement additionnel compris)", (y, a) =>
    calc(
      `=SUMIF(${bu.aciEnveloppes},${label},${bu.aciMontants[y]})`,
      a.fonctionnement.financementAci,
      FORMAT.euro
    )
  );
  const ecart = g.s.nextRow;
  g.perYear(
    "Écart (ACI − dépenses)",
    (y, a) => calc(`=${at(aci, y)}-${at(depenses, y)}`, a.fonctionnement.ecart, FORMAT.euro),
    g.verdict(
      g.eitherYear((y, a) => lt(yearCell(ecart, y, a.fonctionnement.ecart), 0)),
      VERDICTS.fonctionnementDepasse,
      VERDICTS.fonctionnementOk
    )
  );
  g.format(ecart, negative(ecart), "warning");
  return { depenses, aci };
}

export function equilibre(g: ControlesGrid, bu: BudgetRefs): void {
  g.yearSection("Équilibre du budget");
  g.perYear("Total des produits", (y, a) =>
    calc(`=${bu.totalProduits[y]}`, a.totalProduits, FORMAT.euro)
  );
  g.perYear("Total des charges", (y, a) =>
    calc(`=${bu.totalCharges[y]}`, a.totalCharges, FORMAT.euro)
  );
  const resultat = g.s.nextRow;
  g.perYear(
    "Résultat",
    (y, a) => calc(`=${bu.resultat[y]}`, a.resultat, FORMAT.euro),
    g.verdict(
      g.eitherYear((y, a) => lt(yearCell(resultat, y, a.resultat), 0)),
      VERDICTS.deficit,
      VERDICTS.equilibre
    ),
    true
  );
  g.format(resultat, negative(resultat), "bad");
  const contributions = g.perYear(
    "Contributions volontaires : emplois (86) − contributions (87)",
    (y) => calc(`=${bu.emploisContributions[y]}-${bu.contributions[y]}`, 0, FORMAT.euro)
  );
  g.format(contributions, (col) => `${col}${contributions}<>0`, "bad");
}

/** Each contracted envelope's overspend, with the advice for fonctionnement, and the remainder left to detail. */
export function enveloppes(g: ControlesGrid, bu: BudgetRefs): void {
  g.yearSection("Équilibre de chaque enveloppe (Budget)");
  for (const [e, { mission, montants }] of bu.depassements.entries()) {
    const row = g.s.nextRow;
    const fonctionnement = mission === "fonctionnement";
    g.perYear(
      `Dépassement : ${MISSION_LABELS[mission]}`,
      (y, a) => calc(`=${montants[y]}`, a.equilibre[e].depassement, FORMAT.euro),
      g.verdict(
        g.eitherYear((y, a) => gt(yearCell(row, y, a.equilibre[e].depassement), 0)),
        fonctionnement ? VERDICTS.fonctionnementDepassement : VERDICTS.missionDepassee,
        fonctionnement ? VERDICTS.fonctionnementCouvert : VERDICTS.missionCouverte
      )
    );
    g.format(row, (col) => `${col}${row}>0`, "bad");
  }
  g.perYear(
    "Reste à affecter (lignes « Actions à détailler »)",
    (y, a) => calc(`=${bu.resteAAffecter[y]}`, a.resteAAffecter, FORMAT.euro),
    text(VERDICTS.resteAAffecter, "note"),
    true
  );
}

/** What becomes of the result: report à nouveau by default, fonds dédiés only on the accountant's advice. */
export function finExercice(g: ControlesGrid, bu: BudgetRefs): void {
  g.yearSection("Fin d'exercice : affectation du résultat");
  const row = g.s.nextRow;
  g.perYear(
    "Résultat affecté au report à nouveau (par défaut)",
    (y, a) => calc(`=${bu.resultat[y]}`, a.resultat, FORMAT.euro),
    g.verdict(
      and(...g.model.annees.map((a, y) => gt(yearCell(row, y as 0 | 1, a.resultat), 0))),
      VERDICTS.reservesCroissantes,
      VERDICTS.reservesStables
    )
  );
  g.format(row, () => `AND($B${row}>0,$C${row}>0)`, "warning");
  for (const note of YEAR_END_NOTES) g.s.add([text(note, "note")]);
}

/** The year-end rules, with their public sources. */
const YEAR_END_NOTES = [
  "Par défaut, l'excédent ou le déficit de l'exercice va au report à nouveau, sur décision de l'assemblée générale qui approuve les comptes.",
  "Fonds dédiés (règlement ANC n° 2018-06) : seulement pour des ressources qu'un financeur a affectées à un projet défini, et au choix de l'expert-comptable. L'ACI laisse aux CPTS une grande liberté d'utilisation des fonds (rapport du Sénat r25-032) : pas de fonds dédiés par défaut.",
  "Réserves qui augmentent : le rapport d'information du Sénat r25-032 (octobre 2025, https://www.senat.fr/rap/r25-032/r25-0323.html) range la « thésaurisation » des fonds inutilisés parmi les mésusages ; détaillez les actions de chaque mission.",
];
