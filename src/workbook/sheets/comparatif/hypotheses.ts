// What the comparison rests on: the taille and its fonctionnement envelope read from the Barème, the team's first
// post (its gross under its agreement, or the one typed, and its ETP), the freelance day rate and days (inputs), and
// the legal yearly hours.
import { type BudgetModel } from "../../../domain/budget";
import {
  DUREE_LEGALE_ANNUELLE,
  JOURS_FORFAIT,
  TARIF_JOUR_ESTIME,
} from "../../../domain/data/comparison";
import { calc, FORMAT, input, number, quoted, text } from "../../formats";
import { a1 } from "../../names";
import { type CellPlan } from "../../planTypes";
import { type BaremeRefs, type ParametresRefs } from "../../refs";
import { type SheetBuilder } from "../../sheetBuilder";
import { AMOUNT, AMOUNT_ERROR } from "../../validations";

/** The absolute address of column B of a row: the hypotheses' values. */
export const valueOf = (row: number) => a1(2, row, true);

export interface HypothesesRows {
  enveloppe: number;
  etp: number;
  tarifJour: number;
  jours: number;
  heures: number;
}

export function hypotheses(
  s: SheetBuilder,
  model: BudgetModel,
  p: ParametresRefs,
  b: BaremeRefs
): HypothesesRows {
  const cmp = model.comparatif;
  const row = (label: string, value: CellPlan, note: string) =>
    s.add([text(label), value, text(note, "note")]);
  s.add(["Hypothèses", "", ""].map((h) => text(h, "header")));
  row(
    "Taille de la CPTS",
    calc(`=${p.taille}`, model.inputs.taille, FORMAT.count),
    "Lue dans les Paramètres."
  );
  const enveloppe = row(
    "Enveloppe fonctionnement de la taille (part fixe annuelle)",
    calc(
      `=INDEX(${b.montants},MATCH(${quoted("fonctionnement")},${b.codes},0),${p.taille})`,
      cmp.enveloppeFonctionnement,
      FORMAT.euro
    ),
    "Lue dans le Barème ACI pour la taille des Paramètres."
  );
  const [post, budget] = [model.inputs.equipe[0], model.equipe.postes[0]];
  // The post's name in the label: a text the narrow value column would cut.
  s.add([
    calc(`="Poste comparé : "&${p.equipe.premier.intitule}`, `Poste comparé : ${post.intitule}`),
    null,
    text("Le premier poste de l'équipe (Paramètres).", "note"),
  ]);
  row(
    "Salaire brut mensuel à temps plein",
    calc(`=${p.equipe.premier.brutTempsPlein}`, budget.brutTempsPlein, FORMAT.euroCents),
    post.brutMensuel === undefined
      ? `Le minimum de sa convention : ${budget.minimum.base}.`
      : `Le salaire saisi (${budget.minimum.base} au moins).`
  );
  const etp = row(
    "ETP du poste",
    calc(`=${p.equipe.premier.etp}`, post.etp, FORMAT.decimal),
    "Celui des Paramètres, utilisé par le complément pour les coûts GE et salarié."
  );
  const tarifNote = cmp.tarifJourEstime
    ? `${TARIF_JOUR_ESTIME.source}. ${TARIF_JOUR_ESTIME.confidence}`
    : "Tarif journalier saisi pour le premier poste.";
  const tarifJour = row(
    "Prestataire : tarif journalier HT",
    input(cmp.tarifJour, FORMAT.euroCents, tarifNote),
    cmp.tarifJourEstime ? "Estimation (aucun tarif saisi) : saisir celui du devis." : ""
  );
  s.validations.push({ range: valueOf(tarifJour), rule: AMOUNT, error: AMOUNT_ERROR });
  const jours = row(
    "Prestataire : jours d'une année à temps plein",
    input(cmp.joursPleinTemps, FORMAT.decimal, JOURS_FORFAIT.source),
    "218 jours : plafond du forfait annuel en jours (Code du travail, art. L3121-64), × ETP."
  );
  s.validations.push({
    range: valueOf(jours),
    rule: { kind: "decimal", min: 0, max: 366 },
    error: "Saisissez un nombre de jours de 0 à 366.",
  });
  const heures = row(
    "Durée légale annuelle à temps plein (heures)",
    number(cmp.heuresPleinTemps, FORMAT.count),
    `1 607 heures : ${DUREE_LEGALE_ANNUELLE.source}.`
  );
  return { enveloppe, etp, tarifJour, jours, heures };
}
