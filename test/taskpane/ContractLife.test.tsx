import { act, fireEvent, screen, within } from "@testing-library/react";
import { computeBudget } from "../../src/domain/budget";
import { requireFirstYear } from "../../src/domain/budgetYears";
import { contractTaille, tailleChangeYear } from "../../src/domain/cashPlan";
import { failedChecks } from "../../src/taskpane/check/failedChecks";
import { figuresFromModel, figuresFromNames } from "../../src/taskpane/check/figures";
import {
  avenantHint,
  budgetYearsHint,
  contractLifeErrors,
  renewalMatters,
} from "../../src/taskpane/form/contractLife";
import { faultsByFold, foldSummary } from "../../src/taskpane/form/folds";
import {
  followTaille,
  formValuesFrom,
  tailleDefaults,
  toBudgetInputs,
} from "../../src/taskpane/form/formValues";
import { validateForm } from "../../src/taskpane/form/validateForm";
import { inputs } from "../helpers/budgetInputs";
import { domainMessage } from "../helpers/domainMessage";
import { plain, withoutKeys } from "../helpers/paneForm";
import { expectedNameValues } from "../helpers/expectedNames";
import {
  button,
  choose,
  formSignedOn,
  isDisabled,
  openFold,
  pendingService,
  renderPane,
} from "../helpers/paneUi";

jest.mock("../../src/taskpane/components/CoordinatorComparison", () => ({
  CoordinatorComparison: () => null,
}));

const SIGNATURE = "2022-03-01";
const form = formSignedOn(SIGNATURE);

