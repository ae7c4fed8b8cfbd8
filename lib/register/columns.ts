// The public register's columns: the ONLY fields that ever leave the portal through the register page or its
// downloads (CSV, JSON, ODS). Every output is built from PUBLIC_SELECT, so a confidential field cannot be
// selected, let alone shown. The layout is documented in docs/public-register.md; keep the two in step.
import type { RegisterEndReason } from "@/lib/generated/prisma/client";

/** What the database query selects: public fields of RegisterEntry, nothing else (no person id, no declaration). */
export const PUBLIC_SELECT = {
  id: true,
  personName: true,
  functionTitle: true,
  sideJob: true,
  sideJobOrganisation: true,
  paid: true,
  conditions: true,
  startedOn: true,
  publishedAt: true,
  endedAt: true,
  endReason: true,
  registerNumber: true,
  correctedAt: true,
} as const;

export interface PublicRegisterRow {
  id: string;
  personName: string;
  functionTitle: string;
  sideJob: string;
  sideJobOrganisation: string;
  paid: boolean;
  conditions: string | null;
  startedOn: Date | null;
  publishedAt: Date | null;
  endedAt: Date | null;
  endReason: RegisterEndReason | null;
  /** Public number, e.g. REG-2026-00007 (null only before publication). */
  registerNumber: string | null;
  /** When the published wording was last corrected (decision 042). */
  correctedAt: Date | null;
}

export type CellValue = string | boolean | null;

export interface RegisterColumn {
  /** Column name in CSV/ODS headers and JSON keys (stable: consumers depend on it). */
  key: string;
  description: { nl: string; en: string };
  value: (row: PublicRegisterRow) => CellValue;
}

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
/**
 * Instants as the calendar date in Europe/Amsterdam. One formatter for the module: constructing an
 * Intl.DateTimeFormat per cell made the 100,000-row CSV export take 50 s and grow the server by 3.6 GB
 * (docs/benchmarks.md).
 */
const AMSTERDAM_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" });
const amsterdamDate = (d: Date | null) => (d ? AMSTERDAM_DAY.format(d) : null);

export const END_REASON_TEXT: Record<RegisterEndReason, { nl: string; en: string }> = {
  SIDE_JOB_ENDED: { nl: "Nevenwerkzaamheid beëindigd of gewijzigd", en: "Side job ended or changed" },
  LEFT_DESIGNATED_GROUP: {
    nl: "Niet meer in de groep waarvan nevenwerk openbaar is",
    en: "No longer in the group whose side jobs are published",
  },
  EMPLOYMENT_ENDED: { nl: "Uit dienst", en: "Left the organisation" },
  REMOVED_BY_HR: { nl: "Van het register gehaald door HR", en: "Removed from the register by HR" },
};

type Description = RegisterColumn["description"];
/** The fields of the row whose values are cells as they are (text, yes or no). */
type CellField = {
  [K in keyof PublicRegisterRow]: PublicRegisterRow[K] extends CellValue ? K : never;
}[keyof PublicRegisterRow];

/** A column that gives a field of the row as it is. */
const fieldColumn = (key: string, field: CellField, description: Description): RegisterColumn => ({
  key,
  description,
  value: (r) => r[field],
});
/** A column that gives a moment of the row as its calendar date in Amsterdam. */
const amsterdamDateColumn = (
  key: string,
  field: "publishedAt" | "endedAt" | "correctedAt",
  description: Description,
): RegisterColumn => ({ key, description, value: (r) => amsterdamDate(r[field]) });

export const REGISTER_COLUMNS: RegisterColumn[] = [
  fieldColumn("registratienummer", "registerNumber", {
    nl: "Vast openbaar nummer van deze registratie per organisatie (REG-jaar-volgnummer); blijft hetzelfde bij een correctie",
    en: "Stable public number of this entry per organisation (REG-year-sequence); kept when corrected",
  }),
  fieldColumn("naam", "personName", { nl: "Naam van de medewerker", en: "Name of the employee" }),
  fieldColumn("functie", "functionTitle", { nl: "Functie bij de organisatie", en: "Function at the organisation" }),
  fieldColumn("nevenwerkzaamheid", "sideJob", { nl: "Wat de nevenwerkzaamheid is", en: "What the side job is" }),
  fieldColumn("organisatie", "sideJobOrganisation", {
    nl: "Organisatie waarvoor het nevenwerk wordt gedaan",
    en: "Organisation the side job is for",
  }),
  fieldColumn("bezoldigd", "paid", { nl: "Betaald (ja) of onbetaald (nee)", en: "Paid (ja) or unpaid (nee)" }),
  fieldColumn("voorwaarden", "conditions", {
    nl: "Voorwaarden bij de toestemming (alleen waar de gedragscode dat vraagt: Rijk)",
    en: "Conditions of the permission (only where the code requires it: Rijk)",
  }),
  {
    key: "sinds",
    description: {
      nl: "Begindatum van de nevenwerkzaamheid (JJJJ-MM-DD)",
      en: "Start date of the side job (YYYY-MM-DD)",
    },
    value: (r) => isoDate(r.startedOn),
  },
  amsterdamDateColumn("gepubliceerd_op", "publishedAt", {
    nl: "Datum van publicatie in dit register (JJJJ-MM-DD)",
    en: "Date published on this register (YYYY-MM-DD)",
  }),
  amsterdamDateColumn("beeindigd_op", "endedAt", {
    nl: "Datum waarop het van het register is gehaald; leeg als het nog op het register staat",
    en: "Date taken off the register; empty while current",
  }),
  amsterdamDateColumn("gecorrigeerd_op", "correctedAt", {
    nl: "Datum waarop de tekst voor het laatst is gecorrigeerd; leeg als hij nooit is gecorrigeerd",
    en: "Date the wording was last corrected; empty if never",
  }),
  {
    key: "reden_beeindiging",
    description: { nl: "Waarom het van het register is gehaald", en: "Why it was taken off the register" },
    value: (r) => (r.endReason ? END_REASON_TEXT[r.endReason].nl : null),
  },
];

export const LICENCE = {
  name: "CC0 1.0 Universeel (Publiek Domein Verklaring)",
  url: "https://creativecommons.org/publicdomain/zero/1.0/deed.nl",
};

/** Where the register comes from, for the metadata of every download (decision 042). */
export function registerSourceUrl(origin: string, slug: string): string {
  return `${origin.replace(/\/+$/, "")}/register/${slug}`;
}

/** A cell as text for CSV and ODS: booleans as ja/nee, empty for null. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "ja" : "nee";
  return value;
}
