// The input parsers as tables (issue 19 item 6, decision 051): what each input becomes, or why it is refused.
import { describe, expect, it } from "vitest";
import {
  amountMessage,
  amountUnderstood,
  dateMessage,
  joinDateParts,
  joinDateTimeParts,
  normaliseTime,
  parseAmount,
  parseDateParts,
  parseDateValue,
  parseHours,
  shiftDay,
  splitDateParts,
  splitDateTimeParts,
} from "@/lib/input";

describe("parseAmount", () => {
  it.each([
    // The table.
    ["0,001", { ok: false, problem: "ambiguous" }],
    ["12,345", { ok: false, problem: "ambiguous" }],
    ["1.234,56", { ok: true, cents: 123456 }],
    ["12.5", { ok: true, cents: 1250 }],
    ["€ 12", { ok: true, cents: 1200 }],
    ["-5", { ok: false, problem: "negative" }],
    ["1e3", { ok: false, problem: "not-a-number" }],
    ["", { ok: false, problem: "empty" }],
    [" 12 ", { ok: true, cents: 1200 }],
    // Accepted forms.
    ["1234,56", { ok: true, cents: 123456 }],
    ["49,99", { ok: true, cents: 4999 }],
    ["49.99", { ok: true, cents: 4999 }],
    ["€1.234,56", { ok: true, cents: 123456 }],
    ["1234,5", { ok: true, cents: 123450 }],
    ["1,234.56", { ok: true, cents: 123456 }],
    ["123.456,78", { ok: true, cents: 12345678 }],
    ["1.000.000", { ok: true, cents: 100000000 }],
    ["1,000,000", { ok: true, cents: 100000000 }],
    ["1.234.567,89", { ok: false, problem: "too-large" }],
    ["50,-", { ok: true, cents: 5000 }],
    ["EUR 10", { ok: true, cents: 1000 }],
    ["0", { ok: true, cents: 0 }],
    ["0,01", { ok: true, cents: 1 }],
    ["0,10", { ok: true, cents: 10 }],
    // Ambiguous or wrong: never a guess.
    ["0,004", { ok: false, problem: "ambiguous" }],
    ["1.234", { ok: false, problem: "ambiguous" }],
    ["1,234", { ok: false, problem: "ambiguous" }],
    ["12,3456", { ok: false, problem: "too-many-decimals" }],
    ["1.234,567", { ok: false, problem: "too-many-decimals" }],
    ["€ -5", { ok: false, problem: "negative" }],
    ["12,345,6", { ok: false, problem: "not-a-number" }],
    ["1.2.3", { ok: false, problem: "not-a-number" }],
    ["1,,5", { ok: false, problem: "not-a-number" }],
    ["5,", { ok: false, problem: "not-a-number" }],
    [",", { ok: false, problem: "not-a-number" }],
    ["abc", { ok: false, problem: "not-a-number" }],
    ["12 345,6x", { ok: false, problem: "not-a-number" }],
    ["1.000.001", { ok: false, problem: "too-large" }],
    ["1000000,01", { ok: false, problem: "too-large" }],
    ["99999999999999999999", { ok: false, problem: "too-large" }],
  ] as const)("%j → %j", (input, expected) => {
    expect(parseAmount(input)).toEqual(expected);
  });

  it("the largest amount is the field's own", () => {
    expect(parseAmount("100.000,00", 10_000_000)).toEqual({ ok: true, cents: 10_000_000 });
    expect(parseAmount("100.000,01", 10_000_000)).toEqual({ ok: false, problem: "too-large" });
  });

  it("refuses an ambiguous amount with an example of the right form, in Dutch and English", () => {
    expect(amountMessage("ambiguous", "12,345", 100_000_000, "nl")).toBe(
      "Het is niet duidelijk welk bedrag je bedoelt met “12,345”. Schrijf centen met een komma en twee cijfers (12,35) of duizenden met een punt en centen (12.345,00).",
    );
    expect(amountMessage("ambiguous", "12,345", 100_000_000, "en")).toContain("12,345.00");
    expect(amountMessage("too-many-decimals", "0,0001", 100_000_000, "nl")).toContain("0,01");
    expect(amountMessage("too-large", "2000000", 100_000_000, "nl")).toBe(
      "Dit bedrag is hoger dan € 1.000.000,00. Controleer het bedrag.",
    );
  });

  it("shows the amount as understood", () => {
    expect(amountUnderstood(123456, "nl")).toBe("Dat is € 1.234,56.");
    expect(amountUnderstood(1250, "en")).toBe("That is €12.50.");
  });
});

