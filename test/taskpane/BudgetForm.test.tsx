import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { type BudgetService, type GenerationOutcome } from "../../src/taskpane/budgetService";
import { type BudgetFigures, type YearFigures } from "../../src/taskpane/check/figures";
import { App } from "../../src/taskpane/components/App";
import { defaultPost } from "../../src/domain/budgetInputs";
import { MISSION_LABELS } from "../../src/domain/data/aciGrid";
import { CABINETS_MEDICAUX_GRID } from "../../src/domain/data/cabinetsMedicauxGrid";
import { HONORAIRES_CAC } from "../../src/domain/data/prefill";
import { DomainError } from "../../src/domain/errors";
import { PaneError } from "../../src/taskpane/paneError";
import { plain } from "../helpers/paneForm";

// The comparison table computes asynchronously (the payroll engine) and has its own test
// (CoordinatorComparison.test.tsx): left out here, so that its late updates do not land outside act().
jest.mock("../../src/taskpane/components/CoordinatorComparison", () => ({
  CoordinatorComparison: () => null,
}));

// Fluent UI v9 measures elements (MessageBar) with ResizeObserver, which jsdom lacks.

const year = (annee: 1 | 2, subventions: number, resultat = 0): YearFigures => ({
  annee,
  anneeContrat: annee,
  aci: subventions,
  subventions,
  totalCharges: subventions - resultat,
  totalProduits: subventions,
  resultat,
  cacObligatoire: subventions > 153000,
  nonComptes: "",
  cacRetenu: subventions > 153000,
  honorairesCac: subventions > 153000 ? 5000 : 0,
  fonctionnement: { depenses: 50000, financementAci: 75000, ecart: 25000 },
  indemnites: { anneePass: 2025, pass: 47100, maxParProfessionnel: 0, depasse: false },
  indemnitesProfessionnels: 0,
  resteAAffecter: 0,
  depassementFonctionnement: 0,
  enveloppes: [],
});

const figures = (
  origin: BudgetFigures["origin"],
  y1: YearFigures,
  y2: YearFigures
): BudgetFigures => ({
  origin,
  taille: 3,
  seuil: 153000,
  annees: [y1, y2],
  tresorerie: { min: -12500, moisMin: "2025-02", firstNegativeMonth: "2024-12" },
  exercices: [
    { exercice: 1, encaissees: 75000, allouees: 819.67, verdict: "non" },
    { exercice: 2, encaissees: 204375, allouees: 144420.08, verdict: "a-verifier" },
  ],
  estimations: 0,
  obligations: { enRetard: 2, prochainement: 3 },
});

/** A service whose generate() the test settles by hand. */
function pendingService(extra: Partial<BudgetService> = {}) {
  let settle!: { resolve: (o: GenerationOutcome) => void; reject: (e: unknown) => void };
  const generate = jest.fn(
    (_inputs, onProgress: (step: string, fraction: number) => void) =>
      new Promise<GenerationOutcome>((resolve, reject) => {
        onProgress("Écriture des feuilles dans le classeur…", 0.4);
        settle = { resolve, reject };
      })
  );
  return { service: { generate, ...extra } as BudgetService, generate, settle: () => settle };
}

function renderPane(service: BudgetService, mode: "excel" | "standalone" = "standalone") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App mode={mode} service={service} />
    </FluentProvider>
  );
}

const button = () => screen.getByRole("button", { name: "Générer le budget" });
const isDisabled = (el: HTMLElement) =>
  el.getAttribute("aria-disabled") === "true" || (el as HTMLButtonElement).disabled;
const type = (label: RegExp | string, value: string, scope: HTMLElement = document.body) =>
  fireEvent.change(within(scope).getByLabelText(label), { target: { value } });
/** A section's heading button: its title, then its summary or its faults. */
const foldButton = (title: string) => screen.getByRole("button", { name: new RegExp(`^${title}`) });
/** Unfolds a section of the form, if folded. */
const openFold = (title: string) => {
  if (foldButton(title).getAttribute("aria-expanded") !== "true")
    fireEvent.click(foldButton(title));
};

