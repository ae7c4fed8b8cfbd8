"use server";
// Server actions for recusals: session -> schema -> data layer (which checks the right to end this specific recusal
// now) -> a state with specific, translated messages.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { formFields as fields, translateFieldErrors, type Fields } from "@/lib/actions/form-data";
import type { ActionState } from "@/lib/declarations/action-state";
import { logError } from "@/lib/log";
import { endRecusal } from "./data";
import { EndRecusalSchema } from "./schemas";

async function failure(error: unknown, values: Fields): Promise<ActionState> {
  const { t } = await getT();
  if (isAppError(error)) {
    if (error.code === "VALIDATION" && error.details?.fieldErrors) {
      return { status: "error", fieldErrors: await translateFieldErrors("recusals.errors", error.details.fieldErrors as Record<string, string>), values };
    }
    const key = { CONFLICT: "conflict", NOT_FOUND: "notFound", INVALID_STATE: "alreadyEnded", FORBIDDEN: "forbidden" }[error.code as string];
    if (key) return { status: "error", message: t(`recusals.errors.${key}` as never), values };
  }
  logError("action.failed", error, { component: "recusals" });
  return { status: "error", message: t("recusals.errors.generic" as never), values };
}

/** Ends a recusal early (the manager, or the integrity officer where the declaration went to them). */
export async function endRecusalAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const values = fields(formData, ["id", "version", "reason"]);
  const parsed = EndRecusalSchema.safeParse(values);
  if (!parsed.success) {
    const keys: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "reason");
      if (field === "id" || field === "version") return { status: "error", message: (await getT()).t("recusals.errors.notFound" as never), values };
      keys[field] ??= issue.message;
    }
    return { status: "error", fieldErrors: await translateFieldErrors("recusals.errors", keys), values };
  }
  try {
    await endRecusal(viewer, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath("/beslissen");
  revalidatePath("/integriteit");
  revalidatePath("/meldingen");
  const { t } = await getT();
  return { status: "success", message: t("recusals.ended" as never) };
}
