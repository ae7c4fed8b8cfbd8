// Downloads of the public register in CSV, JSON and ODS: the same query as the page (registerWhere /
// historyWhere), the same columns (REGISTER_COLUMNS), streamed in batches with keyset pagination, so a
// register of any size is never held in memory at once. The pull-based ReadableStream fetches the next
// batch only when the client has taken the previous one (back-pressure).
import { spreadsheetSafe } from "@/lib/csv";
import { CSV_DELIMITER } from "@/lib/overview/csv";
import { getDb } from "@/lib/db";
import { rawRows, type RawValue } from "@/lib/db/raw";
import type { Prisma } from "@/lib/generated/prisma/client";
import { END_REASON_TEXT, LICENCE, PUBLIC_SELECT, REGISTER_COLUMNS, cellText, type PublicRegisterRow } from "./columns";
import { PUBLIC } from "./lifecycle";
import { createOdsWriter } from "./ods";
import {
  REGISTER_ORDER,
  endOfAmsterdamDay,
  historyWhere,
  registerWhere,
  rowAsOf,
  type PublicOrganisation,
  type RegisterFilters,
} from "./public";

/**
 * CSV has no place for metadata, so every CSV row ends with these two columns (decision 042): the licence and where
 * the register is published. JSON carries the same in its envelope, ODS in its document properties and a second sheet.
 */
export const CSV_META_COLUMNS = ["licentie", "bron"] as const;

export const DOWNLOAD_FORMATS = ["csv", "json", "ods"] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];
export type RegisterList = "huidig" | "geschiedenis";

export const CONTENT_TYPES: Record<DownloadFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
};

const BATCH = 1000;
const encoder = new TextEncoder();

/**
 * Keyset condition "after this row" in register order (personName, sideJobOrganisation, id). Written out
 * instead of Prisma's `cursor`, which re-reads the cursor row in six subqueries and gives PostgreSQL no
 * range to start from: every batch then sorted or scanned the whole register again (100,000 rows took
 * 50 s, docs/benchmarks.md). The leading `personName >= ...` is redundant for the result but lets the
 * index RegisterEntry(organisationId, status, personName, sideJobOrganisation, id) start at the cursor.
 */
function afterRow(last: PublicRegisterRow): Prisma.RegisterEntryWhereInput {
  return {
    AND: [
      { personName: { gte: last.personName } },
      {
        OR: [
          { personName: { gt: last.personName } },
          { personName: last.personName, sideJobOrganisation: { gt: last.sideJobOrganisation } },
          { personName: last.personName, sideJobOrganisation: last.sideJobOrganisation, id: { gt: last.id } },
        ],
      },
    ],
  };
}

/** Yields the rows of the register (or its history) in batches, in register order. */
export async function* registerBatches(
  organisationId: string,
  filters: RegisterFilters,
  list: RegisterList,
  batchSize = BATCH,
): AsyncGenerator<PublicRegisterRow[]> {
  const db = await getDb();
  const where =
    list === "geschiedenis" ? historyWhere(organisationId, filters) : registerWhere(organisationId, filters);
  let last: PublicRegisterRow | null = null;
  for (;;) {
    const rows: PublicRegisterRow[] = await db.registerEntry.findMany({
      where: last ? { AND: [where, afterRow(last)] } : where,
      orderBy: REGISTER_ORDER,
      select: PUBLIC_SELECT,
      take: batchSize,
    });
    if (rows.length === 0) return;
    // As of a day, an end or a correction after that day had not happened yet (decision 042).
    yield list === "huidig" && filters.asOf ? rows.map((r) => rowAsOf(r, filters.asOf)) : rows;
    if (rows.length < batchSize) return;
    last = rows[rows.length - 1]!;
  }
}

export function downloadFileName(
  org: PublicOrganisation,
  list: RegisterList,
  format: DownloadFormat,
  today: string,
): string {
  return `nevenwerkzaamheden-${org.slug}${list === "geschiedenis" ? "-geschiedenis" : ""}-${today}.${format}`;
}

interface Source {
  org: PublicOrganisation;
  filters: RegisterFilters;
  list: RegisterList;
  /** When the register last changed, and when this file was made. */
  asOf: Date | null;
  generatedAt: Date;
  /** The public address of the register (registerSourceUrl): the "bron" of every download. */
  sourceUrl: string;
}

