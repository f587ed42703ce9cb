import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join } from "path";
import Ajv2020 from "ajv/dist/2020";
import { readInputsFile } from "../../src/cli/inputsFile";
import { inputsSchema } from "../../src/cli/inputsShape";
import { parseArgs } from "../../src/cli/options";
import { computeBudget } from "../../src/domain/budget";
import { type BudgetInputs, defaultBudgetInputs } from "../../src/domain/budgetInputs";
import { cli } from "../helpers/cli";

const SCHEMA_FILE = join(__dirname, "..", "..", "schemas", "budget-inputs.schema.json");
const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8"));

let dir: string;
let count = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cpts-entrees-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A new file of the test folder holding `text` (JSON of a value, or the text itself). */
function inputsFile(content: unknown): string {
  const file = join(dir, `entrees-${++count}.json`);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return file;
}

const freshOut = () => join(dir, `budget-${++count}.xlsx`);

/** Runs a generation from a file: exit code 2, the message on stderr, nothing written. */
async function refused(file: string, ...more: string[]): Promise<string> {
  const out = freshOut();
  const { code, stdout, stderr } = await cli("--entrees", file, "--out", out, ...more);
  expect({ code, stdout, written: existsSync(out) }).toEqual({
    code: 2,
    stdout: "",
    written: false,
  });
  return stderr;
}

describe("cpts-budget --modele-entrees", () => {
  test("prints the defaults as pretty JSON valid against the shipped schema, and writes nothing", async () => {
    const before = readdirSync(dir);
    const { code, stdout, stderr } = await cli("--modele-entrees");
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toBe(JSON.stringify(defaultBudgetInputs(), null, 2) + "\n");
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    expect(validate(JSON.parse(stdout))).toBe(true);
    expect(readdirSync(dir)).toEqual(before);
    // The schema is not a yes-to-everything: a value out of range and an unknown key fail it.
    const bad = JSON.parse(stdout);
    bad.coordinateur.etp = 1.5;
    bad.couleur = "bleu";
    expect(validate(bad)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath + " " + e.keyword).sort()).toEqual([
      " additionalProperties",
      "/coordinateur/etp maximum",
    ]);
  });

  test("stands alone", async () => {
    const { code, stderr } = await cli("--modele-entrees", "--taille", "3");
    expect(code).toBe(2);
    expect(stderr).toBe(
      "Erreur : L'option --modele-entrees s'emploie seule. Voir cpts-budget --help.\n"
    );
  });

  test("--help lists --entrees and --modele-entrees", async () => {
    const { stdout } = await cli("--help");
    expect(stdout).toContain("--entrees FICHIER.json");
    expect(stdout).toContain("--modele-entrees");
  });
});

describe("the schema", () => {
  test("--schema-entrees prints the committed schema, and is used alone", async () => {
    const { code, stdout, stderr } = await cli("--schema-entrees");
    expect([code, stderr]).toEqual([0, ""]);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(SCHEMA_FILE, "utf8")));
    const both = await cli("--schema-entrees", "--taille", "3");
    expect(both.code).toBe(2);
    expect(both.stderr).toBe(
      "Erreur : L'option --schema-entrees s'emploie seule. Voir cpts-budget --help.\n"
    );
  });

  test("is the one the CLI checks files with", () => {
    // After a change of src/cli/inputsShape.ts: UPDATE_SCHEMA=1 npx jest test/cli/inputsFile.test.ts, then prettier.
    if (process.env.UPDATE_SCHEMA === "1") {
      writeFileSync(SCHEMA_FILE, JSON.stringify(inputsSchema(), null, 2) + "\n");
    }
    expect(JSON.parse(readFileSync(SCHEMA_FILE, "utf8"))).toEqual(inputsSchema());
  });

  test("lists exactly the keys of BudgetInputs, down to the items of its lists", () => {
    const d = defaultBudgetInputs();
    const keys = (o: object) => Object.keys(o).sort();
    const p = schema.properties;
    expect(keys(p)).toEqual(keys(d));
    expect(keys(p.coordinateur.properties)).toEqual(keys(d.coordinateur));
    for (const list of [
      "financeurs",
      "charges",
      "indemnites",
      "contributionsVolontaires",
    ] as const) {
      expect(keys(p[list].items.properties)).toEqual(keys(d[list][0]));
    }
    expect(keys(p.missionStarts.properties)).toEqual(
      ["acces", "parcours", "prevention", "crise", "qualite", "accompagnement"].sort()
    );
    expect(p.charges.items.required).not.toContain("rythme");
  });

  test("bounds the payment lag as the domain does (0 to 11 months)", async () => {
    expect(schema.properties.lagMonths).toMatchObject({ minimum: 0, maximum: 11 });
    await expect(computeBudget({ ...defaultBudgetInputs(), lagMonths: 11 })).resolves.toBeTruthy();
    await expect(computeBudget({ ...defaultBudgetInputs(), lagMonths: 12 })).rejects.toThrow(
      "Délai de paiement (mois) invalide : 12"
    );
  });
});

