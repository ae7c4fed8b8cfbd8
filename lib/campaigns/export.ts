// The CSV export of a campaign's responses, as Dutch spreadsheet programs open it: semicolons, UTF-8 with
// a byte-order mark, dates and times in Europe/Amsterdam. Pure: rows and words in, text out.
import { spreadsheetSafe } from "@/lib/csv";
import { stringify } from "csv-stringify/sync";
import type { CampaignAnswer } from "@/lib/generated/prisma/enums";
import { amsterdamNow } from "@/lib/format";

export interface CsvRow {
  name: string;
  personnelNumber: string | null;
  unitName: string | null;
  managerName: string | null;
  answer: CampaignAnswer | null;
  respondedAt: Date | null;
}

export interface CsvWords {
  headers: {
    name: string;
    personnelNumber: string;
    unit: string;
    manager: string;
    answer: string;
    respondedAt: string;
  };
  answers: Record<CampaignAnswer | "NONE", string>;
}

/** Names come from HR's import files, which we do not control: no cell may run as a formula (lib/csv.ts). */
export const safeCell = spreadsheetSafe;

export function responsesCsv(rows: CsvRow[], words: CsvWords): string {
  const h = words.headers;
  const records = rows.map((r) =>
    [
      r.name,
      r.personnelNumber ?? "",
      r.unitName ?? "",
      r.managerName ?? "",
      words.answers[r.answer ?? "NONE"],
      r.respondedAt ? amsterdamNow(r.respondedAt).now.replace("T", " ") : "",
    ].map(safeCell),
  );
  return (
    "\uFEFF" +
    stringify([[h.name, h.personnelNumber, h.unit, h.manager, h.answer, h.respondedAt], ...records], {
      delimiter: ";",
      record_delimiter: "\r\n",
    })
  );
}

/** The download's file name, e.g. "jaarlijkse-controle-2026.csv". */
export function exportFileName(prefix: string, year: number): string {
  const slug = prefix
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${slug || "campaign"}-${year}.csv`;
}
