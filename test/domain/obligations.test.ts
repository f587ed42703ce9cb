import { computeBudget } from "../../src/domain/budget";
import { defaultPost } from "../../src/domain/budgetInputs";
import { OBLIGATIONS } from "../../src/domain/data/obligations";
import { obligationsDue, obligationsSchedule } from "../../src/domain/obligations";
import { inputs } from "../helpers/budgetInputs";

const dueOf = (schedule: ReturnType<typeof obligationsSchedule>, label: RegExp) =>
  schedule.find((o) => label.test(o.label))!.echeance;

describe("the first-200-days checklist", () => {
  test("every item of the source, grouped by theme, each due from the signature or 200 days after it", async () => {
    const model = await computeBudget(inputs({ dateSignature: "2025-03-01" }));
    const schedule = obligationsSchedule(model);
    expect(schedule).toHaveLength(OBLIGATIONS.items.length);
    expect([...new Set(schedule.map((o) => o.theme))]).toEqual([
      "Création de l'association",
      "Locaux",
      "Finances",
      "Assurances",
      "Personnel",
      "Indemnités des membres",
      "Protection des données (RGPD)",
    ]);
    expect(dueOf(schedule, /SIRET/)).toBe("2025-03-01");
    // 1 March 2025 + 200 days = 17 September 2025.
    expect(dueOf(schedule, /Responsabilité civile des dirigeants/)).toBe("2025-09-17");
  });

  test("staff obligations fall due at the first direct hire; a GE or a freelance post is not the CPTS's hire", async () => {
    const gesOnly = await computeBudget(inputs({ dateSignature: "2025-03-15" }));
    expect(dueOf(obligationsSchedule(gesOnly), /Registre unique/)).toBeUndefined();
    const team = await computeBudget(
      inputs({
        dateSignature: "2025-03-15",
        equipe: [
          defaultPost(),
          { ...defaultPost(), intitule: "Secrétaire", mode: "salarie", debutMois: 7 },
          { ...defaultPost(), intitule: "Chargée", mode: "salarie", debutMois: 5 },
        ],
      })
    );
    // Month 5 after March 2025: 1 August 2025.
    expect(dueOf(obligationsSchedule(team), /Déclaration préalable/)).toBe("2025-08-01");
    const atSignature = await computeBudget(
      inputs({ dateSignature: "2025-03-15", coordinateur: { mode: "salarie" } })
    );
    expect(dueOf(obligationsSchedule(atSignature), /Complémentaire santé/)).toBe("2025-03-15");
  });

  test("the CAC is due at the close of the first exercice over the threshold, and not at all below it", async () => {
    // The ACI left out of the subsidies: no exercice is over.
    const under = await computeBudget(
      inputs({ dateSignature: "2025-01-01", aciSubventionPublique: false })
    );
    expect(dueOf(obligationsSchedule(under), /Commissaire aux comptes/)).toBeUndefined();
    const t3 = await computeBudget(inputs({ dateSignature: "2025-01-01", taille: 3 }));
    const over = t3.tresorerie.exercices.find(
      (e) => e.teste && (e.encaissees.seuil.cacMandatory || e.allouees.seuil.cacMandatory)
    )!;
    expect(dueOf(obligationsSchedule(t3), /Commissaire aux comptes/)).toBe(over.fin);
  });

  test("counts what is overdue on a day and what falls due within 30 days", async () => {
    const model = await computeBudget(inputs({ dateSignature: "2025-03-01" }));
    const schedule = obligationsSchedule(model);
    const count = (trigger: string) => schedule.filter((o) => o.trigger === trigger).length;
    // Four items at the signature (1 March 2025), eleven 200 days later, on 17 September 2025.
    expect([count("signature"), count("deuxCentsJours")]).toEqual([4, 11]);
    expect(obligationsDue(schedule, "2025-02-01")).toEqual({ enRetard: 0, prochainement: 4 });
    expect(obligationsDue(schedule, "2025-09-01")).toEqual({ enRetard: 4, prochainement: 11 });
    expect(obligationsDue(schedule, "2025-09-18")).toEqual({ enRetard: 15, prochainement: 0 });
  });
});