describe("BudgetForm inline validation", () => {
  it("starts valid from the defaults, with the button enabled", () => {
    renderPane(pendingService().service);
    expect(isDisabled(button())).toBe(false);
    expect(screen.getByLabelText(/^Taille \(1 à 4\)/)).toHaveProperty("value", "1");
    expect(screen.getByText(/^Taille 1 : moins de 40.000 habitants\.$/)).toBeTruthy();
  });

  it.each([
    ["a taille out of 1–4", /^Taille \(1 à 4\)/, "5", "Taille invalide : saisissez 1, 2, 3 ou 4."],
    [
      "an ETP above 1",
      /^ETP/,
      "1,5",
      "Poste 1 : ETP invalide : de 0 à 1 (1 = temps plein, 0,5 = mi-temps).",
    ],
    [
      "a date that does not exist",
      /^Date de signature/,
      "2025-02-30",
      "Date invalide : choisissez une date au format jj/mm/aaaa.",
    ],
    [
      "a date before the ACI CPTS",
      /^Date de signature/,
      "2018-05-01",
      "Date de signature invalide : 01/05/2018. Valeur attendue : une date du 20/06/2019 (ACI CPTS du 20 juin 2019) au 31/12/9899.",
    ],
    [
      "a negative fee",
      /^Honoraires du CAC/,
      "-500",
      "Montant négatif : saisissez un montant positif ou nul.",
    ],
    [
      "a fee that is not a number",
      /^Honoraires du CAC/,
      "trois mille",
      "Saisissez un montant en euros (ex. 12 000).",
    ],
  ])("refuses %s with a French message and disables the button", (_case, label, value, message) => {
    const { service, generate } = pendingService();
    renderPane(service);
    openFold("Équipe");
    openFold("Commissaire aux comptes");
    type(label, value);
    expect(screen.getByText(message)).toBeTruthy();
    expect(isDisabled(button())).toBe(true);
    expect(
      screen.getByText(/^Corrigez les champs signalés \(.+\) pour générer le budget\.$/)
    ).toBeTruthy();
    fireEvent.click(button());
    fireEvent.submit(button().closest("form")!);
    expect(generate).not.toHaveBeenCalled();
  });

  it("flags a negative funder amount on its own line, and re-enables the button once fixed", () => {
    renderPane(pendingService().service);
    openFold("Autres financeurs");
    const ars = screen.getByRole("group", { name: "ARS (FIR)" });
    type("Année 1 (€)", "-100", ars);
    expect(
      within(ars).getByText("Montant négatif : saisissez un montant positif ou nul.")
    ).toBeTruthy();
    expect(
      within(screen.getByRole("group", { name: "Région" })).queryByText(/Montant négatif/)
    ).toBeNull();
    expect(isDisabled(button())).toBe(true);
    type("Année 1 (€)", "12 000", ars);
    expect(within(ars).queryByText(/Montant négatif/)).toBeNull();
    expect(isDisabled(button())).toBe(false);
  });

  it("notes the figures that rest on a single source: taille 4 majoration and financement additionnel", () => {
    renderPane(pendingService().service);
    expect(screen.queryByText(/Majoration de 10 %/)).toBeNull();
    openFold("Membres et cotisations");
    type(/^Taille \(1 à 4\)/, "4");
    type(/^Nombre de membres/, "120");
    type(/^Date de signature/, "2022-03-01");
    expect(screen.getByText(/Majoration de 10 % des missions .* source unique/)).toBeTruthy();
    expect(
      screen.getByText(/Financement additionnel du fonctionnement .* source unique/)
    ).toBeTruthy();
  });

  it("asks a day rate instead of a Syntec coefficient for a freelance post", () => {
    renderPane(pendingService().service);
    openFold("Équipe");
    expect(screen.getByRole("option", { name: "Cadre 2.2 (130)" })).toBeTruthy();
    choose("Statut", "prestataire");
    expect(screen.queryByLabelText(/^ETP/)).toBeNull();
    expect(screen.queryByLabelText("Convention collective")).toBeNull();
    type(/^Jours par an/, "400");
    expect(
      screen.getByText(
        "Poste 1 : jours par an du prestataire invalide : 400. Valeur attendue : un nombre de jours supérieur à 0, au plus 366 (ex. 0,5 pour une demi-journée)."
      )
    ).toBeTruthy();
  });
});

