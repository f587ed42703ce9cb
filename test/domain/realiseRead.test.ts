import { DomainError } from "../../src/domain/errors";
import { readEntries } from "../../src/domain/realise/read";
import {
  BOOKS,
  type Ecriture,
  fecText,
  type FecOptions,
  latin9Bytes,
  utf8Bytes,
} from "../helpers/realiseFiles";

/** The French message of the error reading a file throws. */
function errorOf(input: string | Uint8Array): string {
  try {
    readEntries(input);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return (e as Error).message;
  }
  throw new Error("no error");
}

const VARIANTS: [string, FecOptions][] = [
  ["Debit/Credit, tab, LF", {}],
  ["Debit/Credit, « | », CRLF", { separator: "|", eol: "\r\n" }],
  ["Montant/Sens D/C, tab, CRLF", { sens: "DC", eol: "\r\n" }],
  ["Montant/Sens +1/−1, « | »", { sens: "+1-1", separator: "|" }],
  [
    "extra fields (BNC regime)",
    {
      extra: [
        ["DateRglt", "20250101"],
        ["ModeRglt", "VIR"],
        ["NatOp", ""],
        ["IdClient", "C1"],
      ],
    },
  ],
];

describe("reading a FEC", () => {
  test.each(VARIANTS)("%s: 24 lines, amounts in cents, dates ISO, accents kept", (_, options) => {
    const file = readEntries(fecText(BOOKS, options));
    expect(file.format).toBe(options.sens ? "fec-montant-sens" : "fec");
    expect(file.entries).toHaveLength(24);
    // The header is line 1: the third écriture's first line is line 6.
    expect(file.entries[4]).toEqual({
      ligne: 6,
      date: "2025-03-10",
      journal: "BQ",
      numero: "2",
      compte: "606100",
      compteLib: "Fournitures",
      libelle: "Cartouches d'encre",
      debit: 10050,
      credit: 0,
    });
    expect(file.entries[11].credit).toBe(6000000);
    expect(file.entries[8].libelle).toBe("Réception à l'hôtel (€)");
    // 5 000 + 10 + 100,50 + 80 + 45,30 + 60 000 + 30 + 200 + 200 + 1 000 + 50 + 40 000, each on both sides.
    expect(file.totalDebit).toBe(10671580);
    expect(file.totalCredit).toBe(10671580);
    expect(file.desequilibres).toEqual([]);
    expect(file.analytique).toBe(false);
  });

  test.each([
    ["UTF-8", utf8Bytes(fecText(BOOKS)), "UTF-8"],
    ["UTF-8 with its byte-order mark", utf8Bytes(fecText(BOOKS), true), "UTF-8"],
    ["ISO-8859-15", latin9Bytes(fecText(BOOKS)), "ISO-8859-15"],
  ])("%s: the encoding detected, € Œ é read back", (_, bytes, encodage) => {
    const file = readEntries(bytes);
    expect(file.encodage).toBe(encodage);
    expect(file.entries[0].journal).toBe("AN");
    expect(file.entries[8].libelle).toBe("Réception à l'hôtel (€)");
    expect(file.entries[15].libelle).toBe("Cotisations 2025, Œuvre");
  });

  test("plain ASCII is said so", () => {
    const ascii = fecText([
      {
        journal: "BQ",
        numero: "1",
        date: "20250310",
        lines: [
          ["606", "Fournitures", "Encre", "1,00", "0,00"],
          ["512", "Banque", "Encre", "0,00", "1,00"],
        ],
      },
    ]);
    expect(readEntries(utf8Bytes(ascii)).encodage).toBe("ASCII");
  });

  test("an analytic field after the 18 gives each entry its envelope, by key or French label", () => {
    const text = fecText(BOOKS.slice(2, 4), { extra: [["CodeAnalytique", "Accès aux soins"]] });
    const file = readEntries(text);
    expect(file.analytique).toBe(true);
    expect(file.entries.map((e) => e.enveloppe)).toEqual(["acces", "acces", "acces", "acces"]);
    expect(
      readEntries(fecText(BOOKS.slice(2, 3), { extra: [["Enveloppe", "prevention"]] })).entries[0]
        .enveloppe
    ).toBe("prevention");
  });

  test("an unbalanced écriture and the total's gap are reported, the lines kept", () => {
    const books: Ecriture[] = BOOKS.map((e) =>
      e.numero === "3"
        ? { ...e, lines: [e.lines[0], ["512000", "Banque", "Banque", "0,00", "8,00"]] }
        : e
    );
    const file = readEntries(fecText(books));
    expect(file.entries).toHaveLength(24);
    expect(file.desequilibres).toEqual([{ journal: "BQ", numero: "3", ligne: 8, ecart: 7200 }]);
    expect(file.totalDebit - file.totalCredit).toBe(7200);
  });

  test("the same number in two journals is two écritures", () => {
    const file = readEntries(
      fecText([
        {
          journal: "BQ",
          numero: "1",
          date: "20250310",
          lines: [["606", "F", "x", "5,00", "0,00"]],
        },
        {
          journal: "OD",
          numero: "1",
          date: "20250310",
          lines: [["512", "B", "x", "0,00", "5,00"]],
        },
      ])
    );
    expect(file.desequilibres.map((d) => [d.journal, d.ecart])).toEqual([
      ["BQ", 500],
      ["OD", -500],
    ]);
  });
});

