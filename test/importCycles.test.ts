// The import-cycle check of `npm run lint` (scripts/check-cycles.js): src/ has none, and the check does see one.
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const script = join(__dirname, "..", "scripts", "check-cycles.js");
const run = (dir?: string) =>
  spawnSync(process.execPath, dir ? [script, dir] : [script], { encoding: "utf8" });

test("src/ has no runtime import cycle", () => {
  const result = run();
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
});

test("a runtime cycle is reported, a type-only one is not", () => {
  const dir = mkdtempSync(join(tmpdir(), "cycles-"));
  try {
    writeFileSync(join(dir, "a.ts"), 'import { b } from "./b";\nexport const a = b;\n');
    writeFileSync(join(dir, "b.ts"), 'import type { A } from "./c";\nexport const b: A = 1;\n');
    writeFileSync(
      join(dir, "c.ts"),
      'import { type B } from "./b";\nexport type A = B | number;\n'
    );
    expect(run(dir).status).toBe(0);
    writeFileSync(
      join(dir, "c.ts"),
      'import { a } from "./a";\nexport type A = number;\nexport const c = a;\n'
    );
    writeFileSync(join(dir, "b.ts"), 'import { c } from "./c";\nexport const b = c;\n');
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Import cycle: a\.ts → b\.ts → c\.ts → a\.ts/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a cycle is seen through a side-effect import, a re-export and an import after a type alias", () => {
  const cases: [string, string][] = [
    ['import "./b";\nexport const a = 1;\n', 'import { a } from "./a";\nexport const b = a;\n'],
    [
      'export { b } from "./b";\nexport const a = 1;\n',
      'export * from "./a";\nexport const b = 2;\n',
    ],
    [
      'export type T = {\n  x: number;\n};\nimport { b } from "./b";\nexport const a = b;\n',
      'import { a } from "./a";\nexport const b = () => a;\n',
    ],
  ];
  for (const [a, b] of cases) {
    const dir = mkdtempSync(join(tmpdir(), "cycles-"));
    try {
      writeFileSync(join(dir, "a.ts"), a);
      writeFileSync(join(dir, "b.ts"), b);
      const result = run(dir);
      expect([a, result.status]).toEqual([a, 1]);
      expect(result.stderr).toMatch(/Import cycle: a\.ts → b\.ts → a\.ts/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});
