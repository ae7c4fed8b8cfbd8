// Messages per locale, one file per feature area, merged into one tree for use-intl.
import nl from "./messages/nl.json";
import en from "./messages/en.json";
import nlDecisions from "./messages/nl-decisions.json";
import enDecisions from "./messages/en-decisions.json";
import type { Locale } from "@/lib/format";

const NL = { ...nl, ...nlDecisions };
const EN = { ...en, ...enDecisions };

export type Messages = typeof NL;
export function getMessages(locale: Locale): Messages {
  return locale === "en" ? (EN as Messages) : NL;
}