describe("a FEC that cannot be read: the line, the field and the value as the file shows it", () => {
  const good = fecText(BOOKS);
  const lines = good.split("\n");
  const withLine = (n: number, edit: (fields: string[]) => void) => {
    const copy = [...lines];
    const fields = copy[n - 1].split("\t");
    edit(fields);
    copy[n - 1] = fields.join("\t");
    return copy.join("\n");
  };

  test.each([
    [
      "a misnamed column",
      withLine(1, (f) => (f[11] = "Debitt")),
      "En-tête du FEC (ligne 1) : champ 12 « Debitt » au lieu de « Debit » (ou « Montant » dans la variante Montant/Sens).",
    ],
    [
      "a missing column",
      withLine(1, (f) => f.splice(15)),
      "En-tête du FEC (ligne 1) : 15 champs au lieu de 18 ; il manque ValidDate, Montantdevise, Idevise.",
    ],
    [
      "a bad date",
      withLine(4, (f) => (f[3] = "20250230")),
      "Ligne 4, champ « EcritureDate » : date invalide « 20250230 ». Valeur attendue : une date réelle au format AAAAMMJJ (ex. 20250131).",
    ],
    [
      "a French date in a FEC",
      withLine(5, (f) => (f[3] = "10/03/2025")),
      "Ligne 5, champ « EcritureDate » : date invalide « 10/03/2025 ».",
    ],
    [
      "a bad debit",
      withLine(6, (f) => (f[11] = "100,5a")),
      "Ligne 6, champ « Debit » : montant invalide « 100,5a ». Valeur attendue : un montant en euros, virgule décimale et au plus deux décimales (ex. 1234,56), au plus 1 000 000 000 €.",
    ],
    [
      "thousands separators in a FEC credit",
      withLine(7, (f) => (f[12] = "1.000,50")),
      "Ligne 7, champ « Credit » : montant invalide « 1.000,50 ».",
    ],
    [
      "three decimals",
      withLine(6, (f) => (f[11] = "100,505")),
      "Ligne 6, champ « Debit » : montant invalide « 100,505 ».",
    ],
    [
      "an account with no class",
      withLine(8, (f) => (f[4] = "Banque")),
      "Ligne 8, champ « CompteNum » : compte invalide « Banque ».",
    ],
    [
      "a short line",
      withLine(9, (f) => f.splice(12)),
      "Ligne 9 : 12 champs au lieu de 18 (séparateur tabulation).",
    ],
  ])("%s", (_, text, message) => {
    expect(errorOf(text)).toContain(message);
  });

  test("a bad sense in the Montant/Sens variant", () => {
    const text = fecText(BOOKS, { sens: "DC" }).replace("\tD\t", "\tX\t");
    expect(errorOf(text)).toBe(
      "Ligne 2, champ « Sens » : sens invalide « X ». Valeur attendue : D ou C (ou +1 et −1)."
    );
  });

  test("an unknown envelope in the analytic field", () => {
    const text = fecText(BOOKS.slice(2, 3), { extra: [["Enveloppe", "Communication"]] });
    expect(errorOf(text)).toContain(
      "Ligne 2, champ « Enveloppe » : enveloppe inconnue « Communication »."
    );
  });

  test("a file that is neither a FEC nor the CSV", () => {
    expect(errorOf("Date,Compte,Montant\n")).toContain(
      "En-tête non reconnu (ligne 1) : « Date,Compte,Montant »."
    );
  });
});

