/**
 * Entry of the functions bundle. Excel's runtime defines CustomFunctions, and loading ./functions registers the
 * CPTS.* functions (the associate calls the metadata plugin appends to it). A plain browser, where the task pane runs
 * in standalone mode, has no CustomFunctions: nothing to register there.
 */
if (typeof CustomFunctions !== "undefined") {
  require("./functions");
}
