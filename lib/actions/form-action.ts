import "server-only";
// The one pipeline of a server action (decision 048): authenticate the session, read the form's fields, parse
// them with the schema, run the data-layer function (which still authorises against the specific record and
// writes with its audit event), then revalidate/redirect, or map the error to a translated state and log
// what nobody can act on. Every lib/*/actions.ts declares its actions on formAction.
import type { z } from "zod";
import { requireUser, type Viewer } from "@/lib/auth/session";
import type { Locale } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { joinDateParts, joinDateTimeParts } from "@/lib/input/date";
import { logError } from "@/lib/log";
import { classifyError, type ErrorOverrides } from "./errors";
import { issuesToFieldKeys, type IssueOptions } from "./issues";
import { fieldMessages, message, type Messages, type Translator } from "./messages";
import type { ActionState, RawValues } from "./state";

export { message, type Translator } from "./messages";

/**
 * The named text fields of a form (a missing field, or a file, is undefined). A date typed in the GOV.UK date input
 * (components/declarations/date-input.tsx) arrives as `<name>-day`, `-month` and `-year` and is read as one value,
 * as the declaration forms do (decision 051); the schema then refuses a date that is not whole.
 */
export function readFields(formData: FormData, names: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(
    names.map((n) => {
      const v = formData.get(n);
      return [n, typeof v === "string" ? v : dateFromParts(formData, n)];
    }),
  );
}

/** The named file inputs of a multipart form (a text value where a file was expected is left out). */
function readFiles(formData: FormData, names: readonly string[]): Record<string, File> {
  return Object.fromEntries(
    names.flatMap((n) => {
      const v = formData.get(n);
      return v instanceof File ? [[n, v] as const] : [];
    }),
  );
}

/** The values with every date sent as day, month and year fields read as one value (for forms read whole). */
export function withDates(formData: FormData, values: RawValues): RawValues {
  const out: RawValues = { ...values };
  for (const key of Object.keys(values)) {
    const base = /^(.+)-(day|month|year|time)$/.exec(key)?.[1];
    if (!base) continue;
    delete out[key];
    if (values[base] === undefined) out[base] = dateFromParts(formData, base) ?? "";
  }
  return out;
}

/**
 * A date sent as day, month and year fields (and a time field for a moment in time), joined; undefined when the
 * form has none of them.
 */
export function dateFromParts(formData: FormData, name: string): string | undefined {
  const part = (p: string) => {
    const v = formData.get(`${name}-${p}`);
    return typeof v === "string" ? v.slice(0, 10) : undefined;
  };
  const [day, month, year, time] = [part("day"), part("month"), part("year"), part("time")];
  if (day === undefined && month === undefined && year === undefined) return undefined;
  const parts = { day: day ?? "", month: month ?? "", year: year ?? "" };
  return time === undefined ? joinDateParts(parts) : joinDateTimeParts(parts, time);
}

/** What an error state keeps of the record the form is about (the draft's id and version). */
type Keep = { id?: string; version?: number };

/** The state of a failed action, in the action's own state type (which extends the common one). */
const asState = <S>(state: ActionState): S => state as unknown as S;

export interface FailureOptions<S> extends Messages {
  /** The log's component (the feature). */
  component: string;
  /** The form has no place for inline errors: a field's message is shown as the form's message. */
  messageOnly?: boolean;
  /** Per-action exceptions to the error table (lib/actions/errors.ts). */
  errors?: ErrorOverrides;
  /** A per-action answer to an error before the table is consulted (undefined: use the table). */
  onError?: (
    error: unknown,
    values: RawValues,
    context: { t: Translator; locale: Locale },
  ) => S | undefined | Promise<S | undefined>;
}

/** An error from the data layer as a state: field messages, one message, or (logged) the generic message. */
export async function failure<S extends { status: string } = ActionState>(
  error: unknown,
  values: RawValues,
  options: FailureOptions<S>,
  extra: Keep = {},
): Promise<S> {
  const { t, locale } = await getT();
  const own = await options.onError?.(error, values, { t, locale });
  if (own) return own;
  const outcome = classifyError(error, options.errors);
  if (outcome.kind === "fields")
    return asState(fieldsState(fieldMessages(t, options, outcome.keys, outcome.params), values, options, extra));
  if (outcome.kind === "message")
    return asState({ status: "error", message: message(t, options.namespace, outcome.keys), values, ...extra });
  // Log the error's name and code, never its message or the form's contents (they may quote what was typed).
  logError("action.failed", error, { component: options.component });
  return asState({ status: "error", message: message(t, options.namespace, "generic"), values, ...extra });
}

function fieldsState(
  fieldErrors: Record<string, string>,
  values: RawValues,
  options: { messageOnly?: boolean },
  extra: Keep = {},
): ActionState {
  if (options.messageOnly) return { status: "error", message: Object.values(fieldErrors)[0], values, ...extra };
  return { status: "error", fieldErrors, values, ...extra };
}

export interface FormActionSpec<Input, Result, S extends { status: string }> extends FailureOptions<S>, IssueOptions {
  /** The form fields to read (text fields), or a reader of its own (lists, cleaning). */
  fields: readonly string[] | ((formData: FormData) => RawValues);
  /**
   * File inputs of a multipart form (attachments): given to the schema beside the text fields, as `File`s, and
   * never echoed back in the state's `values`. A file input left empty arrives as a nameless empty File.
   */
  files?: readonly string[];
  /** The authoritative check of the input; limits live here, not in the data layer. */
  schema: z.ZodType<Input>;
  /** Runs before parsing and may answer instead (e.g. a rate limit). */
  before?: (
    viewer: Viewer,
    values: RawValues,
    t: Translator,
  ) => NoInfer<S> | undefined | Promise<NoInfer<S> | undefined>;
  /** The data-layer call: it authorises against the specific record itself. */
  run: (viewer: Viewer, input: Input) => Promise<Result>;
  /** After success, outside the error mapping: revalidate, then redirect or return a state. */
  // NoInfer: a done() that always redirects returns `never`, which must not become the state type. A form with
  // a state of its own (register, policy) names it in onError's return type.
  done: (
    result: Result,
    input: Input,
    context: { viewer: Viewer; t: Translator; locale: Locale; values: RawValues },
  ) => NoInfer<S> | Promise<NoInfer<S>>;
}

/** Declares a server action: `export const closeCampaignAction = formAction({ ... })` in a "use server" module. */
export function formAction<Input, Result, S extends { status: string } = ActionState>(
  spec: FormActionSpec<Input, Result, S>,
): (prev: S, formData: FormData) => Promise<S> {
  return async function action(_prev: S, formData: FormData): Promise<S> {
    const viewer = await requireUser();
    const { t, locale } = await getT();
    const values = typeof spec.fields === "function" ? spec.fields(formData) : readFields(formData, spec.fields);
    const early = await spec.before?.(viewer, values, t);
    if (early) return early;
    const parsed = spec.schema.safeParse(spec.files ? { ...values, ...readFiles(formData, spec.files) } : values);
    if (!parsed.success) {
      const issues = issuesToFieldKeys(parsed.error.issues, spec);
      if (issues.kind === "stale")
        return asState({ status: "error", message: message(t, spec.namespace, issues.keys), values });
      return asState(fieldsState(fieldMessages(t, spec, issues.keys), values, spec));
    }
    let result: Result;
    try {
      result = await spec.run(viewer, parsed.data);
    } catch (error) {
      return failure(error, values, spec);
    }
    // Outside the try: Next's redirect() throws, and must not be read as a failure.
    return spec.done(result, parsed.data, { viewer, t, locale, values });
  };
}
