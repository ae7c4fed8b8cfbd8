// Input of HR's register actions. Messages are keys of register.errors.*.
import { z } from "zod";
import { hasNoNul } from "@/lib/text";

const id = z.string({ message: "notFound" }).trim().min(1, "notFound").max(64, "notFound").refine(hasNoNul, "notFound");
const version = z.coerce.number({ message: "notFound" }).int("notFound").min(1, "notFound");
const clean = (max: number) =>
  z
    .string({ message: "required" })
    .transform((s) =>
      s
        .replace(/\u0000/g, "")
        .replace(/\r\n?/g, "\n")
        .trim(),
    )
    .pipe(z.string().min(1, "required").max(max, "tooLong"));

/** "I checked the warnings of the wording check: this may be public" (a checkbox; absent means no). */
const acknowledge = z
  .string()
  .optional()
  .transform((s, ctx) => {
    if (s === undefined || s === "") return false;
    if (s === "ja") return true;
    ctx.addIssue({ code: "custom", message: "acknowledgeInvalid" });
    return z.NEVER;
  });

export const WordingSchema = z.object({
  id,
  version,
  acknowledge,
  functionTitle: clean(200),
  sideJob: clean(500),
  sideJobOrganisation: clean(200),
  conditions: z
    .string()
    .optional()
    .transform((s) => (s ?? "").replace(/\u0000/g, "").trim())
    .pipe(z.string().max(2000, "tooLong")),
});
export type WordingInput = Omit<z.infer<typeof WordingSchema>, "acknowledge"> & { acknowledge?: boolean };

export const PublishSchema = z.object({ id, version, acknowledge });
export type PublishInput = Omit<z.infer<typeof PublishSchema>, "acknowledge"> & { acknowledge?: boolean };

export const RemoveSchema = z.object({ id, version, reason: clean(1000) });
export type RemoveInput = z.infer<typeof RemoveSchema>;

export const ERASURE_GROUNDS = [
  "AVG_16_INACCURATE",
  "AVG_17_UNLAWFUL",
  "AVG_17_OBJECTION",
  "AVG_17_NOT_NEEDED",
] as const;

/** Removal from the register and its history: a legal ground (a code, never text) and an explicit confirmation. */
export const EraseSchema = z.object({
  id,
  version,
  ground: z.enum(ERASURE_GROUNDS, { message: "groundRequired" }),
  confirm: z.literal("ja", { message: "confirmRequired" }),
});
export type EraseInput = z.infer<typeof EraseSchema>;
