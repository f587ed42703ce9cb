/**
 * The JSON form of BudgetInputs, key by key, with French descriptions: what `--entrees` checks before the domain's own
 * validation, and what schemas/budget-inputs.schema.json is generated from (a test keeps the two equal). Bounds come
 * from the domain (LIMITS, the missions, the enumerations); finer rules (real dates, Syntec coefficients, accounts)
 * are left to computeBudget's checks.
 */
import type { TailleChange } from "../domain/cashPlan";
import { LAST_FIRST_YEAR } from "../domain/data/contract";
import {
  type BudgetInputs,
  type ChargeInput,
  type ContributionInput,
  type FunderInput,
  type GovernanceInput,
  type MissionEnvelope,
  type MissionRemunerationInput,
  POST_MODES,
  type PostInputs,
  RYTHMES,
} from "../domain/budgetInputs";
import { MISSION_LABELS, MISSIONS, type Mission } from "../domain/data/aciGrid";
import { CABINETS_MEDICAUX_LEVELS } from "../domain/data/cabinetsMedicauxGrid";
import { MISSION_START_SETTINGS } from "../domain/data/paymentCalendar";
import { type Profession, PROFESSION_LABELS, PROFESSIONS } from "../domain/data/prefill";
import { LIMITS } from "../domain/limits";
import { CONVENTIONS } from "../domain/salary";
import { type FunderKind } from "../domain/threshold";

interface Described {
  description: string;
}
export interface NumberShape extends Described {
  type: "number";
  integer?: boolean;
  min?: number;
  max?: number;
  /** Whether min itself is excluded. */
  above?: boolean;
}
export interface StringShape extends Described {
  type: "string";
  values?: readonly string[];
  date?: boolean;
}
export interface BooleanShape extends Described {
  type: "boolean";
}
export interface ObjectShape extends Described {
  type: "object";
  properties: Readonly<Record<string, Shape>>;
  /** Keys a file must give: none where the defaults fill in, all but the optional ones in a list's items. */
  required: readonly string[];
}
export interface ArrayShape extends Described {
  type: "array";
  items: ObjectShape;
  /** Bounds of the number of items, where the domain has them. */
  minItems?: number;
  maxItems?: number;
}
export type Shape = NumberShape | StringShape | BooleanShape | ObjectShape | ArrayShape;

const amount = (description: string): NumberShape => ({
  type: "number",
  min: 0,
  max: LIMITS.montant,
  description: `${description}, en euros`,
});
const text = (description: string): StringShape => ({ type: "string", description });
const date = (description: string): StringShape => ({
  type: "string",
  date: true,
  description: `${description} (AAAA-MM-JJ)`,
});
const oneOf = (values: readonly string[], description: string): StringShape => ({
  type: "string",
  values,
  description,
});
const yesNo = (description: string): BooleanShape => ({ type: "boolean", description });
const month = (description: string): NumberShape => ({
  type: "number",
  integer: true,
  min: 1,
  max: 12,
  description: `${description}, de 1 (janvier) à 12 (décembre)`,
});

/** An object of which a file may give any keys, the defaults filling in the others. */
function partial<K extends string>(properties: Record<K, Shape>, description: string): ObjectShape {
  return { type: "object", properties, required: [], description };
}

/** An object of which a file gives every key. */
function exact<K extends string>(properties: Record<K, Shape>, description: string): ObjectShape {
  return { type: "object", properties, required: Object.keys(properties), description };
}

/** A list item: every key is due, except the optional ones. */
function item<T>(
  properties: Record<keyof T & string, Shape>,
  optional: readonly (keyof T & string)[],
  description: string
): ObjectShape {
  const required = Object.keys(properties).filter((k) => !optional.includes(k as keyof T & string));
  return { type: "object", properties, required, description };
}

const list = (
  items: ObjectShape,
  description: string,
  bounds: Pick<ArrayShape, "minItems" | "maxItems"> = {}
): ArrayShape => ({ type: "array", items, description, ...bounds });

