// The overview's periods: inclusive ranges of Amsterdam calendar days, as instants and as months. Pure.
import { TZDate } from "@date-fns/tz";
import { TIME_ZONE } from "@/lib/format";
import type { Period } from "./schemas";

/** The instant a calendar day starts in Amsterdam. */
function amsterdamMidnight(day: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, TIME_ZONE).getTime());
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** [start, end) instants of an inclusive period of Amsterdam calendar days. */
export function periodBounds(period: Period): { start: Date; end: Date } {
  return { start: amsterdamMidnight(period.from), end: amsterdamMidnight(nextDay(period.to)) };
}

/** Every month of the period, "YYYY-MM", in order. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let [y, m] = period.from.split("-").map(Number) as [number, number];
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    months.push(key);
    if (key >= last) return months;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}
