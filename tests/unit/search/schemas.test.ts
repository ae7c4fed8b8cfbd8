// The search form's URL filters (decision 069) at their boundaries: what is accepted as what, and the one specific
// message for each bad value. Table-driven: each row is the query string and the expected result.
import { describe, expect, it } from "vitest";
import {
  SEARCH_MAX_PAGE,
  SEARCH_QUERY_MAX,
  parseSearchFilters,
  searchQueryString,
  searchRequested,
} from "@/lib/search/schemas";

const ok = (sp: Record<string, string | string[]>) => {
  const r = parseSearchFilters(sp);
  if (!r.ok) throw new Error(JSON.stringify(r.fieldErrors));
  return r.value;
};
const errorsOf = (sp: Record<string, string | string[]>) => {
  const r = parseSearchFilters(sp);
  return r.ok ? {} : r.fieldErrors;
};

describe("parseSearchFilters", () => {
  it.each([
    ["nothing", {}, { q: "", page: 1 }],
    ["words, whitespace made one space", { zoek: "  Bouw \t bedrijf\n X  " }, { q: "Bouw bedrijf X" }],
    [
      "control characters as spaces (PostgreSQL refuses NUL)",
      { zoek: "Bouw\u0000bedrijf\u0007" },
      { q: "Bouw bedrijf" },
    ],
    ["the longest query", { zoek: "a".repeat(SEARCH_QUERY_MAX) }, { q: "a".repeat(SEARCH_QUERY_MAX) }],
    ["a type as the rules name it", { soort: "gift" }, { type: "GIFT" }],
    ["a type of group 2", { soort: "supplier-contact" }, { type: "SUPPLIER_CONTACT" }],
    ["a status", { status: "APPROVED_WITH_CONDITIONS" }, { status: "APPROVED_WITH_CONDITIONS" }],
    ["an outcome", { uitkomst: "REFUSED" }, { outcome: "REFUSED" }],
    ["a unit", { afdeling: "unit-1" }, { unit: "unit-1" }],
    ["a one-day period", { van: "2026-05-01", tot: "2026-05-01" }, { from: "2026-05-01", to: "2026-05-01" }],
    ["only a start", { van: "2026-02-28" }, { from: "2026-02-28", to: undefined }],
    ["a leap day", { tot: "2028-02-29" }, { to: "2028-02-29" }],
    ["page 1 explicitly", { pagina: "1" }, { page: 1 }],
    ["the last page", { pagina: String(SEARCH_MAX_PAGE) }, { page: SEARCH_MAX_PAGE }],
    ["the first of repeated values", { zoek: ["eerste", "tweede"] }, { q: "eerste" }],
    [
      "empty filters are no filters",
      { soort: "", status: "", uitkomst: "", afdeling: "", van: "", tot: "" },
      {
        type: undefined,
        status: undefined,
        outcome: undefined,
        unit: undefined,
        from: undefined,
        to: undefined,
      },
    ],
  ])("accepts %s", (_name, sp, expected) => {
    expect(ok(sp)).toMatchObject(expected);
  });

  it.each([
    ["a query one character too long", { zoek: "a".repeat(SEARCH_QUERY_MAX + 1) }, { zoek: "queryTooLong" }],
    ["an unknown type", { soort: "GIFT" }, { soort: "typeUnknown" }],
    ["an inherited property as type", { soort: "constructor" }, { soort: "typeUnknown" }],
    ["the draft status (nobody but its author sees drafts)", { status: "DRAFT" }, { status: "statusUnknown" }],
    ["an unknown status", { status: "approved" }, { status: "statusUnknown" }],
    ["an unknown outcome", { uitkomst: "MAYBE" }, { uitkomst: "outcomeUnknown" }],
    ["a unit id too long", { afdeling: "x".repeat(65) }, { afdeling: "unitUnknown" }],
    ["a date that does not exist", { van: "2026-02-29" }, { van: "dateInvalid" }],
    ["a Dutch-written date", { tot: "01-05-2026" }, { tot: "dateInvalid" }],
    ["an end one day before the start", { van: "2026-05-02", tot: "2026-05-01" }, { tot: "periodEndBeforeStart" }],
    ["page 0", { pagina: "0" }, { pagina: "pageInvalid" }],
    ["a page past the last", { pagina: String(SEARCH_MAX_PAGE + 1) }, { pagina: "pageInvalid" }],
    ["a negative page", { pagina: "-1" }, { pagina: "pageInvalid" }],
    ["a fractional page", { pagina: "1.5" }, { pagina: "pageInvalid" }],
  ])("refuses %s with its message", (_name, sp, expected) => {
    expect(errorsOf(sp)).toEqual(expected);
  });
});

describe("searchRequested and searchQueryString", () => {
  it.each([
    [{}, false],
    [{ other: "x" }, false],
    [{ zoek: "" }, true],
    [{ pagina: "2" }, true],
    [{ tot: "2026-01-01" }, true],
  ])("%j was the form sent: %s", (sp, expected) => {
    expect(searchRequested(sp)).toBe(expected);
  });

  it("gives the filters back as the form's parameters, so a link reproduces the search", () => {
    const sp = {
      zoek: "Bouw & Co",
      soort: "gift",
      status: "REFUSED",
      uitkomst: "REFUSED",
      van: "2026-01-01",
      tot: "2026-12-31",
    };
    const f = ok(sp);
    const back = Object.fromEntries(new URLSearchParams(searchQueryString(f, 3)));
    expect(back).toEqual({ ...sp, pagina: "3" });
    expect(ok(back)).toEqual({ ...f, page: 3 });
    expect(searchQueryString(ok({}), 1)).toBe("zoek=");
  });
});
