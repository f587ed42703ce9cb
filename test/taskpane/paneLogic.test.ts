import { computeBudget } from "../../src/domain/budget";
import { HONORAIRES_CAC } from "../../src/domain/data/prefill";
import { MISSION_LABELS } from "../../src/domain/data/aciGrid";
import { type BalanceLine, balanceLines } from "../../src/taskpane/check/balance";
import {
  type BudgetFigures,
  figuresFromModel,
  figuresFromNames,
} from "../../src/taskpane/check/figures";
import { faultsByFold, foldSummary } from "../../src/taskpane/form/folds";
import { failedChecks } from "../../src/taskpane/check/failedChecks";
import { freeSheetNames, withSuffix } from "../../src/taskpane/excel/freeSheetNames";
import {
  followTaille,
  type FormValues,
  initialFormValues,
  tailleDefaults,
  tailleOf,
  toBudgetInputs,
} from "../../src/taskpane/form/formValues";
import {
  defaultSharesText,
  duplicatePost,
  newPost,
  type PostFormValues,
  toPostInputs,
} from "../../src/taskpane/form/postValues";
import { inPost, minimumHint } from "../../src/taskpane/form/validatePost";
import { formatEuros, parseFrenchNumber } from "../../src/taskpane/form/numbers";
import { validateForm } from "../../src/taskpane/form/validateForm";
import { workbookFileName } from "../../src/taskpane/standalone/download";
import { DEFINED_NAMES } from "../../src/workbook/names";

/** The names of the prefilled budget's balance and PASS check, which the pane reads too. */
const PREFILL_NAMES = [1, 2].flatMap((n) => [
  `Indemnites_Professionnels_Annee${n}`,
  `PASS_Depasse_Annee${n}`,
  `Reste_A_Affecter_Annee${n}`,
  `Depassement_Fonctionnement_Annee${n}`,
]);
import {
  defaultBudgetInputs,
  defaultPost,
  defaultTeam,
  requireCptsName,
  type Taille,
  TREASURY_DEFAULTS,
} from "../../src/domain/budgetInputs";
import { type Mission } from "../../src/domain/data/aciGrid";
import { SMIC } from "../../src/domain/data/smic";
import { agreementMinimum, LATEST_SALARY_YEAR } from "../../src/domain/salary";
import { contractedEnvelopes, defaultRepartition, teamBudget } from "../../src/domain/team";
import { requireJoursParAn, requireTarifJour } from "../../src/domain/coordinator";
import { inputs } from "../helpers/budgetInputs";
import { domainMessage } from "../helpers/domainMessage";
import { expectedNameValues } from "../helpers/expectedNames";
import { plain, withoutKeys } from "../helpers/paneForm";

/**
 * The default form of the taille in `changes` (1 when none), signed on 1 March 2025, with changes; `posts` change the
 * posts one by one (index 0 first).
 */
function formWith(
  changes: Partial<FormValues> = {},
  ...posts: Partial<PostFormValues>[]
): FormValues {
  const taille = tailleOf({ taille: changes.taille ?? "1" }) ?? 1;
  const base = { ...initialFormValues(taille), dateSignature: "2025-03-01", ...changes };
  const equipe = posts.map((p, i) => ({ ...(base.equipe[i] ?? newPost()), ...p }));
  return { ...base, equipe: equipe.length ? equipe : base.equipe };
}

/** Spaces as French formatting writes them (narrow no-break, no-break) made plain. */