const post = (n: number) => screen.getByRole("group", { name: new RegExp(`^Poste ${n}\\b`) });
const posts = () => screen.getAllByRole("group", { name: /^Poste \d+/ });
const choose = (label: string, value: string, scope: HTMLElement = document.body) =>
  fireEvent.change(within(scope).getByLabelText(label), { target: { value } });
/** Spaces as French formatting writes them (narrow no-break, no-break) made plain. */

describe("the team", () => {
  it("adds, duplicates and removes posts, one staying, the new post's title focused", () => {
    renderPane(pendingService().service);
    openFold("Équipe");
    expect(posts()).toHaveLength(1);
    expect(isDisabled(screen.getByRole("button", { name: "Supprimer le poste 1" }))).toBe(true);

    fireEvent.click(screen.getByRole("button", { name: "Ajouter un poste" }));
    expect(posts()).toHaveLength(2);
    expect(post(2).textContent).toContain("Poste 2 : Nouveau poste");
    expect(document.activeElement).toBe(within(post(2)).getByLabelText("Intitulé"));
    type("Intitulé", "Secrétaire", post(2));
    type(/^ETP/, "0,5", post(2));

    fireEvent.click(screen.getByRole("button", { name: "Dupliquer le poste 2" }));
    expect(posts()).toHaveLength(3);
    expect(post(3).textContent).toContain("Poste 3 : Secrétaire (copie)");
    expect(within(post(3)).getByLabelText(/^ETP/)).toHaveProperty("value", "0,5");
    expect(document.activeElement).toBe(within(post(3)).getByLabelText("Intitulé"));

    fireEvent.click(screen.getByRole("button", { name: "Supprimer le poste 1" }));
    expect(posts()).toHaveLength(2);
    // The first post left: the secretary is now the first, the coordinator's post.
    expect(post(1).textContent).toContain("Poste 1 : Secrétaire");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Ajouter un poste" }));
    fireEvent.click(screen.getByRole("button", { name: "Supprimer le poste 2" }));
    expect(posts()).toHaveLength(1);
    expect(isDisabled(screen.getByRole("button", { name: "Supprimer le poste 1" }))).toBe(true);
  });

  it("shows each post's errors in its own card, naming it, and folds a card to one line", () => {
    const { generate } = pendingService();
    renderPane({ generate } as BudgetService);
    openFold("Équipe");
    fireEvent.click(screen.getByRole("button", { name: "Ajouter un poste" }));
    type(/^ETP/, "1,5", post(2));
    const message = "Poste 2 : ETP invalide : de 0 à 1 (1 = temps plein, 0,5 = mi-temps).";
    expect(within(post(2)).getByText(message)).toBeTruthy();
    expect(within(post(1)).queryByText(/ETP invalide/)).toBeNull();
    expect(isDisabled(button())).toBe(true);

    // Folded, the card says it has a field to fix.
    fireEvent.click(screen.getByRole("button", { name: "Replier le poste 2" }));
    expect(within(post(2)).queryByLabelText(/^ETP/)).toBeNull();
    expect(within(post(2)).getByText("Un champ à corriger : ouvrez le poste.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Déplier le poste 2" }));
    type(/^ETP/, "0,8", post(2));
    fireEvent.click(screen.getByRole("button", { name: "Replier le poste 2" }));
    expect(
      within(post(2)).getByText("GE · 0,8 ETP · 24 mois, début au 1er mois du budget")
    ).toBeTruthy();
    expect(isDisabled(button())).toBe(false);
  });

  it("under the cabinets médicaux agreement, asks the level, shows its minimum and that its grid has one source", () => {
    renderPane(pendingService().service);
    openFold("Équipe");
    const first = post(1);
    expect(within(first).queryByText(/Source unique/)).toBeNull();
    choose("Convention collective", "cabinets-medicaux", first);
    expect(within(first).queryByLabelText("Coefficient Syntec")).toBeNull();
    expect(within(first).queryByLabelText(/Forfait jours/)).toBeNull();
    expect(within(first).getByLabelText("Niveau (cabinets médicaux)")).toHaveProperty(
      "value",
      "11"
    );
    expect(
      within(first).getByText(CABINETS_MEDICAUX_GRID.confidence!, { exact: false })
    ).toBeTruthy();
    expect(within(first).getByText(/^Compté comme non-cadre \(hypothèse/)).toBeTruthy();
    const hint = () => plain(within(first).getByText(/^minimum : /).textContent);
    expect(hint()).toBe(
      "minimum : 2 397,97 € (minimum cabinets médicaux 2024, niveau 11) ; laissez vide pour l'appliquer."
    );
    choose("Niveau (cabinets médicaux)", "4", first);
    expect(hint()).toMatch(
      /^minimum : 1 823,03 € \(minimum cabinets médicaux 2024, niveau 4, relevé au SMIC 2026\)/
    );
    type("Brut mensuel à temps plein (€)", "1 800", first);
    expect(
      plain(within(first).getByText(/^Poste 1 : brut mensuel sous le minimum/).textContent)
    ).toBe(
      "Poste 1 : brut mensuel sous le minimum : au moins 1 823,03 € (minimum cabinets médicaux 2024, niveau 4, relevé au SMIC 2026)."
    );
  });

  it("edits a post's split from the default one, flags a total other than 100 %, and resets it", () => {
    renderPane(pendingService().service);
    openFold("Équipe");
    const first = post(1);
    expect(within(first).getByText("Répartition par enveloppe : par défaut")).toBeTruthy();
    fireEvent.click(within(first).getByRole("button", { name: "Modifier" }));
    const fonctionnement = within(first).getByLabelText("Fonctionnement");
    expect(fonctionnement).toHaveProperty("value", "50");
    expect(within(first).queryByLabelText(MISSION_LABELS.qualite)).toBeNull();
    fireEvent.change(fonctionnement, { target: { value: "60" } });
    expect(within(first).getByText("Répartition par enveloppe : personnalisée")).toBeTruthy();
    expect(
      within(first).getByText("Poste 1 : répartition à 110 % : les parts doivent totaliser 100 %.")
    ).toBeTruthy();
    expect(isDisabled(button())).toBe(true);
    fireEvent.click(within(first).getByRole("button", { name: "Répartition par défaut" }));
    expect(within(first).getByText("Répartition par enveloppe : par défaut")).toBeTruthy();
    expect(isDisabled(button())).toBe(false);
  });

  it("generates with the whole team, the coordinator first", async () => {
    const { service, generate } = pendingService();
    renderPane(service);
    openFold("Équipe");
    type(/^Taille \(1 à 4\)/, "3");
    fireEvent.click(screen.getByRole("button", { name: "Ajouter un poste" }));
    type("Intitulé", "Secrétaire", post(2));
    choose("Statut", "salarie", post(2));
    choose("Convention collective", "aucune", post(2));
    expect(
      within(post(2)).getByText(/^Sans convention : au moins le SMIC\. Compté comme non-cadre/)
    ).toBeTruthy();
    expect(within(post(2)).queryByLabelText("Coefficient Syntec")).toBeNull();
    type(/^ETP/, "0,6", post(2));
    type("Début (mois)", "5", post(2));
    type("Durée (mois)", "19", post(2));
    fireEvent.click(button());
    expect(generate.mock.calls[0][0].equipe).toEqual([
      defaultPost(),
      {
        ...defaultPost(),
        intitule: "Secrétaire",
        mode: "salarie",
        convention: "aucune",
        coef: undefined,
        etp: 0.6,
        debutMois: 5,
        mois: 19,
      },
    ]);
  });
});

