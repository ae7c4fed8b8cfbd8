// The messages of the input parsers (lib/i18n/messages/*-input.json, namespace "input"), for the server schema
// and the browser alike: each problem has its own sentence with an example of the right form.
import { createTranslator } from "use-intl/core";
import { formatDate, formatMoney, type Locale } from "@/lib/format";
import nlInput from "@/lib/i18n/messages/nl-input.json";
import enInput from "@/lib/i18n/messages/en-input.json";
import type { AmountProblem } from "./amount";
import type { DateProblem } from "./date";
import type { HoursProblem, HoursRange } from "./hours";

function translator(locale: Locale) {
  return createTranslator({ locale, messages: locale === "en" ? enInput : nlInput, namespace: "input" });
}

/** The message for an amount that could not be read (not for "empty": the field says what is required). */
export function amountMessage(
  problem: Exclude<AmountProblem, "empty">,
  input: string,
  maxCents: number,
  locale: Locale,
): string {
  const t = translator(locale);
  switch (problem) {
    case "not-a-number":
      return t("amount.notANumber");
    case "negative":
      return t("amount.negative");
    case "too-many-decimals":
      return t("amount.tooManyDecimals");
    case "ambiguous":
      return t("amount.ambiguous", { input: `“${input.trim()}”` });
    case "too-large":
      return t("amount.tooLarge", { max: formatMoney(maxCents, locale) });
  }
}

/** "Dat is € 1.234,56.": the amount as understood, shown beside the field. */
export function amountUnderstood(cents: number, locale: Locale): string {
  return translator(locale)("amount.understood", { amount: formatMoney(cents, locale) });
}

const decimal = (n: number, locale: Locale) =>
  new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 1 }).format(n);

export function hoursMessage(problem: Exclude<HoursProblem, "empty">, range: HoursRange, locale: Locale): string {
  const t = translator(locale);
  switch (problem) {
    case "not-a-number":
      return t("hours.notANumber");
    case "negative":
      return t("hours.negative");
    case "too-many-decimals":
      return t("hours.tooManyDecimals");
    case "out-of-range":
      return t("hours.outOfRange", { min: decimal(range.min, locale), max: decimal(range.max, locale) });
  }
}

export function hoursUnit(locale: Locale): string {
  return translator(locale)("hours.unitMonth");
}

export function datePartLabel(part: "day" | "month" | "year" | "time", locale: Locale): string {
  return translator(locale)(`date.${part}`);
}

/**
 * The message for a date outside what the field accepts. `custom` replaces the range messages where a field says
 * more ("Is de persoon nog minister?").
 */
export function dateMessage(
  p: Exclude<DateProblem, { problem: "empty" }>,
  locale: Locale,
  custom: { tooEarly?: string; tooLate?: string } = {},
): string {
  const t = translator(locale);
  switch (p.problem) {
    case "missing": {
      const names = p.parts.map((part) => t(`date.part_${part}`));
      return t("date.missing", {
        parts: names.length > 1 ? `${names.slice(0, -1).join(", ")} ${t("date.and")} ${names.at(-1)}` : names[0]!,
      });
    }
    case "not-a-number":
      return t("date.notANumber");
    case "year-digits":
      return t("date.yearDigits");
    case "not-real":
      return t("date.notReal");
    case "too-early":
      return (
        custom.tooEarly ??
        (p.isToday ? t("date.past") : t("date.tooEarly", { earliest: formatDate(p.earliest, locale) }))
      );
    case "too-late":
      return (
        custom.tooLate ?? (p.isToday ? t("date.future") : t("date.tooLate", { latest: formatDate(p.latest, locale) }))
      );
  }
}
