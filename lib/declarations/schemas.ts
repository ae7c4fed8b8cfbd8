// Input of the declaration server actions other than the form itself (lib/declarations/form-model.ts parses
// that): ids, versions and the small extra fields. Kept out of actions.ts ("use server" modules export only
// async functions) so the robustness properties can throw hostile input at them.
import { z } from "zod";

/** PostgreSQL refuses NUL characters in text and jsonb; line ends count as one character. */
export function cleanText(value: string): string {
  return value.replace(/\u0000/g, "").replace(/\r\n?/g, "\n");
}

export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/i);
export const VersionSchema = z.coerce.number().int().min(1).max(1_000_000);

export const SubmitSchema = z.object({
  id: IdSchema,
  version: VersionSchema,
  submissionKey: z.string().uuid(),
  answer: z.string().max(4000, { error: "declarations.check.answerTooLong" }).optional(),
});

export const RecordSchema = z.object({
  id: IdSchema,
  version: VersionSchema,
  note: z.string().max(4000, { error: "noteTooLong" }).optional(),
});

export const FromExistingSchema = z.object({ id: IdSchema, mode: z.enum(["copy", "changed", "ended"]) });