describe("generation and its errors", () => {
  it("shows an Office.js failure in words, with its code, and moves focus to it", async () => {
    const { service, settle } = pendingService();
    renderPane(service, "excel");
    fireEvent.click(button());
    expect(screen.getByText("Écriture des feuilles dans le classeur…")).toBeTruthy();
    expect(isDisabled(button())).toBe(true);
    await act(async () =>
      settle().reject({
        code: "InvalidOperationInCellEditMode",
        message: "The operation is not allowed in cell edit mode.",
        debugInfo: { errorLocation: "Workbook.worksheets.add" },
      })
    );
    const alert = screen
      .getByText("Le budget n'a pas été généré")
      .closest(".fui-MessageBar") as HTMLElement;
    expect(alert.textContent).toContain(
      "Excel est en mode édition de cellule : validez ou annulez la saisie en cours"
    );
    expect(alert.textContent).toContain("code InvalidOperationInCellEditMode");
    expect(alert.textContent).toContain("emplacement Workbook.worksheets.add");
    expect(document.activeElement).toBe(alert);
    expect(isDisabled(button())).toBe(false);
  });

  it("shows a domain error's French message as is", async () => {
    const { service, settle } = pendingService();
    renderPane(service);
    fireEvent.click(button());
    await act(async () =>
      settle().reject(new DomainError("Coefficient 999 absent de la grille Syntec 2025.", "coef"))
    );
    expect(screen.getByText("Coefficient 999 absent de la grille Syntec 2025.")).toBeTruthy();
  });

  it("passes the answers to the service and shows the verdict per year, focus on the result", async () => {
    const { service, generate, settle } = pendingService();
    renderPane(service);
    type(/^Taille \(1 à 4\)/, "3");
    openFold("Autres financeurs");
    type("Année 1 (€)", "20 000", screen.getByRole("group", { name: "ARS (FIR)" }));
    fireEvent.click(button());
    expect(generate.mock.calls[0][0]).toMatchObject({
      taille: 3,
      financeurs: [{ label: "ARS (FIR)", annee1: 20000 }, {}, {}, {}, {}],
    });
    await act(async () =>
      settle().resolve({
        figures: figures(
          "modele",
          { ...year(1, 254375, 1200), nonComptes: "Mécénat, fondation" },
          year(2, 140000)
        ),
        notices: [],
      })
    );
    const heading = screen.getByRole("heading", { name: "Contrôle du budget" });
    expect(document.activeElement).toBe(heading);
    const y1 = screen
      .getByRole("article", { name: "Année 1" })
      .textContent!.replace(/[\u202f\u00a0]/g, " ");
    expect(y1).toContain("Subventions publiques : 254 375 € sur 153 000 €");
    expect(y1).toContain("commissaire aux comptes obligatoire");
    expect(y1).toContain("Non comptés comme subventions publiques : Mécénat, fondation.");
    const y2 = screen
      .getByRole("article", { name: "Année 2" })
      .textContent!.replace(/[\u202f\u00a0]/g, " ");
    expect(y2).toContain("marge 13 000 €");
    expect(y2).not.toContain("Non comptés");
    expect(screen.getByRole("list", { name: "Points à corriger" }).textContent).toContain(
      "Année 1 : excédent de 1"
    );
    // The cash plan goes negative: how much to find, and from when.
    const cash = document.body.textContent!.replace(/[\u202f\u00a0]/g, " ");
    expect(cash).toContain("Solde le plus bas : -12 500 € en février 2025");
    expect(cash).toContain("Il faut trouver 12 500 € de trésorerie avant décembre 2024");
    expect(cash).toContain("Exercice 2 : 204 375 € de subventions publiques encaissées");
    expect(cash).toContain("au-delà du seuil dans une seule lecture : à vérifier");
  });

  it("re-reads the workbook's totals on « Revérifier », and says so in words when it cannot", async () => {
    const recheck = jest
      .fn<Promise<BudgetFigures>, []>()
      .mockResolvedValueOnce(figures("classeur", year(1, 120000, -3000), year(2, 130000)))
      .mockRejectedValueOnce(
        new PaneError(
          "Le classeur ne donne pas les totaux du budget : Resultat_Annee1 (introuvable)."
        )
      );
    const { service, settle } = pendingService({ recheck });
    renderPane(service, "excel");
    fireEvent.click(button());
    await act(async () =>
      settle().resolve({
        figures: figures("classeur", year(1, 254375), year(2, 140000)),
        notices: ["Notice de test."],
      })
    );
    expect(screen.getByText("Notice de test.")).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Revérifier" })));
    await waitFor(() => expect(screen.getByText(/budget en déficit de 3/)).toBeTruthy());
    expect(screen.getByRole("article", { name: "Année 1" }).textContent).toContain(
      "pas d'obligation de commissaire aux comptes"
    );
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Revérifier" })));
    await waitFor(() => expect(screen.getByText("Relecture du classeur impossible")).toBeTruthy());
    expect(screen.getByText(/Resultat_Annee1 \(introuvable\)/)).toBeTruthy();
  });
});