/** The inputs the CLI builds from a file and options. */
async function inputsOf(file: string, ...more: string[]): Promise<BudgetInputs> {
  const argv = ["--entrees", file, "--out", "x.xlsx", ...more];
  const command = parseArgs(argv, await readInputsFile(file));
  if (command.kind !== "generate") throw new Error(command.kind);
  return command.inputs;
}

describe("cpts-budget --entrees", () => {
  test("round trip: the defaults saved to a file give the same budget as no file", async () => {
    const file = inputsFile((await cli("--modele-entrees")).stdout);
    const fromFile = await inputsOf(file);
    expect(fromFile).toEqual(defaultBudgetInputs());
    expect(await computeBudget(fromFile)).toEqual(await computeBudget(defaultBudgetInputs()));

    const [a, b] = [freshOut(), freshOut()];
    const withFile = await cli("--entrees", file, "--out", a);
    const withFlags = await cli("--taille", "1", "--out", b);
    expect(withFile.code).toBe(0);
    expect(withFile.stdout.replace(a, "X")).toBe(withFlags.stdout.replace(b, "X"));
  });

  test("keys missing take the defaults, an object key by key; options override the file", async () => {
    const file = inputsFile({
      taille: 2,
      nom: "CPTS du Val",
      coordinateur: { etp: 0.5 },
      charges: [
        { label: "Loyer", compte: "613", enveloppe: "fonctionnement", annee1: 1, annee2: 2 },
      ],
    });
    const d = defaultBudgetInputs();
    expect(await inputsOf(file)).toEqual({
      ...d,
      taille: 2,
      nom: "CPTS du Val",
      coordinateur: { ...d.coordinateur, etp: 0.5 },
      charges: [
        { label: "Loyer", compte: "613", enveloppe: "fonctionnement", annee1: 1, annee2: 2 },
      ],
    });
    const overridden = await inputsOf(file, "--taille", "3", "--coef", "150");
    expect(overridden).toMatchObject({ taille: 3, nom: "CPTS du Val" });
    expect(overridden.coordinateur).toEqual({ ...d.coordinateur, etp: 0.5, coef: 150 });

    const out = freshOut();
    const { code, stdout } = await cli("--entrees", file, "--taille", "3", "--out", out);
    expect(code).toBe(0);
    expect(stdout).toContain("CPTS du Val, taille 3");
    expect(existsSync(out)).toBe(true);
  });

  test("a freelance coordinator's rate may come from the file, the mode from an option", async () => {
    const file = inputsFile({ coordinateur: { tarifJour: 400, joursParAn: 100 } });
    const inputs = await inputsOf(file, "--coordinateur", "prestataire");
    expect(inputs.coordinateur).toMatchObject({ mode: "prestataire", tarifJour: 400 });
  });

  test("the output stays refused through a symbolic link", async () => {
    const link = join(dir, "lien.xlsx");
    symlinkSync(join(dir, "cible.xlsx"), link);
    const { code, stderr } = await cli("--entrees", inputsFile({}), "--out", link);
    expect(code).toBe(2);
    expect(stderr).toContain("est un lien symbolique");
    expect(existsSync(join(dir, "cible.xlsx"))).toBe(false);
  });

  test("the README's example is a valid file", async () => {
    const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("#### Fichier d'entrées"));
    const example = /```json\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
    const inputs = await inputsOf(inputsFile(example));
    expect(inputs).toMatchObject({ nom: "CPTS du Val", taille: 3, soldeInitial: 5000 });
    expect((await computeBudget(inputs)).annees).toHaveLength(2);
  });

  test("--out is still due", async () => {
    const { code, stderr } = await cli("--entrees", inputsFile({}));
    expect(code).toBe(2);
    expect(stderr).toContain("Option --out manquante");
  });
});

describe("cpts-budget --entrees: bad input, exit code 2, a French message, no file", () => {
  test("an unreadable file", async () => {
    const missing = join(dir, "absent.json");
    expect(await refused(missing)).toBe(
      `Erreur : Impossible de lire « ${missing} » : le fichier n'existe pas.\n`
    );
    const folder = join(dir, "dossier.json");
    mkdirSync(folder);
    expect(await refused(folder)).toBe(
      `Erreur : Impossible de lire « ${folder} » : c'est un dossier.\n`
    );
  });

  const HINT = 'Vérifiez les guillemets droits ("), les virgules et les accolades.';
  test.each([
    ['{\n  "taille": 2,\n}', " (ligne 3, colonne 1)"],
    ['{\n  "nom": "CPTS"\n  "taille": 2\n}', " (ligne 3, colonne 3)"],
    ["", " (ligne 1, colonne 1)"],
    ['{ "taille": 2', " (ligne 1, colonne 14)"],
    // V8 gives no position for an unexpected token.
    ['{ "taille": }', ""],
  ])(
    "invalid JSON %j: the line and column when JSON.parse gives a position",
    async (text, where) => {
      const file = inputsFile(text);
      expect(await refused(file)).toBe(
        `Erreur : « ${file} » n'est pas un fichier JSON valide${where}. ${HINT}\n`
      );
    }
  );

  const financeurs = defaultBudgetInputs().financeurs;
  const TOP_KEYS =
    "nom, taille, dateSignature, optionnelles, tauxVariable, crise, membres, coordinateur, financeurs, honorairesCac, dateLimiteAdditionnel, aciSubventionPublique, cotisationParMembre, charges, indemnites, contributionsVolontaires, demarrages, missionStarts, lagMonths, soldeInitial, moisAnnuel, debutExercice";
  test.each<[string, unknown, string]>([
    ["not an object", [], "le fichier ne contient pas un objet JSON { … }."],
    [
      "an unknown key",
      { couleur: "bleu" },
      `couleur : clé inconnue. Clés possibles : ${TOP_KEYS}.`,
    ],
    [
      "an unknown key, nested",
      { coordinateur: { salaire: 3000 } },
      "coordinateur.salaire : clé inconnue. Clés possibles : mode, coef, etp, mois, forfaitJours, anneeGrille, tarifJour, joursParAn.",
    ],
    [
      "__proto__",
      JSON.parse('{"__proto__": {"taille": 2}}'),
      `__proto__ : clé inconnue. Clés possibles : ${TOP_KEYS}.`,
    ],
    [
      "a text for a number",
      { financeurs: [financeurs[0], { ...financeurs[1], annee1: "abc" }] },
      "financeurs[1].annee1 : « abc » n'est pas un nombre.",
    ],
    [
      "a value out of range",
      { coordinateur: { etp: 1.5 } },
      "coordinateur.etp : 1,5 n'est pas compris entre 0 et 1 (0 exclu).",
    ],
    [
      "zero ETP",
      { coordinateur: { etp: 0 } },
      "coordinateur.etp : 0 n'est pas compris entre 0 et 1 (0 exclu).",
    ],
    [
      "an amount above LIMITS.montant",
      { honorairesCac: 2e9 },
      "honorairesCac : 2000000000 n'est pas compris entre 0 et 1 000 000 000.",
    ],
    ["a decimal taille", { taille: 2.5 }, "taille : 2,5 n'est pas un nombre entier."],
    [
      "a coefficient below 1",
      { coordinateur: { coef: 0 } },
      "coordinateur.coef : 0 est inférieur à 1.",
    ],
    [
      "a mode not in the list",
      { coordinateur: { mode: "benevole" } },
      "coordinateur.mode : « benevole » n'est pas une valeur possible (ge, salarie, prestataire).",
    ],
    ["a text for a boolean", { crise: "oui" }, "crise : « oui » n'est pas true ou false."],
    ["null", { membres: null }, "membres : null n'est pas un nombre."],
    ["a number for a text", { nom: 12 }, "nom : 12 n'est pas un texte."],
    ["an object for a list", { charges: {} }, "charges : un objet n'est pas une liste [ … ]."],
    [
      "a list for an object",
      { coordinateur: [] },
      "coordinateur : une liste n'est pas un objet { … }.",
    ],
    [
      "a key missing in a list's item",
      { charges: [{ label: "Loyer", enveloppe: "fonctionnement", annee1: 0, annee2: 0 }] },
      "charges[0].compte : clé manquante.",
    ],
    [
      "a payment lag of 12 months",
      { lagMonths: 12 },
      "lagMonths : 12 n'est pas compris entre 0 et 11.",
    ],
  ])("%s", async (_, content, message) => {
    const file = inputsFile(content);
    expect(await refused(file)).toBe(`Erreur : « ${file} », ${message}\n`);
  });

  test("the domain's own checks, after the file's: its message, exit code 2, no file", async () => {
    const charge = {
      label: "Loyer",
      compte: "713",
      enveloppe: "acces" as const,
      annee1: 0,
      annee2: 0,
    };
    const domain = (inputs: Partial<BudgetInputs>) =>
      computeBudget({ ...defaultBudgetInputs(), ...inputs }).then(
        () => "accepted",
        (error: Error) => `Erreur : ${error.message}\n`
      );
    const cases: Partial<BudgetInputs>[] = [
      { charges: [charge] },
      { dateSignature: "2025-02-30" },
      { nom: "   " },
      { coordinateur: { ...defaultBudgetInputs().coordinateur, coef: 7 } },
    ];
    for (const inputs of cases) {
      const expected = await domain(inputs);
      expect(expected).not.toBe("accepted");
      expect(await refused(inputsFile(inputs))).toBe(expected);
    }
  });
});
