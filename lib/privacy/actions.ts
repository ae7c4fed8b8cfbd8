"use server";
// Server actions for the privacy area: session -> schema -> data layer (which checks the area and acts on the
// viewer's own organisation only) -> redirect, or a state with specific, translated messages.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import type { ActionState } from "@/lib/declarations/action-state";
import type { RetentionCategory } from "@/lib/generated/prisma/enums";
import { purgeNow, updateRetention } from "./data";
import { RETENTION_CATEGORIES, RETENTION_POLICY } from "./retention";
import { monthsField, RetentionSchema, versionField } from "./schemas";
import { logError } from "@/lib/log";

type Fields = Record<string, string | undefined>;

const FIELDS = RETENTION_CATEGORIES.flatMap((c) => [monthsField(c), versionField(c)]);

function categoryOf(field: string): RetentionCategory | undefined {
  return RETENTION_CATEGORIES.find((c) => field === monthsField(c) || field === versionField(c));
}

async function translateFieldErrors(keys: Record<string, string>): Promise<Record<string, string>> {
  const { t } = await getT();
  const out: Record<string, string> = {};
  for (const [field, key] of Object.entries(keys)) {
    const category = categoryOf(field);
    const bounds = category ? { min: RETENTION_POLICY[category].minMonths, max: RETENTION_POLICY[category].maxMonths } : { min: 0, max: 0 };
    const name = category ? t(`privacy.categories.${category}.name`) : "";
    out[field] = t.has(`privacy.errors.${key}` as never) ? t(`privacy.errors.${key}` as never, { ...bounds, name } as never) : t("privacy.errors.generic");
  }
  return out;
}

async function failure(error: unknown, values: Fields): Promise<ActionState> {
  const { t } = await getT();
  if (isAppError(error)) {
    if (error.code === "VALIDATION" && error.details?.fieldErrors) {
      return { status: "error", fieldErrors: await translateFieldErrors(error.details.fieldErrors as Record<string, string>), values };
    }
    const key = { CONFLICT: "conflict", FORBIDDEN: "forbidden", NOT_FOUND: "forbidden" }[error.code as string];
    if (key) return { status: "error", message: t(`privacy.errors.${key}` as never), values };
  }
  logError("action.failed", error, { component: "privacy" });
  return { status: "error", message: t("privacy.errors.generic"), values };
}

export async function saveRetentionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const values: Fields = Object.fromEntries(FIELDS.map((n) => [n, typeof formData.get(n) === "string" ? (formData.get(n) as string) : undefined]));
  const parsed = RetentionSchema.safeParse(values);
  if (!parsed.success) {
    const keys: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      // A missing or broken version is a stale or tampered form: say so like a conflict.
      if (field.startsWith("version_")) return failure(new AppError("CONFLICT", "bad version"), values);
      keys[field] ??= issue.message;
    }
    return { status: "error", fieldErrors: await translateFieldErrors(keys), values };
  }
  let changed: RetentionCategory[];
  try {
    ({ changed } = await updateRetention(viewer, parsed.data));
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath("/beheer/privacy");
  redirect(`/beheer/privacy?opgeslagen=${changed.length}`);
}

export async function runPurgeAction(_prev: ActionState, _formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  let runId: string;
  try {
    ({ runId } = await purgeNow(viewer));
  } catch (error) {
    return failure(error, {});
  }
  revalidatePath("/beheer/privacy");
  redirect(`/beheer/privacy?opgeruimd=${encodeURIComponent(runId)}#opruimrondes`);
}
