import { type Mission, MISSION_LABELS, MISSIONS } from "./data/aciGrid";

/** Lower case, no accents, no punctuation: "Accès aux soins" → "acces aux soins". */
export function normalizeLabel(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export type MissionKey = Mission | "socle" | "total";

/** A Map, not an object: "constructor" or "__proto__" must not find Object's own members. */
const ALIASES = new Map<string, MissionKey>(
  Object.entries({
    ...Object.fromEntries(MISSIONS.map((m) => [m, m])),
    ...Object.fromEntries(MISSIONS.map((m) => [normalizeLabel(MISSION_LABELS[m]), m])),
    "acces aux soins": "acces",
    "parcours pluri professionnels": "parcours",
    "parcours pluriprofessionnel": "parcours",
    "crise sanitaire": "crise",
    "qualite et pertinence": "qualite",
    "qualite et pertinence des soins": "qualite",
    "accompagnement des professionnels": "accompagnement",
    "accompagnement des professionnels de sante": "accompagnement",
    socle: "socle",
    socles: "socle",
    "missions socles": "socle",
    total: "total",
  } satisfies Record<string, MissionKey>)
);

/** Resolves a mission key or French label; undefined when unknown. */
export function resolveMission(text: string): MissionKey | undefined {
  return ALIASES.get(normalizeLabel(text));
}

export const MISSION_KEYS_HELP = [...MISSIONS, "socle", "total"].join(", ");
