import { summaryText } from "../../src/cli/summary";
import { computeBudget } from "../../src/domain/budget";
import { inputs, unfilled } from "../helpers/budgetInputs";
import { euros } from "../helpers/frenchEuros";

/** The summary's line that starts with a label, and the two years' values on it. */
const lineOf = (text: string, label: string) =>
  text.split("\n").find((l) => l.startsWith(label)) ?? "";
const columns = (a: string, b: string) =>
  new RegExp(`${a.replace(/[()]/g, "\\$&")}\\s+${b.replace(/[()]/g, "\\$&")}$`);

describe("the CLI summary of the prefilled budget", () => {
  test("a taille 3 by default: balanced, the remainder to detail, the PASS respected, the estimates counted", async () => {
    const model = await computeBudget(inputs({ taille: 3 }));
    const text = summaryText(model, "budget.xlsx");
    const [a1, a2] = model.annees;
    const line = (label: string) => lineOf(text, label);
    expect(line("Résultat")).toMatch(columns("0 €", "0 €"));
    expect(line("Dépassement du fonctionnement")).toMatch(columns("0 €", "0 €"));
    expect(line("Reste à affecter (actions à détailler)")).toMatch(
      columns(euros(a1.resteAAffecter), euros(a2.resteAAffecter))
    );
    expect(a1.resteAAffecter).toBeGreaterThan(50000);
    expect(line("Indemnités des professionnels")).toMatch(
      columns(euros(a1.indemnitesProfessionnels), euros(a2.indemnitesProfessionnels))
    );
    const { indemnites: i1 } = a1;
    const { indemnites: i2 } = a2;
    expect(line("  personne la plus indemnisée")).toMatch(
      columns(
        `${euros(i1.maxParProfessionnel)} en ${i1.anneeCivile}`,
        `${euros(i2.maxParProfessionnel)} en ${i2.anneeCivile}`
      )
    );
    expect(line("  PASS de cette année civile")).toMatch(
      columns(`${euros(i1.pass)}, respecté`, `${euros(i2.pass)}, respecté`)
    );
    expect(text).not.toContain("imputez une part de l'équipe aux missions");
    // Every prefilled running cost but rent, the CAC fee, governance and the four missions' remunerations.
    expect(model.estimations.length).toBeGreaterThan(10);
    expect(text).toContain(
      `${model.estimations.length} montants sont des estimations à remplacer (voir les notes du classeur).`
    );
  });

  test("a fonctionnement overspent: the overspend each year, the résultat negative, the advice to move the team", async () => {
    const model = await computeBudget(
      inputs({
        coordinateur: { coef: 170, forfaitJours: true, repartition: { fonctionnement: 1 } },
      })
    );
    const [a1, a2] = model.annees;
    expect(a1.depassementFonctionnement).toBeGreaterThan(0);
    const text = summaryText(model, "budget.xlsx");
    expect(lineOf(text, "Dépassement du fonctionnement")).toMatch(
      columns(euros(a1.depassementFonctionnement), euros(a2.depassementFonctionnement))
    );
    expect(lineOf(text, "Résultat")).toMatch(
      columns(euros(-a1.depassementFonctionnement), euros(-a2.depassementFonctionnement))
    );
    expect(text).toContain(
      `Année 1 : le fonctionnement dépasse son enveloppe de ${euros(a1.depassementFonctionnement)}, d'où le résultat négatif : imputez une part de l'équipe aux missions (répartition des postes).`
    );
  });

  test("a president paid above the PASS: DÉPASSÉ, with the calendar year and its PASS", async () => {
    const model = await computeBudget(
      inputs({
        gouvernance: [
          { role: "Président", profession: "medecin", personnes: 1, heuresParPersonne: 700 },
        ],
      })
    );
    const [a1] = model.annees;
    expect(a1.indemnites.depasse).toBe(true);
    const text = summaryText(model, "budget.xlsx");
    expect(lineOf(text, "  PASS de cette année civile")).toContain(
      `${euros(a1.indemnites.pass)}, DÉPASSÉ`
    );
    expect(text).toContain(
      `Année 1 : la personne la plus indemnisée reçoit ${euros(a1.indemnites.maxParProfessionnel)} en ${a1.indemnites.anneeCivile}, au-delà du PASS ${a1.indemnites.anneePass} (${euros(a1.indemnites.pass)}), plafond par professionnel et par année civile (décret 2022-375) : réduisez ou partagez ses heures.`
    );
  });

  test("the funding lines left out of the 153 000 € test, year by year, only where there are some", async () => {
    const financeurs = inputs({}).financeurs.map((f) =>
      f.subventionPublique ? f : { ...f, label: "Mécénat, fondation", annee1: 3000, annee2: 0 }
    );
    const model = await computeBudget(inputs({ aciSubventionPublique: false, financeurs }));
    const text = summaryText(model, "budget.xlsx");
    expect(text).toContain(
      "Année 1 : non comptés comme subventions publiques : ACI (Assurance Maladie), Mécénat, fondation."
    );
    expect(text).toContain(
      "Année 2 : non comptés comme subventions publiques : ACI (Assurance Maladie)."
    );
    const counted = summaryText(await computeBudget(inputs({})), "budget.xlsx");
    expect(counted).not.toContain("non comptés comme subventions publiques");
  });

  test("one estimate left, or none: said so", async () => {
    const none = await computeBudget(inputs(unfilled(2)));
    expect(none.estimations).toHaveLength(0);
    expect(summaryText(none, "budget.xlsx")).toContain(
      "Aucun montant n'est une estimation du complément."
    );
    const { charges } = unfilled(2);
    charges![0] = { ...charges![0], annee1: 500, estimation: "estimation — à vérifier" };
    const one = await computeBudget(inputs({ ...unfilled(2), charges }));
    expect(one.estimations).toHaveLength(1);
    expect(summaryText(one, "budget.xlsx")).toContain(
      "1 montant est une estimation à remplacer (voir les notes du classeur)."
    );
  });
});
