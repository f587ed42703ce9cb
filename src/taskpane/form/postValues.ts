// One post of the team as the form holds it (numbers kept as text until valid), and its conversion to PostInputs.
import { defaultPost, type PostInputs, type PostMode } from "../../domain/budgetInputs";
import { type Mission } from "../../domain/data/aciGrid";
import { type Convention } from "../../domain/salary";
import { contractedEnvelopes, defaultRepartition } from "../../domain/team";
import { parseFrenchNumber, toFrenchInput } from "./numbers";

/** Percentages per envelope as typed ("25", "12,5"). */
export type SharesText = Partial<Record<Mission, string>>;

export interface PostFormValues {
  /** Stable identity of the card across additions and removals (not part of the budget). */
  key: string;
  intitule: string;
  mode: PostMode;
  convention: Convention;
  coef: string;
  niveau: string;
  /** Full-time monthly gross; empty = the agreement's minimum. */
  brutMensuel: string;
  etp: string;
  forfaitJours: boolean;
  /** 0 = the first budgeted month (the signature's in year 1). */
  debutMois: string;
  mois: string;
  tarifJour: string;
  joursParAn: string;
  /** Percent per contracted envelope; undefined = the default split of the taille. */
  repartition?: SharesText;
}

let lastKey = 0;
const nextKey = () => `poste-${++lastKey}`;

/** The cabinets médicaux level a new post gets when that agreement is chosen. */
const DEFAULT_NIVEAU = 11;

export function postFormValues(p: PostInputs): PostFormValues {
  return {
    key: nextKey(),
    intitule: p.intitule,
    mode: p.mode,
    convention: p.convention,
    coef: String(p.coef ?? defaultPost().coef),
    niveau: String(p.niveau ?? DEFAULT_NIVEAU),
    brutMensuel: p.brutMensuel === undefined ? "" : toFrenchInput(p.brutMensuel),
    etp: toFrenchInput(p.etp),
    forfaitJours: p.forfaitJours,
    debutMois: String(p.debutMois),
    mois: String(p.mois),
    tarifJour: toFrenchInput(p.tarifJour),
    joursParAn: toFrenchInput(p.joursParAn),
    repartition: p.repartition
      ? Object.fromEntries(
          Object.entries(p.repartition).map(([m, share]) => [
            m,
            toFrenchInput(Math.round(share! * 1e6) / 1e4),
          ])
        )
      : undefined,
  };
}

/** A post added with « Ajouter un poste ». */
export function newPost(): PostFormValues {
  return postFormValues({ ...defaultPost(), intitule: "Nouveau poste" });
}

/** A copy of a post, under a new identity. */
export function duplicatePost(p: PostFormValues): PostFormValues {
  return { ...p, key: nextKey(), intitule: `${p.intitule} (copie)` };
}

/** Which fields a post's mode and agreement use: the others are hidden and keep their defaults. */
export function postFieldsShown(p: Pick<PostFormValues, "mode" | "convention">) {
  const employee = p.mode !== "prestataire";
  return {
    employee,
    coef: employee && p.convention === "syntec",
    niveau: employee && p.convention === "cabinets-medicaux",
    forfaitJours: employee && p.convention === "syntec",
    freelance: !employee,
  };
}

/**
 * The default split of a taille in percent with two decimals, for display and as the starting point of a custom
 * split: rounded so that the shares still sum to 100 (the largest mission takes the rounding).
 */
export function defaultSharesText(taille: number, optionnelles: boolean): SharesText {
  const split = defaultRepartition(taille, optionnelles);
  const envelopes = contractedEnvelopes(optionnelles);
  const hundredths = envelopes.map((m) => Math.round(split[m] * 10000));
  const largest = hundredths.indexOf(Math.max(...hundredths.slice(1)), 1);
  hundredths[largest] += 10000 - hundredths.reduce((a, b) => a + b, 0);
  return Object.fromEntries(envelopes.map((m, i) => [m, toFrenchInput(hundredths[i] / 100)]));
}

/**
 * The post's answers, from values that passed validation. Fields its mode or agreement hides keep the defaults of a
 * post: a stale entry there must not block the generation.
 */
export function toPostInputs(p: PostFormValues, optionnelles: boolean): PostInputs {
  const n = parseFrenchNumber;
  const base = defaultPost();
  const shown = postFieldsShown(p);
  const post: PostInputs = {
    intitule: p.intitule.trim(),
    mode: p.mode,
    convention: shown.employee ? p.convention : base.convention,
    etp: shown.employee ? n(p.etp) : base.etp,
    forfaitJours: shown.forfaitJours ? p.forfaitJours : false,
    anneeGrille: base.anneeGrille,
    debutMois: n(p.debutMois),
    mois: n(p.mois),
    tarifJour: shown.freelance ? n(p.tarifJour) : base.tarifJour,
    joursParAn: shown.freelance ? n(p.joursParAn) : base.joursParAn,
  };
  if (post.convention === "syntec") post.coef = shown.coef ? n(p.coef) : base.coef;
  if (shown.niveau) post.niveau = n(p.niveau);
  if (shown.employee && p.brutMensuel.trim()) post.brutMensuel = n(p.brutMensuel);
  if (p.repartition) {
    post.repartition = Object.fromEntries(
      contractedEnvelopes(optionnelles).map((m) => [m, n(p.repartition![m] ?? "0") / 100])
    );
  }
  return post;
}
