import { describe, expect, it } from "vitest";
import { parseExportYear, parseOverviewParams } from "@/lib/overview/schemas";
import { parseGiftRegisterParams } from "@/lib/gifts/schemas";

const TODAY = "2026-11-22";

describe("overview filters from the URL", () => {
  it("defaults to the current calendar year, all units, all types", () => {
    expect(parseOverviewParams({}, TODAY)).toEqual({
      ok: true,
      value: { period: { from: "2026-01-01", to: "2026-12-31", year: 2026 }, unitId: null, type: null },
    });
  });

  it("takes a year, a unit and a type; the first of repeated parameters; trims", () => {
    expect(parseOverviewParams({ jaar: [" 2025 ", "2024"], afdeling: "u1", soort: "side-job" }, TODAY)).toEqual({
      ok: true,
      value: { period: { from: "2025-01-01", to: "2025-12-31", year: 2025 }, unitId: "u1", type: "side-job" },
    });
  });

  it("a full period wins over the year", () => {
    const r = parseOverviewParams({ jaar: "2025", van: "2025-02-01", tot: "2025-03-31" }, TODAY);
    expect(r).toEqual({
      ok: true,
      value: { period: { from: "2025-02-01", to: "2025-03-31", year: null }, unitId: null, type: null },
    });
  });

  it.each([
    [{ jaar: "twintig" }, { jaar: "yearInvalid" }],
    [{ jaar: "1999" }, { jaar: "yearInvalid" }],
    [{ jaar: "2101" }, { jaar: "yearInvalid" }],
    [{ van: "2025-02-30", tot: "2025-03-01" }, { van: "dateInvalid" }],
    [{ van: "2025-02-01" }, { tot: "periodToRequired" }],
    [{ tot: "2025-02-01" }, { van: "periodFromRequired" }],
    [{ van: "2025-03-01", tot: "2025-02-28" }, { tot: "periodEndBeforeStart" }],
    [{ van: "2020-01-01", tot: "2023-02-01" }, { tot: "periodTooLong" }],
    [{ soort: "bribe" }, { soort: "typeUnknown" }],
    [{ afdeling: "x".repeat(65) }, { afdeling: "unitUnknown" }],
  ])("refuses %j with a message per field", (sp, fieldErrors) => {
    expect(parseOverviewParams(sp, TODAY)).toEqual({ ok: false, fieldErrors });
  });

  it("a period of exactly three years (1098 days) is allowed", () => {
    expect(parseOverviewParams({ van: "2023-01-01", tot: "2026-01-03" }, TODAY).ok).toBe(true);
    expect(parseOverviewParams({ van: "2023-01-01", tot: "2026-01-04" }, TODAY).ok).toBe(false);
  });

  it.each([
    // [jaar, today (Amsterdam), expected year or null for an error]
    ["2026", TODAY, 2026],
    [" 2025 ", TODAY, 2025],
    ["2000", TODAY, 2000],
    ["2100", TODAY, 2100],
    [undefined, TODAY, 2026],
    ["", TODAY, 2026],
    ["   ", TODAY, 2026],
    [undefined, "2027-01-01", 2027],
    [undefined, "2026-12-31", 2026],
    ["1999", TODAY, null],
    ["2101", TODAY, null],
    ["26", TODAY, null],
    ["2026-01", TODAY, null],
    ["abcd", TODAY, null],
  ] as const)("the export year %j on %s is %s (absent: this year; malformed: an error)", (jaar, today, year) => {
    expect(parseExportYear({ jaar }, today)).toEqual(
      year === null ? { ok: false, fieldErrors: { jaar: "yearInvalid" } } : { ok: true, value: year },
    );
  });
});

describe("gift register filters", () => {
  it("defaults to everything, page 1; normalises the giver", () => {
    expect(parseGiftRegisterParams({})).toEqual({
      ok: true,
      value: { year: null, giver: null, destination: null, page: 1 },
    });
    expect(
      parseGiftRegisterParams({ jaar: "2025", gever: "  Wijnhandel   DE Kurk ", bestemming: "CHARITY", pagina: "2" }),
    ).toEqual({
      ok: true,
      value: { year: 2025, giver: "wijnhandel de kurk", destination: "CHARITY", page: 2 },
    });
    expect(parseGiftRegisterParams({ bestemming: "NONE" })).toMatchObject({ ok: true, value: { destination: "NONE" } });
  });

  it.each([
    [{ bestemming: "SELL" }, { bestemming: "destinationUnknown" }],
    [{ pagina: "0" }, { pagina: "pageInvalid" }],
    [{ pagina: "-1" }, { pagina: "pageInvalid" }],
    [{ gever: "x".repeat(201) }, { gever: "giverTooLong" }],
    [{ jaar: "20255" }, { jaar: "yearInvalid" }],
  ])("refuses %j", (sp, fieldErrors) => {
    expect(parseGiftRegisterParams(sp)).toEqual({ ok: false, fieldErrors });
  });
});
