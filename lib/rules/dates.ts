// Date conventions (see docs/decisions/010-dates-and-time-zone.md):
// - calendar dates are "YYYY-MM-DD";
// - instants are "YYYY-MM-DDTHH:mm" (optionally ":ss" / ":ss.sss") in Europe/Amsterdam wall time,
//   or the same with an explicit "Z" / "+01:00" offset. A wall time that does not exist
//   (the hour skipped when summer time starts) is rejected.
// Calendar arithmetic uses date-fns on TZDate in Europe/Amsterdam, never the runtime's zone.
import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, endOfMonth, endOfYear, format, getDaysInMonth } from "date-fns";

export const TIME_ZONE = "Europe/Amsterdam";
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?$/;

function validYmd(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= getDaysInMonth(new TZDate(y, m - 1, 1, TIME_ZONE));
}

export function isCalendarDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  return validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Milliseconds since the epoch, or null when the string is not a valid instant. */
export function parseInstant(s: string): number | null {
  const m = INSTANT_RE.exec(s);
  if (!m) return null;
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  const sec = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Number(m[7].padEnd(3, "0"));
  if (!validYmd(y, mo, d) || h > 23 || mi > 59 || sec > 59) return null;
  const offset = m[8];
  if (offset !== undefined) {
    const base = Date.UTC(y, mo - 1, d, h, mi, sec, ms);
    if (offset === "Z") return base;
    const sign = offset.startsWith("-") ? -1 : 1;
    const oh = Number(offset.slice(1, 3));
    const om = Number(offset.slice(4, 6));
    if (oh > 14 || om > 59) return null;
    return base - sign * (oh * 60 + om) * 60_000;
  }
  const local = new TZDate(y, mo - 1, d, h, mi, sec, ms, TIME_ZONE);
  // Reject wall times that do not exist in Amsterdam (TZDate silently shifts them).
  if (local.getFullYear() !== y || local.getMonth() !== mo - 1 || local.getDate() !== d) return null;
  if (local.getHours() !== h || local.getMinutes() !== mi) return null;
  return local.getTime();
}

export function isInstant(s: string): boolean {
  return parseInstant(s) !== null;
}

function toTz(date: string): TZDate {
  const m = DATE_RE.exec(date);
  if (!m) throw new Error(`not a calendar date: ${date}`);
  return new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), TIME_ZONE);
}

function fmt(d: TZDate): string {
  return format(d, "yyyy-MM-dd");
}

/**
 * The first calendar day on which `months` whole months have passed since `date`.
 * When the anniversary does not exist (29 Feb + 24 months, 31 Aug + 6 months) date-fns
 * clamps to the last day of the month; we take the day after that instead, so the
 * period is never shorter than the calendar says (the stricter reading, decision 011).
 */
export function monthsLater(date: string, months: number): string {
  const start = toTz(date);
  const clamped = addMonths(start, months);
  return fmt(clamped.getDate() !== start.getDate() ? addDays(clamped, 1) : clamped);
}

/** The calendar date `days` days after (or, negative, before) `date`. */
export function addDaysToDate(date: string, days: number): string {
  return fmt(addDays(toTz(date), days));
}

/** The last day of the month ("month") or of the year ("year") that `date` lies in. */
export function endOfPeriod(date: string, unit: "month" | "year"): string {
  const d = toTz(date);
  return fmt(unit === "month" ? endOfMonth(d) : endOfYear(d));
}

/** The calendar date (Amsterdam) of an instant. */
export function dateOfInstant(ms: number): string {
  return fmt(new TZDate(ms, TIME_ZONE));
}

/** Compare two calendar dates: negative when a < b. Lexicographic order is calendar order. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const HOUR_MS = 3_600_000;
