// The annual campaign's input: Zod schemas shared by the forms (browser) and the server actions.
// Messages are keys into "campaigns.errors", so both languages get a specific text per field.
import { z } from "zod";
import { hasNoNul, INVALID_CHARACTERS } from "@/lib/text";

export const CAMPAIGN_ANSWERS = ["COMPLETE", "NOTHING_TO_DECLARE"] as const;
export const TITLE_MAX = 120;

/** A real calendar day (not 30 February). */
function isCalendarDay(s: string): boolean {
  const ms = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(s);
}

const id = z
  .string({ error: "notFound" })
  .trim()
  .min(1, { error: "notFound" })
  .max(64, { error: "notFound" })
  .refine(hasNoNul, { error: "notFound" });
const version = z.coerce.number({ error: "notFound" }).int({ error: "notFound" }).min(1, { error: "notFound" });

export const OpenCampaignSchema = z.object({
  title: z
    .string({ error: "titleRequired" })
    .trim()
    .min(1, { error: "titleRequired" })
    .max(TITLE_MAX, { error: "titleTooLong" })
    .refine(hasNoNul, { error: INVALID_CHARACTERS }),
  year: z
    .string({ error: "yearRequired" })
    .trim()
    .regex(/^\d{4}$/, { error: "yearRequired" })
    .transform(Number),
  dueOn: z
    .string({ error: "dueRequired" })
    .trim()
    .min(1, { error: "dueRequired" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "dueInvalid" })
    .refine(isCalendarDay, { error: "dueInvalid" }),
});
export type OpenCampaignInput = z.output<typeof OpenCampaignSchema>;

export const AnswerSchema = z.object({
  campaignId: id,
  answer: z.enum(CAMPAIGN_ANSWERS, { error: "answerRequired" }),
});
export type AnswerInput = z.output<typeof AnswerSchema>;

export const PublicationSchema = z.object({
  id,
  version,
  published: z.enum(["yes", "no"], { error: "publicationRequired" }).transform((v) => v === "yes"),
});
export type PublicationInput = z.output<typeof PublicationSchema>;

export const CloseCampaignSchema = z.object({ id, version });
export type CloseCampaignInput = z.output<typeof CloseCampaignSchema>;

export const RemindNowSchema = z.object({ id });
export type RemindNowInput = z.output<typeof RemindNowSchema>;
