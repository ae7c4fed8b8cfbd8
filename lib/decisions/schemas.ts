// Decision input: one Zod schema shared by the decision form (browser) and the server action.
// Messages are keys into the "decisions.errors" messages, so both languages get a specific text.
import { z } from "zod";
import { hasNoNul, INVALID_CHARACTERS } from "@/lib/text";
import { RecusalPartSchema } from "@/lib/recusals/schemas";
import { DECISION_KINDS } from "@/lib/declarations/lifecycle";

export const GIFT_DESTINATIONS = [
  "KEEP",
  "RETURN",
  "RAFFLE",
  "DISTRIBUTE",
  "DISPLAY",
  "GENERAL_USE",
  "CHARITY",
  "DESTROY",
] as const;

const date = z
  .string({ error: "invalidDate" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" })
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    { error: "invalidDate" },
  );

const optionalDate = z
  .union([z.literal(""), date])
  .optional()
  .transform((s) => (s ? s : null));

export const DecisionSchema = z
  .object({
    id: z.string().min(1).max(64).refine(hasNoNul),
    version: z.coerce.number().int().min(1),
    kind: z.enum(DECISION_KINDS, { error: "kindRequired" }),
    reason: z
      .string()
      .trim()
      .max(4000, { error: "tooLong" })
      .refine(hasNoNul, { error: INVALID_CHARACTERS })
      .default(""),
    conditions: z
      .string()
      .trim()
      .max(4000, { error: "tooLong" })
      .refine(hasNoNul, { error: INVALID_CHARACTERS })
      .default(""),
    giftDestination: z
      .union([z.literal(""), z.enum(GIFT_DESTINATIONS)], { error: "unknownDestination" })
      .optional()
      .transform((s) => (s ? s : null)),
    handedInOn: optionalDate,
    reassessOn: optionalDate,
    /** The decider's second step when deciding against the code (decision 052): "yes" only from the confirmation step. */
    confirmAgainstCode: z
      .string()
      .optional()
      .transform((s) => s === "yes"),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "REFUSED" && !v.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "reasonRequiredForRefusal" });
    if (v.kind === "INFO_REQUESTED" && !v.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "questionRequired" });
    if (v.kind === "ESCALATED" && !v.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "escalationReasonRequired" });
    if (v.kind === "APPROVED_WITH_CONDITIONS" && !v.conditions)
      ctx.addIssue({ code: "custom", path: ["conditions"], message: "conditionsRequired" });
  });

/** confirmAgainstCode is optional for callers in code (tests, seeds): absent means "not confirmed". */
export type DecisionInput = Omit<z.output<typeof DecisionSchema>, "confirmAgainstCode"> & {
  confirmAgainstCode?: boolean;
};

/**
 * The decision form: the decision and its optional recusal part (decision 041), each checked by its own schema,
 * their issues together (the recusal fields' keys are in "recusals.errors").
 */
export const DecisionFormSchema = z.unknown().transform((raw, ctx) => {
  const decision = DecisionSchema.safeParse(raw);
  const recusal = RecusalPartSchema.safeParse(raw);
  for (const issue of [...(decision.error?.issues ?? []), ...(recusal.error?.issues ?? [])])
    ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  if (!decision.success || !recusal.success) return z.NEVER;
  return { decision: decision.data, recusal: recusal.data };
});

export const DelegationSchema = z
  .object({
    deputyId: z
      .string({ error: "deputyRequired" })
      .min(1, { error: "deputyRequired" })
      .max(64, { error: "deputyRequired" })
      .refine(hasNoNul, { error: "deputyRequired" }),
    startsOn: date,
    endsOn: date,
  })
  .superRefine((v, ctx) => {
    if (v.endsOn < v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "endBeforeStart" });
  });

export type DelegationInput = z.output<typeof DelegationSchema>;
