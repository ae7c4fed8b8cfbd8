// The policy-setting form: empty fields keep the code's value; filled ones become tightening settings that
// lib/rules tightenProfile then checks against the code (it refuses loosening, with the source line).
import { z } from "zod";
import { hasNoNul } from "@/lib/text";
import { parseAmount } from "@/lib/input";
import type { TighteningSettings } from "@/lib/rules";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const wholeNumber = (max: number) =>
  z
    .string()
    .trim()
    .transform((s, ctx) => {
      if (s === "") return undefined;
      if (!/^\d+$/.test(s) || Number(s) > max) {
        ctx.addIssue({ code: "custom", message: "wholeNumber" });
        return z.NEVER;
      }
      return Number(s);
    });

export const PolicySettingSchema = z.object({
  giftCapEuros: z
    .string()
    .trim()
    .transform((s, ctx) => {
      if (s === "") return undefined;
      const parsed = parseAmount(s);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: "money" });
        return z.NEVER;
      }
      return parsed.cents;
    }),
  giftAlwaysHandIn: z
    .string()
    .optional()
    .transform((s) => (s === "yes" ? true : undefined)),
  tripExtensionMaxHours: wholeNumber(24 * 365),
  rehireCoolingMonths: wholeNumber(1200),
  sideJobPublicationMinScale: wholeNumber(30),
  // Date.parse first: "2026-13-01" matches the pattern but is no date, and toISOString() of it throws.
  effectiveFrom: z
    .string()
    .trim()
    .refine(
      (s) =>
        DATE.test(s) &&
        !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
        new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
      "date",
    ),
  reason: z
    .string()
    .transform((s) => s.replace(/\u0000/g, "").trim())
    .pipe(z.string().min(1, "reasonRequired").max(2000, "tooLong")),
  /** The newest setting the person saw ("none" when there was none): a newer one means someone else changed the policy. */
  basedOn: z.string().trim().min(1, "conflict").max(64, "conflict").refine(hasNoNul, "conflict"),
});
export type PolicySettingInput = z.infer<typeof PolicySettingSchema>;

export function toTighteningSettings(input: PolicySettingInput): TighteningSettings {
  const s: TighteningSettings = {};
  if (input.giftCapEuros !== undefined) s.giftCapCents = input.giftCapEuros;
  if (input.giftAlwaysHandIn !== undefined) s.giftAlwaysHandIn = input.giftAlwaysHandIn;
  if (input.tripExtensionMaxHours !== undefined) s.tripExtensionMaxHours = input.tripExtensionMaxHours;
  if (input.rehireCoolingMonths !== undefined) s.rehireCoolingMonths = input.rehireCoolingMonths;
  if (input.sideJobPublicationMinScale !== undefined) s.sideJobPublicationMinScale = input.sideJobPublicationMinScale;
  return s;
}

/** Form field of each tightening parameter (for error messages). */
export const FIELD_OF: Record<keyof TighteningSettings, string> = {
  giftCapCents: "giftCapEuros",
  giftAlwaysHandIn: "giftAlwaysHandIn",
  tripExtensionMaxHours: "tripExtensionMaxHours",
  rehireCoolingMonths: "rehireCoolingMonths",
  sideJobPublicationMinScale: "sideJobPublicationMinScale",
};
