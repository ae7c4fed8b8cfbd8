// Characters lost between the HR system and the upload: a file saved in one encoding and read in another.
// Pure: a text in, what went wrong (or null) out. Used for names in the people import (decision 064).

import type { Issue } from "./csv";

export type LostCharacters = "replacement" | "questionMark" | "mojibake";

// Windows-1252's letters and signs in 0x80-0x9F (what a UTF-8 continuation byte becomes when read as Windows-1252).
const CP1252_HIGH =
  "\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178";
/**
 * UTF-8 read as Latin-1 / Windows-1252: a lead byte of a two-byte letter (Â..ß) followed by a continuation byte
 * (0x80-0xBF), which Latin-1 shows as a sign or control character and never as a letter ("MÃ¼ller", "AyÅŸe"),
 * or the "â€" that starts a mangled quote or dash. A real name has a letter after "Ã" or "Å".
 */
const MOJIBAKE = new RegExp(`[\\u00C2-\\u00DF][\\u0080-\\u00BF${CP1252_HIGH}]|\\u00E2\\u20AC`);

/** Why a text looks as if characters were lost on the way, or null when it looks whole. */
export function lostCharacters(text: string): LostCharacters | null {
  if (text.includes("\uFFFD")) return "replacement";
  // A question mark touching a letter ("Ay?e", "?mer", "Ata?"): no name is spelled with one.
  if (/\p{L}\?|\?\p{L}/u.test(text)) return "questionMark";
  if (MOJIBAKE.test(text)) return "mojibake";
  return null;
}

/** The warning a row gets when its name lost characters: shown on the preview and in the report of rows to fix. */
export function lostCharactersIssue(name: string): Issue | null {
  return lostCharacters(name) ? { code: "lostCharacters", params: { name } } : null;
}
