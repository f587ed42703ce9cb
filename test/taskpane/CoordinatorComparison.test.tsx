import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import { compareCoordinator } from "../../src/domain/comparison";
import { CoordinatorComparison } from "../../src/taskpane/components/CoordinatorComparison";
import {
  type FormValues,
  initialFormValues,
  toBudgetInputs,
} from "../../src/taskpane/form/formValues";
import { formatEuros } from "../../src/taskpane/form/numbers";
import { validateForm } from "../../src/taskpane/form/validateForm";

function pane(values: FormValues) {
  return (
    <FluentProvider theme={webLightTheme}>
      <CoordinatorComparison values={values} errors={validateForm(values)} />
    </FluentProvider>
  );
}

const cells = (line: string) =>
  within(document.querySelector(`[data-ligne="${line}"]`) as HTMLElement)
    .getAllByRole("cell")
    .map((c) => c.textContent);

describe("CoordinatorComparison", () => {
  // The payroll engine's first parse takes seconds on a slow machine: warm it before the timed waits.
  beforeAll(() => compareCoordinator(toBudgetInputs(initialFormValues()).coordinateur, 1));

  test("shows the domain's comparison for the typed coordinator, in euros, and follows the ETP", async () => {
    const values = { ...initialFormValues(), taille: "3", etp: "0,5" };
    const { rerender } = render(pane(values));
    await screen.findByRole("table", { name: "Comparatif du coordinateur" });
    const expected = await compareCoordinator(toBudgetInputs(values).coordinateur, 3);
    const ge = expected.lignes.find((l) => l.mode === "ge" && l.base === "poste")!;
    expect(cells("ge-poste")).toEqual([
      "Groupement d'employeurs, 0,5 ETP",
      formatEuros(ge.annuel),
      formatEuros(ge.mensuel),
      formatEuros(ge.horaire),
      expect.stringMatching(/%$/),
    ]);
    expect(screen.getByText(/75\s000\s€/)).toBeTruthy();
    const freelance = expected.lignes.find((l) => l.mode === "prestataire" && l.base === "poste")!;
    expect(cells("prestataire-poste")[1]).toBe(formatEuros(400 * 218 * 0.5));
    expect(freelance.annuel).toBe(400 * 218 * 0.5);
    expect(screen.getByText(/tarif estimé par le complément, sans source publique/)).toBeTruthy();

    rerender(pane({ ...values, etp: "1" }));
    await waitFor(() => expect(cells("ge-poste")[0]).toBe("Groupement d'employeurs, 1 ETP"));
    expect(cells("ge-poste")[1]).toBe(cells("ge-pleinTemps")[1]);
  });

  test("uses the typed day rate, and hides the table while a field it reads is invalid", async () => {
    const values: FormValues = {
      ...initialFormValues(),
      mode: "prestataire",
      tarifJour: "500",
      joursParAn: "100",
    };
    const { rerender } = render(pane(values));
    await screen.findByRole("table");
    expect(cells("prestataire-pleinTemps")[1]).toBe(formatEuros(500 * 218));
    expect(screen.queryByText(/tarif estimé/)).toBeNull();

    rerender(pane({ ...values, tarifJour: "abc" }));
    await waitFor(() => expect(screen.queryByRole("table")).toBeNull());
  });
});
