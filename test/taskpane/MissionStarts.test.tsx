import { fireEvent, screen, within } from "@testing-library/react";
import { computeBudget } from "../../src/domain/budget";
import { requireMissionStart } from "../../src/domain/cashPlan";
import { sum } from "../../src/domain/errors";
import { faultsByFold, foldSummary } from "../../src/taskpane/form/folds";
import {
  type FormValues,
  formValuesFrom,
  tailleDefaults,
  toBudgetInputs,
} from "../../src/taskpane/form/formValues";
import { missionStartHint, NO_MISSION_STARTS } from "../../src/taskpane/form/missionStarts";
import { validateForm } from "../../src/taskpane/form/validateForm";
import { domainMessage } from "../helpers/domainMessage";
import { withoutKeys } from "../helpers/paneForm";
import {
  button,
  choose,
  formSignedOn,
  isDisabled,
  pendingService,
  renderPane,
} from "../helpers/paneUi";

jest.mock("../../src/taskpane/components/CoordinatorComparison", () => ({
  CoordinatorComparison: () => null,
}));

const SIGNATURE = "2025-03-01";
const form = formSignedOn(SIGNATURE);
const dated = (starts: Partial<FormValues["missionStarts"]>, changes: Partial<FormValues> = {}) =>
  form({ datesParMission: true, missionStarts: { ...NO_MISSION_STARTS, ...starts }, ...changes });

describe("a start date per mission in the form", () => {
  it("sends the dates typed, only for the missions contracted, and reads them back", () => {
    expect(toBudgetInputs(form()).missionStarts).toEqual({});
    const values = dated({ acces: "2025-06-02", qualite: "2025-09-01" });
    // Qualité is not contracted without the optional missions: its date is not sent.
    expect(toBudgetInputs(values).missionStarts).toEqual({ acces: "2025-06-02" });
    const optional = { ...values, optionnelles: true };
    const given = toBudgetInputs(optional);
    expect(given.missionStarts).toEqual({ acces: "2025-06-02", qualite: "2025-09-01" });
    expect(withoutKeys(formValuesFrom(given))).toEqual(withoutKeys(optional));
    // Switched off, the dates stay in the form but the budget follows the setting alone.
    expect(toBudgetInputs({ ...values, datesParMission: false }).missionStarts).toEqual({});
    // A reset to the taille's defaults keeps them, like the setting.
    expect(tailleDefaults(values, 2)).toMatchObject({
      datesParMission: true,
      missionStarts: values.missionStarts,
    });
    expect(foldSummary("aci", values)).toBe(
      "socle seul · variable 0 % · démarrage à la signature · dates par mission"
    );
  });

  it("refuses what the cash plan refuses, in its words (the CLI's: test/cli/missionStarts), under « Missions et ACI »", () => {
    expect(validateForm(dated({ acces: "2025-09-01", prevention: "2026-03-01" }))).toEqual({});
    const late = dated({ acces: "2025-09-02" });
    const message = domainMessage(() => requireMissionStart(SIGNATURE, "acces", "2025-09-02"));
    expect(validateForm(late)).toEqual({ "missionStarts.acces": message });
    expect(message).toBe(
      "Date de démarrage de la mission « Accès aux soins » trop tardive : 02/09/2025. Valeur attendue : au plus tard 6 mois après la signature, soit le 01/09/2025."
    );
    expect(validateForm(dated({ parcours: "2025-02-28" }))["missionStarts.parcours"]).toBe(
      "Date de démarrage de la mission « Parcours pluriprofessionnels » invalide : 28/02/2025 précède la signature (01/03/2025)."
    );
    expect(validateForm(dated({ crise: "2025-13-01" }))["missionStarts.crise"]).toBe(
      "Date invalide : choisissez une date au format jj/mm/aaaa."
    );
    expect(faultsByFold(validateForm(late))).toEqual({ aci: 1 });
    // Off, the dates are not checked; an invalid signature has its own message only.
    expect(validateForm({ ...late, datesParMission: false })).toEqual({});
    expect(Object.keys(validateForm({ ...late, dateSignature: "2018-01-01" }))).toEqual([
      "dateSignature",
    ]);
  });

  it("says what an empty date means: the setting's date, and the latest allowed", () => {
    expect(missionStartHint(dated({}), "parcours")).toBe(
      "Vide : démarrage le 01/03/2025. Au plus tard le 01/03/2026."
    );
    expect(missionStartHint(dated({}, { demarrages: "au-plus-tard" }), "acces")).toBe(
      "Vide : démarrage le 01/09/2025. Au plus tard le 01/09/2025."
    );
    expect(missionStartHint(dated({}, { dateSignature: "" }), "acces")).toBe(
      "Vide : selon le démarrage choisi ci-dessus."
    );
  });

  it("moves the budget's ACI: a mission started later is paid later, in the Budget and the Trésorerie alike", async () => {
    const [atSignature, late] = await Promise.all(
      [form(), dated({ parcours: "2026-02-01" })].map((v) => computeBudget(toBudgetInputs(v)))
    );
    expect(late.tresorerie.demarrages.parcours.date).toBe("2026-02-01");
    expect(late.tresorerie.demarrages.acces.date).toBe(SIGNATURE);
    expect(late.annees[0].aci).toBeLessThan(atSignature.annees[0].aci);
    // The Trésorerie's months of each contract year receive what the Budget books for it.
    const received = (year: number) =>
      sum(
        late.tresorerie.months.filter((m) => m.annee === year).map((m) => sum(Object.values(m.aci)))
      );
    expect(received(1)).toBeCloseTo(late.annees[0].aci, 2);
    expect(received(2)).toBeCloseTo(late.annees[1].aci, 2);
  });
});

describe("the mission dates in the pane", () => {
  it("reveals a date per mission, checks it, and generates with it", () => {
    const { service, generate } = pendingService();
    renderPane(service);
    choose(/^Date de signature/, SIGNATURE);
    expect(screen.queryByRole("group", { name: "Dates de démarrage des missions" })).toBeNull();
    fireEvent.click(screen.getByRole("switch", { name: "Une date de démarrage par mission" }));
    const group = screen.getByRole("group", { name: "Dates de démarrage des missions" });
    expect(
      within(group)
        .getAllByLabelText(/./)
        .map((el) => el.getAttribute("type"))
    ).toEqual(Array(4).fill("date"));
    choose("Accès aux soins", "2025-10-01", group);
    expect(within(group).getByText(/« Accès aux soins » trop tardive : 01\/10\/2025/)).toBeTruthy();
    expect(isDisabled(button())).toBe(true);
    choose("Accès aux soins", "2025-05-15", group);
    fireEvent.click(button());
    expect(generate.mock.calls[0][0].missionStarts).toEqual({ acces: "2025-05-15" });
  });
});
