// One parser for a number of hours (issue 19 item 6, decision 051): a number, optionally followed by its unit,
// at most one decimal, within the field's range. "ongeveer een paar" is refused, not stored as text.

export type HoursProblem = "empty" | "not-a-number" | "negative" | "too-many-decimals" | "out-of-range";
export type HoursResult = { ok: true; hours: number } | { ok: false; problem: HoursProblem };

export interface HoursRange {
  min: number;
  max: number;
}

/** "8", "2,5", "2.5", " 12 ", "8 uur", "8 u", "8 hours" → hours. */
export function parseHours(input: string, range: HoursRange): HoursResult {
  let s = input.replace(/[\s\u00a0]+/g, " ").trim();
  if (s === "") return { ok: false, problem: "empty" };
  s = s.replace(/\s*(uur|uren|u|hours?|hrs?|h)(\s*(per|p\/?|a|\/)\s*(maand|mnd|month|m))?\.?$/i, "");
  if (/^[-−–]\s*\d/.test(s)) return { ok: false, problem: "negative" };
  const m = /^(\d{1,4})(?:[.,](\d+))?$/.exec(s);
  if (!m) return { ok: false, problem: "not-a-number" };
  if ((m[2] ?? "").length > 1) return { ok: false, problem: "too-many-decimals" };
  const hours = Number(m[1]) + Number(m[2] ?? "0") / 10;
  if (hours < range.min || hours > range.max) return { ok: false, problem: "out-of-range" };
  return { ok: true, hours };
}
