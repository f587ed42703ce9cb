/**
 * The ACI grid as dated versions: the shipped list (avenant 2, what `ACI_GRID` is), the version in force at a date,
 * and a fictitious avenant added in the test only (never shipped): the way a real one is added, one data file listed
 * in src/domain/data/aciGridVersions/list.ts.
 */
import { computeBudget } from "../../src/domain/budget";
import { ACI_GRID, MISSIONS } from "../../src/domain/data/aciGrid";
import {
  ACI_GRID_NOTICE,
  ACI_GRID_VERSIONS,
  type AciGridVersion,
  aciGridAt,
  CURRENT_ACI_GRID_VERSION,
  frValidite,
} from "../../src/domain/data/aciGridVersions";
import { AVENANT_2 } from "../../src/domain/data/aciGridVersions/avenant2";
import { DomainError } from "../../src/domain/errors";
import { buildWorkbookPlan } from "../../src/workbook/buildPlan";
import { withFixedAmount, withVersions } from "../helpers/aciGridVersions";
import { expectedNameValues } from "../helpers/expectedNames";
import { DEFAULT_BUDGETS } from "../helpers/recalcCases";

/** Avenant 2 closed the day before a fictitious avenant that raises the taille 3 fonctionnement to 80 000 €. */
const CLOSED_AVENANT_2: AciGridVersion = {
  ...AVENANT_2,
  validite: { du: AVENANT_2.validite.du, au: "2026-08-31" },
};
const FICTITIOUS: AciGridVersion = {
  nom: "avenant fictif",
  texte: "Avenant fictif à l'ACI CPTS (test)",
  journalOfficiel: "2026-08-14",
  validite: { du: "2026-09-01" },
  url: "https://example.invalid/avenant-fictif",
  grid: { ...withFixedAmount("fonctionnement", 3, 80000), source: "Test", date: "2026-08-14" },
};

/** What a list of versions must hold: oldest first, none overlapping, only the last open, sound amounts. */
function problems(versions: readonly AciGridVersion[]): string[] {
  const found: string[] = [];
  versions.forEach((v, i) => {
    const next = versions[i + 1];
    if (v.journalOfficiel > v.validite.du) found.push(`${v.nom} : en vigueur avant sa publication`);
    if (v.validite.au !== undefined && v.validite.au < v.validite.du)
      found.push(`${v.nom} : fin avant le début`);
    if (next && (v.validite.au === undefined || v.validite.au >= next.validite.du))
      found.push(`${v.nom} : chevauche ${next.nom}`);
    if (!next && v.validite.au !== undefined)
      found.push(`${v.nom} : la dernière doit rester ouverte`);
    const envelopes = Object.entries(v.grid.envelopes).map(([m, e]) => [m, e] as const);
    for (const [m, e] of envelopes)
      for (const volet of [e.fixe, e.variable, v.grid.criseMiseAJour])
        if (!volet.every((a, t) => Number.isFinite(a) && a >= 0 && (t === 0 || a >= volet[t - 1])))
          found.push(
            `${v.nom} : montants de ${m} non croissants avec la taille : ${volet.join(", ")}`
          );
    const missing = MISSIONS.filter((m) => !(m in v.grid.envelopes));
    if (missing.length > 0) found.push(`${v.nom} : enveloppes absentes ${missing.join(", ")}`);
  });
  return found;
}

