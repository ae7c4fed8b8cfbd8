"use server";
// Policy settings: check (the "check your answers" step) and save. Session -> schema -> data layer.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { checkSetting, createPolicySetting, getPolicyOverview } from "./data";
import { PARAMETER_KEYS, parameterValue } from "./parameters";
import { PolicySettingSchema } from "./schemas";
import { logError } from "@/lib/log";

export type PolicyFormState =
  | { status: "idle" }
  | { status: "error"; message?: string; fieldErrors?: Record<string, string>; values: Record<string, string> }
  | { status: "check"; values: Record<string, string>; rows: { label: string; now: string; proposed: string; changed: boolean }[]; effectiveFrom: string; reason: string };

const FIELDS = ["giftCapEuros", "giftAlwaysHandIn", "tripExtensionMaxHours", "rehireCoolingMonths", "sideJobPublicationMinScale", "effectiveFrom", "reason", "basedOn"];

export async function policySettingAction(_prev: PolicyFormState, formData: FormData): Promise<PolicyFormState> {
  const viewer = await requireUser();
  const { t, locale } = await getT();
  const values = Object.fromEntries(FIELDS.map((n) => [n, typeof formData.get(n) === "string" ? (formData.get(n) as string) : ""]));
  const parsed = PolicySettingSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form");
      fieldErrors[field] ??= t.has(`policy.errors.${issue.message}` as never) ? t(`policy.errors.${issue.message}` as never) : t("policy.errors.generic");
    }
    return { status: "error", fieldErrors, values };
  }
  try {
    if (formData.get("_intent") === "save") {
      await createPolicySetting(viewer, parsed.data);
    } else {
      const { profile } = checkSetting(viewer, parsed.data);
      const overview = await getPolicyOverview(viewer);
      const rows = PARAMETER_KEYS.map((key) => {
        const now = parameterValue(overview.current, key, locale);
        const proposed = parameterValue(profile, key, locale);
        return { label: t(`policy.parameters.${key}.label`), now, proposed, changed: now !== proposed };
      });
      return { status: "check", values, rows, effectiveFrom: formatDate(parsed.data.effectiveFrom, locale), reason: parsed.data.reason };
    }
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === "VALIDATION" && error.details?.fieldErrors) {
        const messages = (error.details.messages ?? {}) as Record<string, { nl: string; en: string; citation: string }>;
        const fieldErrors: Record<string, string> = {};
        for (const [field, key] of Object.entries(error.details.fieldErrors as Record<string, string>)) {
          const m = messages[field];
          fieldErrors[field] = m ? `${m[locale]}${m.citation ? ` (${t("policy.source")}: ${m.citation})` : ""}` : t(`policy.errors.${key}` as never);
        }
        return { status: "error", fieldErrors, values };
      }
      const key = { CONFLICT: "conflict", FORBIDDEN: "forbidden", NOT_FOUND: "forbidden" }[error.code as string];
      if (key) return { status: "error", message: t(`policy.errors.${key}` as never), values };
    }
    logError("action.failed", error, { component: "policy" });
    return { status: "error", message: t("policy.errors.generic"), values };
  }
  revalidatePath("/beheer/beleid");
  redirect("/beheer/beleid?opgeslagen=1");
}


