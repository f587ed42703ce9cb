/**
 * The CLI's command line: a small parser (no dependency) from argv to the budget inputs, with French messages.
 * It checks what a command line can get wrong (unknown option, missing value, number, date, taille); the domain
 * calculators check the rest and throw their own DomainError.
 */
import {
  type BudgetInputs,
  defaultBudgetInputs,
  POST_MODES,
  type PostInputs,
  requireCptsName,
  type Taille,
} from "../domain/budgetInputs";
import { requireJoursParAn, requireTarifJour } from "../domain/coordinator";
import { type TailleChange } from "../domain/cashPlan";
import { LAST_FIRST_YEAR } from "../domain/data/contract";
import {
  AMORCAGE_ARS_HDF,
  AMORCAGE_AUTRES_REGIONS,
  AMORCAGE_INTERPOLE,
  MAX_ANNEE0_MONTHS,
} from "../domain/data/annee0";
import { requireIsoDate } from "../domain/dates";
import { frLimit, LIMITS } from "../domain/limits";
import { ownValue } from "../domain/lookup";
import { type Convention, CONVENTIONS } from "../domain/salary";
import { CABINETS_MEDICAUX_LEVELS } from "../domain/data/cabinetsMedicauxGrid";
import { MISSION_START_SETTINGS, type MissionStartSetting } from "../domain/data/paymentCalendar";
import { type DefaultsChoice, withDefaults } from "./defaults";

/** A bad command line: the message is French and shown as is, with exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** What to do. `entrees`: the inputs file main reads, then parses the options again over its inputs. */
export type CliCommand =
  | { kind: "help" }
  | { kind: "template"; inputs: BudgetInputs }
  | { kind: "schema" }
  | {
      kind: "generate";
      out: string;
      force: boolean;
      entrees?: string;
      /** The accountant's FEC or CSV, compared with the budget (Réalisé and Écritures sheets). */
      realise?: string;
      inputs: BudgetInputs;
    };

interface Settings {
  inputs: BudgetInputs;
  out?: string;
  entrees?: string;
  realise?: string;
  force: boolean;
  taille: boolean;
}

/** The first post of the team, the coordinator: the one the single-post options describe. */
const first = (s: Settings): PostInputs => s.inputs.equipe[0];

interface OptionSpec {
  /** Whether the option takes a value (the next argument, or after "="). */
  takesValue: boolean;
  apply(settings: Settings, value: string, option: string): void;
}

const flag = (apply: (s: Settings) => void): OptionSpec => ({ takesValue: false, apply });
const valued = (apply: OptionSpec["apply"]): OptionSpec => ({ takesValue: true, apply });

interface NumberRule {
  min: number;
  max?: number;
  integer?: boolean;
  /** Whether min itself is excluded. */
  above?: boolean;
  expected: string;
}

function parseNumber(value: string, option: string, rule: NumberRule): number {
  const n = /^-?\d+(?:[.,]\d+)?$/.test(value) ? Number(value.replace(",", ".")) : NaN;
  const inRange =
    Number.isFinite(n) &&
    (rule.above ? n > rule.min : n >= rule.min) &&
    (rule.max === undefined || n <= rule.max) &&
    (!rule.integer || Number.isInteger(n));
  if (!inRange) {
    throw new UsageError(
      `Valeur invalide pour ${option} : « ${value} ». Valeur attendue : ${rule.expected}.`
    );
  }
  return n;
}

const number = (rule: NumberRule, apply: (s: Settings, n: number) => void) =>
  valued((s, value, option) => apply(s, parseNumber(value, option, rule)));

const TAILLE: NumberRule = { min: 1, max: 4, integer: true, expected: "un entier de 1 à 4" };

const AMOUNT_EXPECTED = `un montant positif ou nul en euros, au plus ${frLimit(LIMITS.montant)} €`;

const STARTS = Object.keys(MISSION_START_SETTINGS) as MissionStartSetting[];

