// Text the database can store. PostgreSQL refuses the NUL character (U+0000) in text and jsonb columns: a
// value holding one would fail inside the transaction with an unexplained error. Schemas refuse it up front
// with a message of their own ("invalidCharacters"), or strip it where the field is free text whose meaning
// a NUL cannot change (the declaration form, the register wording).

export const NUL = "\u0000";

/** True when the text holds no NUL character. */
export function hasNoNul(value: string): boolean {
  return !value.includes(NUL);
}

/** The message key schemas use for text with a character that cannot be stored. */
export const INVALID_CHARACTERS = "invalidCharacters";

/**
 * Text as PostgreSQL can store it: without NUL characters, and with lone UTF-16 surrogates (broken text
 * from a bad client or a JSON "\ud800" escape) replaced by U+FFFD, as a browser's FormData already does.
 * In a jsonb value a lone surrogate makes PostgreSQL refuse the whole statement.
 */
export function storableText(value: string): string {
  return value
    .replace(/\u0000/g, "")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
