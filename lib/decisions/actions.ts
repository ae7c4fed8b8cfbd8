"use server";
// Server actions for decisions and deputies: session -> schema -> data layer (which checks the right to
// decide on this specific declaration) -> redirect or a state with specific, translated messages.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors";
import { formId } from "@/lib/text";
import { getT } from "@/lib/i18n/server";
import { formFields as fields, translateFieldErrors, type Fields } from "@/lib/actions/form-data";
import type { ActionState } from "@/lib/declarations/action-state";
import { acknowledgeConditions, createDelegation, decideDeclaration, revokeDelegation } from "./data";
import { DecisionSchema, DelegationSchema } from "./schemas";
import { RecusalPartSchema } from "@/lib/recusals/schemas";
import { kickDelivery } from "@/lib/notifications/jobs";
import { logError } from "@/lib/log";

const translate = (keys: Record<string, string>) => translateFieldErrors("decisions.errors", keys);

async function failure(error: unknown, values: Fields): Promise<ActionState> {
  const { t } = await getT();
  if (isAppError(error)) {
    if (error.code === "VALIDATION" && error.details?.fieldErrors) {
      const keys = error.details.fieldErrors as Record<string, string>;
      // A refusal of the recusal part (lib/recusals/data.ts) names a recusal field: its message is in "recusals.errors".
      if (Object.keys(keys).some((f) => f.startsWith("recusal"))) return { status: "error", fieldErrors: await translateFieldErrors("recusals.errors", keys), values };
      // Deciding against the code (decision 052): its messages are in "verdictStory.errors"; "confirmAgainstCode" opens the confirmation step.
      if (Object.values(keys).some((k) => k === "reasonRequiredAgainstCode" || k === "confirmAgainstCode")) return { status: "error", fieldErrors: await translateFieldErrors("verdictStory.errors", keys), values };
      return { status: "error", fieldErrors: await translate(keys), values };
    }
    const key = { CONFLICT: "conflict", NOT_FOUND: "notFound", INVALID_STATE: "invalidState", FORBIDDEN: "forbidden" }[error.code as string];
    if (key) return { status: "error", message: t(`decisions.errors.${key}` as never), values };
  }
  logError("action.failed", error, { component: "decisions" });
  return { status: "error", message: t("decisions.errors.generic"), values };
}

export async function decideAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const values = fields(formData, ["id", "version", "kind", "reason", "conditions", "giftDestination", "handedInOn", "reassessOn", "recusalKind", "recusalSubject", "recusalEndsOn", "confirmAgainstCode"]);
  const parsed = DecisionSchema.safeParse(values);
  // The recusal part (decision 041): its messages are in the "recusals.errors" block.
  const recusal = RecusalPartSchema.safeParse(values);
  if (!parsed.success || !recusal.success) {
    const keys: Record<string, string> = {};
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const field = String(issue.path[0] ?? "kind");
      keys[field] ??= field === "id" || field === "version" ? "notFound" : issue.message;
    }
    const recusalKeys: Record<string, string> = {};
    for (const issue of recusal.success ? [] : recusal.error.issues) recusalKeys[String(issue.path[0] ?? "recusalKind")] ??= issue.message;
    return { status: "error", fieldErrors: { ...(await translate(keys)), ...(await translateFieldErrors("recusals.errors", recusalKeys)) }, values };
  }
  let decided: Awaited<ReturnType<typeof decideDeclaration>>;
  try {
    decided = await decideDeclaration(viewer, parsed.data, recusal.data);
    kickDelivery();
  } catch (error) {
    return failure(error, values);
  }
  // Back to the queue the decision came from: a manager's (also for a deputy), or the integrity officers'.
  const queue = decided.queue === "integrity" ? "/integriteit" : "/beslissen";
  revalidatePath(queue);
  redirect(`${queue}?besloten=${encodeURIComponent(parsed.data.id)}`);
}

export async function acknowledgeConditionsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const id = formId(formData);
  if (!id) return failure(new AppError("NOT_FOUND", "no id"), {});
  try {
    await acknowledgeConditions(viewer, { id });
  } catch (error) {
    return failure(error, {});
  }
  revalidatePath(`/meldingen/${id}`);
  return { status: "success" };
}

export async function createDelegationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const values = fields(formData, ["deputyId", "startsOn", "endsOn"]);
  const parsed = DelegationSchema.safeParse({ ...values, deputyId: values.deputyId ?? "" });
  if (!parsed.success) {
    const keys: Record<string, string> = {};
    for (const issue of parsed.error.issues) keys[String(issue.path[0])] ??= issue.message === "invalidDate" && !values[String(issue.path[0])] ? "invalidDate" : issue.message;
    return { status: "error", fieldErrors: await translate(keys), values };
  }
  try {
    await createDelegation(viewer, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath("/vervanging");
  const { t } = await getT();
  return { status: "success", message: t("decisions.deputies.added") };
}

export async function revokeDelegationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const id = formId(formData);
  if (!id) return failure(new AppError("NOT_FOUND", "no id"), {});
  try {
    await revokeDelegation(viewer, { id });
  } catch (error) {
    return failure(error, {});
  }
  revalidatePath("/vervanging");
  return { status: "success" };
}
