import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMoney } from "@/lib/format";
import nl from "@/lib/i18n/messages/nl.json";
import en from "@/lib/i18n/messages/en.json";
import nlDecisions from "@/lib/i18n/messages/nl-decisions.json";
import enDecisions from "@/lib/i18n/messages/en-decisions.json";

describe("Dutch formatting", () => {
  it.each([
    [123456, "nl", "€ 1.234,56"],
    [5000, "nl", "€ 50,00"],
    [4999, "nl", "€ 49,99"],
    [0, "nl", "€ 0,00"],
    [123456, "en", "€1,234.56"],
  ] as const)("formats %i cents (%s) as %s", (cents, locale, expected) => {
    expect(formatMoney(cents, locale)).toBe(expected);
  });

  it("formats calendar dates as '1 mei 2026'", () => {
    expect(formatDate("2026-05-01", "nl")).toBe("1 mei 2026");
    expect(formatDate("2026-05-01", "en")).toBe("1 May 2026");
  });

  it("shows instants in Europe/Amsterdam, summer and winter time", () => {
    expect(formatDateTime("2026-05-01T22:30:00Z", "nl")).toBe("2 mei 2026, 00:30");
    expect(formatDateTime("2026-12-31T23:30:00Z", "nl")).toBe("1 januari 2027, 00:30");
  });
});

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("messages", () => {
  it("has every Dutch message in English and the other way round", () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
    expect(keys(enDecisions).sort()).toEqual(keys(nlDecisions).sort());
  });
});
