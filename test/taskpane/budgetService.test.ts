import { computeBudget } from "../../src/domain/budget";
import { excelService } from "../../src/taskpane/budgetService";
import { figuresFromModel } from "../../src/taskpane/check/figures";
import { writePlanToWorkbook } from "../../src/taskpane/excel/officeWriter";
import { readDefinedNames } from "../../src/taskpane/excel/readBack";
import { DEFAULT_SHEET_NAMES } from "../../src/workbook/names";
import { defaultPost } from "../../src/domain/budgetInputs";
import { inputs } from "../helpers/budgetInputs";

jest.mock("../../src/taskpane/excel/officeWriter");
jest.mock("../../src/taskpane/excel/readBack");

/** The budget is written to the workbook, then the read-back of its names fails. */
function writtenButNotReadBack() {
  jest.mocked(writePlanToWorkbook).mockResolvedValue({
    sheetNames: { ...DEFAULT_SHEET_NAMES },
    createdSheets: Object.values(DEFAULT_SHEET_NAMES),
    renamed: false,
    replacedNames: [],
    notes: { mode: "notes", cells: 40 },
    syncs: 2,
  });
  jest.mocked(readDefinedNames).mockRejectedValue(new Error("Connexion au classeur perdue."));
}

describe("Excel mode generation", () => {
  it("when the budget is written but its totals cannot be read back, says so and shows the generated figures", async () => {
    writtenButNotReadBack();
    const budgetInputs = inputs({ taille: 2 });

    const outcome = await excelService.generate(budgetInputs, () => undefined);

    expect(outcome.figures).toEqual(figuresFromModel(await computeBudget(budgetInputs)));
    expect(outcome.notices).toHaveLength(1);
    expect(outcome.notices[0]).toMatch(
      /^Le budget est écrit dans le classeur, mais ses totaux n'ont pas pu être relus : .*Connexion au classeur perdue\..*« Revérifier » relira le classeur\.$/
    );
  });
  it.each([
    ["notes", []],
    ["comments", [/^Cette version d'Excel n'ajoute pas de notes .* jointes en commentaires\.$/]],
    [
      "none",
      [/^Cette version d'Excel n'ajoute ni notes ni commentaires .* de 40 cellules ne sont pas/],
    ],
  ] as const)("tells where the cells' notes went when they are %s", async (mode, expected) => {
    jest.mocked(writePlanToWorkbook).mockResolvedValue({
      sheetNames: { ...DEFAULT_SHEET_NAMES },
      createdSheets: Object.values(DEFAULT_SHEET_NAMES),
      renamed: false,
      replacedNames: [],
      notes: { mode, cells: 40 },
      syncs: 2,
    });
    jest.mocked(readDefinedNames).mockRejectedValue(new Error("Connexion au classeur perdue."));
    const budgetInputs = inputs({ taille: 2 });

    const { notices } = await excelService.generate(budgetInputs, () => undefined);

    // The last notice is the read-back failure's.
    expect(notices.slice(0, -1)).toEqual(expected.map((pattern) => expect.stringMatching(pattern)));
  });

  it("budgets the whole team it is given: a second post changes what remains to detail", async () => {
    writtenButNotReadBack();
    const secretaire = {
      ...defaultPost(),
      intitule: "Secrétaire",
      mode: "salarie" as const,
      convention: "cabinets-medicaux" as const,
      niveau: 9,
      etp: 0.5,
      debutMois: 5,
      mois: 19,
    };
    const one = inputs({ taille: 3 });
    const team = inputs({ taille: 3, equipe: [defaultPost(), secretaire] });

    const alone = await excelService.generate(one, () => undefined);
    const { figures } = await excelService.generate(team, () => undefined);

    const model = await computeBudget(team);
    expect(figures).toEqual(figuresFromModel(model));
    expect(model.equipe.postes.map((p) => p.intitule)).toEqual(["Coordinateur", "Secrétaire"]);
    // Every envelope balanced: the post's cost comes out of what remains to detail, the totals stay.
    expect(figures.annees[0].resteAAffecter).toBeCloseTo(
      alone.figures.annees[0].resteAAffecter - model.equipe.postes[1].total[0],
      2
    );
    expect(figures.annees[0].totalCharges).toBe(alone.figures.annees[0].totalCharges);
  });
});