describe("task pane form validation", () => {
  const errorsOf = (changes: Partial<FormValues>, ...posts: Partial<PostFormValues>[]) =>
    validateForm(formWith(changes, ...posts));

  it("accepts the defaults", () => {
    expect(errorsOf({})).toEqual({});
  });

  it("refuses a freelance post at 0 € × 0 days with the domain's messages (the CLI's too), naming the post", () => {
    const errors = errorsOf({}, { mode: "prestataire", tarifJour: "0", joursParAn: "0" });
    expect(errors["equipe.0.tarifJour"]).toBe(
      inPost(
        0,
        domainMessage(() => requireTarifJour(0))
      )
    );
    expect(errors["equipe.0.joursParAn"]).toBe(
      inPost(
        0,
        domainMessage(() => requireJoursParAn(0))
      )
    );
    expect(errors["equipe.0.tarifJour"]).toBe(
      "Poste 1 : tarif journalier du prestataire invalide : 0. Valeur attendue : un montant HT en euros supérieur à 0, au plus 1 000 000 000 €."
    );
    expect(errorsOf({}, { mode: "prestataire", tarifJour: "500", joursParAn: "96" })).toEqual({});
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
    expect(errorsOf({}, { mois: "601" })["equipe.0.mois"]).toBe(
      "Poste 1 : durée invalide : saisissez un nombre entier de mois, de 1 à 600."
    );
    expect(errorsOf({}, { mois: "600" })).toEqual({});
    expect(errorsOf({}, { debutMois: "2,5" })["equipe.0.debutMois"]).toBe(
      "Poste 1 : mois de début invalide : saisissez un nombre entier de mois, de 0 (premier mois du budget) à 600."
    );
    expect(errorsOf({ membres: "100001" }).membres).toBe(
      "Nombre de membres invalide : saisissez un entier de 0 à 100 000."
    );
    expect(errorsOf({ honorairesCac: "1 000 000 001" }).honorairesCac).toBe(
      "Montant trop élevé : au plus 1 000 000 000 €."
    );
  });
});

