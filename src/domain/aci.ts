import {
  ACI_GRID,
  FINANCEMENT_ADDITIONNEL,
  MAJORATION_T4,
  type Mission,
  MISSIONS,
  PAYMENT_RULES,
  SOCLE_MISSIONS,
} from "./data/aciGrid";
import { CONTRACT_LENGTH } from "./data/contract";
import { isIsoDate, requireIsoDate, serialOfIso } from "./dates";
import { LIMITS } from "./limits";
import { cents, DomainError, describeValue, requireInteger, requireNumber } from "./errors";
import { additionnelAmount, signedBeforeCutoff } from "./rules/calendar";
import { evaluate, evaluateNumber } from "./rules/expr";
import { MISSION_KEYS_HELP, type MissionKey, normalizeLabel, resolveMission } from "./labels";

export type Volet = "fixe" | "variable" | "total";
/** "verse": cash paid during contract year N; "alloue": the envelope the contract grants for year N. */
export type AciView = "verse" | "alloue";

export interface AciContext {
  taille: number;
  /** Contract year, 1 = from signature to the first anniversary; ≥ 3 is the steady state. */
  annee: number;
  /** Achievement rate of the variable part, 0–1 (default 1). */
  taux?: number;
  /**
   * Whether a health crisis is declared. Unset: declared when `taux` is 1, so that the seed's "TOTAL avec volet
   * variable 100 %" includes the survenue amount; a crisis is never counted in part.
   */
  crise?: boolean;
  /** Number of members, for the taille 4 majoration. */
  membres?: number;
  /** ACI signature date, ISO yyyy-mm-dd; the financement additionnel applies before the cut-off. */
  dateSignature?: string;
  /** Cut-off date of the financement additionnel (default 2022-09-30). */
  dateLimiteAdditionnel?: string;
  /** Whether the contract is renewed after year 5 on the same grid: only then are years 6 and later paid. */
  renouvellement?: boolean;
}

export interface AciLine {
  fixe: number;
  variable: number;
}

const VOLETS: ReadonlyMap<string, Volet> = new Map(
  (["fixe", "variable", "total"] as const).map((v) => [v, v])
);

export function parseVolet(value: unknown): Volet {
  const volet = typeof value === "string" ? VOLETS.get(normalizeLabel(value)) : undefined;
  if (!volet) {
    throw new DomainError(
      `Volet inconnu : ${describeValue(value)}. Valeurs possibles : fixe, variable, total.`,
      "volet"
    );
  }
  return volet;
}

export function parseMission(value: unknown): MissionKey {
  const mission = typeof value === "string" ? resolveMission(value) : undefined;
  if (!mission) {
    throw new DomainError(
      `Mission inconnue : ${describeValue(value)}. Valeurs possibles : ${MISSION_KEYS_HELP} (ou leur libellé en clair, ex. « Accès aux soins »).`,
      "mission"
    );
  }
  return mission;
}

/** The missions an aggregate key stands for. */
export function missionsOf(key: MissionKey): readonly Mission[] {
  if (key === "socle") return ["fonctionnement", ...SOCLE_MISSIONS];
  if (key === "total") return MISSIONS;
  return [key];
}

function validate(ctx: AciContext): Required<Pick<AciContext, "taille" | "annee" | "taux">> {
  const taille = requireInteger(ctx.taille, "taille", 1, 4, "Taille de CPTS");
  const renewed = ctx.renouvellement === true;
  const beyondContract =
    Number.isInteger(ctx.annee) &&
    ctx.annee > CONTRACT_LENGTH.years &&
    ctx.annee <= LIMITS.anneeContrat;
  if (beyondContract && !renewed) {
    throw new DomainError(
      `Année de contrat invalide : ${ctx.annee}. Le contrat ACI dure ${CONTRACT_LENGTH.years} ans (valeur attendue : 1 à ${CONTRACT_LENGTH.years}) ; un contrat renouvelé est un nouveau contrat : indiquez VRAI pour l'argument renouvellement (même barème supposé).`,
      "annee"
    );
  }
  // Without renewal, a contract year is 1 to 5: a wrong value is told that range, not the renewed one.
  const annee = requireInteger(
    ctx.annee,
    "annee",
    1,
    renewed ? LIMITS.anneeContrat : CONTRACT_LENGTH.years,
    "Année de contrat"
  );
  const taux = requireNumber(
    ctx.taux ?? 1,
    "taux",
    (n) => n >= 0 && n <= 1,
    "Taux de réalisation",
    "un nombre de 0 à 1 (ex. 0,8 pour 80 %)"
  );
  if (ctx.membres !== undefined) {
    requireInteger(ctx.membres, "membres", 0, LIMITS.membres, "Nombre de membres");
  }
  for (const [arg, date] of [
    ["date_signature", ctx.dateSignature],
    ["date_limite", ctx.dateLimiteAdditionnel],
  ] as const) {
    if (date !== undefined) requireIsoDate(date, arg);
  }
  return { taille, annee, taux };
}

