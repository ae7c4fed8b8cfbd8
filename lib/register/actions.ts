"use server";
// HR's register actions: session -> schema -> data layer (area + same organisation + version, in the
// transaction) -> a state with specific, translated messages.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import type { ActionState } from "@/lib/declarations/action-state";
import { kickDelivery } from "@/lib/notifications/jobs";
import { publishEntry, removeEntry, saveWording } from "./data";
import { PublishSchema, RemoveSchema, WordingSchema } from "./schemas";
import { logError } from "@/lib/log";

type Fields = Record<string, string | undefined>;

function fields(formData: FormData, names: string[]): Fields {
  return Object.fromEntries(names.map((n) => [n, typeof formData.get(n) === "string" ? (formData.get(n) as string) : undefined]));
}

async function fieldErrors(issues: { path: PropertyKey[]; message: string }[]): Promise<Record<string, string>> {
  const { t } = await getT();
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    const key = field === "id" || field === "version" ? "notFound" : issue.message;
    out[field] ??= t.has(`register.errors.${key}` as never) ? t(`register.errors.${key}` as never) : t("register.errors.generic");
  }
  return out;
}

async function failure(error: unknown, values: Fields): Promise<ActionState> {
  const { t } = await getT();
  if (isAppError(error)) {
    const reason = typeof error.details?.reason === "string" ? error.details.reason : null;
    const key = reason ?? { CONFLICT: "conflict", NOT_FOUND: "notFound", INVALID_STATE: "invalidState", FORBIDDEN: "forbidden" }[error.code as string];
    if (key && t.has(`register.errors.${key}` as never)) return { status: "error", message: t(`register.errors.${key}` as never), values };
  }
  logError("action.failed", error, { component: "register" });
  return { status: "error", message: t("register.errors.generic"), values };
}

export async function saveWordingAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const values = fields(formData, ["id", "version", "functionTitle", "sideJob", "sideJobOrganisation", "conditions"]);
  const parsed = WordingSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: await fieldErrors(parsed.error.issues), values };
  try {
    const { version } = await saveWording(viewer, parsed.data);
    revalidatePath(`/beheer/register/${parsed.data.id}`);
    const { t } = await getT();
    return { status: "success", message: t("register.admin.saved"), version };
  } catch (error) {
    return failure(error, values);
  }
}

export async function publishAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const values = fields(formData, ["id", "version"]);
  const parsed = PublishSchema.safeParse(values);
  // Only hidden fields here: whichever is wrong (id or version), the entry is "not found".
  if (!parsed.success) return { status: "error", message: Object.values(await fieldErrors(parsed.error.issues))[0]!, values };
  try {
    await publishEntry(viewer, parsed.data);
    kickDelivery();
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath("/beheer/register");
  redirect(`/beheer/register?gepubliceerd=${encodeURIComponent(parsed.data.id)}`);
}

export async function removeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const values = fields(formData, ["id", "version", "reason"]);
  const parsed = RemoveSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: await fieldErrors(parsed.error.issues), values };
  try {
    await removeEntry(viewer, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath("/beheer/register");
  redirect(`/beheer/register?verwijderd=${encodeURIComponent(parsed.data.id)}`);
}
