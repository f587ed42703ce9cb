import { type AciGridVersion } from "./types";

/**
 * Avenant 2 to the ACI CPTS of 20 June 2019 (signed 20 Dec 2021, JO 31 March 2022), in force since its publication:
 * the grid the add-in was built on. The per-mission amounts are the FCPTS tables « Pour un départ de ma CPTS sans
 * fausse note » (seminar, 12 May 2023), checked against the published totals (287 500 to 580 000 € a year).
 */
export const AVENANT_2: AciGridVersion = {
  nom: "avenant 2",
  texte: "Avenant 2 à l'ACI CPTS du 20 juin 2019",
  journalOfficiel: "2022-03-31",
  validite: { du: "2022-03-31" },
  url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000045443303",
  grid: {
    source:
      "Avenant 2 à l'ACI CPTS du 20 juin 2019 (JO du 31 mars 2022) ; tableaux FCPTS « Pour un départ de ma CPTS sans fausse note », séminaire du 12 mai 2023",
    date: "2022-03-31",
    envelopes: {
      fonctionnement: { fixe: [50000, 60000, 75000, 90000], variable: [0, 0, 0, 0] },
      acces: { fixe: [55000, 70000, 90000, 110000], variable: [25000, 30000, 35000, 45000] },
      parcours: { fixe: [25000, 35000, 45000, 50000], variable: [25000, 35000, 45000, 50000] },
      prevention: { fixe: [10000, 15000, 17500, 20000], variable: [10000, 15000, 17500, 20000] },
      crise: { fixe: [25000, 35000, 45000, 50000], variable: [37500, 52500, 67500, 75000] },
      qualite: { fixe: [7500, 10000, 15000, 20000], variable: [7500, 10000, 15000, 20000] },
      accompagnement: { fixe: [5000, 7500, 10000, 15000], variable: [5000, 7500, 10000, 15000] },
    },
    criseMiseAJour: [12500, 17500, 22500, 25000],
  },
};
