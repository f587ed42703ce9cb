// Sheet names, defined names and A1 references of the generated workbook.
import type { Mission } from "../domain/data/aciGrid";
import { DomainError, describeValue } from "../domain/errors";

export type SheetKey =
  "parametres" | "bareme" | "budget" | "controles" | "comparatif" | "tresorerie" | "obligations";
export type SheetNames = Record<SheetKey, string>;

export const DEFAULT_SHEET_NAMES: Readonly<SheetNames> = {
  parametres: "Paramètres",
  bareme: "Barème ACI",
  budget: "Budget",
  controles: "Contrôles",
  comparatif: "Comparatif",
  tresorerie: "Trésorerie",
  obligations: "Obligations",
};

/** The name of each envelope in the defined names: « Acces » for accès aux soins. */
export const ENVELOPE_NAMES = {
  fonctionnement: "Fonctionnement",
  acces: "Acces",
  parcours: "Parcours",
  prevention: "Prevention",
  crise: "Crise",
  qualite: "Qualite",
  accompagnement: "Accompagnement",
} as const satisfies Record<Mission, string>;
type EnvelopeName = (typeof ENVELOPE_NAMES)[Mission];

/** `${prefix}_<Envelope>_Annee1/2` for every envelope but those listed (already named otherwise). */
function envelopeNames<P extends string, E extends EnvelopeName = never>(
  prefix: P,
  except: readonly E[] = []
): `${P}_${Exclude<EnvelopeName, E>}_Annee${1 | 2}`[] {
  return Object.values(ENVELOPE_NAMES)
    .filter((e) => !(except as readonly string[]).includes(e))
    .flatMap((e) => [1, 2].map((y) => `${prefix}_${e}_Annee${y}`)) as `${P}_${Exclude<
    EnvelopeName,
    E
  >}_Annee${1 | 2}`[];
}

/** The workbook's defined names: other tools and the task pane read them, so they never change. */
export const DEFINED_NAMES = [
  "Taille",
  "Seuil_CAC",
  // The first contract year budgeted, k: every name …_Annee1 is about year k, …_Annee2 about year k + 1.
  "Premiere_Annee_Contrat",
  "ACI_Annee1",
  "ACI_Annee2",
  "Subventions_Annee1",
  "Subventions_Annee2",
  "Total_Charges_Annee1",
  "Total_Charges_Annee2",
  "Total_Produits_Annee1",
  "Total_Produits_Annee2",
  "Resultat_Annee1",
  "Resultat_Annee2",
  "CAC_Obligatoire_Annee1",
  "CAC_Obligatoire_Annee2",
  // The funding lines not counted as public subsidies: their labels joined by ", ", or an empty text.
  "Financements_Non_Comptes_Annee1",
  "Financements_Non_Comptes_Annee2",
  "Tresorerie_Min",
  "Tresorerie_Mois_Min",
  "Subventions_Encaissees_Exercice1",
  "Subventions_Encaissees_Exercice2",
  "Subventions_Allouees_Exercice1",
  "Subventions_Allouees_Exercice2",
  // Exercice 3: 0 when it does not overlap the two budgeted contract years (Exercice3_Teste FALSE).
  "Subventions_Encaissees_Exercice3",
  "Subventions_Allouees_Exercice3",
  "Exercice3_Teste",
  // What the task pane's checks read back, so that Excel shows what the browser shows.
  "CAC_Retenu_Annee1",
  "CAC_Retenu_Annee2",
  "Honoraires_CAC_Annee1",
  "Honoraires_CAC_Annee2",
  "Depenses_Fonctionnement_Annee1",
  "Depenses_Fonctionnement_Annee2",
  "ACI_Fonctionnement_Annee1",
  "ACI_Fonctionnement_Annee2",
  "Indemnite_Max_Annee1",
  "Indemnite_Max_Annee2",
  "PASS_Annee1",
  "PASS_Annee2",
  "Annee_PASS_Annee1",
  "Annee_PASS_Annee2",
  // First month ending below zero (a date), or the text « aucun ».
  "Tresorerie_Premier_Decouvert",
  // The coordinator's yearly cost at the post's ETP under each status (Comparatif sheet).
  "Comparatif_GE_Annee1",
  "Comparatif_Salarie_Annee1",
  "Comparatif_Prestataire_Annee1",
  // The team (Paramètres): all posts' cost to the CPTS (the taxe sur les salaires included), the gross pay of its
  // direct hires, and that tax.
  "Cout_Equipe_Annee1",
  "Cout_Equipe_Annee2",
  "Masse_Salariale_Annee1",
  "Masse_Salariale_Annee2",
  "Taxe_Salaires_Annee1",
  "Taxe_Salaires_Annee2",
  // The members' indemnités and rémunérations (account 65), and whether the most-paid one is over the PASS.
  "Indemnites_Professionnels_Annee1",
  "Indemnites_Professionnels_Annee2",
  "PASS_Depasse_Annee1",
  "PASS_Depasse_Annee2",
  // The « actions à détailler » lines (what remains of the envelopes) and fonctionnement's overspend (≥ 0).
  "Reste_A_Affecter_Annee1",
  "Reste_A_Affecter_Annee2",
  "Depassement_Fonctionnement_Annee1",
  "Depassement_Fonctionnement_Annee2",
  // The first-200-days checklist (Obligations): not done and past due, and falling due within 30 days.
  "Obligations_En_Retard",
  "Obligations_30_Jours",
  // Each envelope's « actions à détailler » and overspend (0 for an envelope not contracted).
  // How many estimated charge lines (Budget) still hold the add-in's estimate.
  "Estimations_Restantes",
  ...envelopeNames("Reste"),
  ...envelopeNames("Depassement", ["Fonctionnement"]),
] as const;
export type DefinedName = (typeof DEFINED_NAMES)[number];

