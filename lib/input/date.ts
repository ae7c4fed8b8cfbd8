// One parser for dates typed as day, month and year fields (GOV.UK date input; issue 19 item 6, decision 051),
// used by the declaration schema on the server and the form in the browser, with a plausible range per field.
import { isCalendarDate } from "@/lib/rules/dates";

export type DatePart = "day" | "month" | "year";
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** A day relative to today: negative years/days lie in the past. */
export interface RelativeDay {
  years?: number;
  days?: number;
}

/** The dates a field accepts, relative to today (Europe/Amsterdam). Decision 051 lists each field's range. */
export interface DateRange {
  earliest: RelativeDay;
  latest: RelativeDay;
}

export type DateProblem =
  | { problem: "empty" }
  | { problem: "missing"; parts: DatePart[] }
  | { problem: "not-a-number" }
  | { problem: "year-digits" }
  | { problem: "not-real" }
  | { problem: "too-early"; earliest: string; isToday: boolean }
  | { problem: "too-late"; latest: string; isToday: boolean };
export type DateResult = { ok: true; date: string } | ({ ok: false } & DateProblem);

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** today (YYYY-MM-DD) moved by whole years and days; 29 February moves to 28 February in a common year. */
export function shiftDay(today: string, by: RelativeDay): string {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const year = y + (by.years ?? 0);
  const lastOfMonth = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const base = new Date(Date.UTC(year, m - 1, Math.min(d, lastOfMonth) + (by.days ?? 0)));
  return `${pad(base.getUTCFullYear(), 4)}-${pad(base.getUTCMonth() + 1)}-${pad(base.getUTCDate())}`;
}

/**
 * The raw value a date field keeps between round trips (drafts, server errors): "YYYY-MM-DD" once the parts
 * make a real date, otherwise the parts as typed ("2026-2-31"), so nothing typed is lost. A hyphen typed inside
 * a part becomes a minus sign, so that splitting it again gives the same three parts.
 */
export function joinDateParts(parts: DateParts): string {
  const clean = (s: string) => s.trim().replace(/-/g, "\u2212");
  const [day, month, year] = [clean(parts.day), clean(parts.month), clean(parts.year)];
  if (day === "" && month === "" && year === "") return "";
  if (/^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year)) {
    const iso = `${year}-${pad(Number(month))}-${pad(Number(day))}`;
    if (isCalendarDate(iso)) return iso;
  }
  return `${year}-${month}-${day}`;
}

/** The three parts of a stored raw value, to show in the fields again ("2026-05-01" gives 1, 5 and 2026). */
export function splitDateParts(raw: string): DateParts {
  if (isCalendarDate(raw))
    return { day: String(Number(raw.slice(8, 10))), month: String(Number(raw.slice(5, 7))), year: raw.slice(0, 4) };
  const [year = "", month = "", day = ""] = raw.split("-");
  return { day, month, year };
}

/** Parses the parts and checks the range against today (YYYY-MM-DD). */
export function parseDateParts(parts: DateParts, today: string, range: DateRange): DateResult {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const missing = (["day", "month", "year"] as const).filter((p) => ({ day, month, year })[p] === "");
  if (missing.length === 3) return { ok: false, problem: "empty" };
  if (missing.length > 0) return { ok: false, problem: "missing", parts: [...missing] };
  if (![day, month, year].every((p) => /^\d+$/.test(p))) return { ok: false, problem: "not-a-number" };
  if (year.length !== 4) return { ok: false, problem: "year-digits" };
  if (day.length > 2 || month.length > 2) return { ok: false, problem: "not-real" };
  const iso = `${year}-${pad(Number(month))}-${pad(Number(day))}`;
  if (!isCalendarDate(iso)) return { ok: false, problem: "not-real" };
  const earliest = shiftDay(today, range.earliest);
  const latest = shiftDay(today, range.latest);
  if (iso < earliest) return { ok: false, problem: "too-early", earliest, isToday: earliest === today };
  if (iso > latest) return { ok: false, problem: "too-late", latest, isToday: latest === today };
  return { ok: true, date: iso };
}

/** A raw value (see joinDateParts) parsed as the field's date. */
export function parseDateValue(raw: string, today: string, range: DateRange): DateResult {
  return parseDateParts(splitDateParts(raw), today, range);
}

/**
 * A time typed in the time field of a date-and-time input, in the form the schema reads ("09:05"): "9:05", "09.05",
 * "0905" and "905" are read as 09:05. Anything else (an hour over 23, minutes over 59, words) stays as typed, so the
 * schema can refuse it with the field's message and the person sees what they typed.
 */
export function normaliseTime(raw: string): string {
  const s = raw.trim();
  const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(s);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return s;
  return `${pad(Number(m[1]))}:${m[2]}`;
}

/**
 * The raw value of a date-and-time field ("YYYY-MM-DDTHH:MM" once whole): the date as joinDateParts keeps it, "T",
 * the time as normaliseTime reads it. Empty when nothing was typed.
 */
export function joinDateTimeParts(parts: DateParts, time: string): string {
  const date = joinDateParts(parts);
  const t = normaliseTime(time).replace(/T/g, "");
  return date === "" && t === "" ? "" : `${date}T${t}`;
}

/** The date parts and the time of a stored raw date-and-time value, to show in the fields again. */
export function splitDateTimeParts(raw: string): { parts: DateParts; time: string } {
  const at = raw.indexOf("T");
  return at < 0
    ? { parts: splitDateParts(raw), time: "" }
    : { parts: splitDateParts(raw.slice(0, at)), time: raw.slice(at + 1) };
}
