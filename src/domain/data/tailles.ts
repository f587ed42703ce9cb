import { FCPTS_2023 } from "./aciGrid";
import { type Provenance } from "./provenance";

/**
 * Population bounds of the four tailles (ACI CPTS annexe): T1 < 40 000, T2 40 000–80 000,
 * T3 80 000–175 000, T4 > 175 000. Upper bounds are exclusive except T3's: 175 000 inhabitants is still taille 3.
 */
export const TAILLES: Provenance & {
  bounds: readonly { taille: 1 | 2 | 3 | 4; min: number; max: number; maxInclusive?: boolean }[];
} = {
  source: `ACI CPTS du 20 juin 2019, annexe (tailles de CPTS) ; ${FCPTS_2023}`,
  date: "2019-06-20",
  bounds: [
    { taille: 1, min: 0, max: 40000 },
    { taille: 2, min: 40000, max: 80000 },
    { taille: 3, min: 80000, max: 175000, maxInclusive: true },
    { taille: 4, min: 175000, max: Infinity },
  ],
};
