"use server";
// Server actions for declarations, declared on lib/actions (decision 048). The data layer re-checks ownership
// and writes with the audit event; no id from the form is trusted without that check.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser, type Viewer } from "@/lib/auth/session";
import { failure, formAction, readFields, type Translator } from "@/lib/actions/form-action";
import type { ActionState, RawValues } from "@/lib/actions/state";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { parseDeclarationInput } from "@/lib/rules";
import { parseDeclarationForm } from "./form-model";
import { getDeclarationForm } from "./forms";
import { discardDraft, saveDraft, startFromExisting, submitDeclaration, withdrawDeclaration } from "./data";
import { getFilingContext } from "./filing-context";
import { isRuleType } from "./types";
import { cleanText, FromExistingSchema, IdSchema, RecordSchema, SubmitSchema, VersionSchema } from "./schemas";
import { kickDelivery } from "@/lib/notifications/kick";
import { declarationWriteLimit } from "@/lib/rate-limit/limits";

// INVALID_STATE: the declaration is no longer in a status that allows this.
const common = {
  namespace: "declarations.form",
  component: "declarations",
  errors: { INVALID_STATE: "notEditable" },
} as const;

/** The form's fields, cleaned for storage; "_…" (type, id, version, intent) and "$…" (React's) are not answers. */
function answersOf(formData: FormData): RawValues {
  const raw: RawValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("_") || key.startsWith("$")) continue;
    const all = formData.getAll(key).map((v) => cleanText(typeof v === "string" ? v : ""));
    raw[key] = all.length > 1 ? all : all[0];
  }
  return raw;
}

/** Refuses a write over the per-person hourly limit (decision 028), keeping what was typed. */
async function writeLimit(viewer: Viewer, values: RawValues, t: Translator): Promise<ActionState | undefined> {
  const limited = await declarationWriteLimit(viewer.id);
  return limited
    ? { status: "error", message: t("security.submitRateLimited", { minutes: limited.retryAfterMinutes }), values }
    : undefined;
}

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);
const DraftSchema = z.object({
  _type: z.string().refine(isRuleType),
  _id: z.preprocess(blank, IdSchema.optional()),
  _version: z.preprocess(blank, VersionSchema.optional()),
  _draftKey: z.preprocess(blank, z.uuid().optional()),
});

/**
 * Saves the form as a draft ("draft"); "continue" validates, saves and goes on to the check-answers page; "update"
 * saves nothing and shows the form again with the questions that now apply (the round trip that reveals follow-up
 * questions without JavaScript, issue 19 item 5). Every answer that does not save returns what was typed, so
 * nothing is lost, and a draft is only ever saved when the person asks for it or goes on to check it: a refused
 * "continue" saves nothing. Written out rather than on formAction: an error keeps the draft's id and version.
 */
export async function saveDeclarationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const { t, locale } = await getT();
  const raw = answersOf(formData);
  const intent = formData.get("_intent");
  const meta = DraftSchema.safeParse({
    _type: formData.get("_type"),
    _id: formData.get("_id"),
    _version: formData.get("_version"),
    _draftKey: formData.get("_draftKey"),
  });
  if (!meta.success) return { status: "error", message: t("declarations.form.notFound"), values: raw };
  const { _type: type, _id: id, _version: version, _draftKey: draftKey } = meta.data;
  if (!isRuleType(type)) return { status: "error", message: t("declarations.form.notFound"), values: raw };
  if (intent === "update") return { status: "idle", values: raw, id, version };
  const limited = await writeLimit(viewer, raw, t);
  if (limited) return { ...limited, id, version };
  if (intent === "continue") {
    // Server-side validation is authoritative; a refusal keeps what was typed in the form and stores nothing.
    const context = await getFilingContext(viewer);
    const parsed = parseDeclarationForm(
      getDeclarationForm(type)!,
      raw,
      { profileId: context.profileId, profile: context.profile, today: context.today },
      locale,
      parseDeclarationInput,
    );
    if (!parsed.ok) return { status: "error", fieldErrors: parsed.fieldErrors, values: raw, id, version };
  }
  let saved: { id: string; version: number };
  try {
    saved = await saveDraft(viewer, { id, version, type, raw, draftKey });
  } catch (error) {
    return failure(error, raw, common, { id, version });
  }
  if (intent !== "continue") {
    revalidatePath("/meldingen");
    return {
      status: "success",
      message: t("declarations.form.saved"),
      id: saved.id,
      version: saved.version,
      values: raw,
    };
  }
  redirect(`/meldingen/${saved.id}/controleren`);
}

export const submitDeclarationAction = formAction({
  ...common,
  fields: (formData) => ({
    ...readFields(formData, ["id", "version", "submissionKey"]),
    answer: cleanOrUndefined(formData.get("answer")),
  }),
  staleFields: ["id", "version", "submissionKey"],
  schema: SubmitSchema,
  before: writeLimit,
  // The data layer's VALIDATION: the answer to the question is missing, or the saved answers are incomplete.
  onError: (error, values, { t }): ActionState | undefined => {
    if (!isAppError(error) || error.code !== "VALIDATION") return undefined;
    if ((error.details?.fieldErrors as Record<string, string> | undefined)?.answer)
      return { status: "error", fieldErrors: { answer: t("declarations.check.answerRequired") }, values };
    return { status: "error", message: t("declarations.check.incomplete"), values };
  },
  run: async (viewer, input) => {
    await submitDeclaration(viewer, input);
    kickDelivery();
  },
  done: (_result, { id }) => {
    revalidatePath("/meldingen");
    redirect(`/meldingen/${id}?verstuurd=1`);
  },
});

export const withdrawDeclarationAction = formAction({
  ...common,
  fields: (formData) => ({ ...readFields(formData, ["id", "version"]), note: cleanOrUndefined(formData.get("note")) }),
  // A small form (components/ui/action-form.tsx) that shows one message.
  messageOnly: true,
  schema: RecordSchema,
  run: withdrawDeclaration,
  done: (_result, { id }) => {
    revalidatePath("/meldingen");
    redirect(`/meldingen/${id}?ingetrokken=1`);
  },
});

export const discardDraftAction = formAction({
  ...common,
  fields: ["id", "version"],
  schema: RecordSchema,
  run: discardDraft,
  done: () => {
    revalidatePath("/meldingen");
    redirect("/meldingen?verwijderd=1");
  },
});

export const startFromExistingAction = formAction({
  ...common,
  fields: ["id", "mode"],
  staleFields: ["id", "mode"],
  schema: FromExistingSchema,
  run: startFromExisting,
  done: (created, { mode }) => redirect(`/meldingen/${created.id}/bewerken${mode === "copy" ? "?kopie=1" : ""}`),
});

function cleanOrUndefined(value: FormDataEntryValue | null): string | undefined {
  return typeof value === "string" ? cleanText(value) : undefined;
}