/** The download as a byte stream. */
export function registerDownloadStream(
  source: Source,
  format: DownloadFormat,
  batchSize?: number,
): ReadableStream<Uint8Array> {
  if (format === "csv") return registerCsvStream(source, batchSize ?? CSV_BATCH);
  const batches = registerBatches(source.org.id, source.filters, source.list, batchSize ?? BATCH);
  const header = REGISTER_COLUMNS.map((c) => c.key);
  const texts = (rows: PublicRegisterRow[]) => rows.map((r) => REGISTER_COLUMNS.map((c) => cellText(c.value(r))));
  const title = `Nevenwerkzaamheden ${source.org.name}`;

  if (format === "ods") {
    let controllerRef: ReadableStreamDefaultController<Uint8Array>;
    let writer: ReturnType<typeof createOdsWriter>;
    let emitted = 0;
    return new ReadableStream<Uint8Array>({
      start(controller) {
        controllerRef = controller;
        writer = createOdsWriter({
          sheetName: source.list === "geschiedenis" ? "Geschiedenis" : "Register",
          title,
          header,
          about: [
            ["organisatie", source.org.name],
            ["lijst", source.list],
            ["peildatum", source.filters.asOf ?? ""],
            ["stand_van", source.asOf ? source.asOf.toISOString() : ""],
            ["gegenereerd_op", source.generatedAt.toISOString()],
            ["licentie", LICENCE.name],
            ["licentie_url", LICENCE.url],
            ["bron", source.sourceUrl],
          ],
          emit: (chunk) => {
            emitted++;
            controllerRef.enqueue(chunk);
          },
          onEnd: () => controllerRef.close(),
          onError: (error) => controllerRef.error(error),
        });
      },
      async pull() {
        // The compressor may swallow a batch without output; a pull that enqueues nothing would stall the
        // stream, so keep feeding batches until bytes come out or the file is finished.
        const before = emitted;
        while (emitted === before) {
          const next = await batches.next();
          if (next.done) {
            writer.end();
            return;
          }
          writer.rows(texts(next.value));
        }
      },
      async cancel() {
        await batches.return(undefined);
      },
    });
  }

  let first = true;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await batches.next();
      // JSON: a small envelope with the metadata, then the rows as objects with the column keys.
      if (first) {
        const meta = {
          organisatie: source.org.name,
          lijst: source.list,
          /** The day asked for (?peildatum=), or null for the current register. */
          peildatum: source.filters.asOf,
          /** When the register last changed. */
          stand_van: source.asOf ? source.asOf.toISOString() : null,
          gegenereerd_op: source.generatedAt.toISOString(),
          licentie: { naam: LICENCE.name, url: LICENCE.url },
          bron: source.sourceUrl,
          kolommen: REGISTER_COLUMNS.map((c) => ({ naam: c.key, omschrijving: c.description.nl })),
        };
        controller.enqueue(encoder.encode(JSON.stringify(meta).slice(0, -1) + ',"rijen":['));
      }
      if (!next.done) {
        const objects = next.value.map((r) =>
          JSON.stringify(Object.fromEntries(REGISTER_COLUMNS.map((c) => [c.key, c.value(r)]))),
        );
        controller.enqueue(encoder.encode((first ? "" : ",") + objects.join(",")));
        first = false;
      } else {
        controller.enqueue(encoder.encode("]}"));
        controller.close();
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}

// ---- CSV straight from the database (issue 15) ------------------------------------------------------------------
// The CSV is the large download (100,000 rows and more): its rows come from the driver as arrays of the cells' texts,
// made by PostgreSQL in the same query (dates, ja/nee, the end reason), and go straight into CSV lines, without
// Prisma's per-row object mapping, the column mappers and a CSV library's per-field work, which took most of the
// 6-10 s the export needed (docs/benchmarks.md). The WHERE and the order are registerWhere / historyWhere /
// REGISTER_ORDER written in SQL; tests/integration/register-csv.test.ts compares the two, filter by filter.

const CSV_BATCH = 5000;

/**
 * One CSV field exactly as csv-stringify 6 wrote it with our options (tests/unit/register/csv-field.test.ts): quoted
 * when it holds the delimiter, a quote or the record delimiter CRLF. (A lone CR or LF stays unquoted there too.)
 */
export function csvField(value: string): string {
  return value.includes(CSV_DELIMITER) || value.includes('"') || value.includes("\r\n")
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}

/** The cells of REGISTER_COLUMNS as text, in their order (cellText of each column's value). */
const CELLS_SQL = `coalesce("registerNumber", ''), "personName", "functionTitle", "sideJob", "sideJobOrganisation",
  case when paid then 'ja' else 'nee' end, coalesce(conditions, ''), coalesce(to_char("startedOn", 'YYYY-MM-DD'), ''),
  coalesce(to_char("publishedAt" at time zone 'Europe/Amsterdam', 'YYYY-MM-DD'), ''),
  coalesce(to_char(%ENDED% at time zone 'Europe/Amsterdam', 'YYYY-MM-DD'), ''),
  coalesce(to_char(%CORRECTED% at time zone 'Europe/Amsterdam', 'YYYY-MM-DD'), ''),
  coalesce(case %REASON% ${Object.entries(END_REASON_TEXT)
    .map(([k, v]) => `when '${k}' then '${v.nl.replaceAll("'", "''")}'`)
    .join(" ")} end, '')`;

/** registerWhere / historyWhere in SQL, with the cell expressions rowAsOf gives (decision 042). */
function csvQuery(organisationId: string, filters: RegisterFilters, list: RegisterList) {
  const values: RawValue[] = [organisationId];
  const param = (v: RawValue) => {
    values.push(v);
    return `$${values.length}`;
  };
  const publicStatus = `status::text in (${PUBLIC.map((p) => `'${p}'`).join(", ")})`;
  const where = [`"organisationId" = $1`];
  let ended = `"endedAt"`;
  let corrected = `"correctedAt"`;
  let reason = `"endReason"::text`;
  if (list === "geschiedenis") where.push(`"publishedAt" is not null`, publicStatus);
  else if (!filters.asOf) where.push(`status = 'PUBLISHED'`);
  else {
    const end = param(endOfAmsterdamDay(filters.asOf));
    where.push(`"publishedAt" < ${end}`, publicStatus, `("endedAt" is null or "endedAt" >= ${end})`);
    // As of that day, a later end or correction had not happened yet (rowAsOf).
    ended = `case when "endedAt" < ${end} then "endedAt" end`;
    reason = `case when "endedAt" < ${end} then "endReason"::text end`;
    corrected = `case when "correctedAt" < ${end} then "correctedAt" end`;
  }
  if (filters.q) {
    const q = param(filters.q);
    where.push(
      `(${["personName", "functionTitle", "sideJob", "sideJobOrganisation"].map((f) => `"${f}" ilike '%' || ${q} || '%'`).join(" or ")})`,
    );
  }
  if (filters.paid) where.push(`paid = ${filters.paid === "yes" ? "true" : "false"}`);
  const cells = CELLS_SQL.replace("%ENDED%", ended).replace("%CORRECTED%", corrected).replace("%REASON%", reason);
  return { where, values, cells };
}

/** The CSV rows in register order, batch by batch (keyset on personName, sideJobOrganisation, id). */
async function* registerCsvBatches(
  organisationId: string,
  filters: RegisterFilters,
  list: RegisterList,
  batchSize: number,
): AsyncGenerator<unknown[][]> {
  const { where, values, cells } = csvQuery(organisationId, filters, list);
  let last: [string, string, string] | null = null;
  for (;;) {
    const args = [...values];
    const at = (v: string) => {
      args.push(v);
      return `$${args.length}`;
    };
    // The leading personName >= lets the index (organisationId, status, personName, sideJobOrganisation, id) start at the cursor.
    const after = last
      ? [
          `"personName" >= ${at(last[0])}`,
          `("personName" > $${args.length} or ("personName" = $${args.length} and ("sideJobOrganisation" > ${at(last[1])} or ("sideJobOrganisation" = $${args.length} and id > ${at(last[2])}))))`,
        ]
      : [];
    const rows = await rawRows(
      `select "personName", "sideJobOrganisation", id, ${cells} from "RegisterEntry"
       where ${[...where, ...after].join(" and ")}
       order by "personName", "sideJobOrganisation", id limit ${Number(batchSize)}`,
      args,
    );
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batchSize) return;
    const end = rows[rows.length - 1]!;
    last = [String(end[0]), String(end[1]), String(end[2])];
  }
}

/** The CSV download: a byte-order mark, the header, then one line per row with the licence and the source. */
export function registerCsvStream(source: Source, batchSize = CSV_BATCH): ReadableStream<Uint8Array> {
  const batches = registerCsvBatches(source.org.id, source.filters, source.list, batchSize);
  // CSV cells never start like a formula (employees type the side job and organisation); the licence and source
  // end every row (decision 042); ";" between fields, CRLF between records, as the other CSVs of the portal.
  const tail = `${CSV_DELIMITER}${csvField(LICENCE.url)}${CSV_DELIMITER}${csvField(source.sourceUrl)}\r\n`;
  const line = (row: unknown[]) => {
    let out = "";
    for (let i = 3; i < row.length; i++) {
      if (i > 3) out += CSV_DELIMITER;
      out += csvField(spreadsheetSafe(row[i] as string));
    }
    return out + tail;
  };
  let first = true;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const head = first
        ? "\uFEFF" +
          [...REGISTER_COLUMNS.map((c) => c.key), ...CSV_META_COLUMNS].map(csvField).join(CSV_DELIMITER) +
          "\r\n"
        : "";
      first = false;
      const next = await batches.next();
      const body = next.done ? "" : next.value.map(line).join("");
      if (head || body) controller.enqueue(encoder.encode(head + body));
      if (next.done) controller.close();
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