function parseStart(value: string, option: string): MissionStartSetting {
  const start = STARTS.find((s) => s === value.trim().toLowerCase());
  if (!start) {
    throw new UsageError(
      `Valeur invalide pour ${option} : « ${value} ». Valeurs possibles : ${STARTS.join(", ")}.`
    );
  }
  return start;
}

/** « TAILLE,AAAA-MM-JJ »: the avenant's new taille and its date. */
function parseTailleChange(value: string, option: string): TailleChange {
  const [taille, date, ...rest] = value.split(",").map((part) => part.trim());
  if (date === undefined || rest.length) {
    throw new UsageError(
      `Valeur invalide pour ${option} : « ${value} ». Valeur attendue : la nouvelle taille et la date de l'avenant, séparées par une virgule (ex. 2,2026-09-01).`
    );
  }
  return {
    taille: parseNumber(taille, option, TAILLE),
    date: requireIsoDate(date, "date_avenant", `Date de l'avenant (${option})`),
  };
}

/** One of a list of values, typed with or without accents and capitals (« salarié », « Cabinets-Médicaux »). */
function parseChoice<T extends string>(values: readonly T[], value: string, option: string): T {
  const plain = value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  const choice = values.find((v) => v === plain);
  if (!choice) {
    throw new UsageError(
      `Valeur invalide pour ${option} : « ${value} ». Valeurs possibles : ${values.join(", ")}.`
    );
  }
  return choice;
}

const LEVELS = {
  min: Math.min(...CABINETS_MEDICAUX_LEVELS),
  max: Math.max(...CABINETS_MEDICAUX_LEVELS),
};

/** Options that place the first post in one agreement's grid, and that agreement. */
const GRID_OPTIONS: readonly [string, Convention][] = [
  ["--coef", "syntec"],
  ["--niveau", "cabinets-medicaux"],
];

