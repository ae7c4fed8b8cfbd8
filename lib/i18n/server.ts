import "server-only";
import { cookies } from "next/headers";
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/format";
import { LOCALE_COOKIE, toLocale } from "./config";
import { getMessages } from "./messages";

export async function getLocale(): Promise<Locale> {
  return toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

export async function getT() {
  const locale = await getLocale();
  return { locale, t: createTranslator({ locale, messages: getMessages(locale), timeZone: "Europe/Amsterdam" }) };
}
