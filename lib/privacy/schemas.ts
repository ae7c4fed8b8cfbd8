// Retention settings input: one Zod schema shared by the form (browser) and the server action. Messages are
// keys into "privacy.errors"; the action adds the category's bounds to the text.
import { z } from "zod";
import type { RetentionCategory } from "@/lib/generated/prisma/enums";
import { RETENTION_CATEGORIES, RETENTION_POLICY } from "./retention";

export const monthsField = (category: RetentionCategory) => `months_${category}`;
export const versionField = (category: RetentionCategory) => `version_${category}`;

function monthsSchema(category: RetentionCategory) {
  const { minMonths, maxMonths } = RETENTION_POLICY[category];
  return z
    .string({ error: "monthsRequired" })
    .trim()
    .min(1, { error: "monthsRequired" })
    .regex(/^\d{1,4}$/, { error: "monthsWhole" })
    .transform(Number)
    .pipe(z.number().min(minMonths, { error: "monthsMin" }).max(maxMonths, { error: "monthsMax" }));
}

const shape = Object.fromEntries(
  RETENTION_CATEGORIES.flatMap((c) => [
    [monthsField(c), monthsSchema(c)],
    // 0: the organisation has no rule yet (the default applies); otherwise the rule's version as shown.
    [versionField(c), z.coerce.number({ error: "stale" }).int({ error: "stale" }).min(0, { error: "stale" })],
  ]),
) as Record<string, z.ZodType<number, string>>;

export const RetentionSchema = z.object(shape).transform((v) => ({
  periods: RETENTION_CATEGORIES.map((category) => ({
    category,
    months: v[monthsField(category)]!,
    version: v[versionField(category)]!,
  })),
}));

export type RetentionInput = z.output<typeof RetentionSchema>;
export type RetentionPeriodInput = RetentionInput["periods"][number];