describe("parseHours", () => {
  const range = { min: 0, max: 200 };
  it.each([
    ["8", { ok: true, hours: 8 }],
    [" 12 ", { ok: true, hours: 12 }],
    ["2,5", { ok: true, hours: 2.5 }],
    ["2.5", { ok: true, hours: 2.5 }],
    ["8 uur", { ok: true, hours: 8 }],
    ["8 uur per maand", { ok: true, hours: 8 }],
    ["8 hours", { ok: true, hours: 8 }],
    ["0", { ok: true, hours: 0 }],
    ["200", { ok: true, hours: 200 }],
    ["200,1", { ok: false, problem: "out-of-range" }],
    ["744", { ok: false, problem: "out-of-range" }],
    ["2,25", { ok: false, problem: "too-many-decimals" }],
    ["-5", { ok: false, problem: "negative" }],
    ["1e3", { ok: false, problem: "not-a-number" }],
    ["ongeveer een paar, hangt ervan af", { ok: false, problem: "not-a-number" }],
    ["8-10", { ok: false, problem: "not-a-number" }],
    ["", { ok: false, problem: "empty" }],
  ] as const)("%j → %j", (input, expected) => {
    expect(parseHours(input, range)).toEqual(expected);
  });
});

describe("parseDateParts", () => {
  const today = "2026-06-01";
  const happened = { earliest: { years: -2 }, latest: {} };
  const parts = (day: string, month: string, year: string) => ({ day, month, year });
  it.each([
    [parts("1", "6", "2026"), { ok: true, date: "2026-06-01" }],
    [parts(" 01 ", "06", "2026"), { ok: true, date: "2026-06-01" }],
    [parts("1", "6", "2024"), { ok: true, date: "2024-06-01" }],
    [parts("31", "5", "2024"), { ok: false, problem: "too-early", earliest: "2024-06-01", isToday: false }],
    [parts("2", "6", "2026"), { ok: false, problem: "too-late", latest: "2026-06-01", isToday: true }],
    [parts("1", "1", "1900"), { ok: false, problem: "too-early", earliest: "2024-06-01", isToday: false }],
    [parts("31", "2", "2026"), { ok: false, problem: "not-real" }],
    [parts("29", "2", "2025"), { ok: false, problem: "not-real" }],
    [parts("1", "13", "2026"), { ok: false, problem: "not-real" }],
    [parts("1", "6", "26"), { ok: false, problem: "year-digits" }],
    [parts("-5", "6", "2026"), { ok: false, problem: "not-a-number" }],
    [parts("1e3", "6", "2026"), { ok: false, problem: "not-a-number" }],
    [parts("", "6", "2026"), { ok: false, problem: "missing", parts: ["day"] }],
    [parts("", "", "2026"), { ok: false, problem: "missing", parts: ["day", "month"] }],
    [parts("", "", ""), { ok: false, problem: "empty" }],
  ] as const)("%j → %j", (input, expected) => {
    expect(parseDateParts(input, today, happened)).toEqual(expected);
  });

  it("keeps what was typed between round trips: a real date as YYYY-MM-DD, anything else part by part", () => {
    expect(joinDateParts(parts("1", "5", "2026"))).toBe("2026-05-01");
    expect(splitDateParts("2026-05-01")).toEqual(parts("1", "5", "2026"));
    expect(joinDateParts(parts("31", "2", "2026"))).toBe("2026-2-31");
    expect(splitDateParts("2026-2-31")).toEqual(parts("31", "2", "2026"));
    // A hyphen typed inside a part does not shift the parts (and does not turn "-5" into 5).
    const joined = joinDateParts(parts("-5", "6", "2026"));
    expect(splitDateParts(joined).day).toBe("\u22125");
    expect(parseDateValue(joined, today, happened)).toEqual({ ok: false, problem: "not-a-number" });
    expect(joinDateParts(parts("", "", ""))).toBe("");
  });

  it("moves by years and days, 29 February to 28 February in a common year", () => {
    expect(shiftDay("2028-02-29", { years: -2 })).toBe("2026-02-28");
    expect(shiftDay("2026-06-01", { days: -1 })).toBe("2026-05-31");
    expect(shiftDay("2026-06-01", {})).toBe("2026-06-01");
  });

  it("says what is wrong, specifically, in Dutch and English", () => {
    expect(dateMessage({ problem: "missing", parts: ["day", "month"] }, "nl")).toBe(
      "De datum moet een dag en maand bevatten.",
    );
    expect(dateMessage({ problem: "missing", parts: ["year"] }, "en")).toBe("The date must include a year.");
    expect(dateMessage({ problem: "too-late", latest: "2026-06-01", isToday: true }, "nl")).toBe(
      "De datum kan niet in de toekomst liggen.",
    );
    expect(dateMessage({ problem: "too-early", earliest: "2024-06-01", isToday: false }, "nl")).toBe(
      "De datum moet op of na 1 juni 2024 liggen.",
    );
    expect(dateMessage({ problem: "too-late", latest: "2028-06-01", isToday: false }, "en")).toBe(
      "The date must be on or before 1 June 2028.",
    );
    expect(
      dateMessage({ problem: "too-late", latest: "2026-06-01", isToday: true }, "en", { tooLate: "Still in office?" }),
    ).toBe("Still in office?");
  });
});

