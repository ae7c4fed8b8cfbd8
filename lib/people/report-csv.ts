// The report of rejected rows of a people import, as Dutch spreadsheet programs open it and as the import
// reads it back: the file's own columns (under the import's header names), semicolons, UTF-8 with a
// byte-order mark, plus one column with the reasons. Pure: rows and words in, text out.
import { stringify } from "csv-stringify/sync";
import { spreadsheetSafe } from "@/lib/csv";
import { COLUMNS, type ColumnKey, type Issue } from "./csv";

export interface ReportCsvRow {
  cells: Partial<Record<ColumnKey, string>>;
  reasons: Issue[];
}

/**
 * `reason` turns one issue into the viewer's language. The reason column comes last, so HR can delete it and
 * import the corrected file. Every cell is made spreadsheet-safe: the cells come from a file we do not control.
 */
export function reportCsv(
  columns: ColumnKey[],
  rows: ReportCsvRow[],
  words: { reasonHeader: string; reason: (issue: Issue) => string },
): string {
  const header = [...columns.map((key) => COLUMNS[key].header), words.reasonHeader];
  const records = rows.map((row) =>
    [...columns.map((key) => row.cells[key] ?? ""), row.reasons.map(words.reason).join(" ")].map(spreadsheetSafe),
  );
  return "\uFEFF" + stringify([header, ...records], { delimiter: ";", record_delimiter: "\r\n" });
}
