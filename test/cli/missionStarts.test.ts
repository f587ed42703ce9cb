// The CLI refuses a mission start date of its inputs file in the pane's words (test/taskpane/MissionStarts.test.tsx).
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { requireMissionStart } from "../../src/domain/cashPlan";
import { cli } from "../helpers/cli";
import { domainMessage } from "../helpers/domainMessage";

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "cpts-starts-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each([
  ["acces", "2025-09-02"],
  ["parcours", "2025-02-28"],
] as const)(
  "missionStarts.%s = %s is refused with the cash plan's message",
  async (mission, date) => {
    const file = join(dir, `${mission}.json`);
    writeFileSync(
      file,
      JSON.stringify({ dateSignature: "2025-03-01", missionStarts: { [mission]: date } })
    );
    const out = join(dir, `${mission}.xlsx`);
    const run = await cli("--taille", "1", "--entrees", file, "--out", out);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(
      domainMessage(() => requireMissionStart("2025-03-01", mission, date))
    );
  }
);
