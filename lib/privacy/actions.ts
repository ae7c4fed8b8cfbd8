"use server";
// Server actions for the privacy area, declared on lib/actions (decision 048): the data layer checks the area and
// acts on the viewer's own organisation only.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction, type Translator } from "@/lib/actions/form-action";
import { purgeNow, updateRetention } from "./data";
import { RETENTION_CATEGORIES, RETENTION_POLICY } from "./retention";
import { monthsField, RetentionSchema, versionField } from "./schemas";

const VERSION_FIELDS = RETENTION_CATEGORIES.map(versionField);

/** A period's message names the category and its bounds. */
function boundsOf(field: string, t: Translator) {
  const category = RETENTION_CATEGORIES.find((c) => field === monthsField(c) || field === versionField(c));
  if (!category) return { min: 0, max: 0, name: "" };
  return {
    min: RETENTION_POLICY[category].minMonths,
    max: RETENTION_POLICY[category].maxMonths,
    name: t(`privacy.categories.${category}.name`),
  };
}

const common = { namespace: "privacy.errors", component: "privacy", fieldParams: boundsOf } as const;

export const saveRetentionAction = formAction({
  ...common,
  fields: RETENTION_CATEGORIES.flatMap((c) => [monthsField(c), versionField(c)]),
  // A missing or broken version is a stale or tampered form: say so like a conflict.
  staleFields: VERSION_FIELDS,
  staleKey: "conflict",
  schema: RetentionSchema,
  run: updateRetention,
  done: ({ changed }) => {
    revalidatePath("/beheer/privacy");
    redirect(`/beheer/privacy?opgeslagen=${changed.length}`);
  },
});

export const runPurgeAction = formAction({
  ...common,
  fields: [],
  schema: z.object({}),
  run: (viewer) => purgeNow(viewer),
  done: ({ runId }) => {
    revalidatePath("/beheer/privacy");
    redirect(`/beheer/privacy?opgeruimd=${encodeURIComponent(runId)}#opruimrondes`);
  },
});