/** Whether the financement additionnel du fonctionnement is due for this signature date (none for a date not valid). */
export function hasFinancementAdditionnel(
  dateSignature?: string,
  cutoff = FINANCEMENT_ADDITIONNEL.defaultCutoff
): boolean {
  return (
    isIsoDate(dateSignature) &&
    isIsoDate(cutoff) &&
    evaluate(signedBeforeCutoff(serialOfIso(dateSignature), serialOfIso(cutoff))) === true
  );
}

/** Whether the +10 % taille 4 majoration applies. */
export function hasMajorationT4(taille: number, membres?: number): boolean {
  return taille === 4 && (membres ?? 0) >= MAJORATION_T4.minMembers;
}

/**
 * One envelope's fixed and variable amounts for contract year N, paid or allocated (FACTS.md §2).
 * Every mission is taken as started at signature; the cash plan handles later starts.
 */
export function aciLine(mission: Mission, ctx: AciContext, view: AciView = "verse"): AciLine {
  const { taille, annee, taux } = validate(ctx);
  const t = taille - 1;
  const env = ACI_GRID.envelopes[mission];
  const paid = view === "verse";
  if (mission === "fonctionnement") {
    const base = env.fixe[t];
    const additionnel =
      annee === 1 && hasFinancementAdditionnel(ctx.dateSignature, ctx.dateLimiteAdditionnel)
        ? evaluateNumber(additionnelAmount(base, FINANCEMENT_ADDITIONNEL.rate))
        : 0;
    // Paid in full at signature; year 2 only gets the 75 % advance, its balance arrives in year 3.
    const share = paid && annee === 2 ? PAYMENT_RULES.advance : 1;
    return { fixe: cents(base * share + additionnel), variable: 0 };
  }
  const majoration = hasMajorationT4(taille, ctx.membres) ? 1 + MAJORATION_T4.rate : 1;
  let fixe: number;
  let variable: number;
  if (mission === "crise") {
    fixe = annee === 1 ? env.fixe[t] : ACI_GRID.criseMiseAJour[t];
    const declared = (ctx.crise ?? taux === 1) ? 1 : 0;
    variable = env.variable[t] * declared;
  } else {
    fixe = env.fixe[t] * (paid && annee === 1 ? PAYMENT_RULES.advance : 1);
    variable = env.variable[t] * taux;
  }
  // The variable part earned in year N is paid at the next anniversary: nothing in year 1.
  if (paid && annee === 1) variable = 0;
  return { fixe: cents(fixe * majoration), variable: cents(variable * majoration) };
}

export interface AciQuery extends AciContext {
  mission: string;
  volet?: string;
}

function sumVolet(line: AciLine, volet: Volet): number {
  if (volet === "fixe") return line.fixe;
  if (volet === "variable") return line.variable;
  return cents(line.fixe + line.variable);
}

function aciAmount(query: AciQuery, view: AciView): number {
  const key = parseMission(query.mission);
  const volet = parseVolet(query.volet ?? "fixe");
  return cents(
    missionsOf(key).reduce((sum, m) => sum + sumVolet(aciLine(m, query, view), volet), 0)
  );
}

/** € paid by the ACI during contract year N (the seed's "Aperçu du budget des 2 premières années"). */
export function aciPaid(query: AciQuery): number {
  return aciAmount(query, "verse");
}

/** € granted by the contract for year N (the envelope, whenever it is paid). */
export function aciAllocated(query: AciQuery): number {
  return aciAmount(query, "alloue");
}
