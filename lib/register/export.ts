// Downloads of the public register in CSV, JSON and ODS: the same query as the page (registerWhere /
// historyWhere), the same columns (REGISTER_COLUMNS), streamed in batches with keyset pagination, so a
// register of any size is never held in memory at once. The pull-based ReadableStream fetches the next
// batch only when the client has taken the previous one (back-pressure).
import { stringify } from "csv-stringify/sync";
import { spreadsheetSafe } from "@/lib/csv";
import { CSV_DELIMITER } from "@/lib/overview/csv";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LICENCE, PUBLIC_SELECT, REGISTER_COLUMNS, cellText, type PublicRegisterRow } from "./columns";
import { createOdsWriter } from "./ods";
import {
  REGISTER_ORDER,
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
  batchSize = BATCH,
): ReadableStream<Uint8Array> {
  const batches = registerBatches(source.org.id, source.filters, source.list, batchSize);
  const header = REGISTER_COLUMNS.map((c) => c.key);
  const texts = (rows: PublicRegisterRow[]) => rows.map((r) => REGISTER_COLUMNS.map((c) => cellText(c.value(r))));
  // CSV cells never start like a formula (employees type the side job and organisation); ODS cells are typed text.
  const csvTexts = (rows: PublicRegisterRow[]) =>
    texts(rows).map((row) => [...row.map(spreadsheetSafe), LICENCE.url, source.sourceUrl]);
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
      if (format === "csv") {
        // A byte-order mark so spreadsheet programs read the UTF-8 (é, ë, €) correctly; ";" between fields like the
        // portal's other exports (Dutch Excel opens a comma-separated file as one column); RFC 4180 otherwise.
        const options = { delimiter: CSV_DELIMITER, record_delimiter: "\r\n" } as const;
        const head = first ? "\uFEFF" + stringify([[...header, ...CSV_META_COLUMNS]], options) : "";
        const body = next.done ? "" : stringify(csvTexts(next.value), options);
        first = false;
        if (head || body) controller.enqueue(encoder.encode(head + body));
        if (next.done) controller.close();
        return;
      }
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
