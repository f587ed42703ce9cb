// The pane's folding sections: which fields each holds, which open first, and the one line a folded one shows.
import { MISSION_START_SETTINGS } from "../../domain/data/paymentCalendar";
import { frDate, frenchMonthName, isIsoDate } from "../../domain/dates";
import { annee0Possible, hasAnnee0 } from "./annee0";
import { renewalMatters } from "./contractLife";
import { type FormValues } from "./formValues";
import { formatEuros, parseFrenchNumber } from "./numbers";
import { type FormErrors } from "./validateForm";

export type FoldKey =
  "cpts" | "annee0" | "aci" | "equipe" | "membres" | "financeurs" | "cac" | "tresorerie";

export const FOLD_TITLES: Readonly<Record<FoldKey, string>> = {
  cpts: "La CPTS",
  annee0: "Avant la signature",
  aci: "Missions et ACI",
  equipe: "Équipe",
  membres: "Membres et cotisations",
  financeurs: "Autres financeurs",
  cac: "Commissaire aux comptes",
  tresorerie: "Trésorerie",
};

/** The essentials, open when the pane opens: what changes the whole budget. */
export const OPEN_AT_START: readonly FoldKey[] = ["cpts", "aci"];

const FOLD_OF_FIELD: Readonly<Record<string, FoldKey>> = {
  nom: "cpts",
  taille: "cpts",
  dateSignature: "cpts",
  anneeDepart: "cpts",
  nouvelleTaille: "cpts",
  dateAvenant: "cpts",
  dateLettreIntention: "annee0",
  amorcageArs: "annee0",
  coordinateurAmorcage: "annee0",
  dateVersementArs: "annee0",
  tauxVariable: "aci",
  missionStarts: "aci",
  membres: "membres",
  cotisationParMembre: "membres",
  honorairesCac: "cac",
  soldeInitial: "tresorerie",
  lagMonths: "tresorerie",
  moisAnnuel: "tresorerie",
  debutExercice: "tresorerie",
};

/** The section of an error's field: "equipe.1.etp" is the team's, "financeurs.0.annee1" the funders'. */
export function foldOf(field: string): FoldKey {
  const head = field.split(".")[0];
  if (head === "equipe" || head === "financeurs") return head;
  return FOLD_OF_FIELD[head] ?? "cpts";
}

/** How many fields to fix in each section. */
export function faultsByFold(errors: FormErrors): Partial<Record<FoldKey, number>> {
  const faults: Partial<Record<FoldKey, number>> = {};
  for (const field of Object.keys(errors)) {
    const fold = foldOf(field);
    faults[fold] = (faults[fold] ?? 0) + 1;
  }
  return faults;
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
/** An amount as typed, shown as euros when it is one. */
const euros = (text: string) => {
  const n = parseFrenchNumber(text);
  return Number.isNaN(n) ? text : formatEuros(n);
};

/** The one line a folded section shows of its answers. */
export function foldSummary(fold: FoldKey, v: FormValues): string {
  switch (fold) {
    case "cpts":
      return [
        v.nom.trim(),
        `taille ${v.taille.trim()}`,
        isIsoDate(v.dateSignature) ? `signée le ${frDate(v.dateSignature)}` : "",
        `années ${v.anneeDepart} et ${parseFrenchNumber(v.anneeDepart) + 1}`,
        ...(renewalMatters(v.anneeDepart) && v.renouvellement ? ["renouvelé"] : []),
        ...(v.changementTaille ? [`avenant taille ${v.nouvelleTaille}`] : []),
      ]
        .filter(Boolean)
        .join(" · ");
    case "annee0":
      if (!annee0Possible(v)) return `sans objet (première année budgétée ${v.anneeDepart})`;
      if (!hasAnnee0(v)) return "pas d'année 0";
      return [
        isIsoDate(v.dateLettreIntention)
          ? `lettre d'intention du ${frDate(v.dateLettreIntention)}`
          : "lettre d'intention",
        `ARS ${euros(v.amorcageArs)} + coordinateur ${euros(v.coordinateurAmorcage)}`,
        ...(isIsoDate(v.dateVersementArs) ? [`versés le ${frDate(v.dateVersementArs)}`] : []),
      ].join(" · ");
    case "aci":
      return [
        v.optionnelles ? "missions optionnelles comprises" : "socle seul",
        `variable ${v.tauxVariable.trim()} %`,
        `démarrage ${MISSION_START_SETTINGS[v.demarrages]}`,
        ...(v.datesParMission ? ["dates par mission"] : []),
        ...(v.crise ? ["crise déclarée"] : []),
      ].join(" · ");
    case "equipe":
      return `${plural(v.equipe.length, "poste", "postes")} : ${v.equipe
        .map((p) => p.intitule.trim() || "sans intitulé")
        .join(", ")}`;
    case "membres":
      return `${plural(parseFrenchNumber(v.membres) || 0, "membre", "membres")} · cotisation ${euros(v.cotisationParMembre)}`;
    case "financeurs": {
      const total = v.financeurs.reduce(
        (sum, f) => sum + (parseFrenchNumber(f.annee1) || 0) + (parseFrenchNumber(f.annee2) || 0),
        0
      );
      return total > 0 ? `${formatEuros(total)} sur les deux années` : "aucun montant";
    }
    case "cac":
      return `${euros(v.honorairesCac)} par an, si le CAC est requis`;
    case "tresorerie":
      return [
        `départ ${euros(v.soldeInitial)}`,
        `versements ACI ${v.lagMonths} mois après l'échéance`,
        `exercice dès ${frenchMonthName(Number(v.debutExercice))}`,
      ].join(" · ");
  }
}
