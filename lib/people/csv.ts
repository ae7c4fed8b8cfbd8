// Reading a CSV export of the HR system: bytes -> text (encoding detected) -> columns -> normalised rows.
// Pure: no I/O, no database. The column layout is documented in docs/people-import.md and on the import page.
// Every problem is a code with parameters, so the preview can say it in the reader's language.
import { parse } from "csv-parse/sync";
import type { Role } from "@/lib/generated/prisma/client";
import { normaliseEmail, normaliseHeader, parseBoolean, parseDutchDate, parseRoles } from "./values";
import { PERSON_DESIGNATIONS, PERSON_FACTS } from "./record";

export { ROLE_ORDER } from "./values";

export type Encoding = "utf-8" | "utf-8-bom" | "windows-1252";
export type Delimiter = ";" | "," | "\t";

/** At most this many bytes and data rows: beyond that the file is refused as a whole. */
export const MAX_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 20_000;

export const COLUMN_KEYS = [
  "externalId",
  "name",
  "email",
  "functionTitle",
  "unit",
  "manager",
  ...PERSON_FACTS,
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** The yes-or-no columns: the designations. */
export const BOOLEAN_COLUMNS = PERSON_DESIGNATIONS;
export type BooleanColumn = (typeof BOOLEAN_COLUMNS)[number];

/** The Dutch header we document first, then the synonyms we accept (compared after normaliseHeader). */
export const COLUMNS: Record<ColumnKey, { header: string; synonyms: string[]; required?: true }> = {
  externalId: {
    header: "personeelsnummer",
    synonyms: [
      "personeelsnr",
      "personeels nr",
      "medewerkernummer",
      "registratienummer",
      "employee number",
      "employee id",
      "external id",
      "externalid",
    ],
    required: true,
  },
  name: { header: "naam", synonyms: ["volledige naam", "naam medewerker", "name", "full name"], required: true },
  email: {
    header: "e-mail",
    synonyms: [
      "email",
      "e-mailadres",
      "emailadres",
      "e-mail adres",
      "mail",
      "mailadres",
      "email address",
      "e-mail address",
    ],
    required: true,
  },
  functionTitle: {
    header: "functie",
    synonyms: ["functienaam", "functietitel", "function", "job title", "function title"],
  },
  unit: {
    header: "afdeling",
    synonyms: ["afdelingscode", "organisatie-eenheid", "organisatieeenheid", "eenheid", "unit", "department"],
  },
  manager: {
    header: "leidinggevende",
    synonyms: ["direct leidinggevende", "manager", "leidinggevende personeelsnummer", "leidinggevende e-mail"],
  },
  roles: { header: "rollen", synonyms: ["rol", "roles", "role"] },
  salaryScale: { header: "schaal", synonyms: ["salarisschaal", "scale", "salary scale"] },
  topManagementGroup: {
    header: "topmanagementgroep",
    synonyms: ["tmg", "top management group", "topmanagement groep"],
  },
  topOfficial: { header: "topfunctionaris", synonyms: ["top official"] },
  financialRiskFunction: {
    header: "financieel-risicovolle functie",
    synonyms: ["financieel risicovol", "financiele risicofunctie", "financial risk function"],
  },
  vulnerableFunction: { header: "kwetsbare functie", synonyms: ["kwetsbaar", "vulnerable function"] },
  employmentStart: {
    header: "in dienst",
    synonyms: ["datum in dienst", "indienst", "startdatum", "begindatum", "employment start", "start date"],
  },
  employmentEnd: {
    header: "uit dienst",
    synonyms: ["datum uit dienst", "uitdienst", "einddatum", "employment end", "end date"],
  },
};

const HEADER_INDEX: Map<string, ColumnKey> = new Map(
  COLUMN_KEYS.flatMap((key) =>
    [COLUMNS[key].header, ...COLUMNS[key].synonyms].map((h) => [normaliseHeader(h), key] as const),
  ),
);

/** An issue with a row or a file: a message key (people.issues.<code>) with its parameters. */
export interface Issue {
  code: string;
  params?: Record<string, string>;
}

export type FileProblem =
  | { code: "empty" }
  | { code: "tooLarge" }
  | { code: "tooManyRows"; max: number }
  | { code: "notText" }
  | { code: "utf16" }
  | { code: "badUtf8" }
  | { code: "malformed"; line: number }
  | { code: "columns"; missing: string[]; unknown: string[]; duplicate: string[] };

// ---- decoding ---------------------------------------------------------------------------------------

/** UTF-8 (with or without byte-order mark), else Windows-1252: what Dutch Excel and HR systems write. */
export function decodeCsv(
  bytes: Uint8Array,
): { ok: true; text: string; encoding: Encoding } | { ok: false; problem: FileProblem } {
  if (bytes.length === 0) return { ok: false, problem: { code: "empty" } };
  if (bytes.length > MAX_BYTES) return { ok: false, problem: { code: "tooLarge" } };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { ok: false, problem: { code: "utf16" } };
  // A spreadsheet (xlsx is a zip: "PK"), a PDF or any other binary file: not a CSV export.
  if ((bytes[0] === 0x50 && bytes[1] === 0x4b) || bytes.includes(0)) return { ok: false, problem: { code: "notText" } };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { ok: true, text, encoding: bom ? "utf-8-bom" : "utf-8" };
  } catch {
    // A byte-order mark promises UTF-8: bytes that are not UTF-8 after it mean a damaged file, not Windows-1252.
    if (bom) return { ok: false, problem: { code: "badUtf8" } };
    return { ok: true, text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (€, curly quotes, Š, Ž, ...). Node's TextDecoder
// ("windows-1252") decodes those bytes as Latin-1 control characters (observed: 0x80 -> U+0080, not €),
// so the table is here. The five bytes Windows-1252 leaves undefined keep their code point, as WHATWG says.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b)));
  }
  return out;
}

// ---- columns and records ----------------------------------------------------------------------------

/** The separator the header line uses most, outside quotes: Dutch Excel writes ";", others "," or a tab. */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in counts) counts[ch as Delimiter]++;
  }
  const best = (Object.keys(counts) as Delimiter[]).sort((a, b) => counts[b] - counts[a])[0]!;
  return counts[best] > 0 ? best : ";";
}

