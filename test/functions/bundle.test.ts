import fs from "fs";
import path from "path";
import vm from "vm";
import { customFunctionsStub, CustomFunctionsError, type Registered } from "./customFunctionsStub";

/**
 * Runs the shipped bundle, not the sources: dist/runtime.js then dist/functions.js, in the order taskpane.html loads
 * them, in a fresh JavaScript context with a stub CustomFunctions global whose associate() records the functions,
 * as Excel's shared runtime does. Lazy chunks (the payroll engine) are loaded through a minimal document that
 * runs the requested file, as a browser would with the <script> tag webpack adds.
 */
const dist = path.resolve(__dirname, "../../dist");
const BASE_URL = "https://localhost:3000/";

interface Page {
  registered: Registered;
  /** Lazy chunks loaded so far. */
  chunks: string[];
}

function loadPage({ inExcel = true } = {}): Page {
  const registered: Registered = {};
  const chunks: string[] = [];
  const document = {
    currentScript: null as { tagName: string; src: string } | null,
    getElementsByTagName: () => [],
    createElement: () => {
      const attributes: Record<string, string> = {};
      return {
        setAttribute: (name: string, value: string) => (attributes[name] = value),
        getAttribute: (name: string) => attributes[name],
      };
    },
    head: {
      appendChild(script: {
        src: string;
        onload: (e: object) => void;
        onerror: (e: object) => void;
      }) {
        const file = script.src.slice(BASE_URL.length);
        chunks.push(file);
        setImmediate(() => {
          run(file);
          script.onload({ type: "load", target: script });
        });
      },
    },
  };
  const context = vm.createContext({
    ...(inExcel ? { CustomFunctions: customFunctionsStub(registered) } : {}),
    document,
    console,
    setTimeout,
    clearTimeout,
  });
  context.self = context;
  const run = (file: string) => {
    document.currentScript = { tagName: "SCRIPT", src: BASE_URL + file };
    vm.runInContext(fs.readFileSync(path.join(dist, file), "utf8"), context, { filename: file });
    document.currentScript = null;
  };
  run("runtime.js");
  run("functions.js");
  return { registered, chunks };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown>)?.then === "function";
}

/** Markers of the payroll engine: a rule of modele-social and a message of publicodes. */
const PAYROLL_MARKERS = ["situation personnelle . RSA", "Une des valeurs de la formule est vide"];

describe("dist/functions.js", () => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(dist, "functions.js"))) {
      throw new Error(
        "dist/functions.js est absent : lancez `npm run build` (ou `npm test`, qui le fait) avant ce test."
      );
    }
  });

  it("registers every CPTS function with its id", () => {
    const { registered } = loadPage();
    expect(Object.keys(registered).sort()).toEqual(
      ["ACI", "COUT_GE", "COUT_SALARIE", "SALAIRE_MIN", "SEUIL_CAC", "TAILLE", "VERSEMENTS"].sort()
    );
  });

  it("registers nothing, and throws nothing, in a plain browser (the task pane's standalone mode)", () => {
    expect(loadPage({ inExcel: false }).registered).toEqual({});
  });

  it("computes the synchronous functions without loading the payroll engine", () => {
    const { registered, chunks } = loadPage();
    expect(registered.ACI(3, 1, "socle", null, null, null, null)).toBe(234375);
    expect(registered.ACI(1, 1, "fonctionnement", null, null, null, 44833)).toBe(87500);
    expect(registered.TAILLE(50000)).toBe(2);
    expect(registered.SALAIRE_MIN(130, null, null)).toBe(2850);
    expect(registered.SEUIL_CAC(153000.01)).toBe(true);
    expect(typeof registered.VERSEMENTS(1, 45288, 45288, 45657, null, null)).toBe("number");
    expect(chunks).toEqual([]);
  });

  it("throws #VALUE! errors of the runtime's CustomFunctions.Error class with French messages", () => {
    const { registered } = loadPage();
    expect.assertions(3);
    try {
      registered.TAILLE(null);
    } catch (error) {
      expect(error).toBeInstanceOf(CustomFunctionsError);
      expect((error as CustomFunctionsError).code).toBe("#VALUE!");
      expect((error as CustomFunctionsError).message).toBe("Argument manquant : habitants.");
    }
  });

  it("COUT_GE and COUT_SALARIE return promises, which load the payroll engine lazily and resolve to €", async () => {
    const { registered, chunks } = loadPage();
    const ge = registered.COUT_GE(130, 1, 24, null, null);
    const salarie = registered.COUT_SALARIE(3000, null, null, null);
    expect(isThenable(ge) && isThenable(salarie)).toBe(true);
    const [geTotal, salarieTotal] = (await Promise.all([ge, salarie])) as number[];
    // GEIO fees alone are 700 + 24 × 153 + 1 200; the employee's cost comes on top.
    expect(geTotal).toBeGreaterThan(1900 + 24 * 153 + 24 * 2850 * 1.2);
    expect(geTotal).toBeLessThan(1900 + 24 * 153 + 24 * 2850 * 1.6);
    expect(salarieTotal).toBeGreaterThan(12 * 3000 * 1.2);
    expect(chunks.length).toBeGreaterThan(0);
    await expect(registered.COUT_GE(130, 0, 24, null, null)).rejects.toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^ETP invalide : 0\./),
    });
  });

  it("keeps the payroll engine out of the initial bundles", () => {
    const initial = ["runtime.js", "functions.js", "taskpane.js"].map((f) =>
      fs.readFileSync(path.join(dist, f), "utf8")
    );
    const lazy = fs
      .readdirSync(dist)
      .filter((f) => /\.[0-9a-f]{8}\.js$/.test(f))
      .map((f) => fs.readFileSync(path.join(dist, f), "utf8"));
    for (const marker of PAYROLL_MARKERS) {
      for (const bundle of initial) expect(bundle.includes(marker)).toBe(false);
      expect(lazy.some((chunk) => chunk.includes(marker))).toBe(true);
    }
  });
});
