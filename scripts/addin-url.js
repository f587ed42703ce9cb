// The add-in's base URL: https://localhost:3000/ in development, ADDIN_URL (the static hosting) in production.
// Used by webpack.config.js to rewrite the manifest, and by the manifest test.

const DEV_URL = "https://localhost:3000/";

/** ADDIN_URL as a base URL ending with "/", or undefined when unset. Throws when it is not an https URL. */
function productionUrl(value = process.env.ADDIN_URL) {
  if (value === undefined || value.trim() === "") return undefined;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== "https:" || url.search || url.hash) {
    throw new Error(
      `ADDIN_URL doit être l'adresse https de l'hébergement, ex. https://cpts.example.org/budget/ (reçu : « ${value} »). ` +
        "Office n'accepte que des compléments servis en https."
    );
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Replaces every occurrence of the development URL. */
function rewriteDevUrls(text, baseUrl) {
  return text.replace(new RegExp(DEV_URL.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"), "g"), baseUrl);
}

module.exports = { DEV_URL, productionUrl, rewriteDevUrls };