describe("the shipped ACI grid versions", () => {
  test("ACI_GRID is avenant 2's grid, in its former shape: source, date, envelopes, crisis plan update", () => {
    expect(ACI_GRID_VERSIONS).toEqual([AVENANT_2]);
    expect(CURRENT_ACI_GRID_VERSION).toBe(AVENANT_2);
    expect(ACI_GRID).toBe(AVENANT_2.grid);
    expect(Object.keys(ACI_GRID).sort()).toEqual(["criseMiseAJour", "date", "envelopes", "source"]);
    expect(ACI_GRID.date).toBe("2022-03-31");
    expect(ACI_GRID.envelopes.fonctionnement.fixe).toEqual([50000, 60000, 75000, 90000]);
    expect(AVENANT_2).toMatchObject({
      texte: "Avenant 2 à l'ACI CPTS du 20 juin 2019",
      journalOfficiel: "2022-03-31",
      validite: { du: "2022-03-31" },
    });
    expect(AVENANT_2.validite.au).toBeUndefined();
    expect(frValidite(AVENANT_2)).toBe("depuis le 31/03/2022");
  });

  test("the list is sound, and the checks of a list do catch an overlap and a typo", () => {
    expect(problems(ACI_GRID_VERSIONS)).toEqual([]);
    expect(problems([AVENANT_2, FICTITIOUS])).toEqual(["avenant 2 : chevauche avenant fictif"]);
    const typo = { ...FICTITIOUS, grid: withFixedAmount("acces", 2, 7000) };
    expect(problems([CLOSED_AVENANT_2, typo])).toEqual([
      "avenant fictif : montants de acces non croissants avec la taille : 55000, 7000, 90000, 110000",
    ]);
  });

  test("the version in force at a date; without a date, the latest; before avenant 2, a French error", () => {
    expect(aciGridAt("2022-03-31")).toBe(AVENANT_2);
    expect(aciGridAt("2027-06-30")).toBe(AVENANT_2);
    expect(aciGridAt()).toBe(AVENANT_2);
    const before = () => aciGridAt("2022-03-30");
    expect(before).toThrow(DomainError);
    expect(before).toThrow(
      "Aucune grille ACI connue en vigueur le 30/03/2022. La plus ancienne du complément (Avenant 2 à l'ACI CPTS du 20 juin 2019) s'applique depuis le 31/03/2022 : saisissez les montants de votre contrat dans le barème."
    );
    expect(() => aciGridAt("2023-02-30")).toThrow(
      /^Date de la grille ACI invalide : « 2023-02-30 »\. Valeur attendue : une date réelle/
    );
  });

  test("the notice cites the LFSS 2026 by its public reference, never a working paper", () => {
    expect(ACI_GRID_NOTICE.source).toBe(
      "Loi n° 2025-1403 du 30 décembre 2025 de financement de la sécurité sociale pour 2026, article 63 (JO du 31 décembre 2025)"
    );
    expect(ACI_GRID_NOTICE.texte).toMatch(/^Un avenant à l'ACI CPTS doit être négocié en 2026/);
    expect(`${ACI_GRID_NOTICE.texte} ${ACI_GRID_NOTICE.source}`).not.toMatch(
      /FACTS|research|\d{3}_[0-9a-f]+\.txt/
    );
  });
});

describe("a fictitious avenant added in the test only", () => {
  const versions = [CLOSED_AVENANT_2, FICTITIOUS];

  test("each date gets the version in force that day; the latest by default", () => {
    expect(aciGridAt("2026-08-31", versions)).toBe(CLOSED_AVENANT_2);
    expect(aciGridAt("2026-09-01", versions)).toBe(FICTITIOUS);
    expect(aciGridAt(undefined, versions)).toBe(FICTITIOUS);
    expect(frValidite(CLOSED_AVENANT_2)).toBe("du 31/03/2022 au 31/08/2026");
  });

  test("listed, it becomes ACI_GRID: the Barème shows it and its amounts, the budget receives them", async () => {
    const added = await withVersions(versions);
    expect(added.grid.ACI_GRID).toBe(FICTITIOUS.grid);
    expect(added.versions.CURRENT_ACI_GRID_VERSION).toBe(FICTITIOUS);

    const inputs = DEFAULT_BUDGETS.find(([n]) => n === "T3-defaut")![1];
    const model = await added.budget.computeBudget(inputs);
    const bareme = added.plan.buildWorkbookPlan(model).sheets.find((s) => s.name === "Barème ACI")!;
    const texts = bareme.rows.map((r) => r.map((c) => c?.text ?? c?.value ?? null));
    expect(texts[0][0]).toBe("Barème ACI des CPTS (avenant fictif)");
    expect(texts).toContainEqual(
      expect.arrayContaining(["Version de la grille", FICTITIOUS.texte])
    );
    expect(texts).toContainEqual(expect.arrayContaining(["En vigueur", "depuis le 01/09/2026"]));
    expect(texts).toContainEqual(expect.arrayContaining(["Avertissement", ACI_GRID_NOTICE.texte]));
    const fonctionnement = texts.find((r) => r[0] === "fonctionnement")!;
    expect(fonctionnement.slice(3, 7)).toEqual([50000, 60000, 80000, 90000]);

    // Signed in 2025, after the cut-off of the financement additionnel: year 1 pays the fonctionnement whole at
    // signature (+5 000 €), year 2 its 75 % advance (+3 750 €).
    const before = expectedNameValues(await computeBudget(inputs));
    const after = expectedNameValues(model);
    expect((after.ACI_Annee1 as number) - (before.ACI_Annee1 as number)).toBeCloseTo(5000, 2);
    expect((after.ACI_Annee2 as number) - (before.ACI_Annee2 as number)).toBeCloseTo(3750, 2);
    // The modules loaded as shipped still show avenant 2.
    const shipped = buildWorkbookPlan(await computeBudget(inputs)).sheets.find(
      (s) => s.name === "Barème ACI"
    )!;
    expect(shipped.rows[0][0]!.text).toBe("Barème ACI des CPTS (avenant 2)");
  });
});