describe("the team in the form", () => {
  const errorsOf = (...posts: Partial<PostFormValues>[]) => validateForm(formWith({}, ...posts));

  it("names the post at fault, and only that post", () => {
    const errors = errorsOf({}, { intitule: "Secrétaire", etp: "1,5" });
    expect(errors).toEqual({
      "equipe.1.etp": "Poste 2 : ETP invalide : de 0 à 1 (1 = temps plein, 0,5 = mi-temps).",
    });
    expect(errorsOf({}, { intitule: "  " })["equipe.1.intitule"]).toBe(
      "Poste 2 : intitulé manquant : nommez le poste (ex. Secrétaire)."
    );
    expect(errorsOf({}, { intitule: "S".repeat(201) })["equipe.1.intitule"]).toBe(
      "Poste 2 : intitulé trop long : 201 caractères, au plus 200."
    );
  });

  it("refuses a typed gross below the agreement's minimum, with the minimum and its basis", () => {
    const cabinet = { convention: "cabinets-medicaux", niveau: "11" } as const;
    const minimum = agreementMinimum({
      ...cabinet,
      niveau: 11,
      anneeGrille: 2026,
      forfaitJours: false,
    });
    expect(minimum.montant).toBe(2397.97);
    expect(
      plain(errorsOf({}, { ...cabinet, brutMensuel: "2 397,96" })["equipe.1.brutMensuel"])
    ).toBe(
      "Poste 2 : brut mensuel sous le minimum : au moins 2 397,97 € (minimum cabinets médicaux 2024, niveau 11)."
    );
    expect(errorsOf({}, { ...cabinet, brutMensuel: "2 397,97" })).toEqual({});
    expect(errorsOf({}, { ...cabinet, brutMensuel: "deux mille" })["equipe.1.brutMensuel"]).toBe(
      "Poste 2 : saisissez un salaire brut mensuel en euros (ex. 2 800), ou laissez vide pour le minimum."
    );
    expect(plain(minimumHint(minimum))).toBe(
      "minimum : 2 397,97 € (minimum cabinets médicaux 2024, niveau 11)"
    );
  });

  it("refuses forfait jours where the domain does, in its words, on the forfait field", () => {
    const errors = errorsOf({ coef: "130", forfaitJours: true });
    expect(errors["equipe.0.forfaitJours"]).toBe(
      inPost(
        0,
        domainMessage(() =>
          agreementMinimum({
            convention: "syntec",
            coef: 130,
            anneeGrille: 2026,
            forfaitJours: true,
          })
        )
      )
    );
    expect(errors["equipe.0.forfaitJours"]).toMatch(
      /^Poste 1 : forfait jours impossible pour le coefficient 130/
    );
    expect(errorsOf({ coef: "170", forfaitJours: true })).toEqual({});
  });

  it("checks a typed split: each share 0–100 %, the contracted envelopes summing to 100 %", () => {
    const split = {
      fonctionnement: "50",
      acces: "20",
      parcours: "10",
      prevention: "10",
      crise: "10",
    };
    expect(errorsOf({ repartition: split })).toEqual({});
    expect(errorsOf({ repartition: { ...split, crise: "5,5" } })).toEqual({
      "equipe.0.repartition": "Poste 1 : répartition à 95,5 % : les parts doivent totaliser 100 %.",
    });
    expect(errorsOf({ repartition: { ...split, acces: "120" } })).toEqual({
      "equipe.0.part.acces": "Poste 1 : part « Accès aux soins » invalide : de 0 à 100 %.",
    });
    // Optional missions not contracted: their shares are not counted.
    expect(
      validateForm(formWith({ optionnelles: true }, { repartition: { ...split, qualite: "10" } }))[
        "equipe.0.repartition"
      ]
    ).toBe("Poste 1 : répartition à 110 % : les parts doivent totaliser 100 %.");
    expect(errorsOf({ repartition: { ...split, qualite: "10" } })).toEqual({});
  });

  it("starts a custom split from the default one, rounded to two decimals and still summing to 100 %", () => {
    for (const taille of [1, 2, 3, 4])
      for (const optionnelles of [false, true]) {
        const shares = defaultSharesText(taille, optionnelles);
        const sum = Object.values(shares).reduce((a, b) => a + parseFrenchNumber(b!), 0);
        expect(Math.round(sum * 100)).toBe(10000);
        expect(Object.keys(shares)).toEqual(contractedEnvelopes(optionnelles));
        const exact = defaultRepartition(taille, optionnelles);
        for (const [m, text] of Object.entries(shares))
          expect(
            Math.abs(parseFrenchNumber(text!) - exact[m as Mission] * 100)
          ).toBeLessThanOrEqual(0.02);
      }
    expect(defaultSharesText(3, false).fonctionnement).toBe("50");
  });

  it("gives the budget its team: each post's typed answers, the fields its status hides at their defaults", () => {
    const values = formWith(
      { taille: "3" },
      {},
      {
        intitule: " Secrétaire ",
        mode: "salarie",
        convention: "cabinets-medicaux",
        niveau: "9",
        brutMensuel: "2 500,50",
        etp: "0,5",
        debutMois: "5",
        mois: "19",
        repartition: {
          fonctionnement: "100",
          acces: "0",
          parcours: "0",
          prevention: "0",
          crise: "0",
        },
      },
      {
        intitule: "Chargée de mission",
        mode: "prestataire",
        tarifJour: "450",
        joursParAn: "96,5",
        // Hidden for a freelance post: stale entries neither block nor reach the budget.
        etp: "abc",
        brutMensuel: "1",
        forfaitJours: true,
      }
    );
    expect(validateForm(values)).toEqual({});
    const { equipe } = toBudgetInputs(values);
    expect(equipe).toEqual([
      defaultPost(),
      {
        intitule: "Secrétaire",
        mode: "salarie",
        convention: "cabinets-medicaux",
        niveau: 9,
        brutMensuel: 2500.5,
        etp: 0.5,
        forfaitJours: false,
        anneeGrille: LATEST_SALARY_YEAR,
        debutMois: 5,
        mois: 19,
        tarifJour: 0,
        joursParAn: 0,
        repartition: { fonctionnement: 1, acces: 0, parcours: 0, prevention: 0, crise: 0 },
      },
      {
        ...defaultPost(),
        intitule: "Chargée de mission",
        mode: "prestataire",
        tarifJour: 450,
        joursParAn: 96.5,
      },
    ]);
  });

  it("duplicates a post under a new identity, and adds new posts with the defaults", () => {
    const [first] = initialFormValues().equipe;
    const copy = duplicatePost({ ...first, etp: "0,8" });
    expect(copy).toEqual({
      ...first,
      etp: "0,8",
      key: expect.any(String),
      intitule: "Coordinateur (copie)",
    });
    expect(copy.key).not.toBe(first.key);
    const added = newPost();
    expect(toPostInputs(added, false)).toEqual({ ...defaultPost(), intitule: "Nouveau poste" });
  });

  // What the pane accepts, the domain accepts; what it refuses, the domain refuses (no surprise at generation).
  it.each<[string, boolean, Partial<PostFormValues>]>([
    [
      "a post at the cabinets médicaux level 4 (raised to the SMIC)",
      true,
      { convention: "cabinets-medicaux", niveau: "4" },
    ],
    [
      "a post without agreement at the SMIC, typed",
      true,
      {
        convention: "aucune",
        brutMensuel: String(SMIC.byYear[LATEST_SALARY_YEAR]).replace(".", ","),
      },
    ],
    [
      "a typed gross a cent under the minimum",
      false,
      { convention: "cabinets-medicaux", niveau: "11", brutMensuel: "2397,96" },
    ],
    ["forfait jours at coefficient 130", false, { coef: "130", forfaitJours: true }],
    ["forfait jours at coefficient 270", true, { coef: "270", forfaitJours: true }],
    [
      "a split summing to 100 % in hundredths",
      true,
      { repartition: { fonctionnement: "33,33", acces: "33,33", parcours: "33,34" } },
    ],
    [
      "a split summing to 99,99 %",
      false,
      { repartition: { fonctionnement: "33,33", acces: "33,33", parcours: "33,33" } },
    ],
    ["a post starting in month 600", true, { debutMois: "600", mois: "1" }],
    ["a blank title", false, { intitule: "   " }],
    [
      "a freelance post at 0,5 day a year",
      true,
      { mode: "prestataire", tarifJour: "400", joursParAn: "0,5" },
    ],
  ])("agrees with the domain on %s", async (_case, valid, post) => {
    const values = formWith({ taille: "2" }, {}, post);
    const errors = Object.keys(validateForm(values));
    expect(errors.length === 0).toBe(valid);
    expect(errors.every((key) => key.startsWith("equipe.1."))).toBe(true);
    const { equipe, taille, optionnelles } = toBudgetInputs(values);
    const domain = teamBudget(equipe, "2025-03", taille, optionnelles);
    if (valid) await expect(domain).resolves.toBeDefined();
    else await expect(domain).rejects.toThrow(/^Poste 2 /);
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

  it("shows euros whole, or with their two decimals", () => {
    const plainEuros = (n: number) => plain(formatEuros(n));
    expect(plainEuros(142500)).toBe("142 500 €");
    expect(plainEuros(4089.4)).toBe("4 089,40 €");
    expect(plainEuros(1234.567)).toBe("1 234,57 €");
    expect(plainEuros(-12500)).toBe("-12 500 €");
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
    const flags = ["CAC_Obligatoire", "CAC_Retenu", "Exercice3_Teste", "PASS_Depasse"];
    const texts = ["Financements_Non_Comptes"];
    const values = Object.fromEntries(
      [...DEFINED_NAMES, ...PREFILL_NAMES].map((n) => [
        n,
        flags.some((f) => n.startsWith(f))
          ? false
          : texts.some((t) => n.startsWith(t))
            ? "Mécénat"
            : 1000,
      ])
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
    // The balance and PASS names too: a flag must be TRUE or FALSE, an amount a number.
    expect(() =>
      figuresFromNames({
        ...values,
        PASS_Depasse_Annee2: 1,
        Reste_A_Affecter_Annee1: undefined,
        Depassement_Fonctionnement_Annee2: "#VALEUR!",
      })
    ).toThrow(
      /Reste_A_Affecter_Annee1 \(introuvable\), PASS_Depasse_Annee2 \(1\), Depassement_Fonctionnement_Annee2 \(#VALEUR!\)/
    );
    // The lines left out of the test are a text, empty when there is none.
    expect(
      figuresFromNames({ ...values, Financements_Non_Comptes_Annee1: "" }).annees[0].nonComptes
    ).toBe("");
    expect(() => figuresFromNames({ ...values, Financements_Non_Comptes_Annee2: 0 })).toThrow(
      /Financements_Non_Comptes_Annee2 \(0\)/
    );
    // Each wrong value as Excel shows it: VRAI/FAUX, comma decimals, a text quoted, an empty cell « vide ».
    expect(() =>
      figuresFromNames({
        ...values,
        Taille: true,
        Tresorerie_Min: "mille",
        Exercice3_Teste: "",
        PASS_Depasse_Annee1: 0.5,
      })
    ).toThrow(
      "Taille (VRAI), PASS_Depasse_Annee1 (0,5), Tresorerie_Min (« mille »), Exercice3_Teste (vide)"
    );
  });

  it("lists failed checks year by year, errors first, each with what to do, under the contract years", () => {
    // A budget of contract years 4 and 5.
    const year = (annee: 1 | 2, resultat: number, depasse: boolean) => ({
      annee,
      anneeContrat: annee + 3,
      aci: 0,
      subventions: 200000,
      totalCharges: 0,
      totalProduits: 0,
      resultat,
      cacObligatoire: true,
      nonComptes: "",
      cacRetenu: true,
      honorairesCac: 4000,
      fonctionnement: { depenses: 0, financementAci: 0, ecart: 0 },
      indemnites: { anneePass: 2025, pass: 47100, maxParProfessionnel: 50000, depasse },
      indemnitesProfessionnels: 60000,
      resteAAffecter: 0,
      depassementFonctionnement: 0,
      enveloppes: [],
    });
    const checks = failedChecks({
      origin: "modele",
      estimations: 0,
      taille: 2,
      seuil: 153000,
      annees: [year(1, 500, true), year(2, -10, false)],
      tresorerie: { min: -5000, moisMin: "2025-01" },
      exercices: [
        { exercice: 1, encaissees: 75000, allouees: 819.67, verdict: "non" },
        { exercice: 2, encaissees: 204375, allouees: 144420.08, verdict: "a-verifier" },
      ],
      obligations: { enRetard: 0, prochainement: 0 },
    });
    expect(checks.map((c) => c.id)).toEqual(["indemnites-1", "excedent-1", "deficit-2"]);
    expect(checks.map((c) => c.title.slice(0, 9))).toEqual(["Année 4 :", "Année 4 :", "Année 5 :"]);
    expect(checks.every((c) => c.action.length > 20)).toBe(true);
  });
});

describe("the pane's defaults follow the taille", () => {
  const form = (taille: Taille) => ({ ...initialFormValues(taille), nom: "CPTS du Lac" });

  it("starts from the taille's defaults: its team, its CAC fee, the cash plan's settings", () => {
    for (const taille of [1, 2, 3, 4] as const) {
      const defaults = defaultBudgetInputs(taille);
      const values = initialFormValues(taille);
      expect(toBudgetInputs(values).equipe).toEqual(defaultTeam(taille));
      expect(values.honorairesCac).toBe(String(HONORAIRES_CAC.byTaille[taille - 1]));
      expect(values.lagMonths).toBe(String(TREASURY_DEFAULTS.lagMonths));
      // The contract: years 1 and 2, not renewed, no avenant.
      expect(toBudgetInputs(values)).toEqual({
        ...defaults,
        dateSignature: values.dateSignature,
        anneeDepart: 1,
        renouvellement: false,
      });
    }
  });

  it("moves what the user left at the former taille's default, and keeps what was typed", () => {
    const typed = { ...form(1), membres: "40", honorairesCac: "4 000" };
    const followed = followTaille({ ...typed, taille: "4" }, 1);
    expect(followed.taille).toBe("4");
    // The team was the taille 1's: it becomes the taille 4's (two posts); the fee typed stays.
    expect(toBudgetInputs(followed).equipe).toEqual(defaultTeam(4));
    expect(followed.honorairesCac).toBe("4 000");
    expect(followed.membres).toBe("40");
    expect(followed.nom).toBe("CPTS du Lac");
    // Typed over, the team is kept too.
    const ownTeam = { ...typed, equipe: [{ ...typed.equipe[0], etp: "0,6" }] };
    expect(followTaille({ ...ownTeam, taille: "3" }, 1).equipe).toEqual(ownTeam.equipe);
    // Retyped through an empty field: the last valid taille is the one followed.
    expect(followTaille({ ...typed, taille: "" }, 1)).toEqual({ ...typed, taille: "" });
    const cleared = followTaille({ ...form(1), taille: "3" }, 1);
    expect(cleared.honorairesCac).toBe(String(HONORAIRES_CAC.byTaille[2]));
  });

  it("resets the team, the amounts and the cash plan to the taille's, keeping the name, the date and the options", () => {
    const typed: FormValues = {
      ...formWith({ taille: "3" }, { intitule: "Coordinatrice", etp: "0,5" }, { intitule: "Aide" }),
      nom: "CPTS du Lac",
      optionnelles: true,
      tauxVariable: "50",
      crise: true,
      demarrages: "au-plus-tard",
      membres: "120",
      cotisationParMembre: "20",
      honorairesCac: "9 000",
      soldeInitial: "-2 000",
      lagMonths: "4",
      moisAnnuel: "3",
      debutExercice: "7",
      financeurs: formWith().financeurs.map((f) => ({ ...f, annee1: "1 000" })),
    };
    const reset = tailleDefaults(typed, 3);
    expect(withoutKeys(reset)).toEqual(
      withoutKeys({
        ...initialFormValues(3),
        nom: "CPTS du Lac",
        dateSignature: "2025-03-01",
        optionnelles: true,
        tauxVariable: "50",
        crise: true,
        demarrages: "au-plus-tard",
      })
    );
  });

  it("budgets what the pane does not ask at the taille's values, and marks the CAC fee an estimate only at its default", () => {
    const t3 = toBudgetInputs(formWith({ taille: "3", optionnelles: true }));
    const defaults = defaultBudgetInputs(3, true);
    expect(t3.charges).toEqual(defaults.charges);
    expect(t3.gouvernance).toEqual(defaults.gouvernance);
    expect(t3.remunerationsMissions).toEqual(defaults.remunerationsMissions);
    expect(t3.honorairesCacEstimation).toBe(HONORAIRES_CAC.estimation);
    const typed = toBudgetInputs(formWith({ taille: "3", honorairesCac: "4 800" }));
    expect(typed.honorairesCac).toBe(4800);
    expect(typed.honorairesCacEstimation).toBeUndefined();
  });

  it("passes the members' dues and the cash plan's settings to the budget, and checks them", async () => {
    const values = formWith({
      membres: "40",
      cotisationParMembre: "20,50",
      soldeInitial: "-1 500",
      lagMonths: "3",
      moisAnnuel: "9",
      debutExercice: "7",
    });
    expect(validateForm(values)).toEqual({});
    const budgetInputs = toBudgetInputs(values);
    expect(budgetInputs).toMatchObject({
      membres: 40,
      cotisationParMembre: 20.5,
      soldeInitial: -1500,
      lagMonths: 3,
      moisAnnuel: 9,
      debutExercice: 7,
    });
    const model = await computeBudget(budgetInputs);
    expect(model.cotisations[0]).toBe(820);
    expect(model.tresorerie.months[0].soldeDebut).toBe(-1500);
    expect(model.tresorerie).toMatchObject({ lagMonths: 3, moisAnnuel: 9, debutExercice: 7 });
    expect(
      validateForm(formWith({ cotisationParMembre: "-1", soldeInitial: "un peu", lagMonths: "12" }))
    ).toEqual({
      cotisationParMembre: "Montant négatif : saisissez un montant positif ou nul.",
      soldeInitial: "Saisissez un montant en euros (ex. 12 000, ou -2 000 pour un découvert).",
      lagMonths: "Délai de versement invalide : de 0 à 11 mois.",
    });
  });
});

describe("the pane's folding sections", () => {
  it("files each error under its section, and sums up a folded section in one line", () => {
    const values = formWith(
      { taille: "9", soldeInitial: "x", membres: "40", cotisationParMembre: "20" },
      {},
      { etp: "2" }
    );
    expect(faultsByFold(validateForm(values))).toEqual({ cpts: 1, equipe: 1, tresorerie: 1 });
    expect(plain(foldSummary("membres", values))).toBe("40 membres · cotisation 20 €");
    expect(foldSummary("equipe", values)).toBe("2 postes : Coordinateur, Nouveau poste");
    expect(plain(foldSummary("cac", formWith()))).toBe("4 500 € par an, si le CAC est requis");
    expect(foldSummary("financeurs", formWith())).toBe("aucun montant");
    expect(plain(foldSummary("tresorerie", formWith({ debutExercice: "7" })))).toBe(
      "départ 0 € · versements ACI 2 mois après l'échéance · exercice dès juillet"
    );
    expect(foldSummary("cpts", formWith({ nom: "CPTS du Lac" }))).toBe(
      "CPTS du Lac · taille 1 · signée le 01/03/2025 · années 1 et 2"
    );
  });
});

describe("the validation panel, from the workbook's names and from the model", () => {
  /** A taille 1 budget whose rent overspends the fonctionnement envelope and whose president is paid over the PASS. */
  async function overspentModel() {
    const base = inputs({ taille: 1 });
    return computeBudget({
      ...base,
      charges: base.charges.map((c) => (c.compte === "613" ? { ...c, annee1: 60000 } : c)),
      gouvernance: base.gouvernance.map((g, k) => (k === 0 ? { ...g, heuresParPersonne: 700 } : g)),
    });
  }

  it("lists the same failed checks both ways on a budget with an overspend and a PASS excess", async () => {
    const model = await overspentModel();
    const [y1] = model.annees;
    expect(y1.depassementFonctionnement).toBeGreaterThan(0);
    expect(y1.indemnites.depasse).toBe(true);

    const fromNames = figuresFromNames(expectedNameValues(model));
    const fromModel = figuresFromModel(model);
    const checks = failedChecks(fromModel);
    expect(failedChecks(fromNames)).toEqual(checks);
    // A coordinator full time in a taille 1 overspends the fonctionnement in year 2 too (rent 0 then).
    expect(checks.map((c) => c.id)).toEqual([
      "fonctionnement-1",
      "indemnites-1",
      "fonctionnement-2",
      "indemnites-2",
    ]);
    // The overspend is the whole deficit: told once, with its amounts.
    expect(y1.resultat).toBe(-y1.depassementFonctionnement);
    expect(plain(checks[0].title)).toBe(
      plain(
        `Année 1 : l'enveloppe fonctionnement est dépassée de ${formatEuros(y1.depassementFonctionnement)} : ` +
          `ses charges (${formatEuros(y1.fonctionnement.depenses)}) dépassent ses ressources ` +
          `(${formatEuros(y1.fonctionnement.depenses - y1.depassementFonctionnement)} : ACI de fonctionnement, ` +
          "autres financeurs et cotisations), et le budget est en déficit d'autant."
      )
    );
    // Both ways give the same figures, whole: the lines left out of the 153 000 € test, the detail by envelope, the
    // count of estimates.
    expect({ ...fromNames, origin: "modele" }).toEqual(fromModel);
    expect(fromNames.estimations).toBe(model.estimations.length);
    expect(fromNames.estimations).toBeGreaterThan(0);
  });

  it("says the same in plain French both ways, envelope by envelope", async () => {
    const model = await overspentModel();
    const [y1] = model.annees;
    const fromNames = balanceLines(figuresFromNames(expectedNameValues(model)).annees[0]);
    const fromModel = balanceLines(figuresFromModel(model).annees[0]);
    expect(fromNames).toEqual(fromModel);
    expect(fromModel.map((l) => [l.id, l.tone])).toEqual([
      ["reste", "neutre"],
      ["depassement", "alerte"],
      ["cac", "neutre"],
      ["pass", "alerte"],
    ]);
    const text = (lines: BalanceLine[], id: BalanceLine["id"]) =>
      plain(lines.find((l) => l.id === id)!.text);
    expect(text(fromNames, "cac")).toBe(text(fromModel, "cac"));
    expect(text(fromNames, "pass")).toBe(text(fromModel, "pass"));
    expect(text(fromModel, "pass")).toBe(
      plain(
        `Indemnités des professionnels : ${formatEuros(y1.indemnitesProfessionnels)} ; le plus indemnisé recevrait ` +
          `${formatEuros(y1.indemnites.maxParProfessionnel)} sur une année civile, au-delà du PASS ` +
          `${y1.indemnites.anneePass} (${formatEuros(y1.indemnites.pass)}).`
      )
    );
    expect(text(fromModel, "depassement")).toBe(
      plain(`Enveloppe dépassée : Fonctionnement ${formatEuros(y1.depassementFonctionnement)}.`)
    );
    // What remains to detail: the missions' lines (fonctionnement is overspent, its line at 0).
    const missions = y1.equilibre.filter((e) => e.actions > 0);
    expect(missions.map((e) => e.mission)).toEqual(["acces", "parcours", "prevention", "crise"]);
    expect(text(fromModel, "reste")).toBe(
      plain(
        `Reste à détailler : ${formatEuros(y1.resteAAffecter)} sur les lignes « Actions à détailler », à remplacer par les actions prévues :`
      )
    );
    expect(fromModel[0].detail).toEqual(
      missions.map((e) => ({ label: MISSION_LABELS[e.mission], amount: e.actions }))
    );
  });

  it("tells a mission's overspend, from the model and from the names", async () => {
    // The whole team on the accès envelope: far more than its cash.
    const base = inputs({ taille: 1 });
    const model = await computeBudget({
      ...base,
      equipe: [
        {
          ...defaultPost(),
          repartition: { fonctionnement: 0, acces: 1, parcours: 0, prevention: 0, crise: 0 },
        },
      ],
    });
    const [y1] = model.annees;
    const acces = y1.equilibre.find((e) => e.mission === "acces")!;
    expect(acces.depassement).toBeGreaterThan(0);
    expect(y1.depassementFonctionnement).toBe(0);
    const fromModel = figuresFromModel(model);
    const fromNames = figuresFromNames(expectedNameValues(model));
    expect(failedChecks(fromNames)).toEqual(failedChecks(fromModel));
    expect(failedChecks(fromModel)[0]).toMatchObject({
      id: "deficit-1",
      title: `Année 1 : budget en déficit de ${formatEuros(acces.depassement)}.`,
    });
    expect(plain(balanceLines(fromModel.annees[0])[1].text)).toBe(
      plain(`Enveloppe dépassée : Accès aux soins ${formatEuros(acces.depassement)}.`)
    );
    expect(balanceLines(fromNames.annees[0])).toEqual(balanceLines(fromModel.annees[0]));
  });
});
