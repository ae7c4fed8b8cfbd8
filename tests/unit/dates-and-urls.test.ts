// The one date-conversion pair (lib/dates.ts) and the one redactUrl (lib/config), decision 045.
import { describe, expect, it } from "vitest";
import { dateOfDay, dateOfDayOrNull, dayOfDate, dayOfDateOrNull } from "@/lib/dates";
import { redactUrl } from "@/lib/config";
import { redactUrl as redactUrlOfMigrate } from "@/lib/db/migrate";

describe("calendar days and date columns", () => {
  it("turns a day into the Date at its UTC midnight and back, whatever the machine's time zone", () => {
    expect(dateOfDay("2026-03-29").toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(dayOfDate(new Date("2026-12-31T23:59:59Z"))).toBe("2026-12-31");
    for (const day of ["2024-02-29", "2026-01-01", "2026-10-25"]) expect(dayOfDate(dateOfDay(day))).toBe(day);
  });

  it("keeps null and empty values null", () => {
    expect(dateOfDayOrNull(null)).toBeNull();
    expect(dateOfDayOrNull("")).toBeNull();
    expect(dayOfDateOrNull(undefined)).toBeNull();
    expect(dayOfDateOrNull(dateOfDay("2026-05-01"))).toBe("2026-05-01");
  });
});

describe("redactUrl", () => {
  it("is one function: the migration runner's is lib/config's", () => {
    expect(redactUrlOfMigrate).toBe(redactUrl);
  });

  it.each([
    ["postgresql://u:geheim@h:5432/db", "postgresql://u:***@h:5432/db"],
    ["postgresql://u@h/db", "postgresql://u@h/db"],
    // Not parseable as a URL (a space in the host): the password is still hidden, also one holding an "@".
    ["postgresql://u:ge@heim@my host/db", "postgresql://u:***@my host/db"],
    ["u:geheim@host", "(unparseable URL)"],
    ["not a url", "not a url"],
  ])("%s", (raw, shown) => {
    expect(redactUrl(raw)).toBe(shown);
    expect(redactUrl(raw)).not.toContain("geheim");
  });
});
