import type { SourceFile } from "../types";

/** What a person reads of a rule's source: never a file or line number (those stay in the rule's own citation). */
export interface ReadableText {
  /** The source text the section and quote come from (for the code's name; not shown as a number). */
  source: SourceFile;
  /** The heading of the article or section the rule stands in, as the source text has it (capitals as a sentence). */
  section: string;
  /** The rule's quote extended to whole sentences (or a whole list item) of the source text, Dutch, as written. */
  quote: string;
  /** The quote in plain English, for the English interface (the quote itself stays Dutch and is marked so). */
  summary: string;
}
