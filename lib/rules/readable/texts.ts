// The readable citation of every rule (issue 19 item 3, decision 059): where in its code the rule stands (the section
// heading, as the source text has it), the whole sentences it quotes, and a plain-English summary for the English
// interface. The rules' own citations (file and lines, in lib/rules/registry and lib/rules/evaluate) stay the source of
// truth; tests/unit/rules/readable-citations.test.ts checks every entry against ../shared/sources and the registry.
// One file per group of declaration types (each under 400 lines), joined here in the registry's order.
import type { ReadableText } from "./types";
import { TEXTS_GIFTS } from "./texts-gifts";
import { TEXTS_INVITATIONS } from "./texts-invitations";
import { TEXTS_SIDE_JOBS } from "./texts-side-jobs";
import { TEXTS_EMPLOYMENT } from "./texts-employment";
import { TEXTS_BENEFITS } from "./texts-benefits";
import { TEXTS_RELATIONS } from "./texts-relations";

export const READABLE_TEXTS: Readonly<Record<string, ReadableText>> = {
  ...TEXTS_GIFTS,
  ...TEXTS_INVITATIONS,
  ...TEXTS_SIDE_JOBS,
  ...TEXTS_EMPLOYMENT,
  ...TEXTS_BENEFITS,
  ...TEXTS_RELATIONS,
};
