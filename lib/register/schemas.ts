// Input of HR's register actions. Messages are keys of register.errors.*.
import { z } from "zod";
import { hasNoNul } from "@/lib/text";

const id = z.string({ message: "notFound" }).trim().min(1, "notFound").max(64, "notFound").refine(hasNoNul, "notFound");
const version = z.coerce.number({ message: "notFound" }).int("notFound").min(1, "notFound");
const clean = (max: number) =>
  z
    .string({ message: "required" })
    .transform((s) => s.replace(/\u0000/g, "").replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(1, "required").max(max, "tooLong"));

export const WordingSchema = z.object({
  id,
  version,
  functionTitle: clean(200),
  sideJob: clean(500),
  sideJobOrganisation: clean(200),
  conditions: z
    .string()
    .optional()
    .transform((s) => (s ?? "").replace(/\u0000/g, "").trim())
    .pipe(z.string().max(2000, "tooLong")),
});
export type WordingInput = z.infer<typeof WordingSchema>;

export const PublishSchema = z.object({ id, version });
export type PublishInput = z.infer<typeof PublishSchema>;

export const RemoveSchema = z.object({ id, version, reason: clean(1000) });
export type RemoveInput = z.infer<typeof RemoveSchema>;
