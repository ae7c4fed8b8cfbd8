import type { Locale } from "@/lib/format";
export const LOCALES: Locale[] = ["nl", "en"];
export const DEFAULT_LOCALE: Locale = "nl";
export const LOCALE_COOKIE = "portal-lang";
export function toLocale(value: string | undefined | null): Locale {
  return value === "en" ? "en" : "nl";
}
