// Dutch-first formatting: money as "€ 1.234,56", dates as "1 mei 2026", always in Europe/Amsterdam.
export type Locale = "nl" | "en";
export const TIME_ZONE = "Europe/Amsterdam";

const intlLocale = (locale: Locale) => (locale === "nl" ? "nl-NL" : "en-GB");

// Intl formatters are costly to construct (tens of microseconds and retained ICU memory each); lists of
// hundreds of rows format a date per row, so each formatter is made once per locale and reused.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

export function formatMoney(cents: number, locale: Locale = "nl"): string {
  return cached(
    `money:${locale}`,
    () => new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency: "EUR" }),
  )
    .format(cents / 100)
    .replace(/\u00a0/g, " ");
}

function toDate(value: Date | string): Date {
  return typeof value === "string" ? new Date(value.length === 10 ? `${value}T12:00:00Z` : value) : value;
}

export function formatDate(value: Date | string, locale: Locale = "nl"): string {
  return cached(
    `date:${locale}`,
    () =>
      new Intl.DateTimeFormat(intlLocale(locale), {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: TIME_ZONE,
      }),
  ).format(toDate(value));
}

export function formatDateTime(value: Date | string, locale: Locale = "nl"): string {
  return cached(
    `datetime:${locale}`,
    () =>
      new Intl.DateTimeFormat(intlLocale(locale), {
        day: "numeric",
        month: "long",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        timeZone: TIME_ZONE,
      }),
  )
    .format(toDate(value))
    .replace(" om ", ", ");
}

/** The current moment as Amsterdam wall time: today (YYYY-MM-DD) and now (YYYY-MM-DDTHH:mm). */
export function amsterdamNow(at: Date = new Date()): { today: string; now: string } {
  const parts = Object.fromEntries(
    (
      cached(
        "wall",
        () =>
          new Intl.DateTimeFormat("en-GB", {
            timeZone: TIME_ZONE,
            year: "numeric",
            month: "2-digit",
            day: "2-digit",
            hour: "2-digit",
            minute: "2-digit",
            hourCycle: "h23",
          }),
      ) as Intl.DateTimeFormat
    )
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const today = `${parts.year}-${parts.month}-${parts.day}`;
  return { today, now: `${today}T${parts.hour}:${parts.minute}` };
}

/**
 * A file size as people read it: "850 bytes", "12,5 kB", "1,2 MB" (1 kB = 1024 bytes, as file managers show; one
 * decimal, none for bytes).
 */
export function formatFileSize(bytes: number, locale: Locale = "nl"): string {
  const n = cached(`filesize:${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }));
  if (bytes < 1024) return `${n.format(bytes)} bytes`;
  if (bytes < 1024 * 1024) return `${n.format(bytes / 1024)} kB`;
  return `${n.format(bytes / 1024 / 1024)} MB`;
}
