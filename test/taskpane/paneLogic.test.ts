import { figuresFromNames } from "../../src/taskpane/check/figures";
import { failedChecks } from "../../src/taskpane/check/failedChecks";
import { freeSheetNames, withSuffix } from "../../src/taskpane/excel/freeSheetNames";
import { initialFormValues } from "../../src/taskpane/form/formValues";
import { parseFrenchNumber } from "../../src/taskpane/form/numbers";
import { validateForm } from "../../src/taskpane/form/validateForm";
import { workbookFileName } from "../../src/taskpane/standalone/download";
import { DEFINED_NAMES } from "../../src/workbook/names";
import { requireCptsName } from "../../src/domain/budgetInputs";
import { requireJoursParAn, requireTarifJour } from "../../src/domain/coordinator";
import { domainMessage } from "../helpers/domainMessage";

describe("task pane form validation", () => {
  const errorsOf = (changes: Partial<ReturnType<typeof initialFormValues>>) =>
    validateForm({ ...initialFormValues(), dateSignature: "2025-03-01", ...changes });

  it("accepts the defaults", () => {
    expect(errorsOf({})).toEqual({});
  });

  it("refuses a freelance coordinator at 0 € × 0 days with the domain's messages (the CLI's too)", () => {
    const errors = errorsOf({ mode: "prestataire", tarifJour: "0", joursParAn: "0" });
    expect(errors.tarifJour).toBe(domainMessage(() => requireTarifJour(0)));
    expect(errors.joursParAn).toBe(domainMessage(() => requireJoursParAn(0)));
    expect(errors.tarifJour).toBe(
      "Tarif journalier du coordinateur prestataire invalide : 0. Valeur attendue : un montant HT en euros supérieur à 0, au plus 1 000 000 000 €."
    );
    expect(errorsOf({ mode: "prestataire", tarifJour: "500", joursParAn: "96" })).toEqual({});
  });

  it("refuses a CPTS name too long for the workbook's titles, in the domain's words", () => {
    const nom = "C".repeat(205);
    expect(errorsOf({ nom }).nom).toBe(domainMessage(() => requireCptsName(nom)));
    expect(errorsOf({ nom }).nom).toBe(
      "Nom de la CPTS trop long : 205 caractères. Valeur attendue : au plus 200 caractères."
    );
    expect(errorsOf({ nom: "C".repeat(200) }).nom).toBeUndefined();
    expect(errorsOf({ nom: "  " }).nom).toBe(
      "Nom de la CPTS manquant : indiquez le nom de la CPTS."
    );
  });

  it.each(["2023-02-30", "9999-12-31", "2025-13-01"])("refuses the signature date %s", (date) => {
    expect(errorsOf({ dateSignature: date }).dateSignature).toBe(
      "Date invalide : choisissez une date au format jj/mm/aaaa."
    );
  });

  it("bounds the months, the members and the amounts", () => {
    expect(errorsOf({ mois: "601" }).mois).toBe(
      "Durée invalide : saisissez un nombre entier de mois, de 1 à 600."
    );
    expect(errorsOf({ mois: "600" }).mois).toBeUndefined();
    expect(errorsOf({ membres: "100001" }).membres).toBe(
      "Nombre de membres invalide : saisissez un entier de 0 à 100 000."
    );
    expect(errorsOf({ honorairesCac: "1 000 000 001" }).honorairesCac).toBe(
      "Montant trop élevé : au plus 1 000 000 000 €."
    );
  });
});

describe("task pane logic", () => {
  it("reads French number entry", () => {
    expect(parseFrenchNumber("12 000,50")).toBe(12000.5);
    expect(parseFrenchNumber("12\u202f000 €")).toBe(12000);
    expect(parseFrenchNumber("0,5")).toBe(0.5);
    expect(parseFrenchNumber("50 %")).toBe(50);
    expect(parseFrenchNumber("-3")).toBe(-3);
    expect(parseFrenchNumber("")).toBeNaN();
    expect(parseFrenchNumber("1,2,3")).toBeNaN();
  });

  it("names the downloaded file after the CPTS, slugged", () => {
    expect(workbookFileName("CPTS du Val-d'Oise Épinay")).toBe(
      "budget-cpts-cpts-du-val-d-oise-epinay.xlsx"
    );
    expect(workbookFileName("  ")).toBe("budget-cpts.xlsx");
  });

  it("keeps suffixed sheet names within Excel's 31 characters", () => {
    expect(withSuffix("Budget", 2)).toBe("Budget (2)");
    expect(withSuffix("Un nom de feuille très, très long", 12)).toHaveLength(31);
    expect(freeSheetNames(["budget"], ["Feuil1"]).budget).toBe("Budget");
  });

  it("turns the workbook's defined names into figures, and names every missing or broken one in French", () => {
    const flags = ["CAC_Obligatoire", "CAC_Retenu", "Exercice3_Teste"];
    const values = Object.fromEntries(
      DEFINED_NAMES.map((n) => [n, flags.some((f) => n.startsWith(f)) ? false : 1000])
    );
    expect(figuresFromNames(values).annees[1].totalCharges).toBe(1000);
    // Tresorerie_Mois_Min is a date: Office.js returns its serial number (45658 = 1 January 2025).
    const figures = figuresFromNames({
      ...values,
      Tresorerie_Mois_Min: 45658,
      Tresorerie_Premier_Decouvert: "aucun",
      Subventions_Encaissees_Exercice2: 200000,
    });
    expect(figures.tresorerie).toEqual({ min: 1000, moisMin: "2025-01" });
    expect(figures.exercices.map((e) => e.verdict)).toEqual(["non", "a-verifier"]);
    // A third exercice is read only when the workbook tests it.
    const three = figuresFromNames({
      ...values,
      Exercice3_Teste: true,
      Subventions_Allouees_Exercice3: 160000,
      Tresorerie_Premier_Decouvert: 45627,
    });
    expect(three.exercices.map((e) => [e.exercice, e.verdict])).toEqual([
      [1, "non"],
      [2, "non"],
      [3, "a-verifier"],
    ]);
    expect(three.tresorerie.firstNegativeMonth).toBe("2024-12");
    expect(() =>
      figuresFromNames({ ...values, Resultat_Annee1: "#REF!", Subventions_Annee2: undefined })
    ).toThrow(
      /Resultat_Annee1 \(#REF!\), Subventions_Annee2 \(introuvable\).*Gestionnaire de noms/
    );
  });

  it("lists failed checks year by year, errors first, each with what to do", () => {
    const year = (annee: 1 | 2, resultat: number, depasse: boolean) => ({
      annee,
      aci: 0,
      subventions: 200000,
      totalCharges: 0,
      totalProduits: 0,
      resultat,
      cacObligatoire: true,
      cacRetenu: true,
      honorairesCac: 4000,
      fonctionnement: { depenses: 0, financementAci: 0, ecart: 0 },
      indemnites: { anneePass: 2025, pass: 47100, maxParProfessionnel: 50000, depasse },
    });
    const checks = failedChecks({
      origin: "modele",
      taille: 2,
      seuil: 153000,
      annees: [year(1, 500, true), year(2, -10, false)],
      tresorerie: { min: -5000, moisMin: "2025-01" },
      exercices: [
        { exercice: 1, encaissees: 75000, allouees: 819.67, verdict: "non" },
        { exercice: 2, encaissees: 204375, allouees: 144420.08, verdict: "a-verifier" },
      ],
    });
    expect(checks.map((c) => c.id)).toEqual(["indemnites-1", "excedent-1", "deficit-2"]);
    expect(checks.every((c) => c.action.length > 20)).toBe(true);
  });
});
