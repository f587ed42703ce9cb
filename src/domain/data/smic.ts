import { type Provenance } from "./provenance";

/** The SMIC's monthly amount for 151,67 h, by the year from whose 1st of January it applies. */
export const SMIC: Provenance & { byYear: Readonly<Record<number, number>> } = {
  source:
    "SMIC mensuel brut (151,67 h) : 1 801,80 € au 1er novembre 2024, 1 823,03 € au 1er janvier 2026 (12,02 €/h, décret de revalorisation ; apecita-media.com, brut-en-net-salaire.fr)",
  date: "2026-01-01",
  byYear: { 2025: 1801.8, 2026: 1823.03 },
};
