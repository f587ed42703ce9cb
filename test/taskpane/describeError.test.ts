import { DomainError } from "../../src/domain/errors";
import { describeError, UNEXPECTED } from "../../src/taskpane/describeError";
import { BudgetWriteError } from "../../src/taskpane/excel/rollback";
import { PaneError } from "../../src/taskpane/paneError";

describe("describeError", () => {
  it("keeps the French messages of the domain and of the pane as they are", () => {
    expect(describeError(new DomainError("Taille invalide : 5.", "taille"))).toBe(
      "Taille invalide : 5."
    );
    expect(describeError(new PaneError("La feuille « Budget » existe déjà."))).toBe(
      "La feuille « Budget » existe déjà."
    );
    const written = new BudgetWriteError(new PaneError("Rien n'a été écrit."), []);
    expect(describeError(written)).toBe(written.message);
    expect(written.message).toMatch(/^Le budget n'a pas pu être écrit : Rien n'a été écrit\. /);
  });

  it("says an Office error in French, its code and message as detail", () => {
    const office = {
      code: "AccessDenied",
      message: "Access denied",
      debugInfo: { message: "Access denied", errorLocation: "Range.values" },
    };
    expect(describeError(office)).toBe(
      "le classeur est protégé ou ouvert en lecture seule : ôtez la protection ou enregistrez une copie modifiable. " +
        "(code AccessDenied, emplacement Range.values, message « Access denied »)"
    );
  });

  it("gives anything else a French sentence, the technical text only as detail", () => {
    expect(describeError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(
      `${UNEXPECTED} (détail : TypeError : Cannot read properties of undefined (reading 'x'))`
    );
    expect(UNEXPECTED).toMatch(/^Le complément a rencontré une erreur inattendue/);
    // Never « [object Object] »: an object's fields, a value as text, a control character made visible.
    expect(describeError({ reason: "quota" })).toBe(`${UNEXPECTED} (détail : {"reason":"quota"})`);
    expect(describeError("coupure\n")).toBe(`${UNEXPECTED} (détail : coupure\u240a)`);
    expect(describeError(undefined)).toBe(`${UNEXPECTED} (détail : undefined)`);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeError(cyclic)).toBe(`${UNEXPECTED} (détail : valeur non affichable)`);
    // A long text is cut.
    expect(describeError(new Error("x".repeat(1000))).length).toBeLessThan(UNEXPECTED.length + 330);
  });
});
