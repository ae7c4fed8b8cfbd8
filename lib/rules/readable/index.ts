// Citations people can read (issue 19 item 3, decision 059): the code's name and the section a rule stands in, a
// link to the rule's quote on /gedragscode, and the quote in whole sentences with an English summary. File numbers,
// line numbers, rule ids and policy versions are for exports, the audit trail and administrators only.
import type { SourceFile } from "../types";
import { READABLE_TEXTS } from "./texts";
import type { ReadableText } from "./types";

export type { ReadableText } from "./types";

/** The name of each source text as its readers know it (the README of the sources; proper names, not translated). */
export const CODE_NAMES: Readonly<Record<SourceFile, string>> = {
  "000": "Gedragscode Integriteit Rijk",
  "001": "Gedragscode Integriteit ambtelijke organisatie Eerste Kamer",
  "002": "Gedragscode ambtelijke organisatie gemeente Maastricht",
  "003": "Gedragscode ambtelijke integriteit 2020 Provincie Utrecht",
  "004": "Nut en noodzaak van ambtelijke gedragscodes",
};

export interface ReadableCitation extends ReadableText {
  /** "Gedragscode Integriteit Rijk". */
  code: string;
  /** "Gedragscode Integriteit Rijk, § 4.1 Geschenken, diensten en andere voordelen of beloningen". */
  label: string;
  /** The rule's anchor on /gedragscode ("regel-gift-permission"): one rule per topic applies to an organisation. */
  anchor: string;
  /** Where the quote is read: "/gedragscode#regel-gift-permission". */
  href: string;
}

/** The anchor of a rule on /gedragscode: its topic without the profile, so it reads the same for every organisation. */
export function ruleAnchor(ruleId: string): string {
  return `regel-${ruleId.split("@")[0]!.replace(/[^a-z0-9]+/gi, "-")}`;
}

/** The readable citation of a rule, or null for an id the registry does not hold (an old stored verdict). */
export function readableCitation(ruleId: string): ReadableCitation | null {
  const text = READABLE_TEXTS[ruleId];
  if (!text) return null;
  const code = CODE_NAMES[text.source];
  const anchor = ruleAnchor(ruleId);
  // "3. Het tegengaan van corruptie" (the Gemeente numbers its chapters so) reads "§ 3 Het tegengaan van corruptie".
  const label = `${code}, § ${text.section.replace(/^(\d+)\.\s/, "$1 ")}`;
  return { ...text, code, label, anchor, href: `/gedragscode#${anchor}` };
}

/** The name of an organisation's code (its profile's source text), e.g. for "Getoetst aan de …". */
export function codeName(source: SourceFile): string {
  return CODE_NAMES[source];
}
