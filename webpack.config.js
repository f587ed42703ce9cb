// Builds the add-in into dist/: taskpane.html (the shared runtime page, which also runs the custom functions),
// taskpane.js, functions.js, functions.json, the manifest and the icons.
//   npm run build                                  production, manifest kept on https://localhost:3000/
//   ADDIN_URL=https://… npm run build              production, manifest rewritten to the hosting URL
//   webpack serve --mode development [--env standalone]   dev server (see scripts/start.js)
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DEV_URL, productionUrl, rewriteDevUrls } = require("./scripts/addin-url");

/** Platforms where Excel desktop can sideload the add-in, hence where the dev server needs trusted https. */
const SIDELOAD_PLATFORMS = ["win32", "darwin"];
const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** https with the Office dev certificates where Excel can load the add-in; plain http elsewhere (no certificates). */
async function devServerOptions(standalone) {
  const common = {
    port: DEV_SERVER_PORT,
    headers: { "Access-Control-Allow-Origin": "*" },
    static: false,
  };
  if (standalone || !SIDELOAD_PLATFORMS.includes(process.platform)) {
    return { ...common, host: "127.0.0.1", server: "http" };
  }
  const devCerts = require("office-addin-dev-certs");
  return {
    ...common,
    host: "localhost",
    server: { type: "https", options: await devCerts.getHttpsServerOptions() },
  };
}

/** The manifest's URLs: every dev URL rewritten to ADDIN_URL in a production build where it is set. */
function manifestTransform(production) {
  const addinUrl = production ? productionUrl() : undefined;
  if (production && !addinUrl) {
    console.warn(
      `ADDIN_URL non défini : dist/manifest.xml garde les adresses ${DEV_URL} (build de test, pas de déploiement).`
    );
  }
  return addinUrl ? (content) => rewriteDevUrls(content.toString(), addinUrl) : undefined;
}

module.exports = async (env, argv) => {
  const production = argv.mode !== "development";
  return {
    mode: production ? "production" : "development",
    devtool: "source-map",
    // The functions first: taskpane.html then loads functions.js before the larger taskpane.js.
    entry: {
      functions: "./src/functions/register.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Lazy chunks (the payroll engine) get a content hash: Office caches add-in files aggressively.
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", "..."],
    },
    module: {
      // CustomFunctionsMetadataPlugin adds its loader to the functions module's loaders. With webpack's unsafe cache,
      // a watch rebuild after an edit of functions.ts appended the CustomFunctions.associate(...) calls to every
      // TypeScript file of the bundle (about 140 false type errors). Resolving modules afresh avoids it.
      unsafeCache: false,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            // Full type-checking of the bundled files; ES modules so that import() splits chunks and trees shake.
            onlyCompileBundledFiles: true,
            compilerOptions: { module: "es2020" },
          },
        },
      ],
    },
    optimization: {
      // The task pane and the functions run in one page (shared runtime): one webpack runtime, one instance of
      // each module (and of the payroll engine) for both.
      runtimeChunk: "single",
    },
    performance: {
      // The lazy payroll engine chunks are large by nature; only the initial bundles matter.
      assetFilter: (file) => /^(runtime|taskpane|functions)\.js$/.test(file),
      maxAssetSize: 400 * 1024,
      maxEntrypointSize: 600 * 1024,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest*.xml", to: "[name][ext]", transform: manifestTransform(production) },
        ],
      }),
    ],
    devServer: env.WEBPACK_SERVE ? await devServerOptions(Boolean(env.standalone)) : undefined,
  };
};
