// The checks on the Budget's own figures: fonctionnement against its ACI, members' indemnities against the PASS,
// and the balance.
import { MISSION_LABELS } from "../../../domain/data/aciGrid";
import { calc, FORMAT, quoted } from "../../formats";
import { type BaremeRefs, type BudgetRefs, type ParametresRefs } from "../../refs";
import { type ControlesGrid, eitherYear, negative, YEAR_COLS } from "./grid";
import { VERDICTS } from "./verdicts";

const at = (row: number, y: 0 | 1) => `${YEAR_COLS[y]}${row}`;

export function fonctionnement(
  g: ControlesGrid,
  bu: BudgetRefs
): { depenses: number; aci: number } {
  const label = quoted(MISSION_LABELS.fonctionnement);
  g.section("Fonctionnement : dépenses et ACI fonctionnement versé", ["Année 1", "Année 2"]);
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
      eitherYear(negative(ecart)),
      VERDICTS.fonctionnementDepasse,
      VERDICTS.fonctionnementOk,
      g.model.annees.some((a) => a.fonctionnement.ecart < 0)
    )
  );
  g.format(ecart, negative(ecart), "warning");
  return { depenses, aci };
}

export function indemnites(
  g: ControlesGrid,
  p: ParametresRefs,
  b: BaremeRefs
): { anneePass: number; pass: number; indemniteMax: number } {
  g.section("Indemnités : 1 PASS par professionnel (décret 2022-375)", ["Année 1", "Année 2"]);
  const anneeCivile = g.perYear("Année civile du début de l'année de contrat", (y, a) =>
    calc(`=YEAR(${p.debut[y]})`, a.indemnites.anneeCivile, FORMAT.year)
  );
  const anneePass = g.perYear("Année du PASS retenu (dernière connue)", (y, a) =>
    calc(
      `=IFERROR(INDEX(${b.passAnnees},MATCH(${at(anneeCivile, y)},${b.passAnnees},1)),INDEX(${b.passAnnees},1))`,
      a.indemnites.anneePass,
      FORMAT.year
    )
  );
  const pass = g.perYear("PASS", (y, a) =>
    calc(
      `=INDEX(${b.passMontants},MATCH(${at(anneePass, y)},${b.passAnnees},0))`,
      a.indemnites.pass,
      FORMAT.euro
    )
  );
  const indemniteMax = g.perYear(
    "Indemnités d'un professionnel présent sur toutes les lignes",
    (y, a) =>
      calc(
        `=SUMIF(${p.indemnitesProfessionnels},">0",${p.indemnitesParProfessionnel[y]})`,
        a.indemnites.maxParProfessionnel,
        FORMAT.euro
      )
  );
  const marge = g.s.nextRow;
  g.perYear(
    "Marge sous le PASS",
    (y, a) => calc(`=${at(pass, y)}-${at(indemniteMax, y)}`, a.indemnites.marge, FORMAT.euro),
    g.verdict(
      eitherYear(negative(marge)),
      VERDICTS.passDepasse,
      VERDICTS.passOk,
      g.model.annees.some((a) => a.indemnites.depasse)
    )
  );
  g.format(marge, negative(marge), "bad");
  return { anneePass, pass, indemniteMax };
}

export function equilibre(g: ControlesGrid, bu: BudgetRefs): void {
  g.section("Équilibre du budget", ["Année 1", "Année 2"]);
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
      eitherYear(negative(resultat)),
      VERDICTS.deficit,
      VERDICTS.equilibre,
      g.model.annees.some((a) => a.resultat < 0)
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