export interface CsvRecord {
  /** The line in the file where the record starts (the header is line 1). */
  line: number;
  /** Only the recognised columns that are in the file; a column not in the file is left out (not changed). */
  cells: Partial<Record<ColumnKey, string>>;
  /** The record has fewer or more fields than the header. */
  fieldCountMismatch: { expected: number; found: number } | null;
}

export interface ParsedCsv {
  delimiter: Delimiter;
  columns: ColumnKey[];
  records: CsvRecord[];
}

export function parsePeopleCsv(text: string): { ok: true; file: ParsedCsv } | { ok: false; problem: FileProblem } {
  const delimiter = detectDelimiter(text);
  // csv-parse's types do not model `info: true` (each record comes with where it stood), so the type is named here.
  let raw: { record: string[]; info: { lines: number } }[];
  try {
    raw = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: false,
    }) as unknown as typeof raw;
  } catch (error) {
    const line = Number((error as { lines?: number }).lines ?? 0);
    return { ok: false, problem: { code: "malformed", line } };
  }
  // Lines that hold nothing but separators (Excel writes ";;;;" for an empty row) are empty rows too.
  raw = raw.filter((r) => r.record.some((cell) => cell.trim() !== ""));
  if (raw.length === 0) return { ok: false, problem: { code: "empty" } };
  const header = raw[0]!.record.map((h) => h.trim());
  const columns: (ColumnKey | null)[] = [];
  const unknown: string[] = [];
  const duplicate: string[] = [];
  const seen = new Set<ColumnKey>();
  for (const h of header) {
    const key = h === "" ? null : (HEADER_INDEX.get(normaliseHeader(h)) ?? null);
    if (h !== "" && !key) unknown.push(h);
    if (key && seen.has(key)) duplicate.push(h);
    if (key) seen.add(key);
    columns.push(key);
  }
  const missing = COLUMN_KEYS.filter((k) => COLUMNS[k].required && !seen.has(k)).map((k) => COLUMNS[k].header);
  if (missing.length || unknown.length || duplicate.length)
    return { ok: false, problem: { code: "columns", missing, unknown, duplicate } };
  const data = raw.slice(1);
  if (data.length > MAX_ROWS) return { ok: false, problem: { code: "tooManyRows", max: MAX_ROWS } };
  // A header followed by columns left empty at the end ("naam;e-mail;;") counts only its named columns.
  const width = columns.length;
  const records: CsvRecord[] = data.map(({ record, info }) => {
    const newlinesInside = record.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    const cells: Partial<Record<ColumnKey, string>> = {};
    columns.forEach((key, i) => {
      if (key) cells[key] = record[i] ?? "";
    });
    const extraFilled = record.slice(width).some((c) => c.trim() !== "");
    const mismatch = record.length < width || extraFilled ? { expected: width, found: record.length } : null;
    return { line: info.lines - newlinesInside, cells, fieldCountMismatch: mismatch };
  });
  return { ok: true, file: { delimiter, columns: columns.filter((c): c is ColumnKey => c !== null), records } };
}

// ---- rows -------------------------------------------------------------------------------------------

