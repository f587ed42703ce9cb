/**
 * The README's « Le budget prérempli »: its table of defaults by taille, its rates and its example budget are the
 * model's own figures.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { parseArgs } from "../src/cli/options";
import { computeBudget } from "../src/domain/budget";
import { type BudgetInputs, defaultBudgetInputs } from "../src/domain/budgetInputs";
import { inputs } from "./helpers/budgetInputs";

const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");
const section = readme.slice(
  readme.indexOf("### Le budget prérempli"),
  readme.indexOf("### En ligne de commande")
);

/** The rows of the first Markdown table after a marker, each as its cells. */
function tableAfter(marker: string): string[][] {
  const start = section.indexOf(marker);
  expect(start).toBeGreaterThanOrEqual(0);
  const lines = section.slice(start).split("\n");
  const first = lines.findIndex((l) => l.startsWith("|"));
  const rows = lines
    .slice(first)
    .filter((_, i, all) => all.slice(0, i + 1).every((l) => l.startsWith("|")));
  return rows.slice(2).map((l) =>
    l
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim())
  );
}

/** « 56 868,50 € » or « 1 272 (2 000 km) » as a number: the first amount of a cell. */
const amount = (cell: string) =>
  Number(
    /^-?[\d ]+(?:,\d+)?/.exec(cell.replace(/−/g, "-"))![0].replace(/ /g, "").replace(",", ".")
  );

const byTaille = ([1, 2, 3, 4] as const).map((t) => defaultBudgetInputs(t));
const chargeOf = (i: BudgetInputs, compte: string, label: RegExp) => {
  const found = i.charges.filter((c) => c.compte === compte && label.test(c.label));
  expect(found).toHaveLength(1);
  return found[0].annee1;
};

describe("README: the prefilled budget", () => {
  test("the defaults by taille are the model's", () => {
    const rows = tableAfter("| ligne (compte) |");
    const figures: [RegExp, (i: BudgetInputs) => number][] = [
      [
        /^indemnités de gouvernance/,
        (i) => i.gouvernance.reduce((s, g) => s + g.personnes * g.heuresParPersonne, 0),
      ],
      [/^expert-comptable/, (i) => chargeOf(i, "622", /expert-comptable/i)],
      [/^commissaire aux comptes/, (i) => i.honorairesCac],
      [/^assurances/, (i) => chargeOf(i, "616", /assurance/i)],
      [/^locations/, (i) => chargeOf(i, "613", /location/i)],
      [/^outils informatiques/, (i) => chargeOf(i, "606", /informatique/i)],
      [/^communication/, (i) => chargeOf(i, "623", /communication/i)],
      [/^déplacements/, (i) => chargeOf(i, "625", /déplacements/i)],
      [/^événements/, (i) => chargeOf(i, "6257", /événements/i)],
      [/^formation/, (i) => chargeOf(i, "618", /formation/i)],
      [/^services bancaires/, (i) => chargeOf(i, "627", /bancaires/i)],
    ];
    for (const [label, figure] of figures) {
      const row = rows.find((r) => label.test(r[0]));
      expect([label, row?.slice(1, 5).map(amount)]).toEqual([label, byTaille.map(figure)]);
    }
    // Every prefilled charge with an amount has its row (the table misses none).
    const counted = byTaille[3].charges.filter((c) => c.annee1 > 0).length;
    expect(counted).toBe(figures.length - 3);
    const team = rows.find((r) => r[0] === "équipe")!;
    expect(team.slice(1, 5)).toEqual(
      byTaille.map((i) =>
        i.equipe
          .map(
            (p, n) =>
              `${n === 0 ? "coordinateur" : "chargé(e) de mission"} ${String(p.etp).replace(".", ",")} ETP`
          )
          .join(" + ")
          .replace("mission 1 ETP", "mission 1 ETP (Syntec ETAM, coefficient 355)")
      )
    );
    expect(byTaille[3].equipe[1].coef).toBe(355);
  });

  test("the rates are the model's", () => {
    const rates = tableAfter("| profession | taux par défaut |");
    const { tauxHoraires } = defaultBudgetInputs();
    expect(rates.map((r) => amount(r[1]))).toEqual(Object.values(tauxHoraires));
    expect(rates).toHaveLength(Object.keys(tauxHoraires).length);
  });

  test("the example budget is the one the CLI computes", async () => {
    const intro = section.slice(section.indexOf("Exemple d'un budget prérempli"));
    const command = /`npx cpts-budget ([^`]+)`/.exec(intro)![1].split(" ");
    const parsed = parseArgs(command);
    if (parsed.kind !== "generate") throw new Error(parsed.kind);
    const model = await computeBudget(parsed.inputs);
    const [a1, a2] = model.annees;
    const fonctionnement = (y: typeof a1) =>
      y.equilibre.find((e) => e.mission === "fonctionnement")!.actions;
    const expected: Record<string, [number, number]> = {
      "total des charges, égal au total des produits": [a1.totalCharges, a2.totalCharges],
      "dont l'équipe (coordinateur en GE, 1 ETP)": [
        model.equipe.coutEquipe[0],
        model.equipe.coutEquipe[1],
      ],
      "dont indemnités et rémunérations des professionnels (65)": [
        a1.indemnitesProfessionnels,
        a2.indemnitesProfessionnels,
      ],
      "reste à affecter (« Actions à détailler »)": [a1.resteAAffecter, a2.resteAAffecter],
      "dont l'enveloppe fonctionnement": [fonctionnement(a1), fonctionnement(a2)],
      résultat: [a1.resultat, a2.resultat],
    };
    const rows = tableAfter("| année de contrat |");
    expect(Object.fromEntries(rows.map((r) => [r[0], [amount(r[1]), amount(r[2])]]))).toEqual(
      expected
    );
    expect([a1.totalProduits, a2.totalProduits]).toEqual([a1.totalCharges, a2.totalCharges]);
    expect(parsed.inputs.equipe).toEqual([expect.objectContaining({ mode: "ge", etp: 1 })]);

    const worst = model.indemnites.passParAnneeCivile.reduce((a, b) =>
      b.maxParProfessionnel > a.maxParProfessionnel ? b : a
    );
    const euros = (n: number) =>
      new Intl.NumberFormat("fr-FR", { minimumFractionDigits: n % 1 ? 2 : 0 })
        .format(n)
        .replace(/\u202f|\u00a0/g, " ");
    expect(intro).toContain(
      `La personne la mieux payée y reçoit au plus ${euros(worst.maxParProfessionnel)} € sur l'année civile ${worst.annee}, sous le PASS ${worst.anneePass} (${euros(worst.pass)} €), et\n${model.estimations.length} montants sont des estimations.`
    );
  });

  test("taille 1: the fonctionnement overspent in year 2 by the README's amount", async () => {
    const model = await computeBudget(inputs({ taille: 1, equipe: defaultBudgetInputs(1).equipe }));
    const [a1, a2] = model.annees;
    expect(a1.depassementFonctionnement).toBe(0);
    const text = section.slice(section.indexOf("En taille 1, signée le même jour"));
    const overspend =
      /le dépasse de ([\d ,]+) € en année 2 : le résultat de l'année 2 est de −([\d ,]+) €/.exec(
        text
      )!;
    expect([amount(overspend[1]), -amount(overspend[2])]).toEqual([
      a2.depassementFonctionnement,
      a2.resultat,
    ]);
  });
});
