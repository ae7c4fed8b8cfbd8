// Recusal input (decision 041): shared by the decision form (browser) and the server actions. Messages are keys into
// the "recusals.errors" messages, so both languages get a specific text.
import { z } from "zod";
import { hasNoNul, INVALID_CHARACTERS } from "@/lib/text";

export const RECUSAL_SUBJECTS = ["MATTER", "SUPPLIER", "PERSON"] as const;
/** The declaration types whose decision may record a recusal (rule types). */
export const RECUSAL_TYPES = ["private-relationship", "supplier-contact"] as const;
export const RECUSAL_DB_TYPES = ["PRIVATE_RELATIONSHIP", "SUPPLIER_CONTACT"] as const;
export const MAX_SUBJECT = 200;
export const MAX_END_REASON = 1000;

const date = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" })
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    { error: "invalidDate" },
  );

const blankToNull = (s: unknown) => (typeof s === "string" && s.trim() === "" ? null : (s ?? null));

/**
 * The recusal part of a decision: nothing at all (no recusal), or all three fields. Half a recusal is refused
 * with a message on the missing field, never silently dropped.
 */
export const RecusalPartSchema = z
  .object({
    recusalKind: z.preprocess(blankToNull, z.enum(RECUSAL_SUBJECTS, { error: "unknownKind" }).nullable()),
    recusalSubject: z.preprocess(
      blankToNull,
      z
        .string()
        .trim()
        .min(1, { error: "subjectRequired" })
        .max(MAX_SUBJECT, { error: "subjectTooLong" })
        .refine(hasNoNul, { error: INVALID_CHARACTERS })
        .nullable(),
    ),
    recusalEndsOn: z.preprocess(blankToNull, date.nullable()),
  })
  .superRefine((v, ctx) => {
    const any = v.recusalKind !== null || v.recusalSubject !== null || v.recusalEndsOn !== null;
    if (!any) return;
    if (v.recusalKind === null) ctx.addIssue({ code: "custom", path: ["recusalKind"], message: "kindRequired" });
    if (v.recusalSubject === null)
      ctx.addIssue({ code: "custom", path: ["recusalSubject"], message: "subjectRequired" });
    if (v.recusalEndsOn === null) ctx.addIssue({ code: "custom", path: ["recusalEndsOn"], message: "endsOnRequired" });
  })
  .transform((v) =>
    v.recusalKind && v.recusalSubject && v.recusalEndsOn
      ? { kind: v.recusalKind, subject: v.recusalSubject, endsOn: v.recusalEndsOn }
      : null,
  );

export type RecusalPart = z.output<typeof RecusalPartSchema>;

export const EndRecusalSchema = z.object({
  id: z
    .string({ error: "notFound" })
    .min(1, { error: "notFound" })
    .max(64, { error: "notFound" })
    .refine(hasNoNul, { error: "notFound" }),
  version: z.coerce.number({ error: "notFound" }).int({ error: "notFound" }).min(1, { error: "notFound" }),
  reason: z
    .string({ error: "endReasonRequired" })
    .trim()
    .min(1, { error: "endReasonRequired" })
    .max(MAX_END_REASON, { error: "endReasonTooLong" })
    .refine(hasNoNul, { error: INVALID_CHARACTERS }),
});
export type EndRecusalInput = z.output<typeof EndRecusalSchema>;