/** One data row as the plan needs it. A field is undefined when its column is not in the file (not changed). */
export interface ImportRow {
  line: number;
  externalId: string;
  name: string;
  email: string;
  functionTitle?: string;
  /** Unit code or name as written; null: no unit. */
  unit?: string | null;
  /** Personnel number or e-mail address of the manager as written; null: no manager. */
  manager?: string | null;
  roles?: Role[];
  salaryScale?: number | null;
  topManagementGroup?: boolean;
  topOfficial?: boolean;
  financialRiskFunction?: boolean;
  vulnerableFunction?: boolean;
  employmentStart?: string | null;
  employmentEnd?: string | null;
  /** Problems found in this row on its own (the plan adds those that need the other rows or the database). */
  issues: Issue[];
}

const MAX_TEXT = 200;

/** Checks and normalises one record: trims, lower-cases the e-mail, reads dates, booleans, roles and the scale. */
export function normaliseRecord(record: CsvRecord): ImportRow {
  const issues: Issue[] = [];
  const c = record.cells;
  const text = (key: ColumnKey) => (c[key] ?? "").trim().replace(/\s+/g, " ");
  if (record.fieldCountMismatch) {
    issues.push({
      code: "fieldCount",
      params: { expected: String(record.fieldCountMismatch.expected), found: String(record.fieldCountMismatch.found) },
    });
  }
  const required = (key: "externalId" | "name" | "email") => {
    const v = text(key);
    if (!v) issues.push({ code: "missingValue", params: { column: COLUMNS[key].header } });
    else if (v.length > (key === "externalId" ? 64 : MAX_TEXT))
      issues.push({ code: "tooLong", params: { column: COLUMNS[key].header } });
    return v;
  };
  const externalId = required("externalId");
  const name = required("name");
  const rawEmail = text("email");
  let email = rawEmail.toLowerCase();
  if (!rawEmail) issues.push({ code: "missingValue", params: { column: COLUMNS.email.header } });
  else {
    const normalised = normaliseEmail(rawEmail);
    if (!normalised) issues.push({ code: "invalidEmail", params: { value: rawEmail } });
    else email = normalised;
  }
  const row: ImportRow = { line: record.line, externalId, name, email, issues };
  if ("functionTitle" in c) {
    row.functionTitle = text("functionTitle");
    if (row.functionTitle.length > MAX_TEXT)
      issues.push({ code: "tooLong", params: { column: COLUMNS.functionTitle.header } });
  }
  if ("unit" in c) row.unit = text("unit") || null;
  if ("manager" in c) row.manager = text("manager") || null;
  if ("roles" in c) {
    const { roles, unknown } = parseRoles(text("roles"));
    row.roles = roles;
    for (const value of unknown) issues.push({ code: "unknownRole", params: { value } });
  }
  if ("salaryScale" in c) {
    const v = text("salaryScale");
    const n = /^\d{1,2}$/.test(v) ? Number(v) : NaN;
    if (!v) row.salaryScale = null;
    else if (n >= 1 && n <= 18) row.salaryScale = n;
    else issues.push({ code: "invalidScale", params: { value: v } });
  }
  for (const key of BOOLEAN_COLUMNS) {
    if (!(key in c)) continue;
    const b = parseBoolean(text(key));
    if (b === null) issues.push({ code: "invalidBoolean", params: { column: COLUMNS[key].header, value: text(key) } });
    else row[key] = b;
  }
  for (const key of ["employmentStart", "employmentEnd"] as const) {
    if (!(key in c)) continue;
    const v = text(key);
    const date = v ? parseDutchDate(v) : null;
    if (v && !date) issues.push({ code: "invalidDate", params: { column: COLUMNS[key].header, value: v } });
    else row[key] = date;
  }
  if (row.employmentStart && row.employmentEnd && row.employmentEnd < row.employmentStart)
    issues.push({ code: "endBeforeStart" });
  return row;
}

/** Bytes of an upload -> normalised rows, or the one problem that stops the whole file. */
export function readPeopleCsv(bytes: Uint8Array):
  | {
      ok: true;
      encoding: Encoding;
      delimiter: Delimiter;
      columns: ColumnKey[];
      rows: ImportRow[];
      /** Each row's cells as they stood in the file, for the report of rejected rows (decision 064). */
      sources: Pick<CsvRecord, "line" | "cells">[];
    }
  | { ok: false; problem: FileProblem; encoding?: Encoding } {
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) return decoded;
  const parsed = parsePeopleCsv(decoded.text);
  if (!parsed.ok) return { ...parsed, encoding: decoded.encoding };
  const { delimiter, columns, records } = parsed.file;
  if (records.length === 0) return { ok: false, problem: { code: "empty" }, encoding: decoded.encoding };
  return {
    ok: true,
    encoding: decoded.encoding,
    delimiter,
    columns,
    rows: records.map(normaliseRecord),
    sources: records.map(({ line, cells }) => ({ line, cells })),
  };
}
