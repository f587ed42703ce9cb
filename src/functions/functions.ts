/*
 * The CPTS.* custom functions: thin adapters over src/domain. custom-functions-metadata-plugin reads the JSDoc below
 * to write functions.json and appends the CustomFunctions.associate(...) calls to the bundle at build time.
 * The ids (ACI, COUT_GE, …) are stored in users' workbooks: never rename them.
 */
import { aciPaid } from "../domain/aci";
import { aciCashBetween, parseStartSetting, requireSignature } from "../domain/cashPlan";
import { DEFAULT_MISSION_START } from "../domain/data/paymentCalendar";
import { directHireCost, geCost } from "../domain/coordinator";
import { addYears, frDate } from "../domain/dates";
import { DomainError } from "../domain/errors";
import { LIMITS } from "../domain/limits";
import { minimumSalary } from "../domain/salary";
import { tailleFromPopulation } from "../domain/taille";
import { isCacMandatory } from "../domain/threshold";
import {
  optional,
  optionalDate,
  optionalFlag,
  optionalNonZero,
  required,
  requiredDate,
} from "./arguments";
import { guard, guardAsync } from "./errors";

/**
 * Montant de l'ACI versé pendant une année de contrat, en euros.
 * @customfunction ACI
 * @helpurl https://github.com/cpts-budget/cpts-budget#cptsaci
 * @param taille Taille de la CPTS, de 1 à 4 (voir CPTS.TAILLE).
 * @param annee Année de contrat : 1 de la signature au premier anniversaire, puis 2, 3…
 * @param mission fonctionnement, acces, parcours, prevention, crise, qualite, accompagnement, socle ou total (ou le libellé, ex. « Accès aux soins »).
 * @param [volet] « fixe » (par défaut), « variable » ou « total ».
 * @param [taux] Taux de réalisation de la part variable, de 0 à 1 (par défaut 1, soit 100 %).
 * @param [membres] Nombre de membres de la CPTS (majoration de 10 % en taille 4 à partir de 100).
 * @param [date_signature] Date de signature du contrat ACI (le financement additionnel s'applique avant la date limite).
 * @param [renouvellement] VRAI si le contrat est renouvelé après la 5e année (même barème supposé) : seules les années 1 à 5 sont admises sinon. Par défaut FAUX.
 * @returns Montant versé en euros.
 */
export function aci(
  taille: number,
  annee: number,
  mission: string,
  volet?: string,
  taux?: number,
  membres?: number,
  date_signature?: unknown,
  renouvellement?: boolean
): number {
  return guard(() => {
    const dateSignature = optionalDate(date_signature, "date_signature");
    // The same signatures as CPTS.VERSEMENTS, the pane and the CLI accept.
    if (dateSignature !== undefined) requireSignature(dateSignature);
    return aciPaid({
      taille: required(taille, "taille"),
      annee: required(annee, "annee"),
      mission: required(mission, "mission"),
      volet: optionalNonZero(volet) ?? "fixe",
      taux: optional(taux) ?? 1,
      membres: optional(membres),
      dateSignature,
      renouvellement:
        optionalFlag(renouvellement, "renouvellement", "Renouvellement du contrat") ?? false,
    });
  });
}

/**
 * Coût total facturé par un groupement d'employeurs (GE) pour la mise à disposition du coordinateur, en euros : frais de mise en place, factures mensuelles (salaire minimum Syntec, charges patronales, frais de gestion et de paie) et frais de fin de contrat.
 * @customfunction COUT_GE
 * @helpurl https://github.com/cpts-budget/cpts-budget#cptscout_ge
 * @param coef Coefficient Syntec du poste (ETAM 240 à 500, cadres 95 à 270).
 * @param etp Équivalent temps plein, de plus de 0 à 1 (ex. 0,5 pour un mi-temps).
 * @param mois Durée de la mise à disposition, en mois.
 * @param [forfait_jours] VRAI pour un forfait jours (minimum × 120 %, cadres à partir de la position 3). Par défaut FAUX.
 * @param [annee_grille] Année de la grille Syntec (par défaut la plus récente).
 * @returns Total facturé en euros.
 */
export async function coutGe(
  coef: number,
  etp: number,
  mois: number,
  forfait_jours?: boolean,
  annee_grille?: number
): Promise<number> {
  return guardAsync(async () => {
    const cost = await geCost({
      coef: required(coef, "coef"),
      etp: required(etp, "etp"),
      mois: required(mois, "mois"),
      forfaitJours: optionalFlag(forfait_jours, "forfait_jours", "Forfait jours"),
      anneeGrille: optionalNonZero(annee_grille),
    });
    return cost.total;
  });
}

/**
 * Coût employeur d'un salarié embauché directement par la CPTS, en euros : salaire brut, cotisations patronales et taxe sur les salaires après l'abattement des associations.
 * @customfunction COUT_SALARIE
 * @helpurl https://github.com/cpts-budget/cpts-budget#cptscout_salarie
 * @param brut_mensuel Salaire brut mensuel à temps plein (35 h), en euros.
 * @param [etp] Équivalent temps plein, de plus de 0 à 1 (par défaut 1).
 * @param [mois] Nombre de mois (par défaut 12).
 * @param [cadre] VRAI si le salarié est cadre (par défaut VRAI), FAUX sinon.
 * @returns Coût total employeur en euros.
 */
