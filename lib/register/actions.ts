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
import { eraseEntry, publishEntry, removeEntry, saveWording } from "./data";
import { EraseSchema, PublishSchema, RemoveSchema, WordingSchema } from "./schemas";
import { describeFinding, type FindingTexts, type SensitiveFinding } from "./sensitive";

/** The register forms' state: the common shape plus what the wording check found (as sentences for HR). */
export type RegisterActionState = ActionState & { warnings?: string[] };

async function findingTexts(): Promise<FindingTexts> {
  const { t } = await getT();
  return {
    kinds: { amount: t("register.check.amount"), email: t("register.check.email"), phone: t("register.check.phone"), digits: t("register.check.digits") },
    fields: { functionTitle: t("register.table.functionTitle"), sideJob: t("register.table.sideJob"), sideJobOrganisation: t("register.table.organisation"), conditions: t("register.table.conditions") },
  };
}

async function warningsOf(findings: SensitiveFinding[]): Promise<string[]> {
  const texts = await findingTexts();
  return findings.map((f) => describeFinding(f, texts));
}
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

async function failure(error: unknown, values: Fields): Promise<RegisterActionState> {
  const { t } = await getT();
  if (isAppError(error) && error.details?.reason === "sensitiveWording") {
    // The check found something and HR did not confirm: say what, and ask for the confirmation (works without JS).
    return { status: "error", message: t("register.errors.sensitiveWording"), values, warnings: await warningsOf((error.details.findings ?? []) as SensitiveFinding[]) };
  }
  if (isAppError(error)) {
    const reason = typeof error.details?.reason === "string" ? error.details.reason : null;
    const key = reason ?? { CONFLICT: "conflict", NOT_FOUND: "notFound", INVALID_STATE: "invalidState", FORBIDDEN: "forbidden" }[error.code as string];
    if (key && t.has(`register.errors.${key}` as never)) return { status: "error", message: t(`register.errors.${key}` as never), values };
  }
  logError("action.failed", error, { component: "register" });
  return { status: "error", message: t("register.errors.generic"), values };
}

/** Saves the wording of a pending entry, or corrects a published one (decision 042). */
export async function saveWordingAction(_prev: RegisterActionState, formData: FormData): Promise<RegisterActionState> {
  const viewer = await requireUser();
  const values = fields(formData, ["id", "version", "acknowledge", "functionTitle", "sideJob", "sideJobOrganisation", "conditions"]);
  const parsed = WordingSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: await fieldErrors(parsed.error.issues), values };
  try {
    const { version, corrected, findings } = await saveWording(viewer, parsed.data);
    revalidatePath(`/beheer/register/${parsed.data.id}`);
    if (corrected) revalidatePath(`/register/${viewer.organisationSlug}`);
    const { t } = await getT();
    const message = corrected ? t("register.admin.corrected") : findings.length > 0 ? t("register.admin.savedWithWarnings") : t("register.admin.saved");
    return { status: "success", message, version, warnings: await warningsOf(findings) };
  } catch (error) {
    return failure(error, values);
  }
}

export async function publishAction(_prev: RegisterActionState, formData: FormData): Promise<RegisterActionState> {
  const viewer = await requireUser();
  const values = fields(formData, ["id", "version", "acknowledge"]);
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

export async function removeAction(_prev: RegisterActionState, formData: FormData): Promise<RegisterActionState> {
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

/** Removes a published entry from the register and its history for a legal ground (AVG art. 16/17, decision 042). */
export async function eraseAction(_prev: RegisterActionState, formData: FormData): Promise<RegisterActionState> {
  const viewer = await requireUser();
  const values = fields(formData, ["id", "version", "ground", "confirm"]);
  const parsed = EraseSchema.safeParse(values);
  if (!parsed.success) {
    const errors = await fieldErrors(parsed.error.issues);
    if (errors.id || errors.version) return { status: "error", message: errors.id ?? errors.version, values };
    return { status: "error", fieldErrors: errors, values };
  }
  try {
    await eraseEntry(viewer, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath("/beheer/register");
  revalidatePath(`/register/${viewer.organisationSlug}`);
  redirect(`/beheer/register?gewist=${encodeURIComponent(parsed.data.id)}`);
}
