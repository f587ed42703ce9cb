// office-addin-mock only needs this enum from office-addin-manifest, whose ESM-only dependencies
// (strip-bom, uuid) Jest cannot load on Node 20 (see ../shared/engineering/toolchain-offline.md §4).
exports.OfficeApp = {
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
};
