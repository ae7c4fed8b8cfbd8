import nl from "./messages/nl.json";
import en from "./messages/en.json";
import type { Locale } from "@/lib/format";

export type Messages = typeof nl;
export function getMessages(locale: Locale): Messages {
  return locale === "en" ? (en as Messages) : nl;
}
