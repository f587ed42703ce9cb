// The rendered pane of the UI tests: the App under Fluent's theme, a service settled by hand, and its fields' actions.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { type BudgetInputs } from "../../src/domain/budgetInputs";
import { type BudgetService, type GenerationOutcome } from "../../src/taskpane/budgetService";
import { App } from "../../src/taskpane/components/App";
import { type FormValues, initialFormValues } from "../../src/taskpane/form/formValues";

/** The default form of « CPTS du Lac » signed on `signature`, with changes. */
export const formSignedOn =
  (signature: string) =>
  (changes: Partial<FormValues> = {}): FormValues => ({
    ...initialFormValues(1),
    nom: "CPTS du Lac",
    dateSignature: signature,
    ...changes,
  });

/** A service whose generate() the test settles by hand. */
export function pendingService() {
  let settle!: (o: GenerationOutcome) => void;
  const generate = jest.fn<Promise<GenerationOutcome>, [BudgetInputs]>(
    () =>
      new Promise<GenerationOutcome>((resolve) => {
        settle = resolve;
      })
  );
  return { service: { generate } as BudgetService, generate, settle: () => settle };
}

export function renderPane(service: BudgetService, mode: "excel" | "standalone" = "standalone") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App mode={mode} service={service} />
    </FluentProvider>
  );
}

export const button = () => screen.getByRole("button", { name: "Générer le budget" });
export const isDisabled = (el: HTMLElement) => el.getAttribute("aria-disabled") === "true";
export const choose = (label: RegExp | string, value: string, scope: HTMLElement = document.body) =>
  fireEvent.change(within(scope).getByLabelText(label), { target: { value } });
/** Clicks a section's heading button (its title, then its summary or its faults). */
export const openFold = (title: string) =>
  fireEvent.click(screen.getByRole("button", { name: new RegExp(`^${title}`) }));