const OPTIONS: Record<string, OptionSpec> = {
  "--out": valued((s, value, option) => {
    if (!/\.xlsx$/i.test(value)) {
      throw new UsageError(`Le fichier de ${option} doit avoir l'extension .xlsx : « ${value} ».`);
    }
    s.out = value;
  }),
  "--entrees": valued((s, value) => (s.entrees = value)),
  "--realise": valued((s, value) => (s.realise = value)),
  "--modele-entrees": flag(() => undefined),
  "--schema-entrees": flag(() => undefined),
  "--force": flag((s) => (s.force = true)),
  "--help": flag(() => undefined),
  "-h": flag(() => undefined),
  "--taille": number(TAILLE, (s, n) => {
    s.inputs.taille = n as Taille;
    s.taille = true;
  }),
  "--nom": valued((s, value) => (s.inputs.nom = requireCptsName(value.trim()))),
  "--signature": valued(
    (s, value, option) =>
      (s.inputs.dateSignature = requireIsoDate(
        value,
        "date_signature",
        `Date de signature (${option})`
      ))
  ),
  "--annee-depart": number(
    {
      min: 1,
      max: LAST_FIRST_YEAR,
      integer: true,
      expected: `un entier de 1 à ${LAST_FIRST_YEAR} (le budget couvre cette année de contrat et la suivante)`,
    },
    (s, n) => (s.inputs.anneeDepart = n)
  ),
  "--renouvellement": flag((s) => (s.inputs.renouvellement = true)),
  "--changement-taille": valued(
    (s, value, option) => (s.inputs.changementTaille = parseTailleChange(value, option))
  ),
  "--lettre-intention": valued(
    (s, value, option) =>
      (s.inputs.dateLettreIntention = requireIsoDate(
        value,
        "lettre_intention",
        `Date de validation de la lettre d'intention (${option})`
      ))
  ),
  "--amorcage-ars": number(
    { min: 0, max: LIMITS.montant, expected: AMOUNT_EXPECTED },
    (s, n) => (s.inputs.amorcageArs = n)
  ),
  "--coordinateur-amorcage": number(
    { min: 0, max: LIMITS.montant, expected: AMOUNT_EXPECTED },
    (s, n) => (s.inputs.coordinateurAmorcage = n)
  ),
  "--versement-ars": valued(
    (s, value, option) =>
      (s.inputs.dateVersementArs = requireIsoDate(
        value,
        "versement_ars",
        `Date de versement de l'ARS (${option})`
      ))
  ),
  "--optionnelles": flag((s) => (s.inputs.optionnelles = true)),
  "--taux-variable": number(
    { min: 0, max: 1, expected: "un nombre de 0 à 1 (ex. 0,5 pour 50 %)" },
    (s, n) => (s.inputs.tauxVariable = n)
  ),
  "--crise": flag((s) => (s.inputs.crise = true)),
  "--demarrages": valued((s, value, option) => (s.inputs.demarrages = parseStart(value, option))),
  "--membres": number(
    {
      min: 0,
      max: LIMITS.membres,
      integer: true,
      expected: `un entier de 0 à ${frLimit(LIMITS.membres)}`,
    },
    (s, n) => (s.inputs.membres = n)
  ),
  "--coordinateur": valued(
    (s, value, option) => (first(s).mode = parseChoice(POST_MODES, value, option))
  ),
  "--convention": valued(
    (s, value, option) => (first(s).convention = parseChoice(CONVENTIONS, value, option))
  ),
  "--coef": number(
    { min: 1, integer: true, expected: "un coefficient Syntec entier (ex. 130)" },
    (s, n) => (first(s).coef = n)
  ),
  "--niveau": number(
    {
      ...LEVELS,
      integer: true,
      expected: `un niveau entier de ${LEVELS.min} à ${LEVELS.max} (grille des cabinets médicaux)`,
    },
    (s, n) => (first(s).niveau = n)
  ),
  "--brut": number(
    {
      min: 0,
      above: true,
      max: LIMITS.montant,
      expected: `un salaire brut mensuel à temps plein en euros, supérieur à 0, au plus ${frLimit(LIMITS.montant)} €`,
    },
    (s, n) => (first(s).brutMensuel = n)
  ),
  "--etp": number(
    { min: 0, above: true, max: 1, expected: "un nombre supérieur à 0 et au plus 1 (ex. 0,8)" },
    (s, n) => (first(s).etp = n)
  ),
  "--mois": number(
    {
      min: 1,
      max: LIMITS.mois,
      integer: true,
      expected: `un nombre entier de mois, de 1 à ${LIMITS.mois}`,
    },
    (s, n) => (first(s).mois = n)
  ),
  "--tarif-jour": number(
    { min: 0, max: LIMITS.montant, expected: AMOUNT_EXPECTED },
    (s, n) => (first(s).tarifJour = n)
  ),
  "--jours": number(
    {
      min: 0,
      max: LIMITS.joursParAn,
      expected: `un nombre de jours positif ou nul, au plus ${LIMITS.joursParAn}`,
    },
    (s, n) => (first(s).joursParAn = n)
  ),
  "--honoraires-cac": number({ min: 0, max: LIMITS.montant, expected: AMOUNT_EXPECTED }, (s, n) => {
    s.inputs.honorairesCac = n;
    // The CPTS's own fee: no longer the default's estimate.
    delete s.inputs.honorairesCacEstimation;
  }),
};

const SEE_HELP = "Voir cpts-budget --help.";

/** One option of the command line, with its value, or what is wrong with it. */
interface Token {
  option: string;
  value?: string;
  problem?: string;
}

/**
 * A separate argument starting with "-" is an option, never a value (`--nom -h` is refused, `--nom=-h` names the CPTS
 * "-h"), except a negative number, left for the option to refuse in its own words.
 */
const looksLikeOption = (arg: string) => arg.startsWith("-") && !/^-\d/.test(arg);