const FUNDER_KINDS: readonly FunderKind[] = ["ars", "collectivite", "autre"];
const ENVELOPPE = oneOf(MISSIONS, "enveloppe de l'ACI à laquelle la ligne est imputée");
const RYTHME = oneOf(
  RYTHMES,
  "versement dans le plan de trésorerie : mensuel (par douzièmes) ou annuel (défaut : mensuel)"
);

const share = (description: string): NumberShape => ({
  type: "number",
  min: 0,
  max: 1,
  description,
});

/** A post's share per envelope: the keys are the missions. */
const REPARTITION = Object.fromEntries(
  MISSIONS.map((m) => [m, share(`part du coût imputée à « ${MISSION_LABELS[m]} », de 0 à 1`)])
) as Record<Mission, Shape>;

const POST: Record<keyof PostInputs, Shape> = {
  intitule: text(`intitulé du poste (ex. « Coordinatrice »), ${LIMITS.nom} caractères au plus`),
  mode: oneOf(
    POST_MODES,
    "emploi : ge (mis à disposition par un groupement d'employeurs), salarie (embauche directe par la CPTS) ou prestataire"
  ),
  convention: oneOf(
    CONVENTIONS,
    "convention collective appliquée : syntec (IDCC 1486), cabinets-medicaux (IDCC 1147, appliquée volontairement) ou aucune (SMIC)"
  ),
  coef: {
    type: "number",
    integer: true,
    min: 1,
    description: "convention syntec : coefficient Syntec (ex. 130, 170)",
  },
  niveau: {
    type: "number",
    integer: true,
    min: Math.min(...CABINETS_MEDICAUX_LEVELS),
    max: Math.max(...CABINETS_MEDICAUX_LEVELS),
    description: `convention cabinets-medicaux : niveau de ${Math.min(...CABINETS_MEDICAUX_LEVELS)} à ${Math.max(...CABINETS_MEDICAUX_LEVELS)}`,
  },
  brutMensuel: {
    type: "number",
    min: 0,
    above: true,
    max: LIMITS.montant,
    description:
      "salaire brut mensuel à temps plein (35 h) choisi, en euros, au moins le minimum de la convention ou le SMIC (défaut : ce minimum)",
  },
  etp: {
    type: "number",
    min: 0,
    above: true,
    max: 1,
    description:
      "temps de travail en ETP, plus de 0 et au plus 1 (ex. 0,4 pour deux jours par semaine)",
  },
  forfaitJours: yesNo(
    "forfait annuel en jours (Syntec, cadres à partir de la position 3 : minimum à 120 %)"
  ),
  anneeGrille: {
    type: "number",
    integer: true,
    description: "année de la grille des minima et du SMIC appliqués",
  },
  debutMois: {
    type: "number",
    integer: true,
    min: 0,
    max: LIMITS.mois,
    description: "premier mois du poste, compté depuis la signature (0 : le mois de la signature)",
  },
  mois: {
    type: "number",
    integer: true,
    min: 1,
    max: LIMITS.mois,
    description: "durée du poste (contrat, mise à disposition ou mission) en mois",
  },
  tarifJour: amount("prestataire : tarif journalier HT"),
  joursParAn: {
    type: "number",
    min: 0,
    max: LIMITS.joursParAn,
    description: "prestataire : jours de travail par année de contrat",
  },
  repartition: partial(
    REPARTITION,
    "part du coût du poste par enveloppe de l'ACI, parts dont la somme vaut 1 (défaut : 50 % fonctionnement, 50 % les missions contractées au prorata de leurs parts fixes)"
  ),
};

const FUNDER: Record<keyof FunderInput, Shape> = {
  label: text("nom du financeur"),
  kind: oneOf(FUNDER_KINDS, "type de financeur : ars, collectivite ou autre"),
  annee1: amount("montant attendu en année de contrat 1"),
  annee2: amount("montant attendu en année de contrat 2"),
  subventionPublique: yesNo("la ligne compte pour le seuil de 153 000 € de subventions publiques"),
};

