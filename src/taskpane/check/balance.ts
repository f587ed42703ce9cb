// A contract year's balance in plain French: what remains to detail, which envelopes are overspent, the CAC fee, the
// PASS check. The same sentences, envelope by envelope, from the workbook's names and from the model.
import { MISSION_LABELS } from "../../domain/data/aciGrid";
import { formatEuros } from "../form/numbers";
import { type YearFigures } from "./figures";

export interface BalanceLine {
  id: "reste" | "depassement" | "cac" | "pass";
  text: string;
  /** "alerte" when the line tells of something to fix. */
  tone: "neutre" | "alerte";
  /** The amount of each envelope the line sums up. */
  detail?: { label: string; amount: number }[];
}

/** « Accès aux soins 12 000 €, Prévention 3 000 € ». */
const byEnvelope = (parts: { mission: keyof typeof MISSION_LABELS; amount: number }[]) =>
  parts.map((p) => `${MISSION_LABELS[p.mission]} ${formatEuros(p.amount)}`).join(", ");

function resteLine(y: YearFigures): BalanceLine {
  if (y.resteAAffecter === 0)
    return {
      id: "reste",
      tone: "neutre",
      text: "Reste à détailler : rien, les enveloppes sont entièrement affectées.",
    };
  const text = `Reste à détailler : ${formatEuros(y.resteAAffecter)} sur les lignes « Actions à détailler », à remplacer par les actions prévues`;
  return {
    id: "reste",
    tone: "neutre",
    text: `${text} :`,
    detail: y.enveloppes
      .filter((e) => e.actions > 0)
      .map((e) => ({ label: MISSION_LABELS[e.mission], amount: e.actions })),
  };
}

function overspendLine(y: YearFigures): BalanceLine {
  const over = y.enveloppes
    .filter((e) => e.depassement > 0)
    .map((e) => ({ mission: e.mission, amount: e.depassement }));
  return over.length === 0
    ? { id: "depassement", tone: "neutre", text: "Aucune enveloppe dépassée." }
    : {
        id: "depassement",
        tone: "alerte",
        text: `${over.length > 1 ? "Enveloppes dépassées" : "Enveloppe dépassée"} : ${byEnvelope(over)}.`,
      };
}

function cacLine(y: YearFigures): BalanceLine {
  if (!y.cacRetenu)
    return {
      id: "cac",
      tone: "neutre",
      text: "Honoraires du commissaire aux comptes : non retenus cette année (CAC non requis).",
    };
  return y.honorairesCac > 0
    ? {
        id: "cac",
        tone: "neutre",
        text: `Honoraires du commissaire aux comptes retenus : ${formatEuros(y.honorairesCac)}.`,
      }
    : {
        id: "cac",
        tone: "alerte",
        text: "Honoraires du commissaire aux comptes : CAC requis, mais aucun honoraire budgété.",
      };
}

function passLine(y: YearFigures): BalanceLine {
  const { maxParProfessionnel, pass, anneePass, depasse } = y.indemnites;
  if (y.indemnitesProfessionnels === 0 && !depasse)
    return { id: "pass", tone: "neutre", text: "Indemnités des professionnels : aucune budgétée." };
  return {
    id: "pass",
    tone: depasse ? "alerte" : "neutre",
    text:
      `Indemnités des professionnels : ${formatEuros(y.indemnitesProfessionnels)}\u00a0; le plus indemnisé recevrait ` +
      `${formatEuros(maxParProfessionnel)} sur une année civile, ${depasse ? "au-delà" : "en deçà"} du PASS ` +
      `${anneePass} (${formatEuros(pass)}).`,
  };
}

export function balanceLines(y: YearFigures): BalanceLine[] {
  return [resteLine(y), overspendLine(y), cacLine(y), passLine(y)];
}
