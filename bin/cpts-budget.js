#!/usr/bin/env node
"use strict";
// The cpts-budget command. Its code is compiled from src/cli by `npm run build:cli` (tsconfig.cli.json → build/cli).
const { existsSync } = require("fs");
const { join } = require("path");

const main = join(__dirname, "..", "build", "cli", "cli", "main.js");
if (!existsSync(main)) {
  process.stderr.write(
    "cpts-budget n'est pas compilé : lancez « npm run build:cli » dans le dossier du projet.\n"
  );
  process.exit(1);
}
const io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};
// Exit as soon as the run is over, whatever a library may still hold open.
require(main)
  .run(process.argv.slice(2), io)
  .then((code) => process.exit(code));