const ESTIMATION = text(
  "base de l'estimation du complément (« estimation — … »), montrée dans le classeur : à retirer une fois le montant remplacé"
);

const CHARGE: Record<keyof ChargeInput, Shape> = {
  label: text("intitulé de la charge"),
  compte: text("compte du plan comptable associatif, classe 60 à 68 (ex. « 613 »)"),
  enveloppe: ENVELOPPE,
  annee1: amount("montant de l'année de contrat 1"),
  annee2: amount("montant de l'année de contrat 2"),
  rythme: RYTHME,
  estimation: ESTIMATION,
};

/** One value per profession: the keys are PROFESSIONS. */
const perProfession = (value: (label: string) => Shape): Record<Profession, Shape> =>
  Object.fromEntries(PROFESSIONS.map((p) => [p, value(PROFESSION_LABELS[p])])) as Record<
    Profession,
    Shape
  >;

const PROFESSION = oneOf(
  PROFESSIONS,
  `profession, pour le taux horaire : ${PROFESSIONS.map((p) => `${p} (${PROFESSION_LABELS[p]})`).join(", ")}`
);

const hours = (description: string): NumberShape => ({
  type: "number",
  min: 0,
  description: `${description}, par an`,
});

const GOVERNANCE: Record<keyof GovernanceInput, Shape> = {
  role: text("rôle dans la gouvernance (ex. « Président », « Trésorier »)"),
  profession: PROFESSION,
  personnes: {
    type: "number",
    integer: true,
    min: 0,
    max: LIMITS.membres,
    description: "nombre de personnes qui tiennent ce rôle",
  },
  heuresParPersonne: hours("heures de gouvernance de chaque personne"),
  estimation: ESTIMATION,
};

const MISSION_ENVELOPES = MISSIONS.filter((m): m is MissionEnvelope => m !== "fonctionnement");

const REMUNERATION: Record<keyof MissionRemunerationInput, Shape> = {
  mission: oneOf(
    MISSION_ENVELOPES,
    "mission contractée dont les professionnels sont rémunérés (une ligne par mission)"
  ),
  heuresAnnee1: hours(
    "heures des professionnels sur la mission en année de contrat 1 (absentes : 30 % de la part fixe reçue, au taux moyen)"
  ),
  heuresAnnee2: hours(
    "heures des professionnels sur la mission en année de contrat 2 (absentes : 30 % de la part fixe reçue, au taux moyen)"
  ),
  mix: exact(
    perProfession((label) => share(`part des heures faites par « ${label} », de 0 à 1`)),
    "répartition des heures de la mission par profession, parts dont la somme vaut 1"
  ),
  professionnels: {
    type: "number",
    integer: true,
    min: 1,
    max: LIMITS.membres,
    description:
      "nombre de professionnels qui se partagent les heures (contrôle du PASS par personne)",
  },
};

const CONTRIBUTION: Record<keyof ContributionInput, Shape> = {
  label: text("intitulé de la contribution volontaire en nature"),
  compteEmploi: text("compte d'emploi de la classe 86 (ex. « 864 » personnel bénévole)"),
  compteContribution: text("compte de contribution de la classe 87 (ex. « 870 » bénévolat)"),
  annee1: amount("valeur de l'année de contrat 1"),
  annee2: amount("valeur de l'année de contrat 2"),
};

type StartedMission = Exclude<Mission, "fonctionnement">;
const MISSION_STARTS = Object.fromEntries(
  MISSIONS.filter((m) => m !== "fonctionnement").map((m) => [
    m,
    date(`démarrage de la mission « ${MISSION_LABELS[m]} »`),
  ])
) as Record<StartedMission, Shape>;

