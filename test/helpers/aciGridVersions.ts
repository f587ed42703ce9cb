/**
 * The add-in loaded as if src/domain/data/aciGridVersions/list.ts listed other versions: what adding an avenant's data
 * file does, without shipping one. Each call loads a fresh copy of the modules.
 */
import type * as Budget from "../../src/domain/budget";
import type * as Grid from "../../src/domain/data/aciGrid";
import type * as Versions from "../../src/domain/data/aciGridVersions";
import { AVENANT_2 } from "../../src/domain/data/aciGridVersions/avenant2";
import { type AciGridVersion } from "../../src/domain/data/aciGridVersions/types";
import type * as Plan from "../../src/workbook/buildPlan";

type AciGrid = Grid.AciGrid;

interface Modules {
  grid: typeof Grid;
  versions: typeof Versions;
  budget: typeof Budget;
  plan: typeof Plan;
}

export async function withVersions(versions: readonly AciGridVersion[]): Promise<Modules> {
  let modules: Modules | undefined;
  await jest.isolateModulesAsync(async () => {
    jest.doMock("../../src/domain/data/aciGridVersions/list", () => ({
      ACI_GRID_VERSIONS: versions,
    }));
    modules = {
      grid: await import("../../src/domain/data/aciGrid"),
      versions: await import("../../src/domain/data/aciGridVersions"),
      budget: await import("../../src/domain/budget"),
      plan: await import("../../src/workbook/buildPlan"),
    };
  });
  return modules!;
}

/** A grid (avenant 2's by default) with one envelope's fixed amount of one taille (1–4) replaced. */
export function withFixedAmount(
  mission: keyof AciGrid["envelopes"],
  taille: number,
  amount: number,
  base: AciGrid = AVENANT_2.grid
): AciGrid {
  const envelope = base.envelopes[mission];
  const fixe: [number, number, number, number] = [...envelope.fixe];
  fixe[taille - 1] = amount;
  return {
    ...base,
    envelopes: { ...base.envelopes, [mission]: { ...envelope, fixe } },
  };
}
