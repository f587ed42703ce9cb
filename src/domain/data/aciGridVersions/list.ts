// Every version of the ACI grid the add-in knows, oldest first: a new avenant is one data file beside this one and
// one line here.
import { AVENANT_2 } from "./avenant2";
import { type AciGridVersion } from "./types";

export const ACI_GRID_VERSIONS: readonly AciGridVersion[] = [AVENANT_2];