/**
 * The names of budget versus actual (`Réalisé` sheet), written only when the accountant's entries are imported: year 1
 * and exercice 1 always, the later ones where the file has entries in them.
 */
export const REALISE_NAMES = [
  ...(["Charges", "Produits"] as const).flatMap((k) => [1, 2].map((y) => `Realise_${k}_Annee${y}`)),
  ...(["Charges", "Produits", "Subventions"] as const).flatMap((k) =>
    [1, 2, 3].map((x) => `Realise_${k}_Exercice${x}`)
  ),
  "Realise_Banque_Fin",
] as const;

/**
 * Année 0, written only when a lettre d'intention date is given: its totals (Budget), its first and last days
 * (Paramètres), and its public subsidies counted in each exercice's 153 000 € test (Contrôles, 0 for one not tested).
 */
export const ANNEE0_NAMES = [
  "Produits_Annee0",
  "Charges_Annee0",
  "Subventions_Annee0",
  "Debut_Annee0",
  "Fin_Annee0",
  "Subventions_Annee0_Exercice1",
  "Subventions_Annee0_Exercice2",
  "Subventions_Annee0_Exercice3",
] as const;

/**
 * The lettre d'intention's exercice, written only when it ends before exercice 1 (Contrôles tests it apart): its
 * first and last days, the public subsidies it receives (année 0's) and whether they cross the threshold (TRUE/FALSE).
 */
export const EXERCICE_ANNEE0_NAMES = [
  "Debut_Exercice_Annee0",
  "Fin_Exercice_Annee0",
  "Subventions_Exercice_Annee0",
  "CAC_Obligatoire_Exercice_Annee0",
] as const;

/** The marker in the comment of every defined name the add-in creates: what tells its names from the user's own. */
export const DEFINED_NAME_MARKER = "[cpts-budget]";
/** The comment written on those names, as Excel's Name Manager shows it. */
export const DEFINED_NAME_COMMENT = `Nom créé par le complément Budget CPTS ${DEFINED_NAME_MARKER} : une nouvelle génération du budget le met à jour.`;

export function isAddinDefinedName(comment: string | undefined): boolean {
  return comment?.includes(DEFINED_NAME_MARKER) ?? false;
}

/** Excel's rules: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end. */
function requireSheetName(key: SheetKey, name: unknown): string {
  if (
    typeof name !== "string" ||
    !/^[^:\\/?*[\]]{1,31}$/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    throw new DomainError(
      `Nom de feuille invalide pour ${key} : ${describeValue(name)}. Valeur attendue : 1 à 31 caractères, sans : \\ / ? * [ ] ni apostrophe au début ou à la fin.`,
      "sheetNames"
    );
  }
  return name;
}

export function sheetNamesWith(overrides: Partial<SheetNames> = {}): SheetNames {
  const names = { ...DEFAULT_SHEET_NAMES, ...overrides };
  for (const key of Object.keys(names) as SheetKey[]) requireSheetName(key, names[key]);
  const lower = Object.values(names).map((n) => n.toLowerCase());
  const duplicate = lower.find((n, i) => lower.indexOf(n) !== i);
  if (duplicate !== undefined) {
    throw new DomainError(
      `Deux feuilles porteraient le même nom : « ${duplicate} ».`,
      "sheetNames"
    );
  }
  return names;
}

/** A sheet name as formulas write it: always quoted, an inner apostrophe doubled ('Budget (2)'!A1). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function columnLetter(col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "B4" (relative) or "$B$4" (absolute), 1-based column and row. */
export function a1(col: number, row: number, absolute = false): string {
  const $ = absolute ? "$" : "";
  return `${$}${columnLetter(col)}${$}${row}`;
}

/** Absolute, sheet-qualified references into one sheet, for formulas written on other sheets. */
export class SheetRef {
  constructor(readonly name: string) {}

  cell(col: number, row: number): string {
    return `${quoteSheet(this.name)}!${a1(col, row, true)}`;
  }

  range(col1: number, row1: number, col2: number, row2: number): string {
    return `${quoteSheet(this.name)}!${a1(col1, row1, true)}:${a1(col2, row2, true)}`;
  }
}