const BUDGET_INPUTS: Record<keyof BudgetInputs, Shape> = {
  nom: text(`nom de la CPTS, ${LIMITS.nom} caractères au plus`),
  taille: {
    type: "number",
    integer: true,
    min: 1,
    max: 4,
    description: "taille de la CPTS, 1 à 4",
  },
  dateSignature: date("date de signature de l'ACI"),
  anneeDepart: {
    type: "number",
    integer: true,
    min: 1,
    max: LAST_FIRST_YEAR,
    description: `première année de contrat budgétée, 1 à ${LAST_FIRST_YEAR} (le budget couvre cette année et la suivante)`,
  },
  renouvellement: yesNo(
    "le contrat est renouvelé après la 5e année (même barème) ; sinon seuls les soldes de l'année 5 suivent"
  ),
  changementTaille: item<TailleChange>(
    {
      date: date("date de l'avenant de changement de taille"),
      taille: {
        type: "number",
        integer: true,
        min: 1,
        max: 4,
        description: "nouvelle taille, 1 à 4, appliquée au premier anniversaire qui suit l'avenant",
      },
    },
    [],
    "changement de taille par avenant"
  ),
  dateLettreIntention: date(
    "année 0 : date de validation de la lettre d'intention (l'année 0 court jusqu'à la veille de la signature)"
  ),
  amorcageArs: amount(
    "année 0 : forfait d'amorçage de l'ARS pour le temps des professionnels (défaut : Hauts-de-France selon la taille)"
  ),
  coordinateurAmorcage: amount(
    "année 0 : financement par l'ARS du coordinateur de l'amorçage (défaut : 24 000 €, Hauts-de-France)"
  ),
  dateVersementArs: date(
    "année 0 : date de versement des deux montants de l'ARS (défaut : la lettre d'intention)"
  ),
  optionnelles: yesNo("les missions optionnelles (qualité, accompagnement) sont contractées"),
  tauxVariable: {
    type: "number",
    min: 0,
    max: 1,
    description: "part variable budgétée, de 0 à 1 (ex. 0,5 pour 50 %)",
  },
  crise: yesNo("une crise sanitaire est déclarée (le montant de survenue compte)"),
  membres: {
    type: "number",
    integer: true,
    min: 0,
    max: LIMITS.membres,
    description: "nombre d'adhérents (majoration de la taille 4 à partir de 100)",
  },
  equipe: list(
    item<PostInputs>(POST, ["coef", "niveau", "brutMensuel", "repartition"], "un poste"),
    `l'équipe, de 1 à ${LIMITS.postes} postes, le coordinateur en premier (la liste remplace celle des défauts de la taille)`,
    { minItems: 1, maxItems: LIMITS.postes }
  ),
  financeurs: list(
    item<FunderInput>(FUNDER, [], "un financeur autre que l'ACI"),
    "financeurs autres que l'ACI (la liste remplace celle des défauts)",
    { maxItems: LIMITS.lignes }
  ),
  honorairesCac: amount(
    "honoraires annuels du commissaire aux comptes, inscrits les années où le CAC est retenu (défaut : l'estimation de la taille)"
  ),
  honorairesCacEstimation: ESTIMATION,
  dateLimiteAdditionnel: date(
    "date limite du financement additionnel du fonctionnement (signature strictement avant)"
  ),
  aciSubventionPublique: yesNo("l'ACI compte pour le seuil de 153 000 € de subventions publiques"),
  cotisationParMembre: amount("cotisation annuelle par adhérent (compte 756)"),
  charges: list(
    item<ChargeInput>(CHARGE, ["rythme", "estimation"], "une charge"),
    "charges saisies (la liste remplace celle des défauts de la taille)",
    { maxItems: LIMITS.lignes }
  ),
  tauxHoraires: exact(
    perProfession((label) => amount(`taux horaire « ${label} »`)),
    "taux horaire du temps des professionnels par profession, fixé par le règlement intérieur de la CPTS (défaut : repères de l'arrêté du 3 juillet 2024)"
  ),
  gouvernance: list(
    item<GovernanceInput>(GOVERNANCE, ["estimation"], "un rôle de la gouvernance"),
    "indemnités de gouvernance (bureau, conseil) : heures par personne × taux horaire de sa profession (la liste remplace celle des défauts de la taille)",
    { maxItems: LIMITS.lignes }
  ),
  remunerationsMissions: list(
    item<MissionRemunerationInput>(
      REMUNERATION,
      ["heuresAnnee1", "heuresAnnee2"],
      "les rémunérations des professionnels pour une mission"
    ),
    "rémunérations des professionnels pour les missions, une ligne par mission contractée (la liste remplace celle des défauts)",
    { maxItems: LIMITS.lignes }
  ),
  contributionsVolontaires: list(
    item<ContributionInput>(CONTRIBUTION, [], "une contribution volontaire en nature"),
    "contributions volontaires en nature, classes 86 et 87 (la liste remplace celle des défauts)",
    { maxItems: LIMITS.lignes }
  ),
  demarrages: oneOf(
    Object.keys(MISSION_START_SETTINGS),
    "démarrage des missions : signature, ou au-plus-tard (accès aux soins et crise 6 mois après la signature, les autres 12 mois)"
  ),
  missionStarts: partial(
    MISSION_STARTS,
    "date de démarrage d'une mission, à la place de « demarrages » pour cette mission"
  ),
  lagMonths: {
    type: "number",
    integer: true,
    min: 0,
    max: 11,
    description: "mois entre un anniversaire du contrat et le paiement de la CPAM, de 0 à 11",
  },
  soldeInitial: {
    type: "number",
    min: -LIMITS.montant,
    max: LIMITS.montant,
    description: "trésorerie en banque au début du mois de signature, en euros",
  },
  moisAnnuel: month(
    "mois où les charges annuelles sont payées et les autres financements et cotisations reçus"
  ),
  debutExercice: month("premier mois de l'exercice comptable"),
};

