// `npm start`. On Windows and macOS with Excel: office-addin-debugging serves the add-in over https (Office dev
// certificates) and sideloads it into Excel desktop; `npm stop` ends it. Elsewhere (Linux, no Excel) sideloading is
// impossible: the task pane is served alone over http, for the browser.
const { spawn } = require("child_process");
const fs = require("fs");
const http = require("http");
const path = require("path");

const root = path.resolve(__dirname, "..");
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const WEBPACK_CLI = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
const STANDALONE_URL = `http://127.0.0.1:${PORT}/taskpane.html`;

function hasDesktopExcel() {
  if (process.platform === "win32") return true;
  if (process.platform === "darwin") return fs.existsSync("/Applications/Microsoft Excel.app");
  return false;
}

/** Runs node with `args`, forwards Ctrl+C and termination to it, and exits with its status. */
function runNode(args) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => child.kill(signal));
  }
  child.on("exit", (code, signal) => process.exit(signal ? 130 : (code ?? 1)));
  return child;
}

/** Resolves once the dev server answers, or never if the child exits first. */
function whenServed(child, url) {
  return new Promise((resolve) => {
    let timer;
    child.on("exit", () => clearTimeout(timer));
    const poll = () => {
      http
        .get(url, (response) => {
          response.resume();
          if (response.statusCode === 200) resolve();
          else timer = setTimeout(poll, 500);
        })
        .on("error", () => (timer = setTimeout(poll, 500)));
    };
    poll();
  });
}

function sideload() {
  const devServer = `node "${WEBPACK_CLI}" serve --mode development`;
  const debugging = require.resolve("office-addin-debugging/cli.js", { paths: [root] });
  const args = ["start", "manifest.xml", "desktop", "--app", "excel", "--dev-server", devServer];
  runNode([debugging, ...args, "--dev-server-port", String(PORT)]);
}

async function serveStandalone() {
  console.log(
    "Impossible de charger le complément dans Excel sur ce système (pas d'Excel de bureau) : le volet est servi seul, en mode autonome, pour le navigateur."
  );
  const server = runNode([WEBPACK_CLI, "serve", "--mode", "development", "--env", "standalone"]);
  await whenServed(server, STANDALONE_URL);
  console.log(`Volet Budget CPTS : ${STANDALONE_URL}`);
}

if (hasDesktopExcel()) sideload();
else serveStandalone();
