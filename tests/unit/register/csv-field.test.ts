// The register's CSV writes its fields itself (lib/register/export.ts, issue 15: no per-field library work for
// 100,000 rows); it must write exactly what csv-stringify wrote with the portal's options before.
import { describe, expect, it } from "vitest";
import { stringify } from "csv-stringify/sync";
import { csvField } from "@/lib/register/export";
import { CSV_DELIMITER } from "@/lib/overview/csv";

const options = { delimiter: CSV_DELIMITER, record_delimiter: "\r\n" } as const;

describe("csvField", () => {
  it("quotes and escapes exactly where csv-stringify does", () => {
    const values = [
      "",
      "plain",
      "a;b",
      'say "hi"',
      '"',
      "line\nbreak",
      "a\r",
      "\rx",
      "carriage\rreturn",
      "both\r\n",
      "comma, not the delimiter",
      " leading and trailing spaces ",
      "tab\there",
      '\'=HYPERLINK("x")',
      "é ë € 😀",
      'a;"b"\nc',
    ];
    for (const value of values) {
      expect(csvField(value) + "\r\n", JSON.stringify(value)).toBe(stringify([[value]], options));
    }
    expect(values.map(csvField).join(CSV_DELIMITER) + "\r\n").toBe(stringify([values], options));
  });
});