function tokenize(argv: readonly string[]): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [option, inline] = argv[i].startsWith("--") ? splitInline(argv[i]) : [argv[i], undefined];
    const spec = ownValue(OPTIONS, option);
    if (!spec) {
      const problem = option.startsWith("-")
        ? `Option inconnue : ${option}.`
        : `Argument inattendu : « ${option} ».`;
      tokens.push({ option, problem });
    } else if (!spec.takesValue) {
      const problem =
        inline === undefined ? undefined : `L'option ${option} ne prend pas de valeur.`;
      tokens.push({ option, problem });
    } else if (inline !== undefined) {
      tokens.push({ option, value: inline });
    } else if (argv[i + 1] === undefined) {
      tokens.push({ option, problem: `Valeur manquante pour ${option}.` });
    } else {
      const value = argv[++i];
      const problem = looksLikeOption(value)
        ? `Valeur manquante pour ${option} : « ${value} » est une option. Pour une valeur qui commence par un tiret, écrivez ${option}=${value}.`
        : undefined;
      tokens.push({ option, value, problem });
    }
  }
  return tokens;
}

/** The options that choose the defaults, read before any option applies over them. */
function defaultsChoice(tokens: readonly Token[]): DefaultsChoice {
  const taille = tokens.filter((t) => t.option === "--taille").pop();
  return {
    ...(taille && { taille: parseNumber(taille.value ?? "", taille.option, TAILLE) as Taille }),
    ...(tokens.some((t) => t.option === "--optionnelles") && { optionnelles: true }),
  };
}

/** Options --modele-entrees takes besides itself: those that choose the defaults. */
const TEMPLATE_OPTIONS = ["--modele-entrees", "--taille", "--optionnelles"];

/**
 * Parses the arguments after the program name: `--option value`, `--option=value` and flags. The options apply over
 * the --entrees file's keys once read (`file`), completed by the defaults of the budget's taille (./defaults.ts).
 */
export function parseArgs(argv: readonly string[], file?: Partial<BudgetInputs>): CliCommand {
  const tokens = tokenize(argv);
  if (tokens.some((t) => t.option === "--help" || t.option === "-h")) return { kind: "help" };
  const wrong = tokens.find((t) => t.problem !== undefined);
  if (wrong) throw new UsageError(`${wrong.problem} ${SEE_HELP}`);
  if (tokens.some((t) => t.option === "--schema-entrees")) {
    if (tokens.length > 1) {
      throw new UsageError(`L'option --schema-entrees s'emploie seule. ${SEE_HELP}`);
    }
    return { kind: "schema" };
  }
  const choice = defaultsChoice(tokens);
  if (tokens.some((t) => t.option === "--modele-entrees")) {
    const other = tokens.find((t) => !TEMPLATE_OPTIONS.includes(t.option));
    if (other) {
      throw new UsageError(
        `L'option --modele-entrees s'emploie seule, ou avec --taille et --optionnelles (pas avec ${other.option}). ${SEE_HELP}`
      );
    }
    return { kind: "template", inputs: withDefaults({}, choice) };
  }
  const settings: Settings = {
    inputs: structuredClone(withDefaults(file ?? {}, choice)),
    force: false,
    taille: false,
  };
  for (const { option, value } of tokens) OPTIONS[option].apply(settings, value ?? "", option);
  const { entrees } = settings;
  if (!settings.taille && entrees === undefined) {
    throw new UsageError(
      `Option --taille manquante : indiquez la taille de la CPTS (1 à 4). ${SEE_HELP}`
    );
  }
  if (!settings.out) {
    throw new UsageError(
      `Option --out manquante : indiquez le fichier .xlsx à écrire. ${SEE_HELP}`
    );
  }
  // With a file, the first post's checks wait for its inputs to be the base.
  const final = entrees === undefined || file !== undefined;
  const post = first(settings);
  for (const [option, convention] of GRID_OPTIONS) {
    if (final && tokens.some((t) => t.option === option) && post.convention !== convention) {
      throw new UsageError(
        `L'option ${option} s'applique à la convention ${convention}, or le premier poste est en convention ${post.convention} : ajoutez --convention ${convention}. ${SEE_HELP}`
      );
    }
  }
  const { mode, tarifJour, joursParAn } = post;
  if (final && mode === "prestataire") {
    // The domain's own messages, as in the task pane.
    requireTarifJour(tarifJour);
    requireJoursParAn(joursParAn);
  }
  const { out, force, inputs, realise } = settings;
  return {
    kind: "generate",
    out,
    force,
    inputs,
    ...(entrees === undefined ? {} : { entrees }),
    ...(realise === undefined ? {} : { realise }),
  };
}