export async function coutSalarie(
  brut_mensuel: number,
  etp?: number,
  mois?: number,
  cadre?: boolean
): Promise<number> {
  return guardAsync(async () => {
    const cost = await directHireCost({
      brutMensuel: required(brut_mensuel, "brut_mensuel"),
      etp: optionalNonZero(etp),
      mois: optionalNonZero(mois),
      cadre: optionalFlag(cadre, "cadre", "Statut cadre"),
    });
    return cost.total;
  });
}

/**
 * Salaire minimum mensuel brut de la convention Syntec pour un coefficient, à temps plein (35 h), en euros.
 * @customfunction SALAIRE_MIN
 * @helpurl https://github.com/cpts-budget/cpts-budget#cptssalaire_min
 * @param coef Coefficient Syntec (ETAM 240 à 500, cadres 95 à 270).
 * @param [annee_grille] Année de la grille (par défaut la plus récente).
 * @param [forfait_jours] VRAI pour un forfait jours (minimum × 120 %, cadres à partir de la position 3). Par défaut FAUX.
 * @returns Salaire brut mensuel minimum en euros.
 */
export function salaireMin(coef: number, annee_grille?: number, forfait_jours?: boolean): number {
  return guard(() =>
    minimumSalary(
      required(coef, "coef"),
      optionalNonZero(annee_grille),
      optionalFlag(forfait_jours, "forfait_jours", "Forfait jours") ?? false
    )
  );
}

/**
 * Taille de la CPTS (1 à 4) selon la population de son territoire.
 * @customfunction TAILLE
 * @helpurl https://github.com/cpts-budget/cpts-budget#cptstaille
 * @param habitants Nombre d'habitants du territoire.
 * @returns Taille de 1 à 4.
 */
export function tailleCpts(habitants: number): number {
  return guard(() => tailleFromPopulation(required(habitants, "habitants")));
}

/**
 * VRAI si les subventions publiques d'un exercice dépassent 153 000 € : la CPTS doit alors nommer un commissaire aux comptes.
 * @customfunction SEUIL_CAC
 * @helpurl https://github.com/cpts-budget/cpts-budget#cptsseuil_cac
 * @param subventions Total des subventions publiques reçues sur l'exercice, en euros (ACI comprise).
 * @returns VRAI au-delà de 153 000 €, FAUX sinon.
 */
export function seuilCac(subventions: number): boolean {
  return guard(() => isCacMandatory(required(subventions, "subventions")));
}

/**
 * Montant de l'ACI encaissé entre deux dates (calendrier de versement de l'Assurance maladie), en euros.
 * @customfunction VERSEMENTS
 * @helpurl https://github.com/cpts-budget/cpts-budget#cptsversements
 * @param taille Taille de la CPTS, de 1 à 4.
 * @param date_signature Date de signature du contrat ACI.
 * @param date_debut Premier jour de la période.
 * @param date_fin Dernier jour de la période.
 * @param [mission] Mission ou total : fonctionnement, acces, parcours, prevention, crise, qualite, accompagnement, socle ou total (par défaut total).
 * @param [taux] Taux de réalisation de la part variable, de 0 à 1 (par défaut 0 : parts fixes seules).
 * @param [crise] VRAI si une crise sanitaire est déclarée : le montant « survenue d'une crise » est alors versé, en entier (par défaut FAUX).
 * @param [demarrage] Démarrage des missions : « signature » (par défaut, comme les tableaux FCPTS) ou « au plus tard » (délais maximaux de l'ACI).
 * @param [renouvellement] VRAI si le contrat est renouvelé après la 5e année (même barème supposé). Par défaut FAUX : après le 5e anniversaire, seuls le solde et le volet variable de l'année 5 sont versés.
 * @returns Montant encaissé en euros.
 */
export function versements(
  taille: number,
  date_signature: unknown,
  date_debut: unknown,
  date_fin: unknown,
  mission?: string,
  taux?: number,
  crise?: boolean,
  demarrage?: string,
  renouvellement?: boolean
): number {
  return guard(() => {
    const dateSignature = requiredDate(date_signature, "date_signature");
    requireSignature(dateSignature);
    const fin = requiredDate(date_fin, "date_fin");
    // Each year of contract computed costs time: a century is more than any budget needs.
    const last = addYears(dateSignature, LIMITS.anneesVersements);
    if (fin > last) {
      throw new DomainError(
        `Date de fin trop lointaine : ${frDate(fin)}. Valeur attendue : au plus ${LIMITS.anneesVersements} ans après la signature, soit le ${frDate(last)}.`,
        "date_fin"
      );
    }
    return aciCashBetween(
      {
        taille: required(taille, "taille"),
        dateSignature,
        taux: optional(taux) ?? 0,
        crise: optionalFlag(crise, "crise", "Crise sanitaire déclarée") ?? false,
        demarrage: parseStartSetting(optionalNonZero(demarrage) ?? DEFAULT_MISSION_START),
        mission: optionalNonZero(mission) ?? "total",
        renouvellement:
          optionalFlag(renouvellement, "renouvellement", "Renouvellement du contrat") ?? false,
        // As in CPTS.ACI, "total" and the optional missions' own keys include qualité and accompagnement.
        optionnelles: true,
      },
      requiredDate(date_debut, "date_debut"),
      fin
    );
  });
}
