import { type Provenance } from "./provenance";

/** A groupement d'employeurs' price list, in € excluding the employee's own cost. */
export interface GeTariff extends Provenance {
  setup: number;
  managementPerMonth: number;
  payrollPerMonth: number;
  endOfPlacement: number;
}

/** GEIO (groupement d'employeurs inter-URPS d'Occitanie) leaflet, published on the guichet CPTS Occitanie. */
export const GEIO_TARIFF: GeTariff = {
  source:
    "Plaquette du GEIO (Groupement Employeur Inter-URPS d'Occitanie), guichet CPTS Occitanie, www.guichet-cpts-occitanie.org",
  date: "2021-01-01",
  confidence: "Tarif d'un seul GE ; variable selon le nombre de CPTS adhérentes.",
  setup: 700,
  managementPerMonth: 83,
  payrollPerMonth: 70,
  endOfPlacement: 1200,
};
