// CSV for Dutch spreadsheets (docs/annual-report-export.md): ";" between fields and a decimal comma, as Excel
// with Dutch regional settings expects; UTF-8 with a byte-order mark so "€" and accents survive; CRLF lines.
// Pure: no I/O, tested in tests/unit/overview.
import { stringify } from "csv-stringify/sync";
import { spreadsheetSafe } from "@/lib/csv";

export const CSV_DELIMITER = ";";

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a leading
 * apostrophe: a giver typed as "=HYPERLINK(...)" stays text (OWASP "CSV injection").
 */
export function safeCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  return spreadsheetSafe(value);
}

/** Cents as euros with a decimal comma and no thousands separator: 123456 -> "1234,56". */
export function euros(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(Math.round(cents));
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, "0")}`;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return stringify([header.map(safeCell), ...rows.map((r) => r.map(safeCell))], {
    delimiter: CSV_DELIMITER,
    record_delimiter: "windows",
    bom: true,
  });
}

/** The Content-Disposition and type of a CSV download. */
export function csvResponse(body: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