describe("reading the simple CSV", () => {
  const CSV = [
    "Date;Compte;Libellé;Débit;Crédit;Enveloppe",
    '10/03/2025;606100;"Encre; papier ""recyclé""";100,50;;Accès aux soins',
    "2025-04-15;625100;Réunion à Besançon;80;;",
    '30/06/2025;512000;ACI;"60 000,00";0;',
    "30/06/2025;741000;ACI;;60000;",
    ";;;;;",
    "",
  ].join("\r\n");

  test("French Excel CSV: « ; », quotes, comma decimals, spaces in thousands, both date formats, envelope labels", () => {
    const file = readEntries(latin9Bytes(CSV));
    expect(file.format).toBe("csv");
    expect(file.encodage).toBe("ISO-8859-15");
    expect(file.analytique).toBe(true);
    expect(
      file.entries.map((e) => [
        e.ligne,
        e.date,
        e.compte,
        e.libelle,
        e.debit,
        e.credit,
        e.enveloppe,
      ])
    ).toEqual([
      [2, "2025-03-10", "606100", 'Encre; papier "recyclé"', 10050, 0, "acces"],
      [3, "2025-04-15", "625100", "Réunion à Besançon", 8000, 0, undefined],
      [4, "2025-06-30", "512000", "ACI", 6000000, 0, undefined],
      [5, "2025-06-30", "741000", "ACI", 0, 6000000, undefined],
    ]);
    expect(file.totalDebit - file.totalCredit).toBe(18050);
    // No écriture numbers: the total only.
    expect(file.desequilibres).toEqual([]);
  });

  test("a quoted field over two lines keeps the next record's line number", () => {
    const file = readEntries(
      'date;compte;libelle;debit;credit\n10/03/2025;606;"deux\nlignes";1;\n11/03/2025;606;x;2;\n'
    );
    expect(file.entries.map((e) => [e.ligne, e.libelle])).toEqual([
      [2, "deux\nlignes"],
      [4, "x"],
    ]);
  });

  test.each([
    [
      "a missing column",
      "date;compte;libelle;debit\n",
      "En-tête du CSV (ligne 1) : il manque la colonne credit (colonnes attendues : date;compte;libelle;debit;credit, et enveloppe en option).",
    ],
    [
      "a misnamed column",
      "date;compte;libelle;debit;credti\n",
      "En-tête du CSV (ligne 1), colonne 5 : « credti » n'est pas une colonne attendue",
    ],
    [
      "a bad date",
      "date;compte;libelle;debit;credit\n10/03/2025;606;x;1;\n31/02/2025;606;x;1;\n",
      "Ligne 3, champ « date » : date invalide « 31/02/2025 ». Valeur attendue : une date réelle au format JJ/MM/AAAA ou AAAA-MM-JJ (ex. 31/01/2025).",
    ],
    [
      "a bad amount",
      "date;compte;libelle;debit;credit\n10/03/2025;606;x;1,2,3;\n",
      "Ligne 2, champ « debit » : montant invalide « 1,2,3 ».",
    ],
    [
      "a boolean as Excel shows it",
      "date;compte;libelle;debit;credit\n10/03/2025;606;x;VRAI;\n",
      "Ligne 2, champ « debit » : montant invalide « VRAI ».",
    ],
    [
      "an unclosed quote",
      'date;compte;libelle;debit;credit\n10/03/2025;606;"x;1;\n',
      "Ligne 2 : guillemet ouvert jamais refermé",
    ],
  ])("%s", (_, text, message) => {
    expect(errorOf(text)).toContain(message);
  });
});

describe("the texts of a file are what a cell can hold", () => {
  const books = (libelle: string, compteLib = "Fournitures"): Ecriture[] => [
    {
      journal: "BQ",
      numero: "1",
      date: "20250310",
      lines: [
        ["606100", compteLib, libelle, "12,00", "0,00"],
        ["512000", "Banque", "Achat", "0,00", "12,00"],
      ],
    },
  ];

  test("a label longer than a cell holds (32 767 characters) is refused, naming its line and field", () => {
    expect(errorOf(fecText(books("L".repeat(40_000))))).toBe(
      "Ligne 2, champ « EcritureLib » : texte trop long (40 000 caractères). Valeur attendue : au plus 32 767 caractères, ce que contient une cellule."
    );
    expect(errorOf(fecText(books("Achat", "C".repeat(32_768))))).toMatch(
      /^Ligne 2, champ « CompteLib » : texte trop long \(32 768 caractères\)/
    );
    const csv = `date;compte;libelle;debit;credit\n10/03/2025;606;${"L".repeat(40_000)};12;\n`;
    expect(errorOf(csv)).toMatch(
      /^Ligne 2, champ « libelle » : texte trop long \(40 000 caractères\)/
    );
  });

  test("a control character in a label is shown as « � », the same in both writers and in the summary", () => {
    const file = readEntries(fecText(books("Encre\u0000 et\u001b papier\u007f")));
    expect(file.entries[0].libelle).toBe("Encre\ufffd et\ufffd papier\ufffd");
    // A multi-line label of the CSV keeps its line break.
    const csv = 'date;compte;libelle;debit;credit\n10/03/2025;606;"Encre\r\npapier";12;\n';
    expect(readEntries(csv).entries[0].libelle).toBe("Encre\r\npapier");
  });
});

describe("the number of entries", () => {
  test("more than 200 000 entries are refused in French before any sheet is built (10^6 lines ran out of memory)", () => {
    const csv = (n: number) =>
      [
        "date;compte;libelle;debit;credit",
        ...Array.from({ length: n }, () => "01/03/2025;606;x;1;"),
      ].join("\n");
    expect(readEntries(csv(200_000)).entries).toHaveLength(200_000);
    expect(errorOf(csv(200_001))).toBe(
      "Le fichier compte 200 001 écritures. Valeur attendue : au plus 200 000 écritures (la feuille Écritures en reçoit une par ligne) : importez l'export d'un seul exercice."
    );
  });
});

describe("an empty file", () => {
  test.each([
    ["0 byte", new Uint8Array(0)],
    ["a byte-order mark alone", new Uint8Array([0xef, 0xbb, 0xbf])],
    ["blank lines", "\r\n  \n"],
  ])("%s is said to be empty, not to have an unknown header", (_, input) => {
    expect(errorOf(input)).toBe(
      "Le fichier est vide. Valeur attendue : le FEC ou le CSV simple (date;compte;libelle;debit;credit[;enveloppe]) exporté par le cabinet comptable."
    );
  });
});