describe("a short pane: sections that fold", () => {
  it("opens the essentials, folds the rest to one line each, and unfolds a section on demand", () => {
    renderPane(pendingService().service);
    for (const title of ["La CPTS", "Missions et ACI"])
      expect(foldButton(title).getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByLabelText(/^Date de signature/)).toBeTruthy();
    expect(screen.getByRole("switch", { name: "Missions optionnelles" })).toBeTruthy();
    const folded = ["Équipe", "Membres et cotisations", "Autres financeurs"];
    for (const title of [...folded, "Commissaire aux comptes", "Trésorerie"])
      expect(foldButton(title).getAttribute("aria-expanded")).toBe("false");
    // Folded, the fields are not in the page; the heading sums them up.
    expect(screen.queryByLabelText(/^ETP/)).toBeNull();
    expect(screen.queryByLabelText(/^Honoraires du CAC/)).toBeNull();
    expect(plain(foldButton("Équipe").textContent)).toBe("Équipe1 poste : Coordinateur");
    expect(plain(foldButton("Commissaire aux comptes").textContent)).toContain(
      "4 500 € par an, si le CAC est requis"
    );
    expect(screen.getByRole("heading", { level: 2, name: /^Trésorerie/ })).toBeTruthy();

    openFold("Trésorerie");
    const region = screen.getByRole("region", { name: "Trésorerie" });
    expect(within(region).getByLabelText("Début de l'exercice")).toHaveProperty("value", "1");
    expect(within(region).getByText(/Non sourcé : délai estimé à 2 mois/)).toBeTruthy();
    fireEvent.click(foldButton("Trésorerie"));
    expect(screen.queryByRole("region", { name: "Trésorerie" })).toBeNull();
    expect(
      screen.getByText(/heures de gouvernance et taux horaires sont préremplis selon la taille/)
    ).toBeTruthy();
  });

  it("tells on a folded section's heading that a field inside needs fixing, and names it under the button", () => {
    renderPane(pendingService().service);
    openFold("Trésorerie");
    type("Trésorerie au départ (€)", "beaucoup");
    fireEvent.click(foldButton("Trésorerie"));
    expect(plain(foldButton("Trésorerie").textContent)).toBe("TrésorerieUn champ à corriger");
    expect(isDisabled(button())).toBe(true);
    expect(
      screen.getByText("Corrigez les champs signalés (Trésorerie) pour générer le budget.")
    ).toBeTruthy();
    openFold("Trésorerie");
    expect(
      screen.getByText("Saisissez un montant en euros (ex. 12 000, ou -2 000 pour un découvert).")
    ).toBeTruthy();
  });

  it("generates with the members' dues and the cash plan's settings typed in their sections", () => {
    const { service, generate } = pendingService();
    renderPane(service);
    openFold("Membres et cotisations");
    type(/^Nombre de membres/, "40");
    type("Cotisation annuelle par membre (€)", "25");
    openFold("Trésorerie");
    type("Trésorerie au départ (€)", "-3 000");
    choose("Délai de versement de l'ACI (mois)", "3");
    choose("Mois des éléments annuels", "9");
    choose("Début de l'exercice", "7");
    fireEvent.click(button());
    expect(generate.mock.calls[0][0]).toMatchObject({
      membres: 40,
      cotisationParMembre: 25,
      soldeInitial: -3000,
      lagMonths: 3,
      moisAnnuel: 9,
      debutExercice: 7,
    });
  });
});

