import "server-only";
import { cookies } from "next/headers";
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/format";
import { getViewer } from "@/lib/auth/session";
import { LOCALE_COOKIE, toLocale } from "./config";
import { getMessages } from "./messages";

/**
 * The interface language: this browser's choice (the switch sets the cookie) or, when it has made none (a new
 * browser), the language the signed-in person saved (Person.locale, lib/i18n/data.ts); otherwise Dutch.
 */
export async function getLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (chosen) return toLocale(chosen);
  return (await getViewer())?.locale ?? toLocale(undefined);
}

export async function getT() {
  const locale = await getLocale();
  return { locale, t: createTranslator({ locale, messages: getMessages(locale), timeZone: "Europe/Amsterdam" }) };
}
