// Année 0 from the command line: the four options, the help, the summary's « Année 0 » block.
import { parseArgs } from "../../src/cli/options";
import { summaryText } from "../../src/cli/summary";
import { computeBudget } from "../../src/domain/budget";
import { inputs } from "../helpers/budgetInputs";
import { cli } from "../helpers/cli";
import { euros } from "../helpers/frenchEuros";

const signed = { taille: 1 as const, dateSignature: "2026-10-01", honorairesCac: 4500 };

describe("cpts-budget: année 0 options", () => {
  test("the four options fill the inputs, amounts with a comma", () => {
    const command = parseArgs([
      "--taille",
      "1",
      "--out",
      "x.xlsx",
      "--lettre-intention",
      "2026-02-01",
      "--amorcage-ars",
      "30000,5",
      "--coordinateur-amorcage=20000",
      "--versement-ars",
      "2026-03-15",
    ]);
    expect(command).toMatchObject({
      kind: "generate",
      inputs: {
        dateLettreIntention: "2026-02-01",
        amorcageArs: 30000.5,
        coordinateurAmorcage: 20000,
        dateVersementArs: "2026-03-15",
      },
    });
  });

  test("without them, no année 0 key in the inputs", () => {
    const command = parseArgs(["--taille", "1", "--out", "x.xlsx"]);
    expect(command.kind).toBe("generate");
    const keys = Object.keys(command.kind === "generate" ? command.inputs : {});
    for (const key of [
      "dateLettreIntention",
      "amorcageArs",
      "coordinateurAmorcage",
      "dateVersementArs",
    ]) {
      expect(keys).not.toContain(key);
    }
  });

  test.each([
    [
      ["--lettre-intention", "2026-02-30"],
      "Date de validation de la lettre d'intention (--lettre-intention)",
    ],
    [["--versement-ars", "01/03/2026"], "Date de versement de l'ARS (--versement-ars)"],
    [
      ["--amorcage-ars", "-1"],
      "Valeur invalide pour --amorcage-ars : « -1 ». Valeur attendue : un montant positif ou nul en euros, au plus 1 000 000 000 €.",
    ],
    [
      ["--coordinateur-amorcage", "beaucoup"],
      "Valeur invalide pour --coordinateur-amorcage : « beaucoup ».",
    ],
  ])("%j → exit 2 with a French message", async (args, message) => {
    const { code, stdout, stderr } = await cli("--taille", "1", "--out", "x.xlsx", ...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^Erreur : /);
    expect(stderr).toContain(message);
  });

  test("the domain refuses a lettre d'intention after the signature or with a first year other than 1", async () => {
    const after = await cli(
      "--taille",
      "1",
      "--signature",
      "2026-10-01",
      "--lettre-intention",
      "2026-10-01",
      "--out",
      "x.xlsx"
    );
    expect(after.code).not.toBe(0);
    expect(after.stderr).toContain(
      "Date de validation de la lettre d'intention invalide : 01/10/2026. Valeur attendue : une date avant la signature (01/10/2026)"
    );
    const year4 = await cli(
      "--taille",
      "1",
      "--signature",
      "2023-10-01",
      "--annee-depart",
      "4",
      "--lettre-intention",
      "2023-02-01",
      "--out",
      "x.xlsx"
    );
    expect(year4.code).not.toBe(0);
    expect(year4.stderr).toContain(
      "Lettre d'intention : l'année 0 précède l'année 1 du contrat ; elle ne se budgète qu'avec la première année budgétée 1 (et non 4)."
    );
  });

  test("the help names the options, the Hauts-de-France defaults and the other regions' range", async () => {
    const { code, stdout } = await cli("--help");
    expect(code).toBe(0);
    for (const option of [
      "--lettre-intention AAAA-MM-JJ",
      "--amorcage-ars X",
      "--coordinateur-amorcage X",
      "--versement-ars AAAA-MM-JJ",
    ]) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toContain("10 000 / 13 000 / 16 000 / 20 000 € en taille 1 / 2 / 3 / 4");
    expect(stdout).toContain("30 000 à 50 000 € selon les");
    expect(stdout).toContain("30 000 € en Île-de-France");
    expect(stdout).toContain("(défaut : 24 000 €");
    expect(stdout).not.toMatch(/\d{3}_|FACTS|research-/);
  });
});

describe("the summary's « Année 0 » block", () => {
  test("the issue's case: 49 000 € received, counted in exercice 2026, which crosses the threshold", async () => {
    const model = await computeBudget(inputs({ ...signed, dateLettreIntention: "2026-02-01" }));
    const a = model.annee0!;
    const text = summaryText(model, "budget.xlsx");
    expect(text).toContain(
      "\nAnnée 0 : 01/02/2026 au 30/09/2026 (de la lettre d'intention à la veille de la signature)\n"
    );
    expect(text).toMatch(/^Recettes\s+49 000 €$/m);
    expect(text).toMatch(
      /^ {2}CNAM : versement à la validation de la lettre d'intention \(estimation\)\s+15 000 €\s+le 01\/02\/2026$/m
    );
    expect(text).toMatch(
      /^ {2}ARS : forfait d'amorçage \(temps des professionnels\) \(estimation\)\s+10 000 €/m
    );
    expect(text).toMatch(
      /^ {2}ARS : financement du coordinateur de l'amorçage \(estimation\)\s+24 000 €/m
    );
    expect(text).toMatch(new RegExp(`^Charges\\s+${euros(a.charges)}$`, "m"));
    expect(text).toMatch(
      new RegExp(`^ {2}coordinateur de l'amorçage \\(8 mois\\)\\s+${euros(a.coordinateur)}$`, "m")
    );
    expect(text).toMatch(
      new RegExp(
        `^Résultat, repris au solde de départ de la trésorerie\\s+${euros(a.resultat)}$`,
        "m"
      )
    );
    expect(text).toContain(
      "Subventions de l'année 0 comptées dans l'exercice 1 (01/01/2026 au 31/12/2026) : 49 000 €"
    );
    expect(text).toMatch(/^Subventions encaissées\s+191 500 €/m);
    expect(text).not.toContain("Exercice de la lettre d'intention");
  });

  test("a lettre d'intention in an earlier exercice and an ARS paid later: both exercices, the earlier one's verdict", async () => {
    const model = await computeBudget(
      inputs({
        ...signed,
        dateLettreIntention: "2025-11-15",
        amorcageArs: 30000,
        dateVersementArs: "2026-03-01",
      })
    );
    const text = summaryText(model, "budget.xlsx");
    // The amount typed is no estimate; the CNAM's and the coordinator's default still are.
    expect(text).toMatch(
      /^ {2}ARS : forfait d'amorçage \(temps des professionnels\)\s+30 000 €\s+le 01\/03\/2026$/m
    );
    expect(text).toContain(
      "Subventions de l'année 0 comptées dans l'exercice 1 (01/01/2026 au 31/12/2026) : 54 000 €"
    );
    expect(text).toContain(
      "Exercice de la lettre d'intention (01/01/2025 au 31/12/2025), avant l'exercice 1 : 15 000 € de subventions, CAC non obligatoire"
    );
  });

  test("no lettre d'intention: no block", async () => {
    const text = summaryText(await computeBudget(inputs(signed)), "budget.xlsx");
    expect(text).not.toContain("Année 0");
    expect(text).not.toContain("lettre d'intention");
  });
});