describe("a moment in time: the date's parts and a time field (the trip's start and end)", () => {
  it.each([
    ["09:05", "09:05"],
    ["9:05", "09:05"],
    ["09.05", "09:05"],
    ["0905", "09:05"],
    ["905", "09:05"],
    [" 14:30 ", "14:30"],
    ["00:00", "00:00"],
    ["23:59", "23:59"],
    // Kept as typed, for the schema to refuse with the field's message.
    ["24:00", "24:00"],
    ["12:60", "12:60"],
    ["9", "9"],
    ["12:5", "12:5"],
    ["abc", "abc"],
    ["", ""],
  ])("time %j is read as %j", (typed, expected) => {
    expect(normaliseTime(typed)).toBe(expected);
  });

  const parts = (day: string, month: string, year: string) => ({ day, month, year });
  it.each([
    [parts("12", "1", "2027"), "9:00", "2027-01-12T09:00"],
    [parts("31", "2", "2027"), "09:00", "2027-2-31T09:00"],
    [parts("12", "1", "2027"), "", "2027-01-12T"],
    [parts("", "", ""), "14:30", "T14:30"],
    [parts("", "", ""), "", ""],
    // A "T" typed in the time cannot move the split between date and time.
    [parts("12", "1", "2027"), "T9", "2027-01-12T9"],
  ])("%j at %j is kept as %j, and splits back", (p, time, joined) => {
    expect(joinDateTimeParts(p, time)).toBe(joined);
    if (joined !== "")
      expect(splitDateTimeParts(joined).parts).toEqual(
        joinDateParts(p) === "" ? parts("", "", "") : splitDateParts(joinDateParts(p)),
      );
  });

  it("reads a stored value of the old single field too", () => {
    expect(splitDateTimeParts("2027-01-12T09:00")).toEqual({ parts: parts("12", "1", "2027"), time: "09:00" });
    expect(splitDateTimeParts("")).toEqual({ parts: parts("", "", ""), time: "" });
  });
});
