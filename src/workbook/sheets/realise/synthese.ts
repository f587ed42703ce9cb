// The head of the `Réalisé` sheet: what was imported (format, counts, what was left aside), the date of the last
// entry, the months of each contract year it covers, the bank balance at that date.
import { type EntriesFile } from "../../../domain/realise/types";
import { monthsBegun } from "../../../domain/realise/rules";
import { cell } from "../../../domain/rules/expr";
import { calc, excelDate, FORMAT, number, ruleCell, text } from "../../formats";
import { type CellPlan } from "../../planTypes";
import { type SyntheseRefs } from "../../refs";
import { type RealiseGrid } from "./grid";
import { UNMAPPED } from "./ecritures";

const FORMATS: Record<EntriesFile["format"], string> = {
  fec: "FEC (Debit / Credit)",
  "fec-montant-sens": "FEC (Montant / Sens)",
  csv: "CSV simple (date;compte;libelle;debit;credit)",
};

export function synthese(g: RealiseGrid, file: EntriesFile): SyntheseRefs {
  const { s, e, summary } = g;
  const c = summary.comptes;
  const row = (label: string, cell: CellPlan, note?: string) =>
    s.add([text(label), null, cell, note ? text(note, "note") : null]);
  g.band("Import");
  row("Fichier", text(`${FORMATS[file.format]}, ${file.encodage}, séparateur ${file.separateur}`));
  const arrete = row(
    "Date de la dernière écriture",
    calc(`=MAX(${e.dates})`, summary.arrete ? excelDate(summary.arrete) : 0, FORMAT.date),
    "Le réalisé est arrêté à cette date ; la projection ajoute le budget des mois qui restent."
  );
  const elapsed = g.years.map((period) => {
    const [debut] = g.bounds(g.periods[period]);
    const r = row(
      `Mois entamés de l'${g.periodLabel(period).toLowerCase()}`,
      ruleCell(
        monthsBegun(
          cell(debut, excelDate(g.periods[period].debut)),
          cell(`C${arrete}`, summary.arrete ? excelDate(summary.arrete) : 0)
        ),
        FORMAT.count
      )
    );
    return `C${r}`;
  });
  row("Écritures importées", calc(`=COUNT(${e.dates})`, c.ecritures, FORMAT.count));
  row(
    "Écritures déséquilibrées (débit ≠ crédit)",
    number(c.desequilibrees, FORMAT.count),
    "Par journal et numéro d'écriture, à l'import ; à vérifier avec le cabinet comptable."
  );
  row(
    "Écart total débit − crédit",
    calc(`=ROUND(SUM(${e.debits})-SUM(${e.credits}),2)`, c.ecartTotal, FORMAT.euroCents)
  );
  row(
    "Écritures hors période",
    number(c.horsPeriode, FORMAT.count),
    "Datées hors des années de contrat et des exercices du budget : gardées dans Écritures, comptées dans aucune période."
  );
  row(
    "Écritures non affectées (classes 6 et 7)",
    calc(`=COUNTIF(${e.lignes},"${UNMAPPED}")`, c.nonAffectees, FORMAT.count),
    "Leur compte ne correspond à aucune ligne : voir « Comptes non affectés » et la table des comptes."
  );
  const banque = row(
    "Solde bancaire (512) à la dernière écriture",
    calc(`=ROUND(SUMIFS(${e.montants},${e.racines3},"512"),2)`, summary.banqueFin, FORMAT.euroCents)
  );
  return { elapsed, banqueFinRow: banque };
}
