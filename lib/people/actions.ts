"use server";
// Server actions for people, units and the CSV import: session -> schema -> data layer (which checks the area
// and the organisation of every record) -> redirect or a state with specific, translated messages.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors";
import { formId } from "@/lib/text";
import { getT } from "@/lib/i18n/server";
import type { ActionState } from "@/lib/declarations/action-state";
import type { RawValues } from "@/lib/declarations/form-model";
import { applyImport, discardImport, previewImport, savePerson, saveUnit, setPersonAccess, unlinkOidcSubject } from "./data";
import { PersonFormSchema, UnitFormSchema } from "./schemas";
import { MAX_BYTES, type FileProblem } from "./csv";
import { logError } from "@/lib/log";

type T = Awaited<ReturnType<typeof getT>>["t"];

function message(t: T, key: string, params?: Record<string, string>): string {
  const full = `people.errors.${key}`;
  return t.has(full as never) ? t(full as never, params as never) : t("people.errors.generic");
}

function fieldErrorsOf(t: T, keys: Record<string, string>, params: Record<string, Record<string, string>> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, message(t, key, params[field])]));
}

/** AppError -> a clear message (or field messages); anything else is logged without contents and answered generically. */
async function failure(error: unknown, values: RawValues = {}): Promise<ActionState> {
  const { t } = await getT();
  if (isAppError(error)) {
    const details = (error.details ?? {}) as { fieldErrors?: Record<string, string>; fieldParams?: Record<string, Record<string, string>>; reason?: string };
    if (error.code === "VALIDATION" && details.fieldErrors) return { status: "error", fieldErrors: fieldErrorsOf(t, details.fieldErrors, details.fieldParams), values };
    if (details.reason) return { status: "error", message: message(t, details.reason), values };
    const key = { CONFLICT: "conflict", NOT_FOUND: "notFound", INVALID_STATE: "invalidState", FORBIDDEN: "forbidden" }[error.code as string];
    if (key) return { status: "error", message: message(t, key), values };
  }
  logError("action.failed", error, { component: "people" });
  return { status: "error", message: t("people.errors.generic"), values };
}

function rawValues(formData: FormData, multi: string[] = []): RawValues {
  const out: RawValues = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$")) continue;
    if (multi.includes(key)) out[key] = [...((out[key] as string[] | undefined) ?? []), value];
    else out[key] = value;
  }
  for (const key of multi) out[key] ??= [];
  return out;
}

/** Zod issues -> the first message per field, translated. */
function parseErrors(t: T, issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const issue of issues) keys[String(issue.path[0] ?? "name")] ??= issue.message;
  return fieldErrorsOf(t, keys);
}

export async function savePersonAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const values = rawValues(formData, ["roles", "designations"]);
  const parsed = PersonFormSchema.safeParse(values);
  const { t } = await getT();
  if (!parsed.success) return { status: "error", fieldErrors: parseErrors(t, parsed.error.issues), values };
  let id: string;
  try {
    id = (await savePerson(viewer, parsed.data)).id;
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath("/beheer/mensen");
  redirect(`/beheer/mensen/${encodeURIComponent(id)}?${parsed.data.id ? "opgeslagen" : "toegevoegd"}=1`);
}

export async function setPersonAccessAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const id = formId(formData);
  if (!id) return failure(new AppError("NOT_FOUND", "no id"));
  const version = Number(formData.get("version"));
  const enabled = formData.get("enabled") === "true";
  try {
    await setPersonAccess(viewer, { id, version: Number.isInteger(version) ? version : 0, enabled });
  } catch (error) {
    return failure(error);
  }
  revalidatePath("/beheer/mensen");
  redirect(`/beheer/mensen/${encodeURIComponent(id)}?${enabled ? "hersteld" : "ingetrokken"}=1`);
}

/** An administrator unlinks a person's single sign-on subject, with a reason (lib/people/data.ts). */
export async function unlinkOidcSubjectAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const id = formId(formData);
  if (!id) return failure(new AppError("NOT_FOUND", "no id"));
  const raw = formData.get("reason");
  const values = { reason: typeof raw === "string" ? raw : "" };
  try {
    await unlinkOidcSubject(viewer, { id, reason: values.reason });
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath("/beheer/mensen");
  redirect(`/beheer/mensen/${encodeURIComponent(id)}?ontkoppeld=1`);
}

export async function saveUnitAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const values = rawValues(formData);
  const parsed = UnitFormSchema.safeParse(values);
  const { t } = await getT();
  if (!parsed.success) return { status: "error", fieldErrors: parseErrors(t, parsed.error.issues), values };
  try {
    await saveUnit(viewer, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath("/beheer/mensen");
  redirect(`/beheer/mensen/afdelingen?${parsed.data.id ? "opgeslagen" : "toegevoegd"}=1`);
}

/** The file problem as one message plus, for a wrong layout, a line per kind of column problem. */
function problemMessage(t: T, problem: FileProblem): { message: string; details: string[] } {
  if (problem.code === "columns") {
    const list = (cols: string[]) => cols.map((c) => `‘${c}’`).join(", ");
    const details = [
      ...(problem.missing.length ? [t("people.problems.missing", { columns: list(problem.missing) })] : []),
      ...(problem.unknown.length ? [t("people.problems.unknown", { columns: list(problem.unknown) })] : []),
      ...(problem.duplicate.length ? [t("people.problems.duplicate", { columns: list(problem.duplicate) })] : []),
    ];
    return { message: t("people.problems.columns"), details };
  }
  if (problem.code === "tooManyRows") return { message: t("people.problems.tooManyRows", { max: String(problem.max) }), details: [] };
  if (problem.code === "malformed") return { message: t("people.problems.malformed", { line: String(problem.line) }), details: [] };
  return { message: t(`people.problems.${problem.code}`), details: [] };
}

export type ImportUploadState = ActionState & { details?: string[] };

export async function previewImportAction(_prev: ImportUploadState, formData: FormData): Promise<ImportUploadState> {
  const viewer = await requireUser();
  const { t } = await getT();
  const file = formData.get("file");
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) return { status: "error", fieldErrors: { file: t("people.import.noFile") } };
  if (file.size > MAX_BYTES) return { status: "error", fieldErrors: { file: t("people.problems.tooLarge") } };
  let id: string;
  try {
    id = (await previewImport(viewer, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })).id;
  } catch (error) {
    const problem = isAppError(error) ? (error.details?.problem as FileProblem | undefined) : undefined;
    if (problem) {
      const { message: text, details } = problemMessage(t, problem);
      return { status: "error", fieldErrors: { file: text }, details };
    }
    return failure(error);
  }
  redirect(`/beheer/mensen/import/${encodeURIComponent(id)}`);
}

export async function applyImportAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const id = formId(formData);
  if (!id) return failure(new AppError("NOT_FOUND", "no id"));
  let result: { created: number; updated: number };
  try {
    result = await applyImport(viewer, { id });
  } catch (error) {
    return failure(error);
  }
  revalidatePath("/beheer/mensen");
  redirect(`/beheer/mensen?nieuw=${result.created}&gewijzigd=${result.updated}`);
}

export async function discardImportAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const id = formId(formData);
  if (!id) return failure(new AppError("NOT_FOUND", "no id"));
  try {
    await discardImport(viewer, { id });
  } catch (error) {
    return failure(error);
  }
  revalidatePath("/beheer/mensen/import");
  redirect(`/beheer/mensen/import/${encodeURIComponent(id)}`);
}
