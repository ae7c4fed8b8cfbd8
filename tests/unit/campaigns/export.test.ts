import { describe, expect, it } from "vitest";
import { exportFileName, responsesCsv, safeCell } from "@/lib/campaigns/export";

const words = {
  headers: {
    name: "Naam",
    personnelNumber: "Personeelsnummer",
    unit: "Afdeling",
    manager: "Leidinggevende",
    answer: "Antwoord",
    respondedAt: "Geantwoord op",
  },
  answers: { COMPLETE: "Meldingen compleet", NOTHING_TO_DECLARE: "Niets te melden", NONE: "Geen antwoord" },
};

describe("campaign CSV export", () => {
  it("writes semicolon-separated UTF-8 with a byte-order mark, times in Amsterdam", () => {
    const csv = responsesCsv(
      [
        {
          name: "Fatima El Amrani",
          personnelNumber: "1001",
          unitName: "Directie Inkoop; Aanbesteding",
          managerName: "Jeroen Bakker",
          answer: "COMPLETE",
          respondedAt: new Date("2026-07-01T10:15:00Z"),
        },
        {
          name: 'Jeroen "JB" Bakker',
          personnelNumber: null,
          unitName: null,
          managerName: null,
          answer: null,
          respondedAt: null,
        },
        {
          name: "Thomas Jansen",
          personnelNumber: "1002",
          unitName: "Inkoop",
          managerName: "Jeroen Bakker",
          answer: "NOTHING_TO_DECLARE",
          respondedAt: new Date("2026-12-01T23:30:00Z"),
        },
      ],
      words,
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Naam;Personeelsnummer;Afdeling;Leidinggevende;Antwoord;Geantwoord op",
      'Fatima El Amrani;1001;"Directie Inkoop; Aanbesteding";Jeroen Bakker;Meldingen compleet;2026-07-01 12:15',
      '"Jeroen ""JB"" Bakker";;;;Geen antwoord;',
      "Thomas Jansen;1002;Inkoop;Jeroen Bakker;Niets te melden;2026-12-02 00:30",
      "",
    ]);
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    expect(safeCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(safeCell("+31 6")).toBe("'+31 6");
    expect(safeCell("-1")).toBe("'-1");
    expect(safeCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(safeCell("Anne-Marie")).toBe("Anne-Marie");
    const csv = responsesCsv(
      [{ name: "=1+1", personnelNumber: null, unitName: null, managerName: null, answer: null, respondedAt: null }],
      words,
    );
    expect(csv).toContain("'=1+1;");
  });

  it("names the file after the campaign's year, without odd characters", () => {
    expect(exportFileName("jaarlijkse-controle", 2026)).toBe("jaarlijkse-controle-2026.csv");
    expect(exportFileName("Jaarlijkse Contrôle!", 2026)).toBe("jaarlijkse-controle-2026.csv");
    expect(exportFileName("", 2026)).toBe("campaign-2026.csv");
  });
});
