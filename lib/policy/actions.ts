"use server";
// Policy settings: check (the "check your answers" step) and save, declared on lib/actions (decision 048).
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction, readFields } from "@/lib/actions/form-action";
import type { ActionState } from "@/lib/actions/state";
import { isAppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { keyIn } from "@/lib/i18n/keys";
import { checkSetting, createPolicySetting, getPolicyOverview } from "./data";
import { PARAMETER_KEYS, parameterValue } from "./parameters";
import { PolicySettingSchema } from "./schemas";
import { POLICY_FORM_FIELDS } from "./fields";

export type PolicyFormState =
  | ActionState
  | {
      status: "check";
      values: Record<string, string>;
      rows: { label: string; now: string; proposed: string; changed: boolean }[];
      effectiveFrom: string;
      reason: string;
    };

/** The form's fields and the version it was based on (the check step's hidden field). */
const FIELDS = [...POLICY_FORM_FIELDS, "basedOn"];

/** The form's fields ("" when missing) and the button pressed: "save", or anything else for the check step. */
const PolicyFormSchema = PolicySettingSchema.extend({ _intent: z.string().optional() });

export const policySettingAction = formAction({
  namespace: "policy.errors",
  component: "policy",
  fields: (formData) => ({
    ...Object.fromEntries(FIELDS.map((n) => [n, readFields(formData, [n])[n] ?? ""])),
    _intent: readFields(formData, ["_intent"])._intent,
  }),
  schema: PolicyFormSchema,
  // A setting looser than the code of conduct: the rule's own text and its source, per field.
  onError: (error, values, { t, locale }): PolicyFormState | undefined => {
    const messages = isAppError(error)
      ? (error.details?.messages as Record<string, { nl: string; en: string; citation: string }> | undefined)
      : undefined;
    if (!messages || !isAppError(error) || error.code !== "VALIDATION") return undefined;
    const fieldErrors: Record<string, string> = {};
    for (const [field, key] of Object.entries((error.details?.fieldErrors ?? {}) as Record<string, string>)) {
      const m = messages[field];
      fieldErrors[field] = m
        ? `${m[locale]}${m.citation ? ` (${t("policy.source")}: ${m.citation})` : ""}`
        : t.has(keyIn("policy.errors", key))
          ? t(keyIn("policy.errors", key))
          : t("policy.errors.generic");
    }
    return { status: "error", fieldErrors, values };
  },
  run: async (viewer, { _intent, ...input }) => {
    if (_intent === "save") {
      await createPolicySetting(viewer, input);
      return null;
    }
    const { profile } = checkSetting(viewer, input);
    return { profile, current: (await getPolicyOverview(viewer)).current };
  },
  done: (check, input, { t, locale, values }): PolicyFormState => {
    if (!check) {
      revalidatePath("/beheer/beleid");
      redirect("/beheer/beleid?opgeslagen=1");
    }
    const rows = PARAMETER_KEYS.map((key) => {
      const now = parameterValue(check.current, key, locale);
      const proposed = parameterValue(check.profile, key, locale);
      return { label: t(`policy.parameters.${key}.label`), now, proposed, changed: now !== proposed };
    });
    const shown = Object.fromEntries(FIELDS.map((n) => [n, String(values[n] ?? "")]));
    return {
      status: "check",
      values: shown,
      rows,
      effectiveFrom: formatDate(input.effectiveFrom, locale),
      reason: input.reason,
    };
  },
});
