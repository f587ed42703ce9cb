import { execFileSync } from "child_process";
import { writeFileSync } from "fs";
import { computeBudget } from "../src/domain/budget";
import { buildWorkbookPlan } from "../src/workbook/buildPlan";
import { writeXlsx } from "../src/workbook/xlsxWriter";
import { convertWithLibreOffice, sofficeOrSkip } from "./helpers/libreoffice";
import { OPTION_SETS } from "./helpers/recalcCases";
test("render", async () => {
  const name = process.env.CASE ?? "T3-forum-equipe-trois-postes";
  const model = await computeBudget(OPTION_SETS.find(([n]) => n === name)![1]);
  const xlsx = "/tmp/render/case.xlsx";
  writeFileSync(xlsx, await writeXlsx(buildWorkbookPlan(model)));
  const [pdf] = await convertWithLibreOffice(sofficeOrSkip("x")!, [xlsx], "pdf", "/tmp/render");
  execFileSync("sh", ["-c", "rm -f /tmp/render/p-*.png"]);
  execFileSync("/usr/bin/pdftoppm", ["-r", process.env.DPI ?? "80", "-png", pdf, "/tmp/render/p"]);
});
