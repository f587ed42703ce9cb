/**
 * The built task pane in a real browser (Debian Chromium through playwright-core), offline: office.js is blocked, so
 * the pane must fall back to standalone mode, fill in, generate, download the .xlsx and show the 153 000 € verdict.
 * Needs dist/ (npm test builds it first). Screenshots go to test-output/.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, readFileSync } from "fs";
import { createServer, type Server } from "http";
import { type AddressInfo } from "net";
import { extname, join, normalize, resolve } from "path";
import { type Browser, chromium, type Page } from "playwright-core";
import { computeBudget } from "../../src/domain/budget";
import { defaultBudgetInputs, defaultPost, type PostInputs } from "../../src/domain/budgetInputs";
import { balanceLines } from "../../src/taskpane/check/balance";
import { failedChecks } from "../../src/taskpane/check/failedChecks";
import { figuresFromModel, figuresFromNames } from "../../src/taskpane/check/figures";
import { formatEuros } from "../../src/taskpane/form/numbers";
import { DEFINED_NAMES } from "../../src/workbook/names";
import { inputs } from "../helpers/budgetInputs";
import { expectedNameValues } from "../helpers/expectedNames";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const DIST = resolve(__dirname, "../../dist");
const OUTPUT = resolve(__dirname, "../../test-output");
const PANE_WIDTH = 350;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function chromiumOrSkip(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `Chromium introuvable (${CHROMIUM}) : test de bout en bout du volet NON EXÉCUTÉ. Installez le paquet chromium.`;
  if (process.env.CI === "true") throw new Error(message);
  const bar = "!".repeat(message.length + 8);
  console.warn(`\n${bar}\n!!! ${message} !!!\n${bar}\n`);
  return false;
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** A static file server for dist/ on a free local port. */
function serveDist(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(
      decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)
    ).replace(/^(\.\.[/\\])+/, "");
    const file = join(DIST, path);
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, {
        "Content-Type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
      })
      .end(readFileSync(file));
  });
  return new Promise((done) =>
    server.listen(0, "127.0.0.1", () =>
      done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })
    )
  );
}

/** The second post the test adds in the pane. */
const SECRETAIRE: PostInputs = {
  ...defaultPost(),
  intitule: "Secrétaire médicale",
  mode: "salarie",
  convention: "cabinets-medicaux",
  coef: undefined,
  niveau: 9,
  etp: 0.5,
  debutMois: 5,
  mois: 19,
};

/** Spaces as French formatting writes them (narrow no-break, no-break) made plain, to compare texts. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

/**
 * A screenshot of one section of the pane: its frame on the page (not the viewport) with a margin around, the focus
 * and the mouse off its fields and buttons.
 */
async function screenshotRegion(page: Page, name: string, file: string) {
  const box = await page.getByRole("region", { name }).evaluate((e) => {
    const rect = e.getBoundingClientRect();
    return { y: rect.top + window.scrollY, height: rect.height };
  });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(0, 0);
  await page.screenshot({
    path: join(OUTPUT, file),
    fullPage: true,
    clip: { x: 0, y: Math.max(0, box.y - 16), width: PANE_WIDTH, height: box.height + 32 },
  });
}

const run = chromiumOrSkip() ? describe : describe.skip;

