import { describe, expect, it } from "vitest";
import { euros, safeCell, toCsv } from "@/lib/overview/csv";
import { ANNUAL_COLUMNS, annualReportRows } from "@/lib/overview/export";
import { GIFT_REGISTER_COLUMNS, giftRegisterRows } from "@/lib/gifts/export";
import type { AnnualFigures } from "@/lib/overview/data";

describe("CSV for Dutch spreadsheets", () => {
  it("writes euros with a decimal comma and no thousands separator", () => {
    expect([euros(0), euros(5), euros(5000), euros(123456), euros(100000000)]).toEqual([
      "0,00",
      "0,05",
      "50,00",
      "1234,56",
      "1000000,00",
    ]);
  });

  it("separates with ';', ends lines with CRLF, starts with a byte-order mark, quotes what needs it", () => {
    const csv = toCsv(
      ["a", "b"],
      [
        ["x;y", 'zeg "hoi"'],
        [1, null],
      ],
    );
    expect(csv).toBe('\uFEFFa;b\r\n"x;y";"zeg ""hoi"""\r\n1;\r\n');
  });

  it("keeps a cell a spreadsheet would run as a formula as text", () => {
    expect(["=1+1", "+31", "-2", "@SUM(A1)", "\tx", "Bouwbedrijf"].map(safeCell)).toEqual([
      "'=1+1",
      "'+31",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      "Bouwbedrijf",
    ]);
    expect(toCsv(["gever"], [['=HYPERLINK("http://x")']])).toContain("'=HYPERLINK");
  });
});

const figures: AnnualFigures = {
  year: 2026,
  referenceDate: new Date("2026-12-31T23:30:00Z"),
  overdueDays: 10,
  byTypeStatus: [{ type: "gift", status: "APPROVED", count: 3 }],
  byUnit: [
    { unitId: "u", unitName: "Inkoop", count: 2 },
    { unitId: null, unitName: null, count: 1 },
  ],
  byMonth: [{ month: "2026-01", count: 3 }],
  outcomes: [
    { outcome: "NOT_PERMITTED", count: 1 },
    { outcome: null, count: 2 },
  ],
  gifts: {
    givers: [
      { giver: "Bouwbedrijf X", year: 2026, gifts: 2, people: 1, totalCents: 7550 },
      { giver: "Jan Jansen", year: 2026, gifts: 1, people: 1, totalCents: 100 },
    ],
    giverCount: 2,
    giftCount: 3,
    totalCents: 7650,
  },
  overdueOpen: 4,
  decidedLate: 5,
};

describe("annual report rows", () => {
  const rows = annualReportRows(figures, { type: (t) => `T ${t}`, status: (s) => `S ${s}`, outcome: (o) => `O ${o}` });
  const bySection = (s: string) =>
    rows
      .filter((r) => r[0] === s)
      .map((r) => Object.fromEntries(ANNUAL_COLUMNS.map((c, i) => [c, r[i]]).filter(([, v]) => v !== null)));

  it("has one value per column in every row", () => {
    for (const r of rows) expect(r).toHaveLength(ANNUAL_COLUMNS.length);
  });

  it("numbers the givers by value instead of naming them", () => {
    expect(bySection("geschenken_per_gever")).toEqual([
      {
        sectie: "geschenken_per_gever",
        jaar: 2026,
        gever: "Gever 1",
        aantal: 2,
        aantal_medewerkers: 1,
        waarde_euro: "75,50",
      },
      {
        sectie: "geschenken_per_gever",
        jaar: 2026,
        gever: "Gever 2",
        aantal: 1,
        aantal_medewerkers: 1,
        waarde_euro: "1,00",
      },
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/Bouwbedrijf|Jansen/);
  });

  it("labels types, statuses, outcomes and units; a missing unit or outcome has its own label", () => {
    expect(bySection("meldingen_per_soort_en_status")).toEqual([
      { sectie: "meldingen_per_soort_en_status", jaar: 2026, soort: "T gift", status: "S APPROVED", aantal: 3 },
    ]);
    expect(bySection("meldingen_per_afdeling").map((r) => r.afdeling)).toEqual(["Inkoop", "Zonder afdeling"]);
    expect(bySection("uitkomst_volgens_regels").map((r) => r.uitkomst)).toEqual(["O not-permitted", "Geen uitkomst"]);
  });

  it("takes the reference date in Amsterdam (23:30 UTC on 31 December is 1 January)", () => {
    expect(bySection("besluiten_te_laat_open")).toEqual([
      { sectie: "besluiten_te_laat_open", jaar: 2026, aantal: 4, drempel_dagen: 10, peildatum: "2027-01-01" },
    ]);
    expect(bySection("besluiten_te_laat_genomen")).toEqual([
      { sectie: "besluiten_te_laat_genomen", jaar: 2026, aantal: 5, drempel_dagen: 10 },
    ]);
    expect(bySection("geschenken_totaal")).toEqual([
      { sectie: "geschenken_totaal", jaar: 2026, aantal: 3, waarde_euro: "76,50" },
    ]);
  });
});

describe("gift register rows", () => {
  it("writes one line per gift with the destination and hand-in day", () => {
    const rows = giftRegisterRows(
      [
        {
          id: "1",
          day: "2026-01-05",
          title: "Wijn",
          giver: "De Kurk",
          valueCents: 2000,
          personName: "Gina",
          unitName: null,
          status: "APPROVED",
          destination: "CHARITY",
          handedInAt: "2026-01-10T00:00:00.000Z",
        },
      ],
      { status: (s) => `S ${s}`, destination: (d) => `D ${d}` },
    );
    expect(rows).toEqual([
      ["2026-01-05", "Wijn", "De Kurk", "20,00", "Gina", null, "S APPROVED", "D CHARITY", "2026-01-10"],
    ]);
    expect(GIFT_REGISTER_COLUMNS).toHaveLength(rows[0]!.length);
  });
});
