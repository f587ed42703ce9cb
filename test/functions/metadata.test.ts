import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

/**
 * functions.json is what Excel reads to know the CPTS.* functions. Its ids are stored in users' workbooks and must
 * never change; the golden file makes any change to ids, parameters, optional flags or descriptions deliberate:
 * update test/functions/functions.golden.json in the same commit.
 */
const root = path.resolve(__dirname, "../..");
const golden = JSON.parse(fs.readFileSync(path.join(__dirname, "functions.golden.json"), "utf8"));

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    helpUrl: string;
    parameters: { name: string; optional?: boolean }[];
  }[];
}

describe("functions.json", () => {
  let generated: Metadata;

  beforeAll(async () => {
    // The CLI exits 0 on errors: the API's error list is the only reliable signal.
    const result = await generateCustomFunctionsMetadata(
      path.join(root, "src/functions/functions.ts"),
      true
    );
    expect(result.errors).toEqual([]);
    generated = JSON.parse(result.metadataJson);
  });

  it("matches the golden file", () => {
    expect(generated).toEqual(golden);
  });

  it("keeps the ids that workbooks store", () => {
    expect(generated.functions.map((f) => f.id)).toEqual([
      "ACI",
      "COUT_GE",
      "COUT_SALARIE",
      "SALAIRE_MIN",
      "TAILLE",
      "SEUIL_CAC",
      "VERSEMENTS",
    ]);
    for (const f of generated.functions) expect(f.name).toBe(f.id);
  });

  it("gives every function and parameter a description and a help URL", () => {
    for (const f of generated.functions) {
      expect(f.description).toMatch(/[a-zé]/);
      expect(f.helpUrl).toMatch(/^https:\/\//);
      for (const p of f.parameters) expect(p).toHaveProperty("description");
    }
  });

  it("puts the optional parameters last", () => {
    for (const f of generated.functions) {
      const flags = f.parameters.map((p) => p.optional === true);
      expect(flags).toEqual([...flags].sort((a, b) => Number(a) - Number(b)));
    }
  });

  it("is what the build emitted in dist/ (when built)", () => {
    const built = path.join(root, "dist/functions.json");
    if (!fs.existsSync(built)) return;
    expect(JSON.parse(fs.readFileSync(built, "utf8"))).toEqual(golden);
  });
});
