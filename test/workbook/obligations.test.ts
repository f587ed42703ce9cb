/**
 * The Obligations sheet recalculated by LibreOffice: due dates equal the model's, the status is a list, and the
 * overdue formula follows the status typed in the file. Skipped with a loud notice where LibreOffice is missing,
 * except in CI.
 */
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { computeBudget } from "../../src/domain/budget";
import { defaultPost } from "../../src/domain/budgetInputs";
import { serialOfIso } from "../../src/domain/dates";
import { obligationsSchedule } from "../../src/domain/obligations";
import { buildWorkbookPlan } from "../../src/workbook/buildPlan";
import { writeXlsx } from "../../src/workbook/xlsxWriter";
import { inputs } from "../helpers/budgetInputs";
import { readCachedValues, recalculateXlsx, sofficeOrSkip } from "../helpers/libreoffice";
import { parseRef } from "../helpers/recalcCases";

const soffice = sofficeOrSkip("la feuille Obligations recalculée");
const maybe = soffice ? describe : describe.skip;

/** Signed on 15 January 2024 (long past), a direct hire from month 3, the ACI over the threshold in 2024. */
const past = inputs({
  taille: 3,
  dateSignature: "2024-01-15",
  equipe: [
    defaultPost(),
    { ...defaultPost(), intitule: "Secrétaire", mode: "salarie", debutMois: 3 },
  ],
});

maybe("the Obligations sheet in LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "obligations-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("due dates are the model's, past ones flagged; marking one « fait » clears its flag and the count", async () => {
    const model = await computeBudget(past);
    const plan = buildWorkbookPlan(model);
    const sheet = plan.sheets.find((s) => s.name === "Obligations")!;
    const schedule = obligationsSchedule(model);
    const rows = schedule.map((o) => sheet.rows.findIndex((r) => r[1]?.text === o.label) + 1);
    expect(rows.every((r) => r > 0)).toBe(true);
    const status = sheet.validations.find((v) => v.rule.kind === "list")!;
    expect(status.rule).toEqual({ kind: "list", values: ["à faire", "en cours", "fait"] });
    expect(status.range).toBe(`D${rows[0]}:D${rows[rows.length - 1]}`);

    const file = join(dir, "budget.xlsx");
    writeFileSync(file, await writeXlsx(plan));
    const [recalculated] = await recalculateXlsx(soffice!, [file], join(dir, "recalcule"));
    const cells = (await readCachedValues(recalculated)).sheets.get("Obligations")!;
    schedule.forEach((o, i) => {
      expect([o.label, cells.get(`C${rows[i]}`)]).toEqual([
        o.label,
        o.echeance ? serialOfIso(o.echeance) : "sans objet",
      ]);
      // Every date of a budget signed in 2024 is past: each dated item not done is overdue.
      expect([o.label, cells.get(`E${rows[i]}`) ?? ""]).toEqual([
        o.label,
        o.echeance ? "en retard" : "",
      ]);
    });
    // The staff items fall due on 1 April 2024, the secretary's first month.
    const dpae = schedule.findIndex((o) => o.trigger === "embauche");
    expect(cells.get(`C${rows[dpae]}`)).toBe(serialOfIso("2024-04-01"));
    const late = plan.names.find((n) => n.name === "Obligations_En_Retard")!;
    const dated = schedule.filter((o) => o.echeance).length;
    expect(cells.get(parseRef(late.ref).cell)).toBe(dated);

    // The treasurer marks the first obligation done in the file: LibreOffice recalculates its flag and the count.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(recalculated);
    workbook.getWorksheet("Obligations")!.getCell(`D${rows[0]}`).value = "fait";
    mkdirSync(join(dir, "modifie"), { recursive: true });
    const edited = join(dir, "modifie", "budget.xlsx");
    await workbook.xlsx.writeFile(edited);
    const [again] = await recalculateXlsx(soffice!, [edited], join(dir, "modifie-recalcule"));
    const after = (await readCachedValues(again)).sheets.get("Obligations")!;
    expect(after.get(`E${rows[0]}`) ?? "").toBe("");
    expect(after.get(parseRef(late.ref).cell)).toBe(dated - 1);
  });
});
