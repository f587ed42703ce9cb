import { type Provenance } from "./provenance";

/** One year of the taxe sur les salaires (métropole) for an association that is not liable to VAT. */
export interface TaxeSalairesYear {
  /** Upper limits of the 4.25 % and 8.50 % bands, in € of individual yearly pay (art. 231 CGI). */
  limits: readonly [number, number];
  /** Yearly allowance of associations loi 1901 (art. 1679 A CGI), deducted from the tax itself, not from the pay. */
  abattement: number;
}

/**
 * Bands and allowance by year. The band limits and the allowance are indexed each year on the first income-tax band.
 * The franchise (tax ≤ 1 200 €) and décote (up to 2 040 €) of art. 1679 CGI come before the allowance; as the
 * allowance is larger than 2 040 €, they never change an association's tax and are not modelled.
 */
export const TAXE_SALAIRES: Provenance & {
  /** Rates of the three bands; the last one has no upper limit. */
  rates: readonly [number, number, number];
  byYear: Readonly<Record<number, TaxeSalairesYear>>;
} = {
  source:
    "CGI art. 231 et 1679 A ; bofip BOI-TPS-TS-30 ; règles modele-social 11.1.0 (« salarié . régimes spécifiques . taxe sur les salaires », limites 2023–2025) ; " +
    "abattement 2023 : legavox.fr / francegenerosites.org ; 2024–2025 : Les Echos Publishing 2025 (aliantis) ; 2026 : Les Echos Publishing 2026 (jfmeheust.com)",
  date: "2026-01-01",
  confidence:
    "2026 : limites (9 229 € / 18 423 €) et abattement (24 256 €) d'une seule source secondaire, non vérifiés au Bofip ; " +
    "modele-social 11.1.0 applique encore en 2026 les limites de 2025. Années antérieures à 2023 non reprises.",
  rates: [0.0425, 0.085, 0.136],
  byYear: {
    2023: { limits: [8573, 17114], abattement: 22536 },
    2024: { limits: [8985, 17936], abattement: 23616 },
    2025: { limits: [9147, 18258], abattement: 24041 },
    2026: { limits: [9229, 18423], abattement: 24256 },
  },
};

export const TAXE_SALAIRES_YEARS = Object.keys(TAXE_SALAIRES.byYear).map(Number);
export const LATEST_TAXE_SALAIRES_YEAR = Math.max(...TAXE_SALAIRES_YEARS);
