// The reference's form, the look-up's tolerance for what people type, and the prefixes the migration used for the
// declarations that existed before (they must be the same as the code's, or old and new numbers would differ).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DeclarationType } from "@/lib/generated/prisma/enums";
import { formatReference, normaliseReference, REFERENCE_PREFIX } from "@/lib/declarations/reference";

describe("declaration references", () => {
  it("one distinct three-letter prefix per declaration type", () => {
    expect(Object.keys(REFERENCE_PREFIX).sort()).toEqual(Object.values(DeclarationType).sort());
    const prefixes = Object.values(REFERENCE_PREFIX);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const p of prefixes) expect(p).toMatch(/^[A-Z]{3}$/);
  });

  it("the migration numbered the existing declarations with the same prefixes", () => {
    const dir = path.join(import.meta.dirname, "..", "..", "..", "prisma", "migrations");
    const name = readdirSync(dir).find((n) => n.endsWith("_declaration_reference"))!;
    const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
    const pairs = Object.fromEntries([...sql.matchAll(/WHEN '([A-Z_]+)' THEN '([A-Z]{3})'/g)].map((m) => [m[1], m[2]]));
    // Every type that existed then got the prefix it has now; types added later (decision 041) had no rows to number.
    expect(REFERENCE_PREFIX).toMatchObject(pairs);
    expect(Object.keys(pairs).length).toBeGreaterThanOrEqual(9);
    expect(new Set(Object.values(REFERENCE_PREFIX)).size).toBe(Object.keys(REFERENCE_PREFIX).length);
  });

  it.each([
    ["GES", 2026, 42, "GES-2026-00042"],
    ["NEV", 2027, 1, "NEV-2027-00001"],
    ["UIT", 2026, 99999, "UIT-2026-99999"],
    ["UIT", 2026, 123456, "UIT-2026-123456"],
  ])("formats %s %i %i as %s", (prefix, year, n, expected) => {
    expect(formatReference(prefix, year, n)).toBe(expected);
  });

  it.each([
    ["GES-2026-00042", "GES-2026-00042"],
    ["ges-2026-00042", "GES-2026-00042"],
    [" GES 2026 42 ", "GES-2026-00042"],
    ["ges2026-42", "GES-2026-00042"],
    ["GES.2026.000042", "GES-2026-00042"],
    ["NEV/2025/123456", "NEV-2025-123456"],
    ["GES-2026-0", null],
    ["XYZ-2026-00042", null],
    ["GES-26-00042", null],
    ["GES-2026", null],
    ["GES-2026-00042; drop table", null],
    ["<script>GES-2026-00042", null],
    ["", null],
  ])("reads %j as %j", (input, expected) => {
    expect(normaliseReference(input)).toBe(expected);
  });
});
