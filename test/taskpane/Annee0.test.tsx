// The pane's « Avant la signature » section (année 0): fields, validation in the domain's words, the round trip with
// BudgetInputs, and the Année 0 card of the results, from the model and from the workbook's names.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { lettreIntention } from "../../src/domain/annee0";
import { computeBudget } from "../../src/domain/budget";
import { figuresFromModel, figuresFromNames } from "../../src/taskpane/check/figures";
import { ValidationPanel } from "../../src/taskpane/components/ValidationPanel";
import { readDefinedNamesInContext } from "../../src/taskpane/excel/readBack";
import { amorcageHint, lettreIntentionHint } from "../../src/taskpane/form/annee0";
import { faultsByFold, foldSummary } from "../../src/taskpane/form/folds";
import { formatEuros } from "../../src/taskpane/form/numbers";
import {
  followTaille,
  type FormValues,
  formValuesFrom,
  initialFormValues,
  tailleDefaults,
  toBudgetInputs,
} from "../../src/taskpane/form/formValues";
import { validateForm } from "../../src/taskpane/form/validateForm";
import { inputs } from "../helpers/budgetInputs";
import { domainMessage } from "../helpers/domainMessage";
import { plain, withoutKeys } from "../helpers/paneForm";
import { expectedAnnee0Names, expectedNameValues } from "../helpers/expectedNames";
import {
  button,
  choose,
  formSignedOn,
  isDisabled,
  openFold,
  pendingService,
  renderPane,
} from "../helpers/paneUi";
import { FakeExcel } from "./fakeExcel";

jest.mock("../../src/taskpane/components/CoordinatorComparison", () => ({
  CoordinatorComparison: () => null,
}));

// The issue's case: a taille 1 CPTS signed on 2026-10-01, its lettre d'intention validated on 2026-02-01.
const SIGNATURE = "2026-10-01";
const LETTRE = "2026-02-01";
const form = formSignedOn(SIGNATURE);
const DATE_FORMAT = "Date invalide : choisissez une date au format jj/mm/aaaa.";

describe("année 0 in the form's values", () => {
  it("maps the lettre d'intention, the ARS amounts and their date to the budget's inputs and back", () => {
    const given = inputs({
      taille: 2,
      nom: "CPTS du Lac",
      dateSignature: SIGNATURE,
      dateLettreIntention: LETTRE,
      amorcageArs: 30000,
      coordinateurAmorcage: 20000.5,
      dateVersementArs: "2026-04-15",
    });
    const values = formValuesFrom(given);
    expect(values).toMatchObject({
      dateLettreIntention: LETTRE,
      amorcageArs: "30000",
      coordinateurAmorcage: "20000,5",
      dateVersementArs: "2026-04-15",
    });
    expect(toBudgetInputs(values)).toEqual(given);
    expect(withoutKeys(formValuesFrom(toBudgetInputs(values)))).toEqual(withoutKeys(values));
  });

  it("prefills Hauts-de-France's amounts by taille, left undefined (estimates) while untouched", () => {
    expect([1, 2, 3, 4].map((t) => initialFormValues(t as 1).amorcageArs)).toEqual([
      "10000",
      "13000",
      "16000",
      "20000",
    ]);
    expect(initialFormValues(3).coordinateurAmorcage).toBe("24000");
    const prefilled = toBudgetInputs(form({ dateLettreIntention: LETTRE }));
    expect(prefilled.dateLettreIntention).toBe(LETTRE);
    expect("amorcageArs" in prefilled).toBe(false);
    expect("coordinateurAmorcage" in prefilled).toBe(false);
    expect("dateVersementArs" in prefilled).toBe(false);
    // A new budget, and one starting at year 4 whatever the date holds: no année 0.
    const keys = ["dateLettreIntention", "amorcageArs", "coordinateurAmorcage", "dateVersementArs"];
    for (const values of [form(), form({ dateLettreIntention: LETTRE, anneeDepart: "4" })]) {
      expect(Object.keys(toBudgetInputs(values)).filter((k) => keys.includes(k))).toEqual([]);
    }
  });

  it("follows the taille while untouched, keeps a typed amount, keeps the dates through a reset", () => {
    const values = form({ dateLettreIntention: LETTRE, dateVersementArs: "2026-03-01" });
    expect(followTaille({ ...values, taille: "3" }, 1).amorcageArs).toBe("16000");
    const typed = { ...values, amorcageArs: "30 000" };
    expect(followTaille({ ...typed, taille: "3" }, 1).amorcageArs).toBe("30 000");
    expect(tailleDefaults(typed, 4)).toMatchObject({
      dateLettreIntention: LETTRE,
      dateVersementArs: "2026-03-01",
      amorcageArs: "20000",
      coordinateurAmorcage: "24000",
    });
  });
});

