"use server";
// Server actions for people, units and the CSV import, declared on lib/actions (decision 048): the data layer
// checks the area and the organisation of every record.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { failure, formAction, withDates, type Translator } from "@/lib/actions/form-action";
import { IdFormSchema, RecordIdSchema } from "@/lib/actions/schemas";
import type { ActionState, RawValues } from "@/lib/actions/state";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import {
  applyImport,
  discardImport,
  previewImport,
  savePerson,
  saveUnit,
  setPersonAccess,
  unlinkOidcSubject,
} from "./data";
import { PersonFormSchema, UnitFormSchema } from "./schemas";
import { MAX_BYTES, type FileProblem } from "./csv";

// An issue without a path belongs to the name; a stale updatedAt (units) reads like a stale version.
const common = {
  namespace: "people.errors",
  component: "people",
  formField: "name",
  staleFields: ["id", "version", "updatedAt"],
} as const;

/** The form's text fields; the checkbox groups as lists (empty when nothing is ticked). */
function formValues(formData: FormData, multi: string[] = []): RawValues {
  const out: RawValues = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$")) continue;
    if (multi.includes(key)) out[key] = [...((out[key] as string[] | undefined) ?? []), value];
    else out[key] = value;
  }
  for (const key of multi) out[key] ??= [];
  return withDates(formData, out);
}

export const savePersonAction = formAction({
  ...common,
  fields: (formData) => formValues(formData, ["roles", "designations"]),
  schema: PersonFormSchema,
  run: savePerson,
  done: ({ id }, input) => {
    revalidatePath("/beheer/mensen");
    redirect(`/beheer/mensen/${encodeURIComponent(id)}?${input.id ? "opgeslagen" : "toegevoegd"}=1`);
  },
});

// A version that is no whole number reaches the data layer as 0, which answers it as a conflict.
const AccessSchema = z.object({
  id: RecordIdSchema,
  version: z.unknown().transform((v) => (Number.isInteger(Number(v)) ? Number(v) : 0)),
  enabled: z.unknown().transform((v) => v === "true"),
});

export const setPersonAccessAction = formAction({
  ...common,
  fields: ["id", "version", "enabled"],
  staleFields: ["id"],
  schema: AccessSchema,
  run: setPersonAccess,
  done: (_result, { id, enabled }) => {
    revalidatePath("/beheer/mensen");
    redirect(`/beheer/mensen/${encodeURIComponent(id)}?${enabled ? "hersteld" : "ingetrokken"}=1`);
  },
});

/** An administrator unlinks a person's single sign-on subject, with a reason (checked by lib/people/data.ts). */
export const unlinkOidcSubjectAction = formAction({
  ...common,
  fields: ["id", "reason"],
  schema: z.object({
    id: RecordIdSchema,
    reason: z
      .string()
      .optional()
      .transform((s) => s ?? ""),
  }),
  run: unlinkOidcSubject,
  done: (_result, { id }) => {
    revalidatePath("/beheer/mensen");
    redirect(`/beheer/mensen/${encodeURIComponent(id)}?ontkoppeld=1`);
  },
});

export const saveUnitAction = formAction({
  ...common,
  fields: (formData) => formValues(formData),
  schema: UnitFormSchema,
  run: saveUnit,
  done: (_result, input) => {
    revalidatePath("/beheer/mensen");
    redirect(`/beheer/mensen/afdelingen?${input.id ? "opgeslagen" : "toegevoegd"}=1`);
  },
});

/** The file problem as one message plus, for a wrong layout, a line per kind of column problem. */
function problemMessage(t: Translator, problem: FileProblem): { message: string; details: string[] } {
  if (problem.code === "columns") {
    const list = (cols: string[]) => cols.map((c) => `‘${c}’`).join(", ");
    const details = [
      ...(problem.missing.length ? [t("people.problems.missing", { columns: list(problem.missing) })] : []),
      ...(problem.unknown.length ? [t("people.problems.unknown", { columns: list(problem.unknown) })] : []),
      ...(problem.duplicate.length ? [t("people.problems.duplicate", { columns: list(problem.duplicate) })] : []),
    ];
    return { message: t("people.problems.columns"), details };
  }
  if (problem.code === "tooManyRows")
    return { message: t("people.problems.tooManyRows", { max: String(problem.max) }), details: [] };
  if (problem.code === "malformed")
    return { message: t("people.problems.malformed", { line: String(problem.line) }), details: [] };
  return { message: t(`people.problems.${problem.code}`), details: [] };
}

export type ImportUploadState = ActionState & { details?: string[] };

/**
 * Reads the uploaded CSV file and shows what it would change. Written out rather than on formAction: its input
 * is a file, not text fields; errors go through the same table (lib/actions).
 */
export async function previewImportAction(_prev: ImportUploadState, formData: FormData): Promise<ImportUploadState> {
  const viewer = await requireUser();
  const { t } = await getT();
  const file = formData.get("file");
  if (!(file instanceof File) || (file.size === 0 && file.name === ""))
    return { status: "error", fieldErrors: { file: t("people.import.noFile") } };
  if (file.size > MAX_BYTES) return { status: "error", fieldErrors: { file: t("people.problems.tooLarge") } };
  let id: string;
  try {
    id = (await previewImport(viewer, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })).id;
  } catch (error) {
    return failure<ImportUploadState>(
      error,
      {},
      {
        ...common,
        onError: (e) => {
          const problem = isAppError(e) ? (e.details?.problem as FileProblem | undefined) : undefined;
          if (!problem) return undefined;
          const { message, details } = problemMessage(t, problem);
          return { status: "error", fieldErrors: { file: message }, details };
        },
      },
    );
  }
  redirect(`/beheer/mensen/import/${encodeURIComponent(id)}`);
}

export const applyImportAction = formAction({
  ...common,
  fields: ["id"],
  schema: IdFormSchema,
  run: applyImport,
  done: ({ created, updated }) => {
    revalidatePath("/beheer/mensen");
    redirect(`/beheer/mensen?nieuw=${created}&gewijzigd=${updated}`);
  },
});

export const discardImportAction = formAction({
  ...common,
  fields: ["id"],
  schema: IdFormSchema,
  run: discardImport,
  done: (_result, { id }) => {
    revalidatePath("/beheer/mensen/import");
    redirect(`/beheer/mensen/import/${encodeURIComponent(id)}`);
  },
});