/** The whole file: every key optional, the defaults of the budget's taille filling in. */
export const INPUTS_SHAPE: ObjectShape = partial(
  BUDGET_INPUTS,
  "Entrées du budget prévisionnel d'une CPTS (cpts-budget --entrees). Les clés absentes prennent les valeurs par défaut de la taille du budget (cpts-budget --modele-entrees --taille N)."
);

type JsonSchema = Record<string, unknown>;

/** The JSON Schema (draft 2020-12) of a shape. */
function schemaOf(shape: Shape): JsonSchema {
  const { description } = shape;
  switch (shape.type) {
    case "number":
      return {
        type: shape.integer ? "integer" : "number",
        description,
        ...(shape.min === undefined
          ? {}
          : shape.above
            ? { exclusiveMinimum: shape.min }
            : { minimum: shape.min }),
        ...(shape.max === undefined ? {} : { maximum: shape.max }),
      };
    case "string":
      return {
        type: "string",
        description,
        ...(shape.values ? { enum: shape.values } : {}),
        ...(shape.date ? { pattern: "^\\d{4}-\\d{2}-\\d{2}$" } : {}),
      };
    case "boolean":
      return { type: "boolean", description };
    case "array":
      return {
        type: "array",
        description,
        ...(shape.minItems === undefined ? {} : { minItems: shape.minItems }),
        ...(shape.maxItems === undefined ? {} : { maxItems: shape.maxItems }),
        items: schemaOf(shape.items),
      };
    case "object":
      return {
        type: "object",
        description,
        properties: Object.fromEntries(
          Object.entries(shape.properties).map(([k, s]) => [k, schemaOf(s)])
        ),
        ...(shape.required.length ? { required: shape.required } : {}),
        additionalProperties: false,
      };
  }
}

/** The content of schemas/budget-inputs.schema.json. */
export function inputsSchema(): JsonSchema {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "Entrées de cpts-budget",
    ...schemaOf(INPUTS_SHAPE),
  };
}
