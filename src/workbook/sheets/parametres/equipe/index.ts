// The team in Paramètres, table by table (one row per post in each): the posts, their pay, the GE's fees, the taxe
// sur les salaires per calendar year, the cost per contract year by account, the split by envelope; then the notes
// on the agreements' figures. Returns the ranges the Budget, the Trésorerie and the Comparatif read.
import { CABINETS_MEDICAUX_GRID } from "../../../../domain/data/cabinetsMedicauxGrid";
import { TEAM_ACCOUNTS, type TeamAccount } from "../../../../domain/team";
import { text } from "../../../formats";
import { type SheetRef } from "../../../names";
import { type EquipeRefs, type TeamYearRefs } from "../../../refs";
import { absolute, type ParametresGrid, type RowList } from "../grid";
import { COUT, type CoutRows, coutParAnnee } from "./couts";
import { fraisDuGe, GE, POSTE, postes, SALAIRE, salaires } from "./postes";
import { type BaremeScale, repartition } from "./repartition";
import { TAXE, taxeParAnneeCivile } from "./taxe";

/** The notes a reader needs on the agreements the posts use: the single source, the non-cadre assumption. */
function agreementNotes(g: ParametresGrid): void {
  const posts = g.model.inputs.equipe;
  if (posts.some((p) => p.convention === "cabinets-medicaux")) {
    g.s.add([
      text(
        `Grille des cabinets médicaux (IDCC 1147) : ${CABINETS_MEDICAUX_GRID.confidence}`,
        "note",
        CABINETS_MEDICAUX_GRID.source
      ),
    ]);
  }
  if (posts.some((p) => p.convention !== "syntec")) {
    g.s.add([
      text(
        "Statut non-cadre (hypothèse) : les postes hors Syntec (cabinets médicaux, sans convention) sont calculés comme non-cadres ; nos sources ne disent pas quels niveaux sont cadres.",
        "note"
      ),
    ]);
  }
}

export function equipe(
  g: ParametresGrid,
  ref: SheetRef,
  rows: { debut: number; taille: number },
  bareme: BaremeScale
): { refs: EquipeRefs; first: number } {
  const first = g.s.nextRow;
  const posts = postes(g);
  g.s.add();
  const pay = salaires(g, posts);
  agreementNotes(g);
  g.s.add();
  const ge = fraisDuGe(g, posts, pay);
  g.s.add();
  const taxe = taxeParAnneeCivile(g, { debut: rows.debut, posts, pay });
  g.s.add();
  const couts = ([0, 1] as const).map((y) => {
    if (y === 1) g.s.add();
    return coutParAnnee(g, y, { posts, pay, ge, taxe });
  }) as [CoutRows, CoutRows];
  g.s.add([
    text(
      "621 : personnel mis à disposition par le GE (factures et frais) ; 622 : honoraires des prestataires ; 641 : salaires bruts ; 645 : charges sociales patronales ; 631 : taxe sur les salaires. Les lignes du Budget en font la somme par mode.",
      "note"
    ),
  ]);
  g.s.add();
  const split = repartition(g, { posts, couts, taille: absolute(2, rows.taille), bareme });

  const column = (col: number, t: RowList) => ref.range(col, t.first, col, t.last);
  const perAccount = <T>(f: (a: TeamAccount) => T) =>
    Object.fromEntries(TEAM_ACCOUNTS.map((a) => [a, f(a)])) as Record<TeamAccount, T>;
  const year = (c: CoutRows): TeamYearRefs => ({
    modes: column(COUT.mode, c.posts),
    comptes: perAccount((a) => column(COUT.comptes[a], c.posts)),
    total: ref.cell(COUT.total, c.total),
    totaux: perAccount((a) => ref.cell(COUT.comptes[a], c.total)),
  });
  const refs: EquipeRefs = {
    modes: column(POSTE.mode, posts),
    debuts: column(POSTE.debut, posts),
    durees: column(POSTE.duree, posts),
    tarifsJour: column(POSTE.tarifJour, posts),
    joursParAn: column(POSTE.joursParAn, posts),
    bruts: column(SALAIRE.brut, pay),
    coutsEmployeur: column(SALAIRE.coutEmployeur, pay),
    assiettes: column(SALAIRE.assiette, pay),
    facturesGe: column(GE.facture, ge),
    fraisMiseEnPlace: column(GE.miseEnPlace, ge),
    fraisFin: column(GE.fin, ge),
    taxeAnnees: column(TAXE.annee, taxe.annees),
    taxeTaux: column(TAXE.taux, taxe.annees),
    parAnnee: [year(couts[0]), year(couts[1])],
    affecte: Object.fromEntries(
      Object.entries(split.colonnes).map(([m, col]) => [
        m,
        split.affecte.map((row) => ref.cell(col, row)) as [string, string],
      ])
    ),
    premier: {
      intitule: ref.cell(POSTE.intitule, posts.first),
      etp: ref.cell(POSTE.etp, posts.first),
      brutTempsPlein: ref.cell(SALAIRE.brutTempsPlein, pay.first),
    },
  };
  return { refs, first };
}
