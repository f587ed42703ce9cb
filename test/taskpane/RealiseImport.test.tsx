import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import ExcelJS from "exceljs";
import { App } from "../../src/taskpane/components/App";
import { RealiseImport } from "../../src/taskpane/components/RealiseImport";
import { readPickedFile } from "../../src/taskpane/realise/readFile";
import { type BudgetService } from "../../src/taskpane/budgetService";
import { initialFormValues } from "../../src/taskpane/form/formValues";
import {
  type RealiseService,
  standaloneRealiseService,
} from "../../src/taskpane/realise/realiseService";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import { BOOKS, fecText, latin9Bytes } from "../helpers/realiseFiles";

// jsdom lacks the Encoding API that every browser the pane runs in has (the domain decodes UTF-8 with it).
Object.assign(globalThis, {
  TextEncoder: globalThis.TextEncoder ?? NodeTextEncoder,
  TextDecoder: globalThis.TextDecoder ?? NodeTextDecoder,
});

jest.mock("../../src/taskpane/components/CoordinatorComparison", () => ({
  CoordinatorComparison: () => null,
}));

afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
});

/** An element's text as read: no-break spaces as spaces, runs of spaces as one. */
const text = (el: Element) => el.textContent!.replace(/[\u00a0\u202f]/g, " ").replace(/\s+/g, " ");

const values = () => ({ ...initialFormValues(), nom: "CPTS du Val d'Ajol" });

function renderSection(service: RealiseService) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <RealiseImport mode="standalone" values={values()} service={service} />
    </FluentProvider>
  );
}

function pick(bytes: Uint8Array, name: string) {
  const input = screen.getByLabelText(/Importer le réalisé/);
  expect(input).toHaveProperty("accept", ".txt,.csv,.tsv");
  fireEvent.change(input, { target: { files: [new File([bytes as BlobPart], name)] } });
}

/** The blob handed to the browser's download, and the name it is saved under. */
function captureDownload() {
  const saved: { blob?: Blob; fileName?: string } = {};
  URL.createObjectURL = jest.fn((blob: Blob) => {
    saved.blob = blob;
    return "blob:suivi";
  });
  URL.revokeObjectURL = jest.fn();
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement
  ) {
    saved.fileName = this.download;
  });
  return saved;
}

const blobBytes = (blob: Blob) =>
  new Promise<ArrayBuffer>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(blob);
  });

describe("« Importer le réalisé » in the pane", () => {
  it("reads a FEC in ISO-8859-15, shows the import's report and downloads the budget with Réalisé", async () => {
    const saved = captureDownload();
    renderSection(standaloneRealiseService);

    pick(latin9Bytes(fecText(BOOKS, { separator: "|" })), "123456789FEC20261231.txt");

    const report = await screen.findByRole("region", {
      name: "Import de « 123456789FEC20261231.txt »",
    });
    const lines = BOOKS.reduce((n, e) => n + e.lines.length, 0);
    expect(text(report)).toContain(`${lines} écritures importées, la dernière du 01/07/2026.`);
    expect(text(report)).toContain(
      "Format : FEC (colonnes Debit et Credit), séparateur « | », encodage ISO-8859-15."
    );
    expect(text(report)).toContain("Aucune écriture déséquilibrée.");
    expect(text(report)).toMatch(
      /Hors période \(ni année de contrat ni exercice du budget\) : \d+ écriture/
    );
    const unmapped = within(report).getByRole("table", {
      name: "Comptes non affectés à une ligne du budget",
    });
    const row = within(unmapped).getByRole("row", { name: /671000/ });
    expect(text(row)).toMatch(/^671000 ?Charges exceptionnelles ?30 € ?0 €$/);
    expect(text(report)).toMatch(/Solde bancaire \(512\) à la dernière écriture : 103 684,20 €\./);

    expect(saved.fileName).toBe("budget-cpts-cpts-du-val-d-ajol-suivi.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await blobBytes(saved.blob!));
    const sheets = workbook.worksheets.map((s) => s.name);
    expect(sheets).toEqual(expect.arrayContaining(["Budget", "Réalisé", "Écritures"]));
    // The header, then one row per line of the file.
    expect(workbook.getWorksheet("Écritures")!.actualRowCount).toBeGreaterThanOrEqual(lines + 1);
    expect(text(report)).toContain(
      "Fichier téléchargé : budget-cpts-cpts-du-val-d-ajol-suivi.xlsx."
    );
  });

  it("shows a malformed file's error with its line and field, and imports nothing", async () => {
    const service: RealiseService = { importEntries: jest.fn() };
    renderSection(service);
    const fec = fecText(BOOKS).replace("20250310", "20250230");

    pick(new TextEncoder().encode(fec), "fec.txt");

    const alert = await screen.findByText(/« fec\.txt » n'a pas été importé/);
    const bar = alert.closest("[tabindex]") as HTMLElement;
    expect(text(bar)).toMatch(
      /« fec\.txt », Ligne 6, champ « EcritureDate » : date invalide « 20250230 »/
    );
    expect(service.importEntries).not.toHaveBeenCalled();
  });

  it("stops before reading the file when the budget of the form is not valid", async () => {
    const service: RealiseService = { importEntries: jest.fn() };
    render(
      <FluentProvider theme={webLightTheme}>
        <RealiseImport
          mode="excel"
          values={{ ...values(), membres: "beaucoup" }}
          service={service}
        />
      </FluentProvider>
    );

    pick(new TextEncoder().encode(fecText(BOOKS)), "fec.txt");

    expect(await screen.findByText(/Le budget saisi ci-dessus n'est pas valide/)).toBeTruthy();
    expect(service.importEntries).not.toHaveBeenCalled();
  });

  it("is a section of the pane when the pane is given the import", async () => {
    const budget: BudgetService = { generate: jest.fn() };
    const realise: RealiseService = {
      importEntries: jest.fn().mockResolvedValue({
        report: {
          titre: "2 écritures importées.",
          fichier: "Format : CSV simple.",
          comptes: [],
          nonAffectes: [],
          periodes: [],
          tresorerie: [],
        },
        notices: ["Les feuilles « Réalisé » et « Écritures » sont ajoutées au classeur."],
      }),
    };
    render(
      <FluentProvider theme={webLightTheme}>
        <App mode="excel" service={budget} realise={realise} />
      </FluentProvider>
    );
    const section = screen.getByRole("region", { name: "Suivi du réalisé" });

    pick(
      new TextEncoder().encode(
        "date;compte;libelle;debit;credit\n01/04/2025;606;Papier;10;0\n01/04/2025;512;Papier;0;10\n"
      ),
      "releve.csv"
    );

    await waitFor(() => expect(realise.importEntries).toHaveBeenCalledTimes(1));
    const [inputs, file] = jest.mocked(realise.importEntries).mock.calls[0];
    expect(inputs.taille).toBe(Number(initialFormValues().taille));
    expect(file.entries).toHaveLength(2);
    expect(await within(section).findByText(/sont ajoutées au classeur/)).toBeTruthy();
  });
});

describe("the pane's file errors are the CLI's", () => {
  it("a file over 200 MB: the CLI's message (src/cli/realiseFile.ts), the file's name first", async () => {
    const huge = { name: "gros.txt", size: 201 * 1024 * 1024 } as File;
    await expect(readPickedFile(huge)).rejects.toThrow(
      /^Impossible de lire « gros\.txt » : le fichier dépasse 200 Mo\.$/
    );
  });
});