describe("année 0's validation, hints and folded line", () => {
  it("refuses what the domain refuses, in its words, under « Avant la signature »", () => {
    const check = (changes: Partial<FormValues>) =>
      validateForm(form({ dateLettreIntention: LETTRE, ...changes }));
    expect(check({})).toEqual({});
    expect(validateForm(form())).toEqual({});
    const domain = (date: string) =>
      domainMessage(() =>
        lettreIntention({ dateLettreIntention: date, dateSignature: SIGNATURE, anneeDepart: 1 })
      );
    expect(check({ dateLettreIntention: SIGNATURE }).dateLettreIntention).toBe(domain(SIGNATURE));
    expect(domain(SIGNATURE)).toMatch(
      /^Date de validation de la lettre d'intention invalide : 01\/10\/2026\. Valeur attendue : une date avant la signature/
    );
    // 36 months before October 2026: from 1 October 2023.
    expect(check({ dateLettreIntention: "2023-10-01" })).toEqual({});
    expect(check({ dateLettreIntention: "2023-09-30" }).dateLettreIntention).toBe(
      domain("2023-09-30")
    );
    expect(check({ dateLettreIntention: "2026-13-01" }).dateLettreIntention).toBe(DATE_FORMAT);
    expect(check({ dateVersementArs: "01/03/2026" })).toEqual({ dateVersementArs: DATE_FORMAT });
    const amounts = check({ amorcageArs: "-1", coordinateurAmorcage: "beaucoup" });
    expect(amounts).toEqual({
      amorcageArs: "Montant négatif : saisissez un montant positif ou nul.",
      coordinateurAmorcage: "Saisissez un montant en euros (ex. 12 000).",
    });
    expect(faultsByFold(amounts)).toEqual({ annee0: 2 });
    // Not asked: the amounts without a date, everything with a first year other than 1.
    expect(validateForm(form({ amorcageArs: "-1" }))).toEqual({});
    expect(
      validateForm(form({ dateLettreIntention: SIGNATURE, amorcageArs: "-1", anneeDepart: "4" }))
    ).toEqual({});
    // An invalid signature has its own message, and only it.
    const noSignature = validateForm(
      form({ dateSignature: "2018-01-01", dateLettreIntention: "2017-06-01" })
    );
    expect(Object.keys(noSignature)).toEqual(["dateSignature"]);
  });

  it("gives année 0's period, the Hauts-de-France source, the interpolation flag and the other regions' range", () => {
    expect(lettreIntentionHint(form({ dateLettreIntention: LETTRE }))).toMatch(
      /Ici : année 0 du 01\/02\/2026 au 30\/09\/2026\.$/
    );
    expect(lettreIntentionHint(form())).toMatch(/^Facultative : laissez vide sans année 0\./);
    expect(lettreIntentionHint(form({ dateLettreIntention: SIGNATURE }))).not.toContain("Ici");
    const hint = (taille: string) => plain(amorcageHint(form({ taille })))!;
    expect(hint("1")).toMatch(/^Valeur de l'ARS Hauts-de-France en taille 1 : 10 000 €\. Source/);
    expect(hint("2")).toContain(
      "en taille 2 : 13 000 € (interpolée entre 10 000 € en taille 1 et 20 000 € en taille 4 : à vérifier auprès de l'ARS)"
    );
    expect(hint("3")).toContain("16 000 € (interpolée");
    expect(hint("4")).not.toContain("interpolée");
    for (const t of ["1", "2"]) {
      expect(hint(t)).toContain("https://hauts-de-france.paps.sante.fr/la-coordination-dune-cpts");
      expect(hint(t)).toContain(
        "Les autres régions versent autre chose (30 000 à 50 000 € selon les sources, par ex. 30 000 € en Île-de-France)"
      );
      expect(hint(t)).not.toMatch(/\d{3}_|FACTS|research-/);
    }
  });

  it("sums the section up when folded", () => {
    expect(foldSummary("annee0", form())).toBe("pas d'année 0");
    expect(foldSummary("annee0", form({ anneeDepart: "3" }))).toBe(
      "sans objet (première année budgétée 3)"
    );
    expect(
      plain(
        foldSummary("annee0", form({ dateLettreIntention: LETTRE, dateVersementArs: "2026-03-01" }))
      )
    ).toBe(
      "lettre d'intention du 01/02/2026 · ARS 10 000 € + coordinateur 24 000 € · versés le 01/03/2026"
    );
  });
});

describe("année 0's figures, from the model and from the workbook's names", () => {
  it("gives the totals, the period and the exercices its money counts in, the same both ways", async () => {
    const model = await computeBudget(
      inputs({ taille: 1, dateSignature: SIGNATURE, dateLettreIntention: LETTRE })
    );
    const a = model.annee0!;
    const fromModel = figuresFromModel(model);
    expect(fromModel.annee0).toEqual({
      produits: 49000,
      charges: a.charges,
      resultat: a.resultat,
      subventions: 49000,
      debut: LETTRE,
      fin: "2026-09-30",
      parExercice: [{ exercice: 1, montant: 49000 }],
    });
    const names = { ...expectedNameValues(model), ...expectedAnnee0Names(model) };
    expect(figuresFromNames(names).annee0).toEqual(fromModel.annee0);
    expect(() => figuresFromNames({ ...names, Charges_Annee0: "#REF!" })).toThrow(
      /Charges_Annee0 \(#REF!\)/
    );
    expect(() => figuresFromNames({ ...names, Produits_Annee0: undefined })).toThrow(
      /Produits_Annee0 \(introuvable\)/
    );
    // A period is two dates: a text or a number that is no date is named.
    expect(() =>
      figuresFromNames({ ...names, Debut_Annee0: "01/02/2026", Fin_Annee0: -1 })
    ).toThrow(/Debut_Annee0 \(« 01\/02\/2026 »\), Fin_Annee0 \(-1\)/);
    expect(() => figuresFromNames({ ...names, Subventions_Annee0_Exercice3: undefined })).toThrow(
      /Subventions_Annee0_Exercice3 \(introuvable\)/
    );
  });

  it("reads no année 0 when its names are absent, without a fault", async () => {
    const model = await computeBudget(inputs({ taille: 1, dateSignature: SIGNATURE }));
    expect(figuresFromModel(model).annee0).toBeUndefined();
    expect(figuresFromNames(expectedNameValues(model)).annee0).toBeUndefined();
  });

  it("reads année 0's names from the workbook in the same sync as the others, when they are there", async () => {
    const model = await computeBudget(
      inputs({ taille: 1, dateSignature: SIGNATURE, dateLettreIntention: LETTRE })
    );
    const names = expectedNameValues(model);
    const without = await readDefinedNamesInContext(new FakeExcel({ nameValues: names }).context);
    expect("Produits_Annee0" in without).toBe(false);
    const excel = new FakeExcel({
      nameValues: { ...names, ...expectedAnnee0Names(model), Charges_Annee0: 40000 },
    });
    const read = await readDefinedNamesInContext(excel.context);
    expect(excel.syncs).toBe(1);
    expect([read.Produits_Annee0, read.Charges_Annee0, read.Subventions_Annee0]).toEqual([
      49000, 40000, 49000,
    ]);
    expect(figuresFromNames(read).annee0).toEqual({
      produits: 49000,
      charges: 40000,
      resultat: 9000,
      subventions: 49000,
      debut: LETTRE,
      fin: "2026-09-30",
      parExercice: [{ exercice: 1, montant: 49000 }],
    });
  });

  it("a lettre d'intention in an earlier exercice: that exercice's own test", async () => {
    const model = await computeBudget(
      inputs({ taille: 1, dateSignature: SIGNATURE, dateLettreIntention: "2025-11-15" })
    );
    const fromModel = figuresFromModel(model);
    expect(fromModel.annee0).toMatchObject({
      parExercice: [],
      exerciceAnnee0: {
        debut: "2025-01-01",
        fin: "2025-12-31",
        subventions: 49000,
        cacObligatoire: false,
      },
    });
    const names = { ...expectedNameValues(model), ...expectedAnnee0Names(model) };
    expect(names.CAC_Obligatoire_Exercice_Annee0).toBe(false);
    expect(figuresFromNames(names).annee0).toEqual(fromModel.annee0);
    // Read from Excel in the same sync as the others.
    const read = await readDefinedNamesInContext(new FakeExcel({ nameValues: names }).context);
    expect(read.Debut_Exercice_Annee0).toBe(names.Debut_Exercice_Annee0);
    // Its flag is TRUE or FALSE.
    expect(() => figuresFromNames({ ...names, CAC_Obligatoire_Exercice_Annee0: "non" })).toThrow(
      /CAC_Obligatoire_Exercice_Annee0 \(« non »\)/
    );
  });
});

describe("the « Avant la signature » section of the pane", () => {
  it("asks the lettre d'intention, then the ARS amounts; checks them; budgets année 0 and shows its card", async () => {
    const { service, generate, settle } = pendingService();
    renderPane(service);
    choose(/^Date de signature/, SIGNATURE);
    const header = screen.getByRole("button", { name: /^Avant la signature/ });
    expect(plain(header.textContent)).toContain("pas d'année 0");
    openFold("Avant la signature");
    expect(screen.queryByLabelText(/^Forfait d'amorçage de l'ARS/)).toBeNull();
    choose(/^Validation de la lettre d'intention/, "2023-09-30");
    expect(
      screen.getByText(/^Date de validation de la lettre d'intention invalide : 30\/09\/2023/)
    ).toBeTruthy();
    expect(isDisabled(button())).toBe(true);
    expect(screen.getByText(/Corrigez les champs signalés \(Avant la signature\)/)).toBeTruthy();
    choose(/^Validation de la lettre d'intention/, LETTRE);
    expect(screen.getByText(/Ici : année 0 du 01\/02\/2026 au 30\/09\/2026\.$/)).toBeTruthy();
    const group = screen.getByRole("group", { name: "Financements de l'année 0" });
    const lump = within(group).getByLabelText(/^Forfait d'amorçage de l'ARS/) as HTMLInputElement;
    expect(lump.value).toBe("10000");
    expect(plain(group.textContent)).toContain(
      "La CNAM verse à la validation de la lettre d'intention 15 000 € en taille 1"
    );
    expect(
      (within(group).getByLabelText(/^Financement du coordinateur/) as HTMLInputElement).value
    ).toBe("24000");
    choose(/^Versement de l'ARS/, "2026-03-01", group);
    expect(isDisabled(button())).toBe(false);
    fireEvent.click(button());
    const sent = generate.mock.calls[0][0];
    expect(sent).toMatchObject({ dateLettreIntention: LETTRE, dateVersementArs: "2026-03-01" });
    expect(sent.amorcageArs).toBeUndefined();

    const model = await computeBudget(sent);
    await act(async () => settle()({ figures: figuresFromModel(model), notices: [] }));
    const card = screen.getByRole("article", { name: "Année 0" });
    const text = plain(card.textContent)!;
    expect(text).toContain("Du 01/02/2026 au 30/09/2026");
    expect(text).toContain(
      "Exercice 1 : 49 000 € de subventions de l'année 0 comptent dans le seuil de 153 000 €."
    );
    expect(text).toContain(`Résultat${plain(formatEuros(model.annee0!.resultat))}`);
  });

  it("shows the workbook's année 0 in Excel mode, and no card without it", async () => {
    const model = await computeBudget(
      inputs({ taille: 1, dateSignature: SIGNATURE, dateLettreIntention: LETTRE })
    );
    const names = { ...expectedNameValues(model), ...expectedAnnee0Names(model) };
    const panel = (figures: ReturnType<typeof figuresFromNames>) =>
      render(
        <FluentProvider theme={webLightTheme}>
          <ValidationPanel figures={figures} notices={[]} notes={[]} />
        </FluentProvider>
      );
    const card = () => plain(screen.getByRole("article", { name: "Année 0" }).textContent)!;
    const { unmount } = panel(figuresFromNames(names));
    const fromWorkbook = card();
    expect(fromWorkbook).toContain(`Résultat${plain(formatEuros(model.annee0!.resultat))}`);
    expect(fromWorkbook).toContain("Du 01/02/2026 au 30/09/2026");
    expect(fromWorkbook).toContain(
      "Exercice 1 : 49 000 € de subventions de l'année 0 comptent dans le seuil de 153 000 €."
    );
    unmount();
    // The card reads the same from the model.
    const again = panel(figuresFromModel(model));
    expect(card()).toBe(fromWorkbook);
    again.unmount();
    panel(figuresFromNames(expectedNameValues(model)));
    expect(screen.queryByRole("article", { name: "Année 0" })).toBeNull();
    expect(screen.getByRole("article", { name: "Année 1" })).toBeTruthy();
  });

  it("shows the lettre d'intention's exercice and its test in Excel mode as from the model", async () => {
    const model = await computeBudget(
      inputs({ taille: 1, dateSignature: SIGNATURE, dateLettreIntention: "2025-11-15" })
    );
    const names = { ...expectedNameValues(model), ...expectedAnnee0Names(model) };
    const card = (figures: ReturnType<typeof figuresFromNames>) => {
      const { unmount } = render(
        <FluentProvider theme={webLightTheme}>
          <ValidationPanel figures={figures} notices={[]} notes={[]} />
        </FluentProvider>
      );
      const text = plain(screen.getByRole("article", { name: "Année 0" }).textContent)!;
      unmount();
      return text;
    };
    const fromWorkbook = card(figuresFromNames(names));
    expect(fromWorkbook).toContain(
      "Exercice de la lettre d'intention (du 01/01/2025 au 31/12/2025), avant l'exercice 1 : 49 000 € de subventions publiques, sous le seuil."
    );
    expect(fromWorkbook).toBe(card(figuresFromModel(model)));
  });

  it("says why there is nothing to ask when the first budgeted year is not 1", () => {
    renderPane(pendingService().service);
    choose("Première année budgétée", "2");
    openFold("Avant la signature");
    expect(screen.queryByLabelText(/^Validation de la lettre d'intention/)).toBeNull();
    expect(
      screen.getByText(
        "L'année 0 précède l'année 1 du contrat : elle ne se budgète qu'avec « Première année budgétée » à l'année 1 (section « La CPTS »)."
      )
    ).toBeTruthy();
  });
});
