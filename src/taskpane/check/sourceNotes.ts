// Figures that rest on a single source document: flagged wherever they enter the budget.
import { hasFinancementAdditionnel, hasMajorationT4 } from "../../domain/aci";
import { FINANCEMENT_ADDITIONNEL, MAJORATION_T4 } from "../../domain/data/aciGrid";
import { frDate } from "../../domain/dates";

export interface SourceNote {
  id: "additionnel" | "majorationT4";
  text: string;
}

export function sourceNotes(inputs: {
  taille: number;
  membres: number;
  dateSignature: string;
  dateLimiteAdditionnel: string;
}): SourceNote[] {
  const notes: SourceNote[] = [];
  if (hasFinancementAdditionnel(inputs.dateSignature, inputs.dateLimiteAdditionnel)) {
    notes.push({
      id: "additionnel",
      text:
        `Financement additionnel du fonctionnement (+${FINANCEMENT_ADDITIONNEL.rate * 100} %) inclus car l'ACI est signé avant le ` +
        `${frDate(inputs.dateLimiteAdditionnel)} : source unique (FCPTS, « Pour un départ de ma CPTS sans fausse note », 12 mai 2023), date limite non confirmée au Journal officiel.`,
    });
  }
  if (hasMajorationT4(inputs.taille, inputs.membres)) {
    notes.push({
      id: "majorationT4",
      text:
        `Majoration de ${MAJORATION_T4.rate * 100} % des missions (taille 4, au moins ${MAJORATION_T4.minMembers} membres) : ` +
        "source unique (FCPTS, « Pour un départ de ma CPTS sans fausse note », 12 mai 2023), non retrouvée dans le texte publié au Journal officiel.",
    });
  }
  return notes;
}
