"use server";
// Server actions for declarations: thin. Session -> parse -> data.ts (which re-checks ownership and
// writes with the audit event) -> redirect or state. A server action is a public endpoint: every one
// authenticates itself and trusts no id from the form without the data layer's ownership check.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { fromPrismaError, isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { parseDeclarationInput } from "@/lib/rules";
import type { ActionState } from "./action-state";
import { parseDeclarationForm, type RawValues } from "./form-model";
import { getDeclarationForm } from "./forms";
import { discardDraft, getFilingContext, saveDraft, startFromExisting, submitDeclaration, withdrawDeclaration } from "./data";
import { isRuleType } from "./types";
import { cleanText, FromExistingSchema, IdSchema, RecordSchema, SubmitSchema, VersionSchema } from "./schemas";
import { kickDelivery } from "@/lib/notifications/jobs";
import { declarationWriteLimit } from "@/lib/rate-limit/limits";
import { logError } from "@/lib/log";

const clean = cleanText;

function rawFromFormData(formData: FormData): RawValues {
  const raw: RawValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("_") || key.startsWith("$")) continue;
    const all = formData.getAll(key).map((v) => clean(typeof v === "string" ? v : ""));
    raw[key] = all.length > 1 ? all : all[0];
  }
  return raw;
}


/** A tampered or stale form (an id, version or choice that cannot be right): the record is not there for you. */
async function notFound(): Promise<ActionState> {
  const { t } = await getT();
  return { status: "error", message: t("declarations.form.notFound") };
}

async function errorState(error: unknown, values: RawValues | undefined, extra: Partial<ActionState> = {}): Promise<ActionState> {
  const { t } = await getT();
  if (isAppError(error)) {
    // A conflict keeps the version the person started from: saving again would silently overwrite the
    // other change. They reload the declaration to see it (what they typed stays in the form meanwhile).
    if (error.code === "CONFLICT") return { status: "error", message: t("declarations.form.conflict"), values, ...extra };
    if (error.code === "NOT_FOUND") return { status: "error", message: t("declarations.form.notFound"), values, ...extra };
    if (error.code === "INVALID_STATE") return { status: "error", message: t("declarations.form.notEditable"), values, ...extra };
  }
  const mapped = fromPrismaError(error);
  if (mapped?.code === "CONFLICT") return { status: "error", message: t("declarations.form.conflict"), values, ...extra };
  // Log what went wrong (error name and code), never the declaration's contents nor the error message (it may quote values).
  logError("action.failed", error, { component: "declarations" });
  return { status: "error", message: t("declarations.form.generic"), values, ...extra };
}

/** Saves the form as a draft; with intent "continue" it validates and goes on to the check-answers page. */
export async function saveDeclarationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const { t, locale } = await getT();
  const limited = await declarationWriteLimit(viewer.id);
  if (limited) return { status: "error", message: t("security.submitRateLimited", { minutes: limited.retryAfterMinutes }), values: rawFromFormData(formData) };
  const type = String(formData.get("_type") ?? "");
  if (!isRuleType(type)) return { status: "error", message: t("declarations.form.notFound") };
  const idParse = formData.get("_id") ? IdSchema.safeParse(formData.get("_id")) : null;
  const versionParse = formData.get("_version") ? VersionSchema.safeParse(formData.get("_version")) : null;
  if ((idParse && !idParse.success) || (versionParse && !versionParse.success)) return { status: "error", message: t("declarations.form.notFound") };
  const raw = rawFromFormData(formData);
  const intent = formData.get("_intent") === "continue" ? "continue" : "draft";
  let saved: { id: string; version: number };
  try {
    saved = await saveDraft(viewer, { id: idParse?.data, version: versionParse?.data, type, raw });
  } catch (error) {
    return errorState(error, raw, { id: idParse?.data, version: versionParse?.data });
  }
  if (intent === "draft") {
    revalidatePath("/meldingen");
    return { status: "success", message: t("declarations.form.saved"), id: saved.id, version: saved.version };
  }
  // Server-side validation is authoritative: the draft is kept either way, so nothing typed is lost.
  const context = await getFilingContext(viewer);
  const parsed = parseDeclarationForm(getDeclarationForm(type)!, raw, { profileId: context.profileId, profile: context.profile, today: context.today }, locale, parseDeclarationInput);
  if (!parsed.ok) return { status: "error", fieldErrors: parsed.fieldErrors, values: raw, id: saved.id, version: saved.version };
  redirect(`/meldingen/${saved.id}/controleren`);
}


export async function submitDeclarationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const { t } = await getT();
  const limited = await declarationWriteLimit(viewer.id);
  if (limited) {
    const answer = formData.get("answer");
    return { status: "error", message: t("security.submitRateLimited", { minutes: limited.retryAfterMinutes }), values: typeof answer === "string" ? { answer } : undefined };
  }
  const rawAnswer = formData.get("answer");
  const answer = typeof rawAnswer === "string" ? clean(rawAnswer) : undefined;
  const parsed = SubmitSchema.safeParse({ id: formData.get("id"), version: formData.get("version"), submissionKey: formData.get("submissionKey"), answer });
  if (!parsed.success) return { status: "error", message: t("declarations.form.notFound"), values: { answer } };
  if (answer && answer.length > 4000) {
    return { status: "error", fieldErrors: { answer: t("declarations.check.answerTooLong") }, values: { answer } };
  }
  try {
    await submitDeclaration(viewer, parsed.data);
    kickDelivery();
  } catch (error) {
    if (isAppError(error) && error.code === "VALIDATION") {
      const fieldErrors = (error.details?.fieldErrors ?? {}) as Record<string, string>;
      if (fieldErrors.answer) return { status: "error", fieldErrors: { answer: t("declarations.check.answerRequired") }, values: { answer: parsed.data.answer } };
      return { status: "error", message: t("declarations.check.incomplete"), values: { answer } };
    }
    return errorState(error, { answer: parsed.data.answer });
  }
  revalidatePath("/meldingen");
  redirect(`/meldingen/${parsed.data.id}?verstuurd=1`);
}


export async function withdrawDeclarationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const note = formData.get("note");
  const parsed = RecordSchema.safeParse({ id: formData.get("id"), version: formData.get("version"), note: typeof note === "string" ? clean(note) : undefined });
  if (!parsed.success) return notFound();
  try {
    await withdrawDeclaration(viewer, parsed.data);
  } catch (error) {
    return errorState(error, undefined);
  }
  revalidatePath("/meldingen");
  redirect(`/meldingen/${parsed.data.id}?ingetrokken=1`);
}

export async function discardDraftAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const parsed = RecordSchema.safeParse({ id: formData.get("id"), version: formData.get("version") });
  if (!parsed.success) return notFound();
  try {
    await discardDraft(viewer, parsed.data);
  } catch (error) {
    return errorState(error, undefined);
  }
  revalidatePath("/meldingen");
  redirect("/meldingen?verwijderd=1");
}


export async function startFromExistingAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const parsed = FromExistingSchema.safeParse({ id: formData.get("id"), mode: formData.get("mode") });
  if (!parsed.success) return notFound();
  let created: { id: string };
  try {
    created = await startFromExisting(viewer, parsed.data);
  } catch (error) {
    return errorState(error, undefined);
  }
  redirect(`/meldingen/${created.id}/bewerken${parsed.data.mode === "copy" ? "?kopie=1" : ""}`);
}
