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
import { withDefaults } from "../../src/cli/defaults";
import { readInputsFile } from "../../src/cli/inputsFile";
import { inputsSchema } from "../../src/cli/inputsShape";
import { parseArgs } from "../../src/cli/options";
import { computeBudget } from "../../src/domain/budget";
import {
  type BudgetInputs,
  defaultBudgetInputs,
  defaultPost,
  type PostInputs,
} from "../../src/domain/budgetInputs";
import { MISSIONS } from "../../src/domain/data/aciGrid";
import { PROFESSIONS } from "../../src/domain/data/prefill";
import { LIMITS } from "../../src/domain/limits";
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
    bad.equipe[0].etp = 1.5;
    bad.couleur = "bleu";
    expect(validate(bad)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath + " " + e.keyword).sort()).toEqual([
      " additionalProperties",
      "/equipe/0/etp maximum",
    ]);
    // A post without its mode, and a team of none.
    const noMode: Partial<PostInputs> = defaultPost();
    delete noMode.mode;
    expect(validate({ equipe: [noMode] })).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath + " " + e.keyword)).toEqual([
      "/equipe/0 required",
    ]);
    expect(validate({ equipe: [] })).toBe(false);
  });

  test("prints the chosen taille's defaults, with or without the optional missions", async () => {
    const validate = new Ajv2020({ strict: true }).compile(schema);
    for (const taille of [1, 2, 3, 4] as const) {
      for (const optionnelles of [false, true]) {
        const more = optionnelles ? ["--optionnelles"] : [];
        const { code, stdout } = await cli("--modele-entrees", "--taille", String(taille), ...more);
        expect(code).toBe(0);
        expect(JSON.parse(stdout)).toEqual(defaultBudgetInputs(taille, optionnelles));
        expect(validate(JSON.parse(stdout))).toBe(true);
      }
    }
  });

  test("takes no other option", async () => {
    const { code, stderr } = await cli("--modele-entrees", "--taille", "3", "--out", "x.xlsx");
    expect(code).toBe(2);
    expect(stderr).toBe(
      "Erreur : L'option --modele-entrees s'emploie seule, ou avec --taille et --optionnelles (pas avec --out). Voir cpts-budget --help.\n"
    );
    const bad = await cli("--modele-entrees", "--taille", "5");
    expect(bad.stderr).toContain("Valeur invalide pour --taille : « 5 »");
  });

  test("--help lists --entrees and --modele-entrees", async () => {
    const { stdout } = await cli("--help");
    expect(stdout).toContain("--entrees FICHIER.json");
    expect(stdout).toContain("npx cpts-budget --modele-entrees --taille 3 > budget.json");
    // The defaults that follow the taille, read from the defaults of each.
    const fees = ([1, 2, 3, 4] as const).map((t) => defaultBudgetInputs(t).honorairesCac);
    expect(stdout).toContain(
      `${fees.map((f) => String(f).replace(/\B(?=(\d{3})+$)/g, " ")).join(" / ")} € en taille 1 / 2 / 3 / 4`
    );
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
    // The keys the defaults leave out: there is no change of taille nor année 0 by default.
    const absent = {
      changementTaille: undefined,
      dateLettreIntention: undefined,
      amorcageArs: undefined,
      coordinateurAmorcage: undefined,
      dateVersementArs: undefined,
    };
    expect(keys(p)).toEqual(keys({ ...d, ...absent }));
    const post = p.equipe.items;
    const optional = ["coef", "niveau", "brutMensuel", "repartition"];
    expect(keys(post.properties)).toEqual(
      [...Object.keys(defaultPost()).filter((k) => !optional.includes(k)), ...optional].sort()
    );
    // Every key of PostInputs is due but the optional ones.
    expect(post.required.sort()).toEqual(
      keys(post.properties).filter((k) => !optional.includes(k))
    );
    expect(keys(post.properties.repartition.properties)).toEqual([...MISSIONS].sort());
    expect(p.equipe).toMatchObject({ minItems: 1, maxItems: LIMITS.postes });
    for (const list of [
      "financeurs",
      "charges",
      "gouvernance",
      "contributionsVolontaires",
    ] as const) {
      expect(keys(p[list].items.properties)).toEqual(keys(d[list][0]));
    }
    // The hours of a mission are optional: absent, they follow the 30 % rule.
    const remuneration = p.remunerationsMissions.items;
    expect(keys(remuneration.properties)).toEqual(
      [...Object.keys(d.remunerationsMissions[0]), "heuresAnnee1", "heuresAnnee2"].sort()
    );
    expect(remuneration.required.sort()).toEqual(["mission", "mix", "professionnels"]);
    expect(remuneration.properties.mission.enum).toEqual(
      MISSIONS.filter((m) => m !== "fonctionnement")
    );
    // A rate and a share for each profession, all due.
    for (const perProfession of [p.tauxHoraires, remuneration.properties.mix]) {
      expect(keys(perProfession.properties)).toEqual([...PROFESSIONS].sort());
      expect(perProfession.required).toEqual([...PROFESSIONS]);
    }
    expect(p.gouvernance.items.required).toEqual([
      "role",
      "profession",
      "personnes",
      "heuresParPersonne",
    ]);
    expect(p.gouvernance.items.properties.profession.enum).toEqual([...PROFESSIONS]);
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

  const post = (changes: Partial<PostInputs>): PostInputs => ({ ...defaultPost(), ...changes });

  test("keys missing take the defaults, a list as a whole; options override the file, the coordinator's its first post", async () => {
    const equipe = [
      post({ intitule: "Coordinatrice", etp: 0.5 }),
      post({ intitule: "Secrétaire", mode: "salarie", convention: "cabinets-medicaux", niveau: 6 }),
    ];
    delete equipe[1].coef;
    const charges = [
      { label: "Loyer", compte: "613", enveloppe: "fonctionnement" as const, annee1: 1, annee2: 2 },
    ];
    const file = inputsFile({ taille: 2, nom: "CPTS du Val", equipe, charges });
    const d = defaultBudgetInputs(2);
    expect(await inputsOf(file)).toEqual({ ...d, taille: 2, nom: "CPTS du Val", equipe, charges });
    const overridden = await inputsOf(file, "--taille", "3", "--coef", "150", "--etp", "0,8");
    expect(overridden).toMatchObject({ taille: 3, nom: "CPTS du Val", charges });
    expect(overridden.equipe).toEqual([{ ...equipe[0], etp: 0.8, coef: 150 }, equipe[1]]);

    const out = freshOut();
    const { code, stdout } = await cli("--entrees", file, "--taille", "3", "--out", out);
    expect(code).toBe(0);
    expect(stdout).toContain("CPTS du Val, taille 3");
    expect(stdout).toMatch(/^Équipe \(2 postes\)/m);
    expect(existsSync(out)).toBe(true);
  });

  test("keys left out take the defaults of the budget's taille: the option's, else the file's", async () => {
    const t4 = defaultBudgetInputs(4);
    const fromFile = await inputsOf(inputsFile({ taille: 4, nom: "CPTS du Littoral" }));
    expect(fromFile).toEqual({ ...t4, nom: "CPTS du Littoral" });
    // The option wins over the file's taille, for the taille and for the defaults alike.
    const t2 = await inputsOf(inputsFile({ taille: 4 }), "--taille", "2");
    expect(t2).toEqual(defaultBudgetInputs(2));
    // The optional missions add their remuneration lines to the defaults, from the file or the option.
    const withOptional = defaultBudgetInputs(3, true);
    expect(await inputsOf(inputsFile({ taille: 3, optionnelles: true }))).toEqual(withOptional);
    expect(await inputsOf(inputsFile({ taille: 3 }), "--optionnelles")).toEqual(withOptional);
    expect(withOptional.remunerationsMissions.map((r) => r.mission)).toEqual(
      MISSIONS.filter((m) => m !== "fonctionnement")
    );
    // A file without a taille: taille 1's defaults, as the flags without a file.
    expect(await inputsOf(inputsFile({}))).toEqual(defaultBudgetInputs(1));
  });

  test("a CAC fee the CPTS gives is its own: no longer marked as an estimate, from the file or the option", async () => {
    const { honorairesCacEstimation } = defaultBudgetInputs(3);
    expect(honorairesCacEstimation).toMatch(/^estimation — /);
    const typed = await inputsOf(inputsFile({ taille: 3, honorairesCac: 4000 }));
    expect(typed).toMatchObject({ honorairesCac: 4000 });
    expect(typed).not.toHaveProperty("honorairesCacEstimation");
    const flagged = await inputsOf(inputsFile({ taille: 3 }), "--honoraires-cac", "4000");
    expect(flagged).toEqual(typed);
    const flags = parseArgs(["--taille", "3", "--out", "x.xlsx", "--honoraires-cac", "4000"]);
    expect(flags).toMatchObject({ inputs: { honorairesCac: 4000 } });
    expect(flags.kind === "generate" && flags.inputs).not.toHaveProperty("honorairesCacEstimation");
    // Unless the file says it still is one, with its basis.
    const basis = "estimation — devis à demander";
    const kept = await inputsOf(
      inputsFile({ honorairesCac: 4000, honorairesCacEstimation: basis })
    );
    expect(kept).toMatchObject({ honorairesCac: 4000, honorairesCacEstimation: basis });
    // The defaults' fee stays an estimate when the file leaves it out.
    expect(await inputsOf(inputsFile({ taille: 3 }))).toMatchObject({ honorairesCacEstimation });
    // withDefaults is what the options complete a file with.
    expect(withDefaults({ taille: 3, honorairesCac: 4000 })).toEqual(typed);
  });

  test("the first post's agreement and gross may come from options over the file", async () => {
    const file = inputsFile({ equipe: [post({ mode: "salarie" })] });
    const inputs = await inputsOf(
      file,
      "--convention",
      "cabinets-médicaux",
      "--niveau",
      "11",
      "--brut",
      "2500"
    );
    expect(inputs.equipe[0]).toMatchObject({
      mode: "salarie",
      convention: "cabinets-medicaux",
      niveau: 11,
      brutMensuel: 2500,
    });
    // --niveau over a file whose first post is already under the cabinets médicaux agreement.
    const cabinets = inputsFile({
      equipe: [post({ convention: "cabinets-medicaux", niveau: 6 })],
    });
    expect((await inputsOf(cabinets, "--niveau", "9")).equipe[0].niveau).toBe(9);
    await expect(inputsOf(cabinets, "--coef", "150")).rejects.toThrow(
      "L'option --coef s'applique à la convention syntec, or le premier poste est en convention cabinets-medicaux : ajoutez --convention syntec."
    );
  });

  test("a freelance coordinator's rate may come from the file, the mode from an option", async () => {
    const file = inputsFile({ equipe: [post({ tarifJour: 400, joursParAn: 100 })] });
    const inputs = await inputsOf(file, "--coordinateur", "prestataire");
    expect(inputs.equipe[0]).toMatchObject({ mode: "prestataire", tarifJour: 400 });
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
    expect(inputs.equipe.map((p) => p.intitule)).toEqual(["Coordinatrice", "Secrétaire"]);
    expect(inputs.tauxHoraires).toMatchObject({ medecin: 70, autre: 45 });
    expect(inputs.gouvernance.map((g) => g.role)).toEqual(["Présidente", "Bureau"]);
    // What it leaves out is the prefilled budget of its taille.
    const t3 = defaultBudgetInputs(3);
    expect(inputs).toMatchObject({
      honorairesCac: t3.honorairesCac,
      remunerationsMissions: t3.remunerationsMissions,
    });
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
  const coordinator = defaultPost();
  const TOP_KEYS =
    "nom, taille, dateSignature, anneeDepart, renouvellement, changementTaille, dateLettreIntention, amorcageArs, coordinateurAmorcage, dateVersementArs, optionnelles, tauxVariable, crise, membres, equipe, financeurs, honorairesCac, honorairesCacEstimation, dateLimiteAdditionnel, aciSubventionPublique, cotisationParMembre, charges, tauxHoraires, gouvernance, remunerationsMissions, contributionsVolontaires, demarrages, missionStarts, lagMonths, soldeInitial, moisAnnuel, debutExercice";
  const { gouvernance, remunerationsMissions, tauxHoraires } = defaultBudgetInputs(2);
  const [president] = gouvernance;
  const [acces] = remunerationsMissions;
  test.each<[string, unknown, string]>([
    ["not an object", [], "le fichier ne contient pas un objet JSON { … }."],
    [
      "an unknown key",
      { couleur: "bleu" },
      `couleur : clé inconnue. Clés possibles : ${TOP_KEYS}.`,
    ],
    [
      "an unknown key, nested",
      { equipe: [{ ...coordinator, salaire: 3000 }] },
      "equipe[0].salaire : clé inconnue. Clés possibles : intitule, mode, convention, coef, niveau, brutMensuel, etp, forfaitJours, anneeGrille, debutMois, mois, tarifJour, joursParAn, repartition.",
    ],
    [
      "the single coordinator of older files",
      { coordinateur: { etp: 0.5 } },
      `coordinateur : clé inconnue ; le coordinateur est désormais le premier poste de la liste « equipe » (equipe[0]). Clés possibles : ${TOP_KEYS}.`,
    ],
    [
      "the indemnities of older files",
      { indemnites: [] },
      `indemnites : clé inconnue ; les indemnités des professionnels sont désormais des heures au taux horaire de leur profession (« tauxHoraires ») : heures de gouvernance par rôle dans « gouvernance », rémunérations des missions dans « remunerationsMissions ». Clés possibles : ${TOP_KEYS}.`,
    ],
    [
      "a rate missing",
      { tauxHoraires: { ...tauxHoraires, autre: undefined } },
      "tauxHoraires.autre : clé manquante.",
    ],
    [
      "a rate for a profession not in the list",
      { tauxHoraires: { ...tauxHoraires, kine: 40 } },
      "tauxHoraires.kine : clé inconnue. Clés possibles : medecin, pharmacien, sageFemme, infirmier, autre.",
    ],
    [
      "a negative rate",
      { tauxHoraires: { ...tauxHoraires, infirmier: -37 } },
      "tauxHoraires.infirmier : -37 n'est pas compris entre 0 et 1 000 000 000.",
    ],
    [
      "a governance role's profession not in the list",
      { gouvernance: [president, { ...president, profession: "dentiste" }] },
      "gouvernance[1].profession : « dentiste » n'est pas une valeur possible (medecin, pharmacien, sageFemme, infirmier, autre).",
    ],
    [
      "a governance role without its hours",
      { gouvernance: [{ ...president, heuresParPersonne: undefined }] },
      "gouvernance[0].heuresParPersonne : clé manquante.",
    ],
    [
      "a decimal number of people",
      { gouvernance: [{ ...president, personnes: 1.5 }] },
      "gouvernance[0].personnes : 1,5 n'est pas un nombre entier.",
    ],
    [
      "remunerations on the fonctionnement",
      { remunerationsMissions: [{ ...acces, mission: "fonctionnement" }] },
      "remunerationsMissions[0].mission : « fonctionnement » n'est pas une valeur possible (acces, parcours, prevention, crise, qualite, accompagnement).",
    ],
    [
      "a mix without a profession",
      { remunerationsMissions: [{ ...acces, mix: { ...acces.mix, sageFemme: undefined } }] },
      "remunerationsMissions[0].mix.sageFemme : clé manquante.",
    ],
    [
      "nobody to share a mission's hours",
      { remunerationsMissions: [{ ...acces, professionnels: 0 }] },
      "remunerationsMissions[0].professionnels : 0 n'est pas compris entre 1 et 100 000.",
    ],
    [
      "negative hours",
      { remunerationsMissions: [{ ...acces, heuresAnnee1: -10 }] },
      "remunerationsMissions[0].heuresAnnee1 : -10 est inférieur à 0.",
    ],
    [
      "an estimate that is not a text",
      { charges: [{ ...defaultBudgetInputs().charges[0], estimation: true }] },
      "charges[0].estimation : true n'est pas un texte.",
    ],
    [
      "an envelope that is not a mission",
      { equipe: [{ ...coordinator, repartition: { gouvernance: 1 } }] },
      "equipe[0].repartition.gouvernance : clé inconnue. Clés possibles : fonctionnement, acces, parcours, prevention, crise, qualite, accompagnement.",
    ],
    [
      "a share above 1",
      { equipe: [{ ...coordinator, repartition: { fonctionnement: 1.5 } }] },
      "equipe[0].repartition.fonctionnement : 1,5 n'est pas compris entre 0 et 1.",
    ],
    [
      "a team of none",
      { equipe: [] },
      "equipe : la liste compte 0 élément ; valeur attendue : de 1 à 50 éléments.",
    ],
    [
      "a team of 51",
      { equipe: Array(51).fill(coordinator) },
      "equipe : la liste compte 51 éléments ; valeur attendue : de 1 à 50 éléments.",
    ],
    [
      "a post's key missing",
      { equipe: [coordinator, { ...coordinator, mode: undefined }] },
      "equipe[1].mode : clé manquante.",
    ],
    [
      "a level out of the grid",
      { equipe: [{ ...coordinator, convention: "cabinets-medicaux", niveau: 17 }] },
      "equipe[0].niveau : 17 n'est pas compris entre 4 et 16.",
    ],
    [
      "an agreement not in the list",
      { equipe: [{ ...coordinator, convention: "ccn66" }] },
      "equipe[0].convention : « ccn66 » n'est pas une valeur possible (syntec, cabinets-medicaux, aucune).",
    ],
    [
      "a first month before the signature",
      { equipe: [{ ...coordinator, debutMois: -1 }] },
      "equipe[0].debutMois : -1 n'est pas compris entre 0 et 600.",
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
      { equipe: [coordinator, { ...coordinator, etp: 1.5 }] },
      "equipe[1].etp : 1,5 n'est pas compris entre 0 et 1 (0 exclu).",
    ],
    [
      "zero ETP",
      { equipe: [{ ...coordinator, etp: 0 }] },
      "equipe[0].etp : 0 n'est pas compris entre 0 et 1 (0 exclu).",
    ],
    [
      "an amount above LIMITS.montant",
      { honorairesCac: 2e9 },
      "honorairesCac : 2000000000 n'est pas compris entre 0 et 1 000 000 000.",
    ],
    ["a decimal taille", { taille: 2.5 }, "taille : 2,5 n'est pas un nombre entier."],
    [
      "a coefficient below 1",
      { equipe: [{ ...coordinator, coef: 0 }] },
      "equipe[0].coef : 0 est inférieur à 1.",
    ],
    [
      "a mode not in the list",
      { equipe: [{ ...coordinator, mode: "benevole" }] },
      "equipe[0].mode : « benevole » n'est pas une valeur possible (ge, salarie, prestataire).",
    ],
    ["a text for a boolean", { crise: "oui" }, "crise : « oui » n'est pas true ou false."],
    ["null", { membres: null }, "membres : null n'est pas un nombre."],
    ["a number for a text", { nom: 12 }, "nom : 12 n'est pas un texte."],
    ["an object for a list", { charges: {} }, "charges : un objet n'est pas une liste [ … ]."],
    [
      "a list for an object",
      { missionStarts: [] },
      "missionStarts : une liste n'est pas un objet { … }.",
    ],
    [
      "an object for the team",
      { equipe: coordinator },
      "equipe : un objet n'est pas une liste [ … ].",
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
    [
      "101 funders",
      {
        financeurs: Array.from({ length: 101 }, (_, i) => ({
          label: `Financeur ${i + 1}`,
          kind: "autre" as const,
          annee1: 0,
          annee2: 0,
          subventionPublique: false,
        })),
      },
      "financeurs : la liste compte 101 éléments ; valeur attendue : de 0 à 100 éléments.",
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
    ];
    for (const inputs of cases) {
      const expected = await domain(inputs);
      expect(expected).not.toBe("accepted");
      expect(await refused(inputsFile(inputs))).toBe(expected);
    }
  });

  const secretary: PostInputs = {
    ...defaultPost(),
    intitule: "Secrétaire",
    mode: "salarie",
    convention: "aucune",
  };
  delete secretary.coef;

  test("a post refused by the domain: the JSON path of its value, then the domain's words", async () => {
    const file = inputsFile({ equipe: [coordinator, { ...secretary, brutMensuel: 1700 }] });
    expect(await refused(file)).toBe(
      `Erreur : « ${file} », equipe[1].brutMensuel (« Secrétaire ») : salaire brut mensuel à temps plein invalide : 1700. Valeur attendue : au moins 1823,03 € (SMIC 2026), au plus 1 000 000 000 €.\n`
    );
  });

  test.each<[string, PostInputs[], Partial<BudgetInputs>, string]>([
    ["a Syntec coefficient not in the grid", [{ ...coordinator, coef: 7 }], {}, "equipe[0].coef"],
    [
      "a split that does not sum to 1",
      [coordinator, { ...secretary, repartition: { fonctionnement: 0.5, acces: 0.2 } }],
      {},
      "equipe[1].repartition",
    ],
    [
      "a share on a mission not contracted",
      [coordinator, { ...secretary, repartition: { fonctionnement: 0.5, qualite: 0.5 } }],
      { optionnelles: false },
      "equipe[1].repartition",
    ],
    [
      "a freelance post without a day rate",
      [coordinator, { ...secretary, mode: "prestataire", joursParAn: 40 }],
      {},
      "equipe[1].tarifJour",
    ],
    [
      "forfait jours outside Syntec",
      [coordinator, { ...secretary, forfaitJours: true }],
      {},
      "equipe[1].forfaitJours",
    ],
    ["a blank title", [coordinator, { ...secretary, intitule: "  " }], {}, "equipe[1].intitule"],
  ])("%s", async (_, equipe, more, path) => {
    const inputs = { ...defaultBudgetInputs(), ...more, equipe };
    const error = await computeBudget(inputs).then(
      () => undefined,
      (e: Error) => e
    );
    // The domain names the post (« Poste 2 (« Secrétaire ») : … ») but not its JSON key.
    const index = Number(/\[(\d+)\]/.exec(path)![1]);
    const name = `« ${equipe[index].intitule} »`;
    const [, prefix, rest] = /^(Poste \d+(?: \(« .* »\))? : )(.*)$/s.exec(error!.message)!;
    expect(prefix).toBe(
      equipe[index].intitule.trim() ? `Poste ${index + 1} (${name}) : ` : `Poste ${index + 1} : `
    );
    const file = inputsFile({ ...more, equipe });
    const named = equipe[index].intitule.trim() ? ` (${name})` : "";
    expect(await refused(file)).toBe(`Erreur : « ${file} », ${path}${named} : ${rest}\n`);
  });

  test.each<[string, Partial<BudgetInputs>, string]>([
    [
      "a governance role of more hours than a year has, the second of that name",
      {
        gouvernance: [president, { ...president, heuresParPersonne: 9000 }],
      },
      "gouvernance[1].heuresParPersonne (« Président ») : heures par personne invalide : 9000. Valeur attendue : un nombre d'heures par an de 0 à 8784.",
    ],
    [
      "a mix that does not sum to 1",
      { remunerationsMissions: [{ ...acces, mix: { ...acces.mix, autre: 0.15 } }] },
      "remunerationsMissions[0].mix (« Accès aux soins ») : la répartition des heures par profession totalise 0,9. Valeur attendue : des parts dont la somme vaut 1 (100 %).",
    ],
    [
      "a mission's hours beyond a year",
      {
        remunerationsMissions: [
          acces,
          { ...remunerationsMissions[1], heuresAnnee1: 10, heuresAnnee2: 9000 },
        ],
      },
      "remunerationsMissions[1].heuresAnnee2 (« Parcours pluriprofessionnels ») : heures de l'année 2 invalide : 9000. Valeur attendue : un nombre d'heures par an de 0 à 8784.",
    ],
    [
      "an optional mission not contracted",
      { remunerationsMissions: [...remunerationsMissions, { ...acces, mission: "qualite" }] },
      "remunerationsMissions[4].mission : mission invalide « qualite ». Valeur attendue : une mission contractée, une seule ligne par mission (acces, parcours, prevention, crise).",
    ],
    [
      "a mission given twice",
      { remunerationsMissions: [acces, remunerationsMissions[1], acces] },
      "remunerationsMissions[2].mission : mission invalide « acces ». Valeur attendue : une mission contractée, une seule ligne par mission (acces, parcours, prevention, crise).",
    ],
  ])(
    "the members' indemnities refused by the domain: %s, at the JSON path",
    async (_, more, message) => {
      // The domain's own words, after the path of the value at fault.
      const domain = await computeBudget(withDefaults(more)).then(
        () => "accepted",
        (e: Error) => e.message
      );
      expect(domain).not.toBe("accepted");
      const rest = domain.replace(/^[^:]*: /, "");
      expect(message.slice(-rest.length)).toBe(rest);
      const file = inputsFile(more);
      expect(await refused(file)).toBe(`Erreur : « ${file} », ${message}\n`);
    }
  );
});