function splitInline(arg: string): [string, string | undefined] {
  const equals = arg.indexOf("=");
  return equals < 0 ? [arg, undefined] : [arg.slice(0, equals), arg.slice(equals + 1)];
}

/** The French help, with the defaults read from defaultBudgetInputs(). */
export function helpText(): string {
  const d = defaultBudgetInputs();
  const c = d.equipe[0];
  const fr = (n: number) => String(n).replace(".", ",");
  const tailles = ([1, 2, 3, 4] as const).map((t) => defaultBudgetInputs(t));
  const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, " ");
  const cac = tailles.map((t) => thousands(t.honorairesCac)).join(" / ");
  const etp = tailles.map((t) => fr(t.equipe[0].etp)).join(" / ");
  const forfaits = AMORCAGE_ARS_HDF.forfaits.map(thousands).join(" / ");
  return `cpts-budget : génère le budget prévisionnel sur deux ans d'une CPTS, en classeur Excel (.xlsx)
avec ses formules, ses contrôles et le test du seuil de 153 000 € de subventions publiques.

Usage :
  npx cpts-budget --taille 3 --out budget.xlsx [options]
  npx cpts-budget --entrees budget.json --out budget.xlsx [options]
  npx cpts-budget --modele-entrees --taille 3 > budget.json
  npx cpts-budget --entrees budget.json --realise FEC.txt --out suivi.xlsx

Obligatoires :
  --taille N              taille de la CPTS, de 1 à 4 ; les valeurs par défaut (équipe, charges, indemnités,
                          honoraires du CAC) sont celles de la taille (facultative avec --entrees : défaut la
                          taille du fichier, sinon ${d.taille})
  --out FICHIER.xlsx      classeur à écrire (jamais remplacé sans --force, jamais écrit à travers un lien symbolique)

Fichier d'entrées (JSON, décrit par schemas/budget-inputs.schema.json) :
  --entrees FICHIER.json  lit les entrées du budget dans ce fichier, dont l'équipe (« equipe ») ; les clés absentes
                          prennent les défauts de la taille, les options données en plus (--taille 3…) remplacent
                          les valeurs du fichier (celles du coordinateur : le premier poste, equipe[0])
  --modele-entrees        affiche en JSON les entrées par défaut de la taille de --taille (${d.taille} sans elle ; avec
                          --optionnelles, les missions optionnelles en plus), à enregistrer (> budget.json) puis
                          modifier
  --schema-entrees        affiche le schéma JSON du fichier d'entrées (pour un éditeur qui valide le JSON)
  --realise FICHIER       compare le budget aux écritures du cabinet comptable : un FEC (tabulation ou « | »,
                          Debit/Credit ou Montant/Sens, UTF-8 ou ISO-8859-15) ou un CSV date;compte;libelle;debit;
                          credit[;enveloppe] ; ajoute les feuilles Réalisé et Écritures (jamais lu à travers un lien)

La CPTS et son contrat (ACI) :
  --nom TEXTE             nom de la CPTS, ${LIMITS.nom} caractères au plus (défaut : « ${d.nom} »)
  --signature AAAA-MM-JJ  date de signature de l'ACI (défaut : aujourd'hui)
  --annee-depart K        première année de contrat budgétée, de 1 à ${LAST_FIRST_YEAR} : le budget couvre les années K
                          et K+1 (défaut : 1, de la signature au deuxième anniversaire)
  --renouvellement        le contrat est renouvelé après l'année 5 (même barème supposé) ; sans elle, l'année 6
                          ne reçoit que le solde et le volet variable de l'année 5
  --changement-taille T,AAAA-MM-JJ
                          avenant de changement de taille : la taille T s'applique au premier anniversaire qui
                          suit la date (règle non sourcée, à vérifier dans l'avenant)
  --optionnelles          les missions optionnelles (qualité, accompagnement) sont contractées
  --taux-variable X       part variable budgétée, de 0 à 1 (défaut : ${fr(d.tauxVariable)}, comme le conseillent CPAM et ARS)
  --crise                 une crise sanitaire est déclarée (le montant de survenue compte, en entier)
  --demarrages MODE       démarrage des missions : signature (défaut, comme les tableaux FCPTS) ou
                          au-plus-tard (accès aux soins et crise 6 mois après la signature, les autres 12 mois)
  --membres N             nombre d'adhérents (majoration de la taille 4 à partir de 100)
  --honoraires-cac X      honoraires annuels du commissaire aux comptes, en euros, inscrits les années où le CAC
                          est retenu (défaut, une estimation : ${cac} € en taille 1 / 2 / 3 / 4)

Avant la signature (année 0, avec la première année budgétée 1) :
  --lettre-intention AAAA-MM-JJ
                          date de validation de la lettre d'intention : le budget gagne une année 0, de cette date
                          à la veille de la signature (au plus ${MAX_ANNEE0_MONTHS} mois avant le mois de la signature), avec le
                          versement de la CNAM à cette date, l'aide d'amorçage de l'ARS et le coordinateur
  --amorcage-ars X        forfait d'amorçage de l'ARS pour le temps des professionnels, en euros (défaut, une
                          estimation, celui de l'ARS Hauts-de-France : ${forfaits} € en taille 1 / 2 / 3 / 4,
                          les tailles ${AMORCAGE_INTERPOLE.join(" et ")} interpolées ; les autres régions versent
                          ${AMORCAGE_AUTRES_REGIONS} : saisissez le montant de votre ARS)
  --coordinateur-amorcage X
                          financement par l'ARS du coordinateur de l'amorçage, en euros (défaut : ${thousands(AMORCAGE_ARS_HDF.coordinateur)} €,
                          Hauts-de-France)
  --versement-ars AAAA-MM-JJ
                          date de versement des deux montants de l'ARS (défaut : la lettre d'intention)

Le coordinateur (le premier poste de l'équipe ; les autres postes se décrivent dans le fichier d'entrées) :
  --coordinateur MODE     ge (groupement d'employeurs), salarie ou prestataire (défaut : ${c.mode})
  --convention NOM        syntec, cabinets-medicaux (IDCC 1147, appliquée volontairement) ou aucune (SMIC)
                          (défaut : ${c.convention})
  --coef N                convention syntec : coefficient Syntec (défaut : ${c.coef})
  --niveau N              convention cabinets-medicaux : niveau de ${LEVELS.min} à ${LEVELS.max}
  --brut X                salaire brut mensuel à temps plein choisi, en euros (défaut : le minimum de la
                          convention, relevé au SMIC s'il est plus bas ; jamais moins)
  --etp X                 temps de travail en ETP, plus de 0 et au plus 1
                          (défaut : ${etp} en taille 1 / 2 / 3 / 4)
  --mois N                durée du contrat ou de la mise à disposition, de 1 à ${LIMITS.mois} mois (défaut : ${c.mois})
  --tarif-jour X          prestataire : tarif journalier HT, en euros
  --jours N               prestataire : jours par an (${LIMITS.joursParAn} au plus)

Autres :
  --force                 remplace le fichier s'il existe déjà
  --help, -h              affiche cette aide

Le budget est prérempli selon la taille ; chaque montant qui est une estimation porte dans le classeur une note
« estimation — … » qui en donne la base : remplacez-le par le vôtre (README : « Le budget prérempli »).
Les décimales s'écrivent avec une virgule ou un point (0,5 ou 0.5) ; --option=valeur est aussi accepté.
Une valeur qui commence par un tiret s'écrit --option=valeur (--nom=-CPTS-) : séparée, elle serait prise pour une option.
Montants : ${frLimit(LIMITS.montant)} € au plus.
Codes de sortie : 0 classeur écrit, 1 échec de la génération ou de l'écriture, 2 option ou fichier d'entrées invalide,
ou classeur déjà présent.
`;
}
