import { execFileSync, spawnSync } from "child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Workbook } from "exceljs";
import { parseArgs } from "../../src/cli/options";
import { computeBudget } from "../../src/domain/budget";
import { defaultBudgetInputs, defaultPost } from "../../src/domain/budgetInputs";
import { describeValue } from "../../src/domain/errors";
import { agreementMinimum } from "../../src/domain/salary";
import { requireJoursParAn, requireTarifJour } from "../../src/domain/coordinator";
import { domainMessage } from "../helpers/domainMessage";
import { cli } from "../helpers/cli";
import { euros } from "../helpers/frenchEuros";

const ROOT = join(__dirname, "..", "..");

/** The module object src/cli/main.ts calls into, so that a write failure can be simulated. */
const fsPromises: typeof import("fs/promises") = require("fs/promises");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cpts-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

describe("cpts-budget: help and bad options", () => {
  test("--help prints the French usage and exits 0", async () => {
    const { code, stdout, stderr } = await cli("--help");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("Usage :\n  npx cpts-budget --taille 3 --out budget.xlsx [options]");
    for (const option of [
      "--nom",
      "--signature",
      "--optionnelles",
      "--taux-variable",
      "--crise",
      "--membres",
    ]) {
      expect(stdout).toContain(option);
    }
    for (const option of [
      "--coordinateur",
      "--convention",
      "--coef",
      "--niveau",
      "--brut",
      "--etp",
      "--mois",
      "--tarif-jour",
      "--jours",
      "--honoraires-cac",
    ]) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toContain(`(défaut : ${defaultBudgetInputs().equipe[0].coef})`);
    expect(stdout).toContain("le premier poste de l'équipe");
  });

  test.each([
    [[], "Option --taille manquante"],
    [["--taille", "2"], "Option --out manquante"],
    [["--taille", "2", "--out", "x.xlsx", "--bogus"], "Option inconnue : --bogus"],
    [["--taille", "2", "--out", "x.xlsx", "budget"], "Argument inattendu : « budget »"],
    // Looked up among the options only, not Object's members (« constructor » crashed in English).
    [["--taille", "2", "--out", "x.xlsx", "constructor"], "Argument inattendu : « constructor »"],
    [["--taille", "2", "--out", "x.xlsx", "__proto__"], "Argument inattendu : « __proto__ »"],
    [["--out", "x.xlsx", "--taille"], "Valeur manquante pour --taille"],
    [["--taille", "--out", "x.xlsx"], "Valeur manquante pour --taille"],
    [
      ["--taille", "5", "--out", "x.xlsx"],
      "Valeur invalide pour --taille : « 5 ». Valeur attendue : un entier de 1 à 4.",
    ],
    [["--taille", "2.5", "--out", "x.xlsx"], "Valeur invalide pour --taille : « 2.5 »"],
    [["--taille", "2", "--out", "x.xlsx", "--etp", "abc"], "Valeur invalide pour --etp : « abc »"],
    [["--taille", "2", "--out", "x.xlsx", "--etp", "0"], "Valeur invalide pour --etp : « 0 »"],
    [
      ["--taille", "2", "--out", "x.xlsx", "--taux-variable", "1,5"],
      "Valeur invalide pour --taux-variable",
    ],
    [
      ["--taille", "2", "--out", "x.xlsx", "--signature", "2025-02-30"],
      "Date de signature (--signature) invalide : « 2025-02-30 ». Valeur attendue : une date réelle du 01/03/1900 au 30/12/9999 (AAAA-MM-JJ).",
    ],
    [
      ["--taille", "2", "--out", "x.xlsx", "--signature", "15/03/2025"],
      "Date de signature (--signature) invalide : « 15/03/2025 »",
    ],
    [
      ["--taille", "2", "--out", "x.xlsx", "--coordinateur", "benevole"],
      "Valeurs possibles : ge, salarie, prestataire",
    ],
    [
      ["--taille", "2", "--out", "x.xlsx", "--convention", "ccn66"],
      "Valeur invalide pour --convention : « ccn66 ». Valeurs possibles : syntec, cabinets-medicaux, aucune.",
    ],
    [
      ["--taille", "2", "--out", "x.xlsx", "--convention", "cabinets-medicaux", "--niveau", "17"],
      "Valeur invalide pour --niveau : « 17 ». Valeur attendue : un niveau entier de 4 à 16 (grille des cabinets médicaux).",
    ],
    [
      ["--taille", "2", "--out", "x.xlsx", "--niveau", "6"],
      "L'option --niveau s'applique à la convention cabinets-medicaux, or le premier poste est en convention syntec : ajoutez --convention cabinets-medicaux.",
    ],
    [
      ["--taille", "2", "--out", "x.xlsx", "--convention", "aucune", "--coef", "130"],
      "L'option --coef s'applique à la convention syntec, or le premier poste est en convention aucune : ajoutez --convention syntec.",
    ],
    [["--taille", "2", "--out", "x.xlsx", "--brut", "0"], "Valeur invalide pour --brut : « 0 »"],
    [
      ["--taille", "2", "--out", "x.xlsx", "--crise=oui"],
      "L'option --crise ne prend pas de valeur",
    ],
    [["--taille", "2", "--out", "budget.ods"], "doit avoir l'extension .xlsx"],
    [
      ["--taille", "2", "--out", "x.xlsx", "--coordinateur", "prestataire"],
      domainMessage(() => requireTarifJour(0)),
    ],
    [
      ["--taille", "2", "--out", "x.xlsx", "--coordinateur", "prestataire", "--tarif-jour", "500"],
      domainMessage(() => requireJoursParAn(0)),
    ],
    // An option where a value is due is refused, never taken for the value nor obeyed (-h showed the help).
    [
      ["--taille", "2", "--out", "x.xlsx", "--nom", "-h"],
      "Valeur manquante pour --nom : « -h » est une option. Pour une valeur qui commence par un tiret, écrivez --nom=-h.",
    ],
    [
      ["--taille", "2", "--out", "x.xlsx", "--nom", "--force"],
      "Valeur manquante pour --nom : « --force » est une option.",
    ],
    [["--taille", "2", "--nom", "--out", "x.xlsx"], "Valeur manquante pour --nom : « --out »"],
    [["--taille", "2", "--out", "-x.xlsx"], "Valeur manquante pour --out : « -x.xlsx »"],
    [
      ["--taille", "2", "--out", "x.xlsx", "--membres", "-1"],
      "Valeur invalide pour --membres : « -1 »",
    ],
    [
      ["--taille", "2", "--out", "x.xlsx", "--nom", "   "],
      "Nom de la CPTS manquant : indiquez le nom de la CPTS.",
    ],
    [
      ["--taille", "2", "--out", "x.xlsx", "--nom", "C".repeat(201)],
      "Nom de la CPTS trop long : 201 caractères. Valeur attendue : au plus 200 caractères.",
    ],
    [
      ["--taille", "2", "--out", "x.xlsx", "--mois", "601"],
      "Valeur invalide pour --mois : « 601 ». Valeur attendue : un nombre entier de mois, de 1 à 600.",
    ],
    [
      ["--taille", "2", "--out", "x.xlsx", "--honoraires-cac", "1000000001"],
      "au plus 1 000 000 000 €",
    ],
  ])("%j → exit 2 with a French message", async (argv, message) => {
    const { code, stdout, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
    expect(stderr).toMatch(/^Erreur : /);
  });

  test("an option-looking value is taken as a value when written --option=value", () => {
    const command = parseArgs(["--taille", "2", "--out=-x.xlsx", "--nom=-h"]);
    expect(command).toMatchObject({ kind: "generate", out: "-x.xlsx", inputs: { nom: "-h" } });
    expect(parseArgs(["--taille", "2", "--out", "x.xlsx", "-h"])).toEqual({ kind: "help" });
    expect(parseArgs(["--bogus", "--help"])).toEqual({ kind: "help" });
  });

  test("the contract's life from options: first year, renewal, a change of taille; bad values refused", async () => {
    const command = parseArgs([
      "--taille",
      "1",
      "--out",
      "x.xlsx",
      "--annee-depart",
      "5",
      "--renouvellement",
      "--changement-taille",
      "2, 2024-06-01",
    ]);
    expect(command).toMatchObject({
      kind: "generate",
      inputs: {
        anneeDepart: 5,
        renouvellement: true,
        changementTaille: { taille: 2, date: "2024-06-01" },
      },
    });
    const refused = async (option: string, value: string) =>
      (await cli("--taille", "1", "--out", "x.xlsx", option, value)).stderr;
    expect(await refused("--annee-depart", "6")).toBe(
      "Erreur : Valeur invalide pour --annee-depart : « 6 ». Valeur attendue : un entier de 1 à 5 (le budget couvre cette année de contrat et la suivante).\n"
    );
    expect(await refused("--changement-taille", "2")).toBe(
      "Erreur : Valeur invalide pour --changement-taille : « 2 ». Valeur attendue : la nouvelle taille et la date de l'avenant, séparées par une virgule (ex. 2,2026-09-01).\n"
    );
    expect(await refused("--changement-taille", "5,2026-09-01")).toBe(
      "Erreur : Valeur invalide pour --changement-taille : « 5 ». Valeur attendue : un entier de 1 à 4.\n"
    );
  });

  test("years 5 and 6 without renewal: the summary names the contract years and the contract's end", async () => {
    const out = join(dir, "annees-5-6.xlsx");
    const { code, stdout } = await cli(
      "--taille",
      "1",
      "--signature",
      "2022-03-01",
      "--annee-depart",
      "5",
      "--out",
      out
    );
    expect(code).toBe(0);
    expect(stdout).toContain("Années de contrat 5 et 6\n");
    expect(stdout).toContain(
      "Année 6 : contrat terminé au 5e anniversaire, seuls le solde et le volet variable de l'année 5 sont versés (--renouvellement pour un contrat renouvelé)"
    );
    expect(stdout).toMatch(/^\s+Année 5\s+Année 6$/m);
    // T1's year-5 balances: 25 % × (50 000 + 55 000 + 25 000 + 10 000).
    expect(stdout).toMatch(/^ACI\s+152 500 €\s+35 000 €$/m);
  });

  test("a freelance coordinator at 0 € × 0 days: the domain's own words, as in the task pane", async () => {
    const { stderr } = await cli(
      "--taille",
      "2",
      "--out",
      "x.xlsx",
      "--coordinateur",
      "prestataire"
    );
    expect(stderr).toBe(`Erreur : ${domainMessage(() => requireTarifJour(0))}\n`);
  });

  test("the first post's agreement, level and gross from options, accents allowed", () => {
    const command = parseArgs([
      "--taille",
      "2",
      "--out",
      "x.xlsx",
      "--coordinateur",
      "Salarié",
      "--convention",
      "Cabinets-Médicaux",
      "--niveau",
      "9",
      "--brut",
      "2400,5",
    ]);
    if (command.kind !== "generate") throw new Error(command.kind);
    expect(command.inputs.equipe).toEqual([
      {
        ...defaultBudgetInputs(2).equipe[0],
        mode: "salarie",
        convention: "cabinets-medicaux",
        niveau: 9,
        brutMensuel: 2400.5,
      },
    ]);
  });

  test("a typed gross below the agreement's minimum: the domain's message, exit 2, nothing written", async () => {
    const out = join(dir, "brut.xlsx");
    const { code, stderr } = await cli("--taille", "1", "--out", out, "--brut", "1700");
    expect(code).toBe(2);
    const minimum = agreementMinimum(defaultPost());
    expect(stderr).toBe(
      `Erreur : Poste 1 (« Coordinateur ») : salaire brut mensuel à temps plein invalide : 1700. Valeur attendue : au moins ${describeValue(minimum.montant)} € (${minimum.base}), au plus 1 000 000 000 €.\n`
    );
    expect(existsSync(out)).toBe(false);
  });

  test("a domain error (a coefficient missing from the Syntec grid) is shown in French, exit 2", async () => {
    const out = join(dir, "coef.xlsx");
    const { code, stdout, stderr } = await cli("--taille", "1", "--out", out, "--coef", "5");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /^Erreur : Poste 1 \(« Coordinateur »\) : coefficient 5 absent de la grille Syntec \d{4}\. Coefficients disponibles : .+\.\n$/
    );
    expect(() => statSync(out)).toThrow();
  });
});

