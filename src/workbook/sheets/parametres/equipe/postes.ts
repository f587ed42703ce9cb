// The posts of the team, in three tables of one row per post: what the treasurer sets (the mode, the months, the
// freelance fees: yellow, the workbook's formulas follow them), the pay the add-in computed for each post from its
// agreement (values, not formulas), and the GE's fees.
import { type PostInputs } from "../../../../domain/budgetInputs";
import { CABINETS_MEDICAUX_GRID } from "../../../../domain/data/cabinetsMedicauxGrid";
import { GEIO_TARIFF } from "../../../../domain/data/geTariff";
import { SMIC } from "../../../../domain/data/smic";
import { LIMITS } from "../../../../domain/limits";
import { CONVENTION_LABELS, gridForYear } from "../../../../domain/salary";
import { type PostBudget } from "../../../../domain/team";
import { calc, FORMAT, input, number, text } from "../../../formats";
import { a1 } from "../../../names";
import { MODE_LABELS } from "../../../refs";
import { AMOUNT, AMOUNT_ERROR, type ParametresGrid, type RowList, yesNo } from "../grid";
import { at, cells, postTable } from "./table";

const ENGINE_NOTE =
  "Calculé par le complément (règles Urssaf modele-social) : une valeur, pas une formule. Pour une autre convention, un autre coefficient ou niveau, un autre salaire, ETP ou forfait, modifier l'équipe dans le complément puis régénérer le budget.";

/** Columns of the posts' table. */
export const POSTE = {
  intitule: 1,
  mode: 2,
  debut: 3,
  duree: 4,
  convention: 5,
  classement: 6,
  etp: 7,
  forfait: 8,
  tarifJour: 9,
  joursParAn: 10,
} as const;

/** Columns of the pay table. */
export const SALAIRE = {
  minimum: 2,
  brutTempsPlein: 3,
  brut: 4,
  statut: 5,
  coutEmployeur: 6,
  assiette: 7,
  base: 8,
} as const;

/** Columns of the GE's fees. */
export const GE = { miseEnPlace: 2, gestion: 3, paie: 4, facture: 5, fin: 6 } as const;

function classement(p: PostInputs): string {
  if (p.convention === "syntec") return `coefficient ${p.coef}`;
  if (p.convention === "cabinets-medicaux") return `niveau ${p.niveau}`;
  return "–";
}

/** Where the post's minimum comes from: its grid, the SMIC it was raised to, the single-source flag. */
function minimumSource(p: PostInputs, b: PostBudget): string {
  const grid =
    p.convention === "syntec"
      ? [gridForYear(p.anneeGrille).source]
      : p.convention === "cabinets-medicaux"
        ? [CABINETS_MEDICAUX_GRID.source, CABINETS_MEDICAUX_GRID.confidence]
        : [SMIC.source];
  const smic = b.minimum.releveAuSmic ? [`Relevé au SMIC : ${SMIC.source}`] : [];
  return [...grid, ...smic].filter(Boolean).join(". ");
}

function statut(p: PostInputs, b: PostBudget): string {
  if (b.cadre) return "cadre";
  return p.convention === "syntec" ? "non-cadre (ETAM)" : "non-cadre (hypothèse)";
}

/** The posts: the yellow cells drive the formulas, the others are what the payroll rules were run with. */
export function postes(g: ParametresGrid): RowList {
  const posts = g.model.inputs.equipe;
  const table = postTable(
    g,
    "Équipe : les postes",
    [
      "Mode",
      "Mois de début",
      "Durée (mois)",
      "Convention collective",
      "Coef. ou niveau",
      "ETP",
      "Forfait jours",
      "Tarif jour HT",
      "Jours par an",
    ],
    (i) => {
      const p = posts[i];
      return [
        input(p.intitule),
        input(MODE_LABELS[p.mode]),
        input(p.debutMois, FORMAT.count),
        input(p.mois, FORMAT.count),
        text(CONVENTION_LABELS[p.convention]),
        text(classement(p)),
        number(p.etp, FORMAT.decimal),
        text(yesNo(p.forfaitJours)),
        input(p.tarifJour, FORMAT.euroCents),
        input(p.joursParAn, FORMAT.decimal),
      ];
    }
  );
  g.validate(
    cells(POSTE.mode, table),
    { kind: "list", values: Object.values(MODE_LABELS) },
    "Choisissez GE, Salarié ou Prestataire."
  );
  g.validate(
    cells(POSTE.debut, table),
    { kind: "whole", min: 0, max: LIMITS.mois },
    `Saisissez un nombre entier de mois de 0 (premier mois du budget) à ${LIMITS.mois}.`
  );
  g.validate(
    cells(POSTE.duree, table),
    { kind: "whole", min: 1, max: LIMITS.mois },
    `Saisissez un nombre entier de mois de 1 à ${LIMITS.mois}.`
  );
  g.validate(cells(POSTE.tarifJour, table), AMOUNT, AMOUNT_ERROR);
  g.validate(
    cells(POSTE.joursParAn, table),
    { kind: "decimal", min: 0, max: LIMITS.joursParAn },
    `Saisissez un nombre de jours de 0 à ${LIMITS.joursParAn}.`
  );
  g.s.add([
    text(
      "En jaune : le mode (GE, compte 621 ; Salarié, 641, 645 et 631 ; Prestataire, 622), les mois et les honoraires du prestataire (tarif jour et jours par an), que les formules suivent.",
      "note"
    ),
  ]);
  g.s.add([
    text(
      "Mois de début : 0 pour le premier mois du budget (celui de la signature en année 1) ; le poste est payé du mois n° début + 1 au mois n° début + durée (Trésorerie).",
      "note"
    ),
  ]);
  g.s.add([
    text(
      "Convention, coefficient ou niveau, ETP et forfait jours : le calcul de paie du complément ; pour les changer, modifier l'équipe dans le complément puis régénérer le budget.",
      "note"
    ),
  ]);
  return table;
}

