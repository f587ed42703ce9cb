import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import { compareCoordinator } from "../../src/domain/comparison";
import { CoordinatorComparison } from "../../src/taskpane/components/CoordinatorComparison";
import {
  type FormValues,
  initialFormValues,
  tailleOf,
  toBudgetInputs,
} from "../../src/taskpane/form/formValues";
import { formatEuros } from "../../src/taskpane/form/numbers";
import { newPost, type PostFormValues } from "../../src/taskpane/form/postValues";
import { validateForm } from "../../src/taskpane/form/validateForm";

function pane(values: FormValues) {
  return (
    <FluentProvider theme={webLightTheme}>
      <CoordinatorComparison values={values} errors={validateForm(values)} />
    </FluentProvider>
  );
}

/** The default form of the taille in `changes` with changes, its first post changed by `post`, a second post after it. */
function withFirstPost(
  changes: Partial<FormValues>,
  post: Partial<PostFormValues>,
  second: Partial<PostFormValues> = {}
): FormValues {
  const values = { ...initialFormValues(tailleOf({ taille: changes.taille ?? "1" })), ...changes };
  return {
    ...values,
    equipe: [
      { ...values.equipe[0], ...post },
      { ...newPost(), ...second },
    ],
  };
}

/** A line of the table: its status, its costs per year, month and hour, its share of the envelope. */
function line(id: string) {
  const row = document.querySelector(`[data-ligne="${id}"]`) as HTMLElement;
  const [statut, , part] = within(row)
    .getAllByRole("cell")
    .map((c) => c.textContent);
  const cost = (kind: string) => row.querySelector(`[data-cout="${kind}"]`)!.textContent;
  return {
    statut,
    annuel: cost("annuel"),
    mensuel: cost("mensuel"),
    horaire: cost("horaire"),
    part,
  };
}

describe("CoordinatorComparison", () => {
  // The payroll engine's first parse takes seconds on a slow machine: warm it before the timed waits.
  beforeAll(() => compareCoordinator(toBudgetInputs(initialFormValues()).equipe[0], 1));

  test("shows the domain's comparison for the first post, in euros, and follows its ETP", async () => {
    const values = withFirstPost({ taille: "3" }, { etp: "0,5" });
    const { rerender } = render(pane(values));
    await screen.findByRole("table", { name: "Comparatif du coordinateur" });
    const expected = await compareCoordinator(toBudgetInputs(values).equipe[0], 3);
    const ge = expected.lignes.find((l) => l.mode === "ge" && l.base === "poste")!;
    expect(line("ge-poste")).toEqual({
      statut: "GE, 0,5 ETP",
      annuel: formatEuros(ge.annuel),
      mensuel: `${formatEuros(ge.mensuel)}/mois`,
      horaire: `${formatEuros(ge.horaire)}/heure`,
      part: expect.stringMatching(/^\d+(,\d)?\s%$/),
    });
    expect(screen.getByText(/75\s000\s€/)).toBeTruthy();
    const freelance = expected.lignes.find((l) => l.mode === "prestataire" && l.base === "poste")!;
    expect(line("prestataire-poste").annuel).toBe(formatEuros(400 * 218 * 0.5));
    expect(freelance.annuel).toBe(400 * 218 * 0.5);
    expect(screen.getByText(/tarif estimé par le complément, sans source publique/)).toBeTruthy();

    rerender(pane(withFirstPost({ taille: "3" }, { etp: "1" })));
    await waitFor(() => expect(line("ge-poste").statut).toBe("GE, 1 ETP"));
    expect(line("ge-poste").annuel).toBe(line("ge-pleinTemps").annuel);
  });

  test("uses the typed day rate, and hides the table while a field it reads is invalid", async () => {
    const values = withFirstPost({}, { mode: "prestataire", tarifJour: "500", joursParAn: "100" });
    const { rerender } = render(pane(values));
    await screen.findByRole("table");
    expect(line("prestataire-pleinTemps").annuel).toBe(formatEuros(500 * 218));
    expect(screen.queryByText(/tarif estimé/)).toBeNull();

    rerender(pane(withFirstPost({}, { mode: "prestataire", tarifJour: "abc", joursParAn: "100" })));
    await waitFor(() => expect(screen.queryByRole("table")).toBeNull());
  });

  test("follows the first post's agreement and typed gross, and ignores the other posts", async () => {
    const first = { convention: "cabinets-medicaux", niveau: "11", brutMensuel: "2 600" } as const;
    const values = withFirstPost({ taille: "2" }, first, { mode: "prestataire", tarifJour: "900" });
    const { rerender } = render(pane(values));
    await screen.findByRole("table");
    const expected = await compareCoordinator(toBudgetInputs(values).equipe[0], 2);
    const salarie = expected.lignes.find((l) => l.mode === "salarie" && l.base === "poste")!;
    expect(line("salarie-poste").annuel).toBe(formatEuros(salarie.annuel));
    // The agreement's minimum (2 397,97 €) would cost less: the typed gross is the one compared.
    const atMinimum = await compareCoordinator(
      { ...toBudgetInputs(values).equipe[0], brutMensuel: undefined },
      2
    );
    const salarieAtMinimum = atMinimum.lignes.find(
      (l) => l.mode === "salarie" && l.base === "poste"
    )!;
    expect(salarieAtMinimum.annuel).toBeLessThan(salarie.annuel);
    // The second post's day rate is not the first post's: the freelance line keeps the estimate.
    expect(line("prestataire-poste").annuel).toBe(formatEuros(400 * 218));
    expect(screen.getByText(/tarif estimé/)).toBeTruthy();
    expect(screen.getByText(/^Poste 1 \(Coordinateur\) :/)).toBeTruthy();

    // An error in the second post leaves the table; one in the first hides it.
    rerender(pane(withFirstPost({ taille: "2" }, first, { etp: "7" })));
    expect(screen.getByRole("table")).toBeTruthy();
    rerender(pane(withFirstPost({ taille: "2" }, { ...first, brutMensuel: "1 000" })));
    await waitFor(() => expect(screen.queryByRole("table")).toBeNull());
  });
});
