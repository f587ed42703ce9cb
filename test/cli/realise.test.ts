import ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseArgs } from "../../src/cli/options";
import { cli } from "../helpers/cli";
import { BOOKS, fecText, latin9Bytes } from "../helpers/realiseFiles";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cpts-cli-realise-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The test budget's own options: T1 signed on 1 March 2025, as test/helpers/realiseFiles.ts's budget.
const BUDGET = ["--taille", "1", "--signature", "2025-03-01"];

describe("cpts-budget --realise FICHIER", () => {
  test("the option is parsed with the usual ones", () => {
    const command = parseArgs([...BUDGET, "--realise", "fec.txt", "--out", "suivi.xlsx"]);
    expect(command).toMatchObject({ kind: "generate", realise: "fec.txt", out: "suivi.xlsx" });
  });

  test("a FEC in ISO-8859-15: the workbook has Réalisé and Écritures, the summary the import's counts", async () => {
    const fec = join(dir, "123456789FEC20261231.txt");
    writeFileSync(fec, latin9Bytes(fecText(BOOKS, { separator: "|", eol: "\r\n" })));
    const out = join(dir, "suivi.xlsx");
    const { code, stdout, stderr } = await cli(...BUDGET, "--realise", fec, "--out", out);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain(
      "Réalisé (feuilles Réalisé et Écritures) : 24 écritures importées, la dernière du 01/07/2026."
    );
    expect(stdout).toContain("  déséquilibrées (débit ≠ crédit) : 0\n");
    expect(stdout).toContain("  hors période (ni année de contrat ni exercice du budget) : 2\n");
    expect(stdout).toContain(
      "  non affectées (classes 6 et 7 sans ligne du budget) : 1 (comptes 671000)\n"
    );
    expect(stdout).toContain(
      "  Subventions reçues, exercice 1 : 60 000 €, sous le seuil de 153 000 €"
    );
    expect(stdout).toContain("  Solde bancaire (512) à la dernière écriture : 103 684,20 €");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["Réalisé", "Écritures"])
    );
    expect(workbook.getWorksheet("Écritures")!.getCell("F13").value).toBe(
      "Réception à l'hôtel (€)"
    );
  });

  test("an unbalanced écriture is counted in the summary", async () => {
    const fec = join(dir, "desequilibre.txt");
    writeFileSync(fec, fecText(BOOKS).replace("\t80,00\t0,00\t", "\t88,00\t0,00\t"));
    const out = join(dir, "desequilibre.xlsx");
    const { code, stdout } = await cli(...BUDGET, "--realise", fec, "--out", out);
    expect(code).toBe(0);
    expect(stdout).toContain(
      "  déséquilibrées (débit ≠ crédit) : 1 ; écart total débit − crédit : 8 €\n"
    );
  });

  test.each([
    ["missing", (p: string) => p, "le fichier n'existe pas"],
    [
      "a directory",
      (p: string) => {
        mkdirSync(p);
        return p;
      },
      "c'est un dossier",
    ],
    [
      "a symbolic link",
      (p: string) => {
        const target = `${p}.cible`;
        writeFileSync(target, fecText(BOOKS));
        symlinkSync(target, p);
        return p;
      },
      "c'est un lien symbolique ; indiquez le chemin du fichier lui-même",
    ],
  ])("%s file: exit 2, a French message, nothing written", async (name, make, reason) => {
    const path = make(join(dir, `entrees-${name.replace(/\W/g, "")}`));
    const out = join(dir, `rien-${name.replace(/\W/g, "")}.xlsx`);
    const { code, stderr } = await cli(...BUDGET, "--realise", path, "--out", out);
    expect(code).toBe(2);
    expect(stderr).toBe(`Erreur : Impossible de lire « ${path} » : ${reason}.\n`);
    expect(existsSync(out)).toBe(false);
  });

  test("a malformed file: the line and the field, exit 2, nothing written", async () => {
    const csv = join(dir, "mauvais.csv");
    writeFileSync(csv, "date;compte;libelle;debit;credit\n31/02/2025;606;Encre;12,50;\n");
    const out = join(dir, "mauvais.xlsx");
    const { code, stderr } = await cli(...BUDGET, "--realise", csv, "--out", out);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `Erreur : « ${csv} », Ligne 2, champ « date » : date invalide « 31/02/2025 ». Valeur attendue : une date réelle au format JJ/MM/AAAA ou AAAA-MM-JJ (ex. 31/01/2025).\n`
    );
    expect(existsSync(out)).toBe(false);
  });

  test("one entry: « 1 écriture importée », as the pane says it", async () => {
    const csv = join(dir, "une.csv");
    writeFileSync(csv, "date;compte;libelle;debit;credit\n05/12/2025;606;Encre;12;\n");
    const { code, stdout } = await cli(...BUDGET, "--realise", csv, "--out", join(dir, "une.xlsx"));
    expect(code).toBe(0);
    expect(stdout).toContain(
      "Réalisé (feuilles Réalisé et Écritures) : 1 écriture importée, la dernière du 05/12/2025."
    );
  });
});