describe("cpts-budget: writing the workbook", () => {
  const argv = (out: string) => [
    "--taille=3",
    "--out",
    out,
    "--nom",
    "CPTS du Val",
    "--signature",
    "2025-03-15",
    "--optionnelles",
    "--taux-variable",
    "0,5",
    "--membres",
    "120",
    "--coordinateur",
    "salarié",
    "--coef",
    "150",
    "--etp",
    "0.8",
    "--mois",
    "18",
    "--honoraires-cac",
    "5000",
  ];

  test("writes the workbook and prints the summary from the budget model", async () => {
    const out = join(dir, "budget.xlsx");
    const { code, stdout, stderr } = await cli(...argv(out));
    expect(stderr).toBe("");
    expect(code).toBe(0);

    // The defaults of a taille 3 with the optional missions, the options over them.
    const inputs = defaultBudgetInputs(3, true);
    Object.assign(inputs, {
      nom: "CPTS du Val",
      dateSignature: "2025-03-15",
      tauxVariable: 0.5,
      membres: 120,
      honorairesCac: 5000,
    });
    delete inputs.honorairesCacEstimation;
    Object.assign(inputs.equipe[0], { mode: "salarie", coef: 150, etp: 0.8, mois: 18 });
    const model = await computeBudget(inputs);
    const line = (label: string) => stdout.split("\n").find((l) => l.startsWith(label)) ?? "";
    expect(stdout).toContain(`Budget écrit : ${out}`);
    expect(stdout).toContain("CPTS du Val, taille 3 ; démarrage des missions : à la signature");
    expect(line("Période")).toContain("15/03/2025 au 14/03/2026");
    const [a1, a2] = model.annees;
    expect(line("ACI")).toMatch(new RegExp(`${euros(a1.aci)}\\s+${euros(a2.aci)}$`));
    expect(line("Subventions publiques")).toMatch(
      new RegExp(`${euros(a1.seuil.counted)}\\s+${euros(a2.seuil.counted)}$`)
    );
    expect(line("CAC (seuil 153 000 €)")).toMatch(
      a1.seuil.cacMandatory ? /OBLIGATOIRE/ : /non obligatoire/
    );
    const { equipe } = model;
    expect(line("Équipe (1 poste)")).toMatch(
      new RegExp(`${euros(equipe.coutEquipe[0])}\\s+${euros(equipe.coutEquipe[1])}$`)
    );
    expect(line("  dont salaires bruts")).toMatch(
      new RegExp(`${euros(equipe.masseSalariale[0])}\\s+${euros(equipe.masseSalariale[1])}$`)
    );
    expect(equipe.masseSalariale[0]).toBeGreaterThan(0);
    expect(line("  dont taxe sur les salaires")).toMatch(/0 €\s+0 €$/);
    expect(line("Total des charges")).toContain(euros(a1.totalCharges));
    expect(line("Total des produits")).toContain(euros(a2.totalProduits));
    expect(line("Résultat")).toContain(euros(a1.resultat));
    expect(line("Reste à affecter (actions à détailler)")).toMatch(
      new RegExp(`${euros(a1.resteAAffecter)}\\s+${euros(a2.resteAAffecter)}$`)
    );
    expect(a1.resteAAffecter).toBeGreaterThan(0);
    expect(line("Indemnités des professionnels")).toMatch(
      new RegExp(`${euros(a1.indemnitesProfessionnels)}\\s+${euros(a2.indemnitesProfessionnels)}$`)
    );
    expect(stdout).toContain(
      `${model.estimations.length} montants sont des estimations à remplacer (voir les notes du classeur).`
    );
    // The typed CAC fee is no longer one of them.
    expect(model.estimations.map((l) => l.kind)).not.toContain("cac");
    expect(line("Honoraires du CAC inscrits")).toMatch(
      new RegExp(`${euros(a1.honorairesCac)}\\s+${euros(a2.honorairesCac)}$`)
    );
    // The threshold per financial year, on the subsidies received and on those granted: signed on 15 March, the two
    // contract years overlap three calendar exercices (2025, 2026, 2027), each a column.
    const exercices = model.tresorerie.exercices;
    expect(exercices.map((e) => e.teste)).toEqual([true, true, true]);
    const verdict = (mandatory: boolean) => (mandatory ? "OBLIGATOIRE" : "non obligatoire");
    const columns = (values: string[]) => new RegExp(`${values.join("\\s+")}$`);
    expect(line("Exercice comptable")).toContain("01/01/2025 au 31/12/2025");
    expect(line("Exercice comptable")).toContain("01/01/2027 au 31/12/2027");
    expect(line("Subventions encaissées")).toMatch(
      columns(exercices.map((e) => euros(e.encaissees.seuil.counted)))
    );
    expect(line("Subventions attribuées")).toMatch(
      columns(exercices.map((e) => euros(e.allouees.seuil.counted)))
    );
    expect(line("CAC selon l'encaissé")).toMatch(
      columns(exercices.map((e) => verdict(e.encaissees.seuil.cacMandatory)))
    );
    expect(line("CAC selon l'attribué")).toMatch(
      columns(exercices.map((e) => verdict(e.allouees.seuil.cacMandatory)))
    );
    const anyExercice = exercices.some(
      (e) => e.encaissees.seuil.cacMandatory || e.allouees.seuil.cacMandatory
    );
    expect(stdout.includes("Seuil dépassé sur un exercice")).toBe(anyExercice);

    const workbook = new Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(
      expect.arrayContaining(["Paramètres", "Budget", "Contrôles", "Barème ACI"])
    );
    for (const name of [
      "Taille",
      "Seuil_CAC",
      "ACI_Annee1",
      "Subventions_Annee2",
      "CAC_Obligatoire_Annee1",
    ]) {
      expect(workbook.definedNames.getRanges(name).ranges).toHaveLength(1);
    }
  });

  test("never overwrites an existing file without --force, and replaces it with --force", async () => {
    const out = join(dir, "existing.xlsx");
    writeFileSync(out, "not a workbook");
    const refused = await cli(...argv(out));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("existe déjà : ajoutez --force pour le remplacer");
    expect(readFileSync(out, "utf8")).toBe("not a workbook");

    const forced = await cli(...argv(out), "--force");
    expect(forced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  test("a dangling symbolic link is refused, with or without --force, and nothing is written through it", async () => {
    const target = join(dir, "dangling-target.xlsx");
    const link = join(dir, "dangling.xlsx");
    symlinkSync(target, link);
    for (const force of [[], ["--force"]]) {
      const { code, stdout, stderr } = await cli(...argv(link), ...force);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(
        force.length ? /est un lien symbolique/ : /lien symbolique|existe déjà/
      );
      expect(existsSync(target)).toBe(false);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
    }
  });

  test("--force never writes through a symbolic link to an existing file", async () => {
    const target = join(dir, "precious.txt");
    writeFileSync(target, "keep me");
    const link = join(dir, "link.xlsx");
    symlinkSync(target, link);
    const { code, stderr } = await cli(...argv(link), "--force");
    expect(code).toBe(2);
    expect(stderr).toBe(
      `« ${link} » est un lien symbolique : cpts-budget n'écrit jamais à travers un lien, même avec --force. Indiquez le chemin du fichier lui-même, ou un autre nom.\n`
    );
    expect(readFileSync(target, "utf8")).toBe("keep me");
  });

  test.each([
    [
      "ENOTDIR",
      () => join(dir, "existing-file.txt", "budget.xlsx"),
      "un élément du chemin n'est pas un dossier",
    ],
    [
      "ENAMETOOLONG",
      () => join(dir, `${"b".repeat(300)}.xlsx`),
      "le nom du fichier ou du chemin est trop long",
    ],
  ])("%s: exit 1 with a French message, not Node's", async (_code, out, reason) => {
    writeFileSync(join(dir, "existing-file.txt"), "");
    const { code, stderr } = await cli(...argv(out()));
    expect(code).toBe(1);
    expect(stderr).toBe(`Impossible d'écrire « ${out()} » : ${reason}.\n`);
  });

  test("--force onto a directory: exit 1, « c'est un dossier »", async () => {
    const out = join(dir, "folder.xlsx");
    mkdirSync(out);
    const { code, stderr } = await cli(...argv(out), "--force");
    expect(code).toBe(1);
    expect(stderr).toBe(`Impossible d'écrire « ${out} » : c'est un dossier.\n`);
  });

  test.each([
    ["EACCES", "permission refusée"],
    ["EPERM", "permission refusée"],
    ["EROFS", "le disque est en lecture seule"],
    ["ENOSPC", "disque plein"],
    ["EBUSY", "le fichier est occupé (ouvert dans un autre programme ?)"],
    ["EWHATEVER", "erreur du système de fichiers (EWHATEVER)"],
  ])(
    "a write failing with %s is told in French, without Node's English text",
    async (code, reason) => {
      const out = join(dir, `${code}.xlsx`);
      const failure = Object.assign(new Error(`${code}: some English words, open '${out}'`), {
        code,
      });
      jest.spyOn(fsPromises, "open").mockRejectedValueOnce(failure);
      const result = await cli(...argv(out));
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`Impossible d'écrire « ${out} » : ${reason}.\n`);
    }
  );

  test("a file created between the check and the write is refused as existing (exit 2)", async () => {
    const out = join(dir, "race.xlsx");
    jest.spyOn(fsPromises, "open").mockImplementationOnce(async () => {
      throw Object.assign(new Error("EEXIST: file already exists"), { code: "EEXIST" });
    });
    const { code, stderr } = await cli(...argv(out));
    expect(code).toBe(2);
    expect(stderr).toContain("existe déjà : ajoutez --force pour le remplacer");
  });

  test("a folder named like the workbook is refused as a folder, with or without --force (never « add --force »)", async () => {
    const out = join(dir, "dossier.xlsx");
    mkdirSync(out);
    for (const force of [[], ["--force"]]) {
      const { code, stdout, stderr } = await cli("--taille", "1", "--out", out, ...force);
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toBe(`Impossible d'écrire « ${out} » : c'est un dossier.\n`);
    }
    expect(statSync(out).isDirectory()).toBe(true);
  });

  test("an unwritable destination fails with exit 1 and a French message", async () => {
    const { code, stderr } = await cli(
      "--taille",
      "1",
      "--out",
      join(dir, "missing", "budget.xlsx")
    );
    expect(code).toBe(1);
    expect(stderr).toContain("le dossier n'existe pas");
  });
});

describe("cpts-budget: control characters are never printed raw", () => {
  /** Any C0 or C1 control character but the newline that ends a line. */
  const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

  test("a CPTS name holding a control character is refused, the character shown as its symbol", async () => {
    const out = join(dir, "controle.xlsx");
    for (const nom of ["CPTS\u001b[31m rouge\u0007", "CPTS\tdu Val", "CPTS\rdu Val"]) {
      const { code, stdout, stderr } = await cli("--taille", "1", "--out", out, "--nom", nom);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(
        /^Erreur : Nom de la CPTS invalide : « CPTS[␛␉␍].* » contient un caractère de contrôle \(tabulation, retour à la ligne…\)\. Valeur attendue : un texte sans caractère de contrôle\.\n$/
      );
      expect(stderr).not.toMatch(RAW_CONTROL);
      expect(existsSync(out)).toBe(false);
    }
  });

  test("a post title holding a control character is refused in the inputs file too", async () => {
    const file = join(dir, "intitule-controle.json");
    const inputs = defaultBudgetInputs(1);
    inputs.equipe[0].intitule = "Coordinatrice\u0000";
    writeFileSync(file, JSON.stringify(inputs));
    const { code, stderr } = await cli("--entrees", file, "--out", join(dir, "intitule.xlsx"));
    expect(code).toBe(2);
    expect(stderr).toContain("« Coordinatrice␀ » contient un caractère de contrôle");
    expect(stderr).not.toMatch(RAW_CONTROL);
  });

  test("a file name or a file's first line with control characters is printed with their symbols", async () => {
    const out = join(dir, "budget\u001b[2J.xlsx");
    const written = await cli("--taille", "1", "--out", out);
    expect(written.code).toBe(0);
    expect(written.stdout).toContain("budget␛[2J.xlsx");
    expect(written.stdout).not.toMatch(RAW_CONTROL);
    const existing = await cli("--taille", "1", "--out", out);
    expect(existing.stderr).toContain("budget␛[2J.xlsx » existe déjà");
    expect(existing.stderr).not.toMatch(RAW_CONTROL);

    const binary = join(dir, "binaire.txt");
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0x1b, 0x85, 0x0a]));
    const { code, stderr } = await cli(
      "--taille",
      "1",
      "--out",
      join(dir, "binaire.xlsx"),
      "--realise",
      binary
    );
    expect(code).toBe(2);
    expect(stderr).toContain("En-tête non reconnu (ligne 1) : « ␡ELF␂␁␁␀␀␛");
    expect(stderr).not.toMatch(RAW_CONTROL);
  });
});

describe("cpts-budget: the compiled command", () => {
  test("bin/cpts-budget.js writes a workbook and exits promptly", () => {
    execFileSync(
      process.execPath,
      [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"],
      {
        cwd: ROOT,
        stdio: "pipe",
      }
    );
    const out = join(dir, "compiled.xlsx");
    const started = Date.now();
    const child = spawnSync(
      process.execPath,
      [join(ROOT, "bin", "cpts-budget.js"), "--taille", "2", "--out", out],
      {
        encoding: "utf8",
        timeout: 30000,
      }
    );
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(15000);
    expect(child.stdout).toContain(`Budget écrit : ${out}`);
    expect(statSync(out).size).toBeGreaterThan(10000);
  });
});
