/** File-system errors in French: Node's own messages are English. */
const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: "le dossier n'existe pas",
  ENOTDIR: "un élément du chemin n'est pas un dossier",
  EISDIR: "c'est un dossier",
  ENAMETOOLONG: "le nom du fichier ou du chemin est trop long",
  EACCES: "permission refusée",
  EPERM: "permission refusée",
  EROFS: "le disque est en lecture seule",
  ENOSPC: "disque plein",
  EDQUOT: "quota du disque dépassé",
  EBUSY: "le fichier est occupé (ouvert dans un autre programme ?)",
  ETXTBSY: "le fichier est occupé (ouvert dans un autre programme ?)",
  EMFILE: "trop de fichiers ouverts",
  ENFILE: "trop de fichiers ouverts",
  EIO: "erreur de lecture ou d'écriture du disque",
  EINVAL: "nom de fichier invalide",
};

/** Why a file-system call failed, in French. */
export function fileErrorReason(code: string): string {
  return FILE_ERRORS[code] ?? `erreur du système de fichiers (${code})`;
}