/** Each post's pay: the agreement's minimum, the full-time gross used and the payroll engine's monthly figures. */
export function salaires(g: ParametresGrid, posts: RowList): RowList {
  const { inputs, equipe } = g.model;
  const engine = (value: number) => input(value, FORMAT.euroCents, ENGINE_NOTE);
  const table = postTable(
    g,
    "Équipe : salaires calculés par le complément",
    [
      "Brut minimum",
      "Brut retenu",
      "Brut mensuel × ETP",
      "Statut",
      "Coût employeur",
      "Assiette taxe",
      "Base du salaire",
    ],
    (i) => {
      const [p, b] = [inputs.equipe[i], equipe.postes[i]];
      return [
        calc(`=${at(POSTE.intitule, posts, i)}`, p.intitule),
        {
          value: b.minimum.montant,
          numberFormat: FORMAT.euroCents,
          style: "label",
          comment: minimumSource(p, b),
        },
        number(b.brutTempsPlein, FORMAT.euroCents),
        engine(b.brutMensuel),
        text(statut(p, b)),
        engine(b.coutEmployeurMensuel),
        engine(b.assietteMensuelle),
        text(p.brutMensuel === undefined ? b.minimum.base : `saisi (${b.minimum.base})`, "note"),
      ];
    }
  );
  for (const col of [SALAIRE.brut, SALAIRE.coutEmployeur, SALAIRE.assiette])
    g.validate(cells(col, table), AMOUNT, AMOUNT_ERROR);
  g.s.add([
    text(
      "Par mois. Brut minimum : à temps plein (35 h) selon la convention ; brut retenu : ce minimum ou le salaire saisi ; coût employeur : hors taxe sur les salaires.",
      "note"
    ),
  ]);
  g.s.add([
    text(
      "Assiette de la taxe sur les salaires : le brut et la part patronale de la prévoyance et de la complémentaire santé.",
      "note"
    ),
  ]);
  return table;
}

const GE_SOURCE = `${GEIO_TARIFF.source}. ${GEIO_TARIFF.confidence}`;

/** The GE's fees for each post (its price list), and its monthly invoice: fees plus the employer cost. */
export function fraisDuGe(g: ParametresGrid, posts: RowList, pay: RowList): RowList {
  const { inputs, equipe } = g.model;
  const table = postTable(
    g,
    "Équipe : frais du groupement d'employeurs (mode GE)",
    ["Mise en place", "Gestion / mois", "Paie / mois", "Facture mensuelle", "Frais de fin"],
    (i) => {
      const b = equipe.postes[i];
      const own = (col: number) => a1(col, g.s.nextRow, true);
      return [
        calc(`=${at(POSTE.intitule, posts, i)}`, inputs.equipe[i].intitule),
        input(b.fraisMiseEnPlace, FORMAT.euroCents, i === 0 ? GE_SOURCE : undefined),
        input(b.fraisGestionMensuels, FORMAT.euroCents),
        input(b.fraisPaieMensuels, FORMAT.euroCents),
        calc(
          `=ROUND(${own(GE.gestion)}+${own(GE.paie)}+${at(SALAIRE.coutEmployeur, pay, i)},2)`,
          b.factureMensuelleGe,
          FORMAT.euroCents
        ),
        input(b.fraisFin, FORMAT.euroCents),
      ];
    }
  );
  for (const col of [GE.miseEnPlace, GE.gestion, GE.paie, GE.fin])
    g.validate(cells(col, table), AMOUNT, AMOUNT_ERROR);
  g.s.add([
    text(
      "Tarif GEIO par défaut (voir la note de la première cellule) : saisir celui de votre GE. Mise en place facturée le premier mois du poste, fin le dernier ; facture mensuelle = gestion + paie + coût employeur.",
      "note"
    ),
  ]);
  return table;
}