describe("defaults by taille", () => {
  const fee = () => screen.getByLabelText(/^Honoraires du CAC/) as HTMLInputElement;
  const etps = () => screen.getAllByLabelText(/^ETP/).map((e) => (e as HTMLInputElement).value);

  it("follows the taille in the fields left at their default, keeps a typed one, and resets it with an undo", () => {
    renderPane(pendingService().service);
    openFold("Équipe");
    openFold("Commissaire aux comptes");
    expect(etps()).toEqual(["0,8"]);
    expect(fee().value).toBe(String(HONORAIRES_CAC.byTaille[0]));
    // Retyped through an empty field, as one does: the taille 3's team (1 ETP) and fee.
    type(/^Taille \(1 à 4\)/, "");
    type(/^Taille \(1 à 4\)/, "3");
    expect(etps()).toEqual(["1"]);
    expect(fee().value).toBe(String(HONORAIRES_CAC.byTaille[2]));
    expect(plain(screen.getByText(/^Valeur de la taille 3 :/).textContent)).toMatch(
      /^Valeur de la taille 3 : 5 500 € par an \(estimation — /
    );

    // A fee typed stays when the taille changes; the untouched team follows (taille 4: two posts).
    type(/^Honoraires du CAC/, "9 000");
    type(/^Taille \(1 à 4\)/, "4");
    expect(fee().value).toBe("9 000");
    expect(posts()).toHaveLength(2);

    fireEvent.click(screen.getByRole("button", { name: "Réinitialiser aux valeurs de la taille" }));
    expect(fee().value).toBe(String(HONORAIRES_CAC.byTaille[3]));
    const undo = screen
      .getByText("Équipe, montants et trésorerie remis aux valeurs de la taille 4.")
      .closest(".fui-MessageBar") as HTMLElement;
    fireEvent.click(within(undo).getByRole("button", { name: "Annuler" }));
    expect(fee().value).toBe("9 000");
    expect(screen.queryByText(/remis aux valeurs de la taille/)).toBeNull();

    // Another edit after a reset: the undo goes, the edit stays.
    fireEvent.click(screen.getByRole("button", { name: "Réinitialiser aux valeurs de la taille" }));
    type(/^Nom de la CPTS/, "CPTS du Lac");
    expect(screen.queryByRole("button", { name: "Annuler" })).toBeNull();
    expect(fee().value).toBe(String(HONORAIRES_CAC.byTaille[3]));
  });

  it("keeps the name, the date and the options through a reset, and cannot reset without a valid taille", () => {
    renderPane(pendingService().service);
    type(/^Nom de la CPTS/, "CPTS du Lac");
    fireEvent.click(screen.getByRole("switch", { name: "Missions optionnelles" }));
    type(/^Taille \(1 à 4\)/, "2");
    fireEvent.click(screen.getByRole("button", { name: "Réinitialiser aux valeurs de la taille" }));
    expect(screen.getByLabelText(/^Nom de la CPTS/)).toHaveProperty("value", "CPTS du Lac");
    expect(screen.getByRole("switch", { name: "Missions optionnelles" })).toHaveProperty(
      "checked",
      true
    );
    type(/^Taille \(1 à 4\)/, "8");
    expect(
      isDisabled(screen.getByRole("button", { name: "Réinitialiser aux valeurs de la taille" }))
    ).toBe(true);
  });
});

describe("the validation panel", () => {
  /** A year with an overspent fonctionnement, money left to detail and a member over the PASS. */
  const strained = (annee: 1 | 2): YearFigures => ({
    ...year(annee, 200000, -4000),
    resteAAffecter: 30000,
    depassementFonctionnement: 4000,
    fonctionnement: { depenses: 79000, financementAci: 75000, ecart: -4000 },
    indemnitesProfessionnels: 62000,
    indemnites: { anneePass: 2025, pass: 47100, maxParProfessionnel: 52000, depasse: true },
    enveloppes: [
      { mission: "fonctionnement", actions: 0, depassement: 4000 },
      { mission: "acces", actions: 30000, depassement: 0 },
    ],
  });

  async function generated(outcome: Partial<BudgetFigures>, mode: "excel" | "standalone") {
    const { service, settle } = pendingService();
    renderPane(service, mode);
    fireEvent.click(button());
    await act(async () =>
      settle().resolve({
        figures: { ...figures("modele", strained(1), year(2, 140000)), ...outcome },
        notices: [],
      })
    );
  }
  /** A balance line's sentence, and its detail by envelope as « label amount » rows. */
  const line = (annee: number, id: string) =>
    screen
      .getByRole("list", { name: `Équilibre de l'année ${annee}` })
      .querySelector(`[data-balance="${id}"]`) as HTMLElement;
  const balance = (annee: number, id: string) =>
    plain(line(annee, id).querySelector(".fui-Text")!.textContent);
  const detail = (annee: number, id: string) =>
    [...line(annee, id).querySelectorAll("dt")].map((dt) =>
      plain(`${dt.textContent} ${dt.nextElementSibling!.textContent}`)
    );

  it("says after generation how many amounts are estimates to replace", async () => {
    await generated({ estimations: 14 }, "standalone");
    const notice = screen.getByTestId("estimations");
    expect(plain(notice.textContent)).toBe(
      "14 montants sont des estimations à remplacerIls sont signalés dans le classeur par un style distinct et une note « estimation — … » qui donne leur base : remplacez-les par vos devis et vos chiffres."
    );
  });

  it("counts the first-200-days obligations falling due within 30 days and those overdue, both ways", async () => {
    await generated({ obligations: { enRetard: 2, prochainement: 3 } }, "standalone");
    expect(plain(screen.getByTestId("obligations").textContent)).toBe(
      "3 obligations arrivent à échéance dans les 30 jours ; 2 obligations sont en retardVoir la feuille « Obligations » : échéance de chacune et statut à tenir à jour (à faire, en cours, fait)."
    );
    cleanup();
    await generated(
      { origin: "classeur", obligations: { enRetard: 0, prochainement: 1 } },
      "excel"
    );
    expect(screen.getByTestId("obligations").textContent).toMatch(
      /^1 obligation arrive à échéance dans les 30 jours/
    );
    cleanup();
    await generated({ obligations: { enRetard: 0, prochainement: 0 } }, "standalone");
    expect(screen.queryByTestId("obligations")).toBeNull();
  });

  it("from the workbook, counts the estimates still to replace as Estimations_Restantes does", async () => {
    await generated({ origin: "classeur", estimations: 1 }, "excel");
    expect(plain(screen.getByTestId("estimations").textContent)).toMatch(
      /^1 montant est une estimation à remplacerIls sont signalés dans le classeur/
    );
    cleanup();
    await generated({ origin: "classeur", estimations: 0 }, "excel");
    expect(screen.queryByTestId("estimations")).toBeNull();
  });

  it("tells in plain words what remains to detail, the overspent envelope, the CAC fee retained and the PASS", async () => {
    await generated({ estimations: 0 }, "standalone");
    expect(screen.queryByTestId("estimations")).toBeNull();
    expect(balance(1, "reste")).toBe(
      "Reste à détailler : 30 000 € sur les lignes « Actions à détailler », à remplacer par les actions prévues :"
    );
    expect(detail(1, "reste")).toEqual(["Accès aux soins 30 000 €"]);
    expect(balance(1, "depassement")).toBe("Enveloppe dépassée : Fonctionnement 4 000 €.");
    expect(balance(1, "cac")).toBe("Honoraires du commissaire aux comptes retenus : 5 000 €.");
    expect(balance(1, "pass")).toBe(
      "Indemnités des professionnels : 62 000 € ; le plus indemnisé recevrait 52 000 € sur une année civile, au-delà du PASS 2025 (47 100 €)."
    );
    expect(balance(2, "cac")).toBe(
      "Honoraires du commissaire aux comptes : non retenus cette année (CAC non requis)."
    );
    expect(balance(2, "pass")).toBe("Indemnités des professionnels : aucune budgétée.");
    const todo = screen.getByRole("list", { name: "Points à corriger" });
    expect(
      [...todo.querySelectorAll("[data-check]")].map((li) => li.getAttribute("data-check"))
    ).toEqual(["fonctionnement-1", "indemnites-1"]);
  });

  it("from the workbook's names, tells the same, envelope by envelope", async () => {
    await generated({ origin: "classeur", annees: [strained(1), year(2, 140000)] }, "excel");
    expect(balance(1, "depassement")).toBe("Enveloppe dépassée : Fonctionnement 4 000 €.");
    expect(detail(1, "reste")).toEqual(["Accès aux soins 30 000 €"]);
    expect(balance(1, "cac")).toBe("Honoraires du commissaire aux comptes retenus : 5 000 €.");
  });
});
