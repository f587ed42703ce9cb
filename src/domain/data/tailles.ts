import { Provenance } from "./provenance";

/** Population bounds of the four tailles (FACTS.md "Words"; ACI CPTS annexe). Upper bound exclusive. */
export const TAILLES: Provenance & {
  bounds: readonly { taille: 1 | 2 | 3 | 4; min: number; max: number }[];
} = {
  source: "ACI CPTS du 20 juin 2019, annexe (tailles de CPTS) ; 002_2879e654481c2293.txt",
  date: "2019-06-20",
  bounds: [
    { taille: 1, min: 0, max: 40000 },
    { taille: 2, min: 40000, max: 80000 },
    { taille: 3, min: 80000, max: 175000 },
    { taille: 4, min: 175000, max: Infinity },
  ],
};