describe("the contract's life in the form", () => {
  it("maps the first year, the renewal and the avenant to the budget's inputs and back", () => {
    const given = inputs({
      taille: 2,
      nom: "CPTS du Lac",
      dateSignature: SIGNATURE,
      anneeDepart: 4,
      renouvellement: true,
      changementTaille: { date: "2025-06-15", taille: 3 },
    });
    const values = formValuesFrom(given);
    expect(values).toMatchObject({
      anneeDepart: "4",
      renouvellement: true,
      changementTaille: true,
      nouvelleTaille: "3",
      dateAvenant: "2025-06-15",
    });
    expect(toBudgetInputs(values)).toEqual(given);
    expect(withoutKeys(formValuesFrom(toBudgetInputs(values)))).toEqual(withoutKeys(values));
    // Off, the avenant is not budgeted, whatever its fields hold; the defaults are year 1, not renewed.
    const off = toBudgetInputs({ ...values, changementTaille: false });
    expect(off.changementTaille).toBeUndefined();
    const fresh = toBudgetInputs(form());
    expect([fresh.anneeDepart, fresh.renouvellement, fresh.changementTaille]).toEqual([
      1,
      false,
      undefined,
    ]);
  });

  it("refuses what the domain refuses, in its words, under « La CPTS »", () => {
    expect(validateForm(form())).toEqual({});
    expect(validateForm(form({ anneeDepart: "6" })).anneeDepart).toBe(
      domainMessage(() => requireFirstYear(6))
    );
    const change = (nouvelleTaille: string, dateAvenant: string) =>
      validateForm(form({ changementTaille: true, nouvelleTaille, dateAvenant }));
    // No date yet: the date format's message, as for the signature.
    expect(change("2", "")).toEqual({
      dateAvenant: "Date invalide : choisissez une date au format jj/mm/aaaa.",
    });
    expect(change("1", "2024-05-01").nouvelleTaille).toBe(
      domainMessage(() =>
        contractTaille(
          {
            taille: 1,
            dateSignature: SIGNATURE,
            changementTaille: { date: "2024-05-01", taille: 1 },
          },
          1
        )
      )
    );
    expect(change("1", "2024-05-01").nouvelleTaille).toMatch(/^Changement de taille invalide/);
    expect(change("2", "2021-12-31").dateAvenant).toBe(
      domainMessage(() => tailleChangeYear(SIGNATURE, "2021-12-31"))
    );
    expect(change("2", "2024-05-01")).toEqual({});
    // Switched off, the avenant's fields are not checked.
    expect(validateForm(form({ nouvelleTaille: "1", dateAvenant: "" }))).toEqual({});
    // An invalid signature has its own message, and only it.
    const noSignature = form({
      dateSignature: "2018-01-01",
      changementTaille: true,
      dateAvenant: "2024-05-01",
    });
    expect(contractLifeErrors(noSignature)).toEqual({});
    expect(faultsByFold(change("1", ""))).toEqual({ cpts: 2 });
  });

  it("asks the renewal exactly when it changes the budget: when the cash plan reaches year 6", async () => {
    for (const k of [1, 2, 3, 4, 5]) {
      const [ended, renewed] = await Promise.all(
        [false, true].map((renouvellement) =>
          computeBudget(inputs({ anneeDepart: k, renouvellement }))
        )
      );
      const changes =
        JSON.stringify(ended) !== JSON.stringify({ ...renewed, inputs: ended.inputs });
      expect([k, renewalMatters(String(k))]).toEqual([k, changes]);
    }
  });

  it("tells the budgeted years' dates and the avenant's first year", () => {
    const hint = budgetYearsHint(form({ anneeDepart: "4" }));
    expect(hint).toBe(
      "Le budget couvre cette année de contrat et la suivante ; l'année 1 court de la signature au premier anniversaire. Ici : année 4 du 01/03/2025 au 28/02/2026, année 5 du 01/03/2026 au 28/02/2027."
    );
    expect(budgetYearsHint(form({ dateSignature: "2018-01-01" }))).not.toContain("Ici");
    // An avenant of 15 June 2024, after the 2nd anniversary (1 March 2024): the new taille pays year 4 onwards.
    const avenant = form({
      changementTaille: true,
      nouvelleTaille: "2",
      dateAvenant: "2024-06-15",
    });
    expect(avenantHint(avenant)).toMatch(
      /\(règle non sourcée, à vérifier dans l'avenant\)\. Ici : taille 2 à partir de l'année 4 du contrat \(01\/03\/2025\)\.$/
    );
    // On the anniversary itself, the next one.
    expect(avenantHint({ ...avenant, dateAvenant: "2024-03-01" })).toContain(
      "l'année 4 du contrat"
    );
    expect(avenantHint({ ...avenant, nouvelleTaille: "1" })).not.toContain("Ici");
  });

  it("keeps the contract through a change of taille and a reset, the avenant's taille following while untouched", () => {
    const values = form({
      anneeDepart: "5",
      renouvellement: true,
      changementTaille: true,
      dateAvenant: "2024-06-15",
    });
    expect(values.nouvelleTaille).toBe("2");
    const followed = followTaille({ ...values, taille: "2" }, 1);
    expect(followed).toMatchObject({ anneeDepart: "5", renouvellement: true, nouvelleTaille: "3" });
    const typed = followTaille({ ...values, nouvelleTaille: "4", taille: "2" }, 1);
    expect(typed.nouvelleTaille).toBe("4");
    expect(tailleDefaults(typed, 2)).toMatchObject({
      anneeDepart: "5",
      renouvellement: true,
      changementTaille: true,
      dateAvenant: "2024-06-15",
      nouvelleTaille: "3",
    });
    expect(foldSummary("cpts", values)).toBe(
      "CPTS du Lac · taille 1 · signée le 01/03/2022 · années 5 et 6 · renouvelé · avenant taille 2"
    );
  });
});

describe("the contract years in the validation panel, from the model and from the workbook's names", () => {
  it("labels the years k and k + 1 both ways, the Excel path reading Premiere_Annee_Contrat", async () => {
    const model = await computeBudget(inputs({ anneeDepart: 4, dateSignature: SIGNATURE }));
    const fromModel = figuresFromModel(model);
    const names = expectedNameValues(model);
    const fromNames = figuresFromNames(names);
    expect(names.Premiere_Annee_Contrat).toBe(4);
    expect(fromNames.annees.map((y) => y.anneeContrat)).toEqual([4, 5]);
    expect(fromModel.annees.map((y) => y.anneeContrat)).toEqual([4, 5]);
    expect(failedChecks(fromNames)).toEqual(failedChecks(fromModel));
    // A budget of years 4 and 5 whose year 5 overspends: its title names year 5.
    const over = failedChecks({
      ...fromModel,
      annees: [fromModel.annees[0], { ...fromModel.annees[1], resultat: -1000 }],
    });
    expect(over.find((c) => c.id === "deficit-2")?.title).toMatch(/^Année 5 : budget en déficit/);
    const missing = { ...names, Premiere_Annee_Contrat: undefined };
    expect(() => figuresFromNames(missing)).toThrow(/Premiere_Annee_Contrat \(introuvable\)/);
  });
});

describe("the contract fields of the pane", () => {
  it("budgets years 4 and 5 renewed: the funders' amounts and the results under those years", async () => {
    const { service, generate, settle } = pendingService();
    renderPane(service);
    choose(/^Date de signature/, SIGNATURE);
    const first = screen.getByLabelText("Première année budgétée") as HTMLSelectElement;
    expect([...first.options].map((o) => o.text)).toEqual([1, 2, 3, 4, 5].map((k) => `Année ${k}`));
    expect(
      screen.getByText(/^Le budget couvre cette année de contrat et la suivante ; l'année 1 court/)
    ).toBeTruthy();
    const renewal = () =>
      screen.queryByRole("switch", { name: "Contrat renouvelé après l'année 5" });
    for (const k of ["2", "3"]) {
      choose("Première année budgétée", k);
      expect(renewal()).toBeNull();
    }
    choose("Première année budgétée", "4");
    expect(screen.getByText(/Ici : année 4 du 01\/03\/2025 au 28\/02\/2026/)).toBeTruthy();
    fireEvent.click(renewal()!);
    openFold("Autres financeurs");
    const ars = screen.getByRole("group", { name: "ARS (FIR)" });
    expect(within(ars).queryByLabelText("Année 1 (€)")).toBeNull();
    choose("Année 4 (€)", "20 000", ars);
    choose("Année 5 (€)", "15 000", ars);
    // Enough cash at the start of year 4 for the plan to stay positive.
    openFold("Trésorerie");
    choose("Trésorerie au départ (€)", "500 000");
    fireEvent.click(button());
    expect(generate.mock.calls[0][0]).toMatchObject({
      dateSignature: SIGNATURE,
      anneeDepart: 4,
      renouvellement: true,
      changementTaille: undefined,
      financeurs: [{ label: "ARS (FIR)", annee1: 20000, annee2: 15000 }, {}, {}, {}, {}],
    });

    const model = await computeBudget(generate.mock.calls[0][0]);
    await act(async () => settle()({ figures: figuresFromModel(model), notices: [] }));
    expect(screen.getByRole("article", { name: "Année 4" })).toBeTruthy();
    expect(screen.getByRole("article", { name: "Année 5" })).toBeTruthy();
    expect(screen.queryByRole("article", { name: "Année 1" })).toBeNull();
    expect(screen.getByRole("list", { name: "Équilibre de l'année 5" })).toBeTruthy();
    const texts = plain(document.body.textContent);
    expect(
      screen.getByRole("progressbar", { name: /^Subventions publiques de l'année 5 :/ })
    ).toBeTruthy();
    expect(model.tresorerie.min).toBeGreaterThan(0);
    expect(texts).toContain("sur les 36 mois à partir du début de l'année 4 du contrat");
  });

  it("reveals the avenant's taille and date, checks them, and budgets the change", () => {
    const { service, generate } = pendingService();
    renderPane(service);
    choose(/^Date de signature/, SIGNATURE);
    expect(screen.queryByLabelText("Nouvelle taille")).toBeNull();
    fireEvent.click(screen.getByRole("switch", { name: "Changement de taille par avenant" }));
    const avenant = screen.getByRole("group", { name: "Avenant de changement de taille" });
    expect(
      within(avenant).getByText("Date invalide : choisissez une date au format jj/mm/aaaa.")
    ).toBeTruthy();
    expect(isDisabled(button())).toBe(true);
    choose("Nouvelle taille", "1", avenant);
    choose("Date de l'avenant", "2024-06-15", avenant);
    expect(
      within(avenant).getByText(/^Changement de taille invalide : la nouvelle taille \(1\)/)
    ).toBeTruthy();
    expect(screen.getByText(/Corrigez les champs signalés \(La CPTS\)/)).toBeTruthy();
    choose("Nouvelle taille", "2", avenant);
    expect(
      within(avenant).getByText(
        /Ici : taille 2 à partir de l'année 4 du contrat \(01\/03\/2025\)\.$/
      )
    ).toBeTruthy();
    expect(isDisabled(button())).toBe(false);
    fireEvent.click(button());
    expect(generate.mock.calls[0][0].changementTaille).toEqual({ date: "2024-06-15", taille: 2 });
  });
});