run("task pane in Chromium", () => {
  let browser: Browser;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    if (!existsSync(join(DIST, "taskpane.html")))
      throw new Error("dist/taskpane.html absent : lancez « npm run build » (npm test le fait).");
    mkdirSync(OUTPUT, { recursive: true });
    ({ server, url } = await serveDist());
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  /** A page at task pane width; office.js is answered by `officeJs`, or refused (offline) when it is undefined. */
  async function openPane(officeJs?: string) {
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: PANE_WIDTH, height: 800 },
      locale: "fr-FR",
    });
    await context.route("**/*", (route) => {
      const requested = route.request().url();
      if (requested.startsWith(url)) return route.continue();
      if (officeJs && requested === OFFICE_JS)
        return route.fulfill({ contentType: "text/javascript", body: officeJs });
      return route.abort();
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const requests: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("request", (request) => requests.push(request.url()));
    // What the page's Content-Security-Policy refuses is an error in the console ("Refused to …").
    page.on("console", (message) => {
      if (/Content Security Policy/.test(message.text())) pageErrors.push(message.text());
    });
    return { page, pageErrors, requests };
  }

  describe("standalone mode (office.js unreachable)", () => {
    let page: Page;
    let pageErrors: string[];
    let requests: string[];

    beforeAll(async () => {
      ({ page, pageErrors, requests } = await openPane());
    });
    /** A folding section's heading button. */
    const fold = (title: string) => page.getByRole("button", { name: new RegExp(`^${title}`) });

    it("falls back to standalone mode when office.js cannot load, readable at task pane width", async () => {
      await page.goto(`${url}/taskpane.html`);
      await page.getByRole("heading", { name: "Budget prévisionnel CPTS" }).waitFor();
      expect(requests.some((r) => r.startsWith("https://appsforoffice.microsoft.com/"))).toBe(true);
      await expect(page.getByText(/Mode autonome/).isVisible()).resolves.toBe(true);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
      // Scripts from this site and office.js's origin only (any refusal fails the tests through pageErrors).
      const csp = await page.evaluate(() =>
        document
          .querySelector("meta[http-equiv='Content-Security-Policy']")
          ?.getAttribute("content")
      );
      expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
      expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
      // Nothing overflows sideways at 350 px.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PANE_WIDTH
      );
      await page.screenshot({ path: join(OUTPUT, "taskpane-form-350.png"), fullPage: true });
      // The xlsx writer (ExcelJS) is not part of the initial load.
      expect(requests.filter((r) => /xlsx-writer/.test(r))).toEqual([]);
    });

    it("shows French inline validation and keeps the button disabled until it is fixed", async () => {
      const taille = page.getByLabel("Taille (1 à 4)");
      await taille.fill("7");
      await page.getByText("Taille invalide : saisissez 1, 2, 3 ou 4.").waitFor();
      const button = page.getByRole("button", { name: "Générer le budget" });
      expect(await button.getAttribute("aria-disabled")).toBe("true");
      await page.screenshot({ path: join(OUTPUT, "taskpane-invalid-350.png") });
      await taille.fill("3");
      await page.getByText(/^Taille 3 : de 80.000 à 175.000 habitants\.$/).waitFor();
      expect(await button.getAttribute("aria-disabled")).not.toBe("true");
    });

    it("generates and downloads the workbook, then shows the 153 000 € verdict per year", async () => {
      await page.getByLabel("Nom de la CPTS").fill("CPTS du Val de Test");
      await page.getByLabel("Date de signature de l'ACI").fill("2025-03-01");
      // The short pane: the essentials open, the other sections folded to one line each (docs/volet.png).
      for (const title of ["Équipe", "Autres financeurs", "Commissaire aux comptes", "Trésorerie"])
        expect(await fold(title).getAttribute("aria-expanded")).toBe("false");
      await expect(fold("Commissaire aux comptes").innerText()).resolves.toMatch(
        /5.500.€ par an, si le CAC est requis/
      );
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(OUTPUT, "taskpane-short-350.png"), fullPage: true });

      await fold("Autres financeurs").click();
      const ars = page.getByRole("group", { name: "ARS (FIR)" });
      await ars.getByLabel("Année 1 (€)").fill("20 000");
      await ars.getByLabel("Année 2 (€)").fill("15 000");

      // A second post: a half-time secretary under the cabinets médicaux agreement, hired in month 5.
      await fold("Équipe").click();
      await page.getByRole("button", { name: "Ajouter un poste" }).click();
      const second = page.getByRole("group", { name: /^Poste 2\b/ });
      await second.getByLabel("Intitulé").fill(SECRETAIRE.intitule);
      await second.getByLabel("Statut").selectOption(SECRETAIRE.mode);
      await second.getByLabel("Convention collective").selectOption(SECRETAIRE.convention);
      await second.getByLabel("Niveau (cabinets médicaux)").selectOption(String(SECRETAIRE.niveau));
      await second.getByLabel("ETP").fill("0,5");
      await second.getByLabel("Début (mois)").fill(String(SECRETAIRE.debutMois));
      await second.getByLabel("Durée (mois)").fill(String(SECRETAIRE.mois));
      await second.getByText(/^minimum : .*niveau 9/).waitFor();
      await second.getByText(/Source unique/).waitFor();
      // The pane with two posts, the first folded: what the README shows (docs/volet.png).
      await page.getByRole("button", { name: "Replier le poste 1" }).click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PANE_WIDTH
      );
      await screenshotRegion(page, "Équipe", "taskpane-team-350.png");

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Générer le budget" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("budget-cpts-cpts-du-val-de-test.xlsx");
      const saved = join(OUTPUT, download.suggestedFilename());
      await download.saveAs(saved);
      expect(requests.some((r) => /xlsx-writer/.test(r))).toBe(true);

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(saved);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(
        expect.arrayContaining(["Paramètres", "Budget", "Contrôles", "Barème ACI"])
      );
      const definedNames = (workbook.definedNames.model as { name: string }[]).map((n) => n.name);
      expect(definedNames).toEqual(expect.arrayContaining([...DEFINED_NAMES]));

      // The panel shows the domain's figures, and focus moved to it.
      const heading = page.getByRole("heading", { name: "Contrôle du budget" });
      await heading.waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("validation-title");
      // Taille 3 typed: the defaults of the taille 3 (its coordinator full time, its CAC fee, its running costs).
      const inputs = defaultBudgetInputs(3);
      inputs.financeurs[0] = { ...inputs.financeurs[0], annee1: 20000, annee2: 15000 };
      const model = await computeBudget({
        ...inputs,
        nom: "CPTS du Val de Test",
        dateSignature: "2025-03-01",
        equipe: [defaultPost(), SECRETAIRE],
      });
      // The workbook has both posts in the Paramètres team table, each on its row with its answers (the values the
      // formulas give are checked by the workbook's LibreOffice tests: ExcelJS does not recalculate).
      const rows: unknown[][] = [];
      workbook
        .getWorksheet("Paramètres")!
        .eachRow((row) =>
          rows.push((row.values as unknown[]).filter((v) => v !== null && v !== undefined))
        );
      const rowOf = (intitule: string) => rows.find((r) => r.includes(intitule));
      expect(rowOf("Coordinateur")).toEqual(expect.arrayContaining([0, 24, 1]));
      expect(rowOf(SECRETAIRE.intitule)).toEqual(
        expect.arrayContaining([SECRETAIRE.debutMois, SECRETAIRE.mois, SECRETAIRE.etp])
      );
      expect(model.equipe.postes[1].total[0]).toBeGreaterThan(0);
      for (const summary of model.annees) {
        const card = plain(await page.locator(`[data-year="${summary.annee}"]`).innerText());
        expect(card).toContain(
          plain(`Subventions publiques : ${formatEuros(summary.seuil.counted)} sur 153 000 €`)
        );
        expect(summary.seuil.cacMandatory).toBe(true);
        expect(card).toContain("commissaire aux comptes obligatoire");
        expect(card).toContain(plain(formatEuros(summary.totalCharges)));
      }
      // The cash plan's low point, and what to do when it is negative.
      const treasury = plain(await page.getByTestId("tresorerie-min").innerText());
      expect(treasury).toContain(plain(`Solde le plus bas : ${formatEuros(model.tresorerie.min)}`));
      if (model.tresorerie.min < 0) {
        expect(plain(await page.getByText(/Il faut trouver/).innerText())).toContain(
          plain(formatEuros(model.tresorerie.besoin))
        );
      }
      for (const e of model.tresorerie.exercices) {
        expect(plain(await page.locator(`[data-exercice="${e.exercice}"]`).innerText())).toContain(
          plain(formatEuros(e.encaissees.seuil.counted))
        );
      }
      // How many amounts are estimates; each year's balance in words; the checks the model fails, no other.
      expect(model.estimations.length).toBeGreaterThan(0);
      expect(plain(await page.getByTestId("estimations").innerText())).toContain(
        `${model.estimations.length} montants sont des estimations à remplacer`
      );
      const figures = figuresFromModel(model);
      for (const y of figures.annees) {
        const lines = page.getByRole("list", { name: `Équilibre de l'année ${y.anneeContrat}` });
        for (const line of balanceLines(y)) {
          const shown = plain(await lines.locator(`[data-balance="${line.id}"]`).innerText());
          expect(shown).toContain(plain(line.text));
          for (const d of line.detail ?? []) expect(shown).toContain(plain(formatEuros(d.amount)));
        }
      }
      const checks = failedChecks(figures);
      const shown = page.locator("[data-check]");
      expect(await shown.evaluateAll((li) => li.map((l) => l.getAttribute("data-check")))).toEqual(
        checks.map((c) => c.id)
      );
      if (checks.length === 0) await page.getByText(/^Aucun point à corriger/).waitFor();
      else
        expect(
          plain(await page.getByRole("list", { name: "Points à corriger" }).innerText())
        ).toContain("À faire :");
      expect(
        await page
          .getByText(/Fichier téléchargé : budget-cpts-cpts-du-val-de-test\.xlsx/)
          .isVisible()
      ).toBe(true);

      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PANE_WIDTH
      );
      await heading.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(OUTPUT, "taskpane-result-350.png") });
      await page.screenshot({ path: join(OUTPUT, "taskpane-result-350-full.png"), fullPage: true });
      // functions.js (the custom functions, loaded in the same page for the shared runtime) finds no CustomFunctions
      // runtime outside Excel; that error is its own and does not affect the pane. Any other page error fails.
      expect(pageErrors.filter((e) => e !== "CustomFunctions is not defined")).toEqual([]);
    });
    it("budgets contract years 4 and 5, renewed: the fields, the workbook's first year, the results' years", async () => {
      const { page: pane, pageErrors: errors } = await openPane();
      await pane.goto(`${url}/taskpane.html`);
      await pane.getByRole("heading", { name: "Budget prévisionnel CPTS" }).waitFor();
      await pane.getByLabel("Nom de la CPTS").fill("CPTS des Quatre Ans");
      await pane.getByLabel("Date de signature de l'ACI").fill("2022-03-01");
      const renewal = pane.getByRole("switch", { name: "Contrat renouvelé après l'année 5" });
      expect(await renewal.count()).toBe(0);
      await pane.getByLabel("Première année budgétée").selectOption("4");
      await pane.getByText(/Ici : année 4 du 01\/03\/2025 au 28\/02\/2026/).waitFor();
      await renewal.check();
      await pane.getByRole("switch", { name: "Changement de taille par avenant" }).check();
      await pane.getByLabel("Nouvelle taille").selectOption("2");
      await pane.getByLabel("Date de l'avenant").fill("2025-09-15");
      await pane
        .getByText(/Ici : taille 2 à partir de l'année 5 du contrat \(01\/03\/2026\)/)
        .waitFor();
      expect(await pane.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PANE_WIDTH
      );
      await screenshotRegion(pane, "La CPTS", "taskpane-annee-depart-350.png");
      await pane.getByRole("button", { name: /^Autres financeurs/ }).click();
      const ars = pane.getByRole("group", { name: "ARS (FIR)" });
      await ars.getByLabel("Année 4 (€)").fill("20 000");
      await ars.getByLabel("Année 5 (€)").fill("15 000");

      const [download] = await Promise.all([
        pane.waitForEvent("download"),
        pane.getByRole("button", { name: "Générer le budget" }).click(),
      ]);
      const saved = join(OUTPUT, "budget-annees-4-5.xlsx");
      await download.saveAs(saved);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(saved);
      // The name Premiere_Annee_Contrat points at the first contract year budgeted: 4.
      const [ref] = workbook.definedNames.getRanges("Premiere_Annee_Contrat").ranges;
      const [, sheet, address] = /^'?(.+?)'?!(\$?[A-Z]+\$?\d+)$/.exec(ref)!;
      expect(workbook.getWorksheet(sheet)!.getCell(address.replace(/\$/g, "")).value).toBe(4);

      await pane.getByRole("heading", { name: "Contrôle du budget" }).waitFor();
      const given = defaultBudgetInputs(1);
      given.financeurs[0] = { ...given.financeurs[0], annee1: 20000, annee2: 15000 };
      const model = await computeBudget({
        ...given,
        nom: "CPTS des Quatre Ans",
        dateSignature: "2022-03-01",
        anneeDepart: 4,
        renouvellement: true,
        changementTaille: { date: "2025-09-15", taille: 2 },
      });
      for (const summary of model.annees) {
        const card = pane.getByRole("article", { name: `Année ${summary.anneeContrat}` });
        expect(plain(await card.innerText())).toContain(
          plain(`Subventions publiques : ${formatEuros(summary.seuil.counted)} sur 153 000 €`)
        );
      }
      expect(await pane.getByRole("article", { name: "Année 1" }).count()).toBe(0);
      await pane.screenshot({
        path: join(OUTPUT, "taskpane-annees-4-5-result.png"),
        fullPage: true,
      });
      expect(errors.filter((e) => e !== "CustomFunctions is not defined")).toEqual([]);
    });
    it("budgets année 0 from a lettre d'intention: the section, the downloaded budget, the Année 0 card", async () => {
      const { page: pane, pageErrors: errors } = await openPane();
      await pane.goto(`${url}/taskpane.html`);
      await pane.getByRole("heading", { name: "Budget prévisionnel CPTS" }).waitFor();
      await pane.getByLabel("Nom de la CPTS").fill("CPTS de l'Amorçage");
      await pane.getByLabel("Date de signature de l'ACI").fill("2026-10-01");
      await pane.getByRole("button", { name: /^Avant la signature/ }).click();
      await pane.getByLabel(/^Validation de la lettre d'intention/).fill("2026-02-01");
      await pane.getByText(/Ici : année 0 du 01\/02\/2026 au 30\/09\/2026\./).waitFor();
      const funding = pane.getByRole("group", { name: "Financements de l'année 0" });
      expect(await funding.getByLabel(/^Forfait d'amorçage de l'ARS/).inputValue()).toBe("10000");
      expect(await pane.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PANE_WIDTH
      );
      await screenshotRegion(pane, "Avant la signature", "taskpane-annee0-350.png");
      const [download] = await Promise.all([
        pane.waitForEvent("download"),
        pane.getByRole("button", { name: "Générer le budget" }).click(),
      ]);
      await download.saveAs(join(OUTPUT, "budget-annee0.xlsx"));
      await pane.getByRole("heading", { name: "Contrôle du budget" }).waitFor();
      const model = await computeBudget({
        ...defaultBudgetInputs(1),
        nom: "CPTS de l'Amorçage",
        dateSignature: "2026-10-01",
        dateLettreIntention: "2026-02-01",
      });
      const card = plain(await pane.getByRole("article", { name: "Année 0" }).innerText());
      expect(card).toContain("Du 01/02/2026 au 30/09/2026");
      expect(card).toContain(plain(formatEuros(model.annee0!.resultat)));
      expect(card).toContain(
        "Exercice 1 : 49 000 € de subventions de l'année 0 comptent dans le seuil de 153 000 €."
      );
      // Exercice 2026 receives 142 500 € of ACI and 49 000 € of année 0: over the threshold.
      expect(model.tresorerie.exercices[0].encaissees.seuil.counted).toBe(191500);
      await pane.screenshot({ path: join(OUTPUT, "taskpane-annee0-result.png"), fullPage: true });
      expect(errors.filter((e) => e !== "CustomFunctions is not defined")).toEqual([]);
    });
    it("dates per mission: the switch shows a date for each mission, a late one is refused, the budget's Paramètres holds it", async () => {
      const { page: pane, pageErrors: errors } = await openPane();
      await pane.goto(`${url}/taskpane.html`);
      await pane.getByRole("heading", { name: "Budget prévisionnel CPTS" }).waitFor();
      await pane.getByLabel("Nom de la CPTS").fill("CPTS des Calendriers");
      await pane.getByLabel("Date de signature de l'ACI").fill("2025-03-01");
      await pane.getByRole("switch", { name: "Une date de démarrage par mission" }).check();
      const dates = pane.getByRole("group", { name: "Dates de démarrage des missions" });
      await dates.getByLabel("Accès aux soins").fill("2025-10-01");
      await dates.getByText(/« Accès aux soins » trop tardive : 01\/10\/2025/).waitFor();
      await dates.getByLabel("Accès aux soins").fill("2025-05-15");
      await dates.getByLabel("Parcours pluriprofessionnels").fill("2026-01-05");
      await dates
        .getByText("Vide : démarrage le 01/03/2025. Au plus tard le 01/03/2026.")
        .first()
        .waitFor();
      expect(await pane.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PANE_WIDTH
      );
      await screenshotRegion(pane, "Missions et ACI", "taskpane-dates-missions-350.png");
      const [download] = await Promise.all([
        pane.waitForEvent("download"),
        pane.getByRole("button", { name: "Générer le budget" }).click(),
      ]);
      const saved = join(OUTPUT, "budget-dates-missions.xlsx");
      await download.saveAs(saved);
      await pane.getByRole("heading", { name: "Contrôle du budget" }).waitFor();
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(saved);
      const parametres = workbook.getWorksheet("Paramètres")!;
      // The table « Démarrage des missions »: under its header « Date choisie », the first row of each mission.
      const chosen = (label: string) => {
        let header = 0;
        let value: ExcelJS.CellValue | undefined;
        parametres.eachRow((row, r) => {
          if (row.getCell(2).value === "Date choisie") header = r;
          else if (header && value === undefined && row.getCell(1).value === label)
            value = row.getCell(2).value;
        });
        return value;
      };
      expect(chosen("Accès aux soins")).toEqual(new Date("2025-05-15T00:00:00Z"));
      expect(chosen("Parcours pluriprofessionnels")).toEqual(new Date("2026-01-05T00:00:00Z"));
      expect(chosen("Prévention")).toBeNull();
      const model = await computeBudget({
        ...defaultBudgetInputs(1),
        nom: "CPTS des Calendriers",
        dateSignature: "2025-03-01",
        missionStarts: { acces: "2025-05-15", parcours: "2026-01-05" },
      });
      const card = plain(await pane.getByRole("article", { name: "Année 1" }).innerText());
      expect(card).toContain(plain(`dont ACI\n${formatEuros(model.annees[0].aci)}`));
      expect(errors.filter((e) => e !== "CustomFunctions is not defined")).toEqual([]);
    });
  });

  describe("Excel mode (office.js answered by a stub host)", () => {
    /**
     * office.js replaced by a stub that reports an Excel host with a dark theme and runs batches against a workbook
     * that already has a « Budget » sheet; the defined names read back give `names`. It counts context.sync() calls.
     */
    const stubOfficeJs = (names: Record<string, unknown>) => `
      window.__syncs = 0;
      const anything = () => new Proxy(function () {}, { get: (_t, p) => (p === "then" ? undefined : anything()), set: () => true, apply: () => anything() });
      const context = {
        sync: async () => { window.__syncs += 1; },
        application: anything(),
        workbook: {
          worksheets: { load: () => ({ items: [{ name: "Budget" }, { name: "Feuil1" }] }), add: () => anything(), getItem: () => anything() },
          names: {
            load: () => ({ items: [] }),
            add: () => {},
            getItem: () => anything(),
            getItemOrNullObject: (name) => ({
              getRangeOrNullObject: () => ({ load() {}, isNullObject: !(name in window.__names), values: [[window.__names[name]]] }),
            }),
          },
        },
      };
      window.__names = ${JSON.stringify(names)};
      window.Excel = { run: (batch) => batch(context) };
      window.Office = {
        HostType: { Excel: "Excel" },
        context: {
          officeTheme: { isDarkTheme: true, bodyBackgroundColor: "#262626" },
          requirements: { isSetSupported: () => false },
        },
        onReady: (callback) => { const info = { host: "Excel", platform: "PC" }; callback(info); return Promise.resolve(info); },
      };`;

    it("writes into the workbook in two syncs, reads the totals back in one, and re-checks on demand", async () => {
      const model = await computeBudget(inputs({ taille: 2, dateSignature: "2025-03-01" }));
      const [y1] = model.annees;
      const names = expectedNameValues(model);
      const { page, pageErrors } = await openPane(stubOfficeJs(names));
      await page.goto(`${url}/taskpane.html`);
      await page.getByText(/écrit dans de nouvelles feuilles du classeur ouvert/).waitFor();
      // The Office theme is followed: dark background.
      const background = await page.evaluate(
        () => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor
      );
      expect(background).not.toBe("rgb(255, 255, 255)");

      await page.getByLabel(/^Taille \(1 à 4\)/).fill("2");
      await page.getByRole("button", { name: "Générer le budget" }).click();
      await page.getByRole("heading", { name: "Contrôle du budget" }).waitFor();
      expect(await page.evaluate(() => (window as unknown as { __syncs: number }).__syncs)).toBe(3);
      const panel = plain(
        await page.locator("section[aria-labelledby='validation-title']").innerText()
      );
      expect(panel).toMatch(/Totaux lus dans le classeur à \d\d:\d\d:\d\d/);
      expect(panel).toContain("« Budget (2) »");
      expect(panel).toContain(
        plain(`Subventions publiques : ${formatEuros(y1.seuil.counted)} sur 153 000 €`)
      );
      expect(panel).toContain(plain(`Solde le plus bas : ${formatEuros(model.tresorerie.min)}`));
      // The balance from the names: the same words as from the model, the missions sent to « Contrôles ».
      for (const line of balanceLines(figuresFromNames(names).annees[0]))
        expect(panel).toContain(plain(line.text));
      // The estimates left, read from Estimations_Restantes: the same count as the model's.
      expect(names.Estimations_Restantes).toBe(model.estimations.length);
      expect(panel).toContain(
        `${model.estimations.length} montants sont des estimations à remplacer`
      );

      // The treasurer edits the workbook: 2 500 € of charges with no resource in year 2 (beyond an overspent
      // fonctionnement, if any); « Revérifier » reads it in one more sync.
      await page.evaluate((resultat) => {
        const w = window as unknown as { __names: Record<string, number> };
        w.__names.Resultat_Annee2 = resultat;
      }, model.annees[1].resultat - 2500);
      await page.getByRole("button", { name: "Revérifier" }).click();
      await page.getByText(/Année 2 : budget en déficit de 2.500.€/).waitFor();
      expect(await page.evaluate(() => (window as unknown as { __syncs: number }).__syncs)).toBe(4);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PANE_WIDTH
      );
      await page.getByRole("heading", { name: "Contrôle du budget" }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(OUTPUT, "taskpane-excel-dark-350.png") });
      await page.screenshot({
        path: join(OUTPUT, "taskpane-excel-dark-350-full.png"),
        fullPage: true,
      });
      expect(pageErrors.filter((e) => e !== "CustomFunctions is not defined")).toEqual([]);
    });

    it("labels the years read back from the workbook with its first contract year (Premiere_Annee_Contrat)", async () => {
      const model = await computeBudget(inputs({ anneeDepart: 4, dateSignature: "2022-03-01" }));
      const { page, pageErrors } = await openPane(stubOfficeJs(expectedNameValues(model)));
      await page.goto(`${url}/taskpane.html`);
      await page.getByText(/écrit dans de nouvelles feuilles du classeur ouvert/).waitFor();
      await page.getByLabel("Date de signature de l'ACI").fill("2022-03-01");
      await page.getByLabel("Première année budgétée").selectOption("4");
      await page.getByRole("button", { name: "Générer le budget" }).click();
      await page.getByRole("heading", { name: "Contrôle du budget" }).waitFor();
      for (const k of [4, 5]) await page.getByRole("article", { name: `Année ${k}` }).waitFor();
      expect(await page.getByRole("article", { name: "Année 1" }).count()).toBe(0);
      expect(pageErrors.filter((e) => e !== "CustomFunctions is not defined")).toEqual([]);
    });
  });
});
