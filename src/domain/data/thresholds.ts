import { type Provenance } from "./provenance";

/** Public-subsidy threshold above which an association must appoint a commissaire aux comptes. */
export const SEUIL_CAC: Provenance & {
  amount: number;
  mandateYears: number;
  publicationMonths: number;
} = {
  source:
    "Code de commerce, art. L612-4 et D612-5 ; décret 2009-540 du 14 mai 2009 (publication au JO)",
  date: "2009-05-14",
  amount: 153000,
  mandateYears: 6,
  publicationMonths: 3,
};

/** Plafond annuel de la sécurité sociale: cap of the indemnities per member professional (décret 2022-375). */
export const PASS: Provenance & { byYear: Readonly<Record<number, number>> } = {
  source:
    "Arrêtés PASS ; BOSS, annonce du 21 octobre 2025 pour 2026 (https://www.lafinancepourtous.com/2025/11/03/plafond-annuel-de-la-securite-sociale-revalorise-de-2-en-2026-a-quoi-sert-le-pass)",
  date: "2025-10-21",
  confidence: "2026 : valeur annoncée, à confirmer par arrêté.",
  byYear: { 2023: 43992, 2024: 46368, 2025: 47100, 2026: 48060 },
};
