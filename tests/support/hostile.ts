// Hostile input for the robustness properties (tests/unit/robustness, tests/integration/robustness.test.ts):
// what an attacker, a broken client or a paste from a word processor sends to a public POST endpoint.
import fc from "fast-check";

/** Text fragments that have broken web applications: markup, SQL, control and bidi characters, odd Unicode. */
export const NASTY_FRAGMENTS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  '\'; DROP TABLE "Declaration"; --',
  "' OR '1'='1",
  "$1 $$ \\x00 %s %n {{7*7}} ${7*7}",
  "\u0000",
  "a\u0000b",
  "\u202Eevil\u202C",
  "\u200F\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627",
  "e\u0301\u0301\u0301\u0301\u0301",
  "😀👩‍👩‍👧‍👦🏳️‍🌈",
  "\uD800",
  "\uDC00x",
  "\uFEFF\u200B",
  "\r\n\r\n",
  "   ",
  "",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
  "0x10",
  "9007199254740993",
  "2026-02-30",
  "2026-13-01",
  "99999-01-01",
  "yes",
  "true",
  "../../etc/passwd",
  "__proto__",
  "constructor",
] as const;

/** A huge string (100 kB or more): a pasted document, or an attempt to exhaust memory or a column. */
export const arbHugeString = fc
  .tuple(fc.constantFrom("x", "é", "😀", "<b>", "\u0000", "'"), fc.integer({ min: 100_001, max: 140_000 }))
  .map(([c, n]) => c.repeat(Math.ceil(n / c.length)));

/** Any string: printable, full Unicode (incl. lone surrogates), fragments, combinations, huge. */
export const arbHostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc.array(fc.constantFrom(...NASTY_FRAGMENTS), { minLength: 2, maxLength: 5 }).map((a) => a.join("")),
  },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: arbHugeString },
);

/** Any value a JSON body or a confused caller could hand a schema: wrong types included. */
export const arbHostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: arbHostileString },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, [], {}, NaN, Infinity, -0) },
  { weight: 1, arbitrary: fc.array(arbHostileString, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

/**
 * An object with the schema's own keys (each present or missing, with a hostile value) plus extra keys:
 * the shape of a tampered form.
 */
export function arbHostileObject(
  keys: readonly string[],
  value: fc.Arbitrary<unknown> = arbHostileValue,
): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(
      fc.record(Object.fromEntries(keys.map((k) => [k, value])) as Record<string, fc.Arbitrary<unknown>>, {
        requiredKeys: [],
      }),
      fc.dictionary(
        fc.oneof(
          fc.constantFrom("__proto__", "constructor", "id", "organisationId", "personId", "status", "_type"),
          fc.string({ maxLength: 8 }),
        ),
        value,
        { maxKeys: 3 },
      ),
    )
    .map(([own, extra]) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(extra))
        if (!keys.includes(k))
          Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      for (const [k, v] of Object.entries(own)) out[k] = v;
      return out;
    });
}

/** Same, as strings only (what a FormData field can carry). */
export function arbHostileForm(keys: readonly string[]): fc.Arbitrary<Record<string, string | string[]>> {
  return arbHostileObject(
    keys,
    fc.oneof(
      { weight: 6, arbitrary: arbHostileString },
      { weight: 1, arbitrary: fc.array(arbHostileString, { minLength: 2, maxLength: 3 }) },
    ),
  ) as fc.Arbitrary<Record<string, string | string[]>>;
}

/** True when any string inside the value (deeply) contains a NUL character, which PostgreSQL text and jsonb refuse. */
export function containsNul(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (value === null || typeof value !== "object" || seen.has(value)) return false;
  seen.add(value);
  return Object.entries(value).some(([k, v]) => k.includes("\u0000") || containsNul(v, seen));
}

/** Longest string (deeply) in a value. */
export function longestString(value: unknown, seen = new Set<unknown>()): number {
  if (typeof value === "string") return value.length;
  if (value === null || typeof value !== "object" || seen.has(value)) return 0;
  seen.add(value);
  return Math.max(0, ...Object.values(value).map((v) => longestString(v, seen)));
}

/** Messages of a locale as one tree; `hasMessage("nl", "campaigns.errors.titleRequired")`. */
export async function messageTree(locale: "nl" | "en"): Promise<Record<string, unknown>> {
  const { getMessages } = await import("@/lib/i18n/messages");
  return getMessages(locale) as unknown as Record<string, unknown>;
}

export function lookup(tree: Record<string, unknown>, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>(
      (node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined),
      tree,
    );
}
