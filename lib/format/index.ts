// Dutch-first formatting: money as "€ 1.234,56", dates as "1 mei 2026", always in Europe/Amsterdam.
export type Locale = "nl" | "en";
export const TIME_ZONE = "Europe/Amsterdam";

const intlLocale = (locale: Locale) => (locale === "nl" ? "nl-NL" : "en-GB");

export function formatMoney(cents: number, locale: Locale = "nl"): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency: "EUR" })
    .format(cents / 100)
    .replace(/\u00a0/g, " ");
}

function toDate(value: Date | string): Date {
  return typeof value === "string" ? new Date(value.length === 10 ? `${value}T12:00:00Z` : value) : value;
}

export function formatDate(value: Date | string, locale: Locale = "nl"): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE }).format(toDate(value));
}

export function formatDateTime(value: Date | string, locale: Locale = "nl"): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: TIME_ZONE,
  }).format(toDate(value)).replace(" om ", ", ");
}

/** The current moment as Amsterdam wall time: today (YYYY-MM-DD) and now (YYYY-MM-DDTHH:mm). */
export function amsterdamNow(at: Date = new Date()): { today: string; now: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
    }).formatToParts(at).map((p) => [p.type, p.value]),
  );
  const today = `${parts.year}-${parts.month}-${parts.day}`;
  return { today, now: `${today}T${parts.hour}:${parts.minute}` };
}
