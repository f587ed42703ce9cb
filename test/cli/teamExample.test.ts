import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import Ajv2020 from "ajv/dist/2020";
import { withDefaults } from "../../src/cli/defaults";
import { readInputsFile } from "../../src/cli/inputsFile";
import { computeBudget } from "../../src/domain/budget";
import { defaultBudgetInputs } from "../../src/domain/budgetInputs";
import { cli } from "../helpers/cli";
import { euros } from "../helpers/frenchEuros";

const ROOT = join(__dirname, "..", "..");
const EXAMPLE = join(ROOT, "examples", "equipe-cpts-t3.json");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cpts-exemple-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the example of a taille 3 CPTS (examples/equipe-cpts-t3.json)", () => {
  test("is valid against the shipped schema and describes the forum's team", async () => {
    const schema = JSON.parse(
      readFileSync(join(ROOT, "schemas", "budget-inputs.schema.json"), "utf8")
    );
    const validate = new Ajv2020({ strict: true }).compile(schema);
    expect(validate(JSON.parse(readFileSync(EXAMPLE, "utf8")))).toBe(true);
    const inputs = withDefaults(await readInputsFile(EXAMPLE));
    const { taille, equipe } = inputs;
    expect(taille).toBe(3);
    // What the file leaves out is the prefilled budget of a taille 3.
    const t3 = defaultBudgetInputs(3);
    for (const key of [
      "charges",
      "gouvernance",
      "remunerationsMissions",
      "honorairesCac",
    ] as const) {
      expect(inputs[key]).toEqual(t3[key]);
    }
    const [coordinatrice, freelance, partTime, secretaire] = equipe;
    // A full-time coordinator, CDI, forfait jours (Syntec IC 3.1), hired five months after the signature.
    expect(coordinatrice).toMatchObject({
      mode: "salarie",
      convention: "syntec",
      coef: 170,
      forfaitJours: true,
      etp: 1,
      debutMois: 5,
    });
    // A chargée de mission two days a week the first year, then a part-time CDI.
    expect(freelance).toMatchObject({ mode: "prestataire", etp: 0.4, debutMois: 0, mois: 12 });
    expect(partTime).toMatchObject({ mode: "salarie", etp: 0.5, debutMois: 12 });
    // A secretary planned for the second year, cabinets médicaux level 6, half time.
    expect(secretaire).toMatchObject({
      mode: "salarie",
      convention: "cabinets-medicaux",
      niveau: 6,
      etp: 0.5,
      debutMois: 12,
    });
  });

  test("the CLI writes its budget (exit code 0) and prints the team's cost from the model", async () => {
    const out = join(dir, "budget.xlsx");
    const { code, stdout, stderr } = await cli("--entrees", EXAMPLE, "--out", out);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(existsSync(out)).toBe(true);

    const model = await computeBudget(withDefaults(await readInputsFile(EXAMPLE)));
    const line = (label: string) => stdout.split("\n").find((l) => l.startsWith(label)) ?? "";
    const columns = (amounts: number[]) =>
      new RegExp(`${euros(amounts[0])}\\s+${euros(amounts[1])}$`);
    expect(stdout).toContain("CPTS exemple (taille 3), taille 3");
    expect(line("Équipe (4 postes)")).toMatch(columns(model.equipe.coutEquipe));
    expect(line("  dont salaires bruts")).toMatch(columns(model.equipe.masseSalariale));
    expect(line("  dont taxe sur les salaires")).toMatch(
      columns(model.equipe.parAnnee.taxeSalaires)
    );
    const [year1, year2] = model.equipe.coutEquipe;
    // The first year: the coordinator's 7 months (hired in month 6) and the freelance year; the second: three employees.
    const [coordinatrice, freelance] = model.equipe.postes;
    expect(coordinatrice.moisParAnnee).toEqual([7, 12, 12]);
    expect(freelance.total[0]).toBe(400 * 87);
    expect(year1).toBe(coordinatrice.total[0] + freelance.total[0]);
    expect(year2).toBeGreaterThan(year1);
    // Three direct hires stay under the associations' allowance: no taxe sur les salaires is due.
    expect(model.equipe.taxeParAnneeCivile.every((t) => t.due === 0)).toBe(true);
    expect(model.equipe.taxeParAnneeCivile.some((t) => t.brute > 0)).toBe(true);
  });
});
