// The declaration forms as data. Each declaration type is a list of fields (with labels, hints,
// specific error messages and when they show) plus a mapping to the rule module's input. One generic
// parser turns the form's raw strings into typed values with a Zod schema built from that list; the
// same code runs in the browser (live verdict, inline errors) and in the server action (authoritative).
import { z } from "zod";
import { storableText } from "@/lib/text";
import {
  amountMessage,
  dateMessage,
  hoursMessage,
  joinDateParts,
  joinDateTimeParts,
  parseAmount,
  parseDateValue,
  parseHours,
  type DateRange,
  type HoursRange,
} from "@/lib/input";
import {
  parseInstant,
  type DeclarationInput,
  type DeclarationType,
  type LocalizedText,
  type PolicyProfile,
  type ProfileId,
} from "@/lib/rules";

export type L = LocalizedText;
export type Locale = "nl" | "en";

export type FieldKind = "text" | "textarea" | "money" | "hours" | "date" | "datetime" | "yesno" | "choice" | "multi";

/** Raw form values: what the browser sends (strings; a list for checkboxes). One type for every form (lib/actions). */
import type { RawValues } from "@/lib/actions/state";
export type { RawValues };

/** Typed values after parsing: money in cents, hours as a number, dates as YYYY-MM-DD, date-times as YYYY-MM-DDTHH:mm. */
export type Values = Record<string, string | number | boolean | string[] | null | undefined>;

export interface FormContext {
  profileId: ProfileId;
  /** The organisation's effective policy (the code, tightened where the organisation did): hints quote its limits. */
  profile: PolicyProfile;
  /** Today in Europe/Amsterdam (YYYY-MM-DD); dates are checked against it where a field says so. */
  today: string;
}

export interface Option {
  value: string;
  label: L;
  hint?: L;
}

export interface FieldDef {
  name: string;
  kind: FieldKind;
  label: L;
  hint?: L;
  options?: Option[];
  /** Shown (and validated) only when this holds for the values typed so far. Default: always. */
  showIf?: (values: RawValues, ctx: FormContext) => boolean;
  /** Default true. An optional field may stay empty. */
  optional?: boolean;
  /** The specific message when a required field is empty, e.g. "Vul in wie het geschenk gaf". */
  requiredMessage: L;
  /** The specific message when the value is malformed (money, dates). */
  invalidMessage?: L;
  maxLength?: number;
  /** For money: the largest amount in cents (default € 1.000.000). */
  maxCents?: number;
  /** For hours: the plausible range (lib/input/hours.ts). */
  hoursRange?: HoursRange;
  /**
   * For dates (required: tests/unit/input hold it): the days the field accepts, relative to today. A date of
   * something that has happened ends today; decision 051 gives each field's range and why.
   */
  range?: DateRange;
  /** For dates: the message when the date lies after the range (e.g. "cannot be in the future; is ... still ...?"). */
  tooLateMessage?: L;
  /** For dates: the message when the date lies before the range. */
  tooEarlyMessage?: L;
}

export interface DeclarationSummary {
  title: string;
  occursOn: string | null;
  valueCents: number | null;
  counterparty: string | null;
}

export interface DeclarationFormDef {
  type: DeclarationType;
  /** The heading of the form, e.g. "Geschenk of ander voordeel melden". */
  title: L;
  intro: L;
  fields: (ctx: FormContext) => FieldDef[];
  /** Builds the rule module's input from the parsed values of the visible fields. */
  toRuleInput: (values: Values, ctx: FormContext) => DeclarationInput;
  /**
   * The rule module names fields by its own paths; map them back to form fields for error messages.
   * A function when the meaning of a path depends on the answers (e.g. "extensions.0" of a trip).
   */
  ruleFieldToFormField?: Record<string, string> | ((ruleField: string, values: Values) => string | undefined);
  /** The columns lists and dashboards filter on. */
  summarise: (values: Values) => DeclarationSummary;
}

export const MAX_TEXT = 200;
export const MAX_TEXTAREA = 4000;
const DEFAULT_MAX_CENTS = 100_000_000;

/** showIf helpers: the answer to `name` is one of `values` / is none of them. */
export const answerIs =
  (name: string, ...values: string[]) =>
  (raw: RawValues) =>
    values.includes(String(raw[name] ?? ""));
export const answerIsNot =
  (name: string, ...values: string[]) =>
  (raw: RawValues) =>
    !values.includes(String(raw[name] ?? ""));

const YES_NO: Option[] = [
  { value: "yes", label: { nl: "Ja", en: "Yes" } },
  { value: "no", label: { nl: "Nee", en: "No" } },
];
export const yesNoOptions = () => YES_NO;

function str(raw: RawValues, name: string): string {
  const v = raw[name];
  return (Array.isArray(v) ? (v[0] ?? "") : (v ?? "")).trim();
}

export function visibleFields(def: DeclarationFormDef, raw: RawValues, ctx: FormContext): FieldDef[] {
  return def.fields(ctx).filter((f) => !f.showIf || f.showIf(raw, ctx));
}

/**
 * Whether another answer to this question (one of its options, or none) would show or hide other questions: then a
 * form without JavaScript offers a round trip to show the follow-up questions (issue 19 item 5). Only questions with
 * options are asked; a follow-up that depends on typed text still appears after "continue", with its message.
 */
export function controlsOtherQuestions(
  def: DeclarationFormDef,
  field: FieldDef,
  raw: RawValues,
  ctx: FormContext,
): boolean {
  if (!field.options?.length) return false;
  const shown = (value: string | string[]) =>
    visibleFields(def, { ...raw, [field.name]: value }, ctx)
      .map((f) => f.name)
      .join();
  const none = shown(field.kind === "multi" ? [] : "");
  return field.options.some((o) => shown(field.kind === "multi" ? [o.value] : o.value) !== none);
}

/** A date as "YYYY-MM-DD" (the date part of a date-time field). */
function isValidDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return (
    date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2200
  );
}

function isValidDateTime(s: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(s);
  // The wall time must exist in Amsterdam: 02:30 on the night summer time starts does not.
  return !!m && isValidDate(m[1]!) && Number(m[2]) < 24 && Number(m[3]) < 60 && parseInstant(s) !== null;
}

const GENERIC_INVALID: Record<FieldKind, L> = {
  text: { nl: "Deze tekst is niet geldig.", en: "This text is not valid." },
  textarea: { nl: "Deze tekst is niet geldig.", en: "This text is not valid." },
  money: { nl: "Vul een bedrag in euro in, bijvoorbeeld 49,99.", en: "Enter an amount in euros, for example 49.99." },
  hours: { nl: "Vul een aantal uren in, bijvoorbeeld 8.", en: "Enter a number of hours, for example 8." },
  date: { nl: "Vul een bestaande datum in.", en: "Enter a real date." },
  datetime: { nl: "Vul een bestaande datum en tijd in.", en: "Enter a real date and time." },
  yesno: { nl: "Kies ja of nee.", en: "Choose yes or no." },
  choice: { nl: "Kies een van de mogelijkheden.", en: "Choose one of the options." },
  multi: { nl: "Kies alleen uit de mogelijkheden.", en: "Choose only from the options." },
};

function fieldSchema(field: FieldDef, ctx: FormContext, locale: Locale): z.ZodType<unknown> {
  const required = field.requiredMessage[locale];
  const invalid = (field.invalidMessage ?? GENERIC_INVALID[field.kind])[locale];
  const text = z.string({ error: required }).trim();
  const present = (s: string) => s.length > 0;
  switch (field.kind) {
    case "text":
    case "textarea": {
      const max = field.maxLength ?? (field.kind === "text" ? MAX_TEXT : MAX_TEXTAREA);
      const tooLong = locale === "nl" ? `Gebruik hoogstens ${max} tekens.` : `Use at most ${max} characters.`;
      const base = text.max(max, { error: tooLong });
      return field.optional ? base.transform((s) => (s === "" ? null : s)) : base.refine(present, { error: required });
    }
    case "money": {
      const max = field.maxCents ?? DEFAULT_MAX_CENTS;
      return text
        .refine((s) => field.optional || present(s), { error: required, abort: true })
        .transform((s, c) => {
          const parsed = parseAmount(s, max);
          if (parsed.ok) return parsed.cents;
          if (parsed.problem === "empty") return null;
          // Not an amount at all: the field's own words ("Vul de waarde in als bedrag ..."); otherwise why it is refused.
          const message =
            parsed.problem === "not-a-number" && field.invalidMessage
              ? field.invalidMessage[locale]
              : amountMessage(parsed.problem, s, max, locale);
          c.addIssue({ code: "custom", message });
          return z.NEVER;
        });
    }
    case "hours": {
      const range = field.hoursRange ?? { min: 0, max: 744 };
      return text
        .refine((s) => field.optional || present(s), { error: required, abort: true })
        .transform((s, c) => {
          const parsed = parseHours(s, range);
          if (parsed.ok) return parsed.hours;
          if (parsed.problem === "empty") return null;
          c.addIssue({ code: "custom", message: hoursMessage(parsed.problem, range, locale) });
          return z.NEVER;
        });
    }
    case "date": {
      if (!field.range) throw new Error(`The date field ${field.name} has no range (decision 051).`);
      const range = field.range;
      const custom = { tooLate: field.tooLateMessage?.[locale], tooEarly: field.tooEarlyMessage?.[locale] };
      return text
        .refine((s) => field.optional || present(s), { error: required, abort: true })
        .transform((s, c) => {
          const parsed = parseDateValue(s, ctx.today, range);
          if (parsed.ok) return parsed.date;
          if (parsed.problem === "empty") return null;
          c.addIssue({
            code: "custom",
            message:
              parsed.problem === "not-real" && field.invalidMessage
                ? field.invalidMessage[locale]
                : dateMessage(parsed, locale, custom),
          });
          return z.NEVER;
        });
    }
    case "datetime":
      return text
        .refine((s) => field.optional || present(s), { error: required, abort: true })
        .refine((s) => s === "" || isValidDateTime(s), { error: invalid, abort: true })
        .transform((s) => (s === "" ? null : s));
    case "yesno":
      return text
        .refine((s) => field.optional || present(s), { error: required, abort: true })
        .refine((s) => s === "" || s === "yes" || s === "no", { error: invalid })
        .transform((s) => (s === "" ? null : s === "yes"));
    case "choice": {
      const allowed = new Set((field.options ?? []).map((o) => o.value));
      return text
        .refine((s) => field.optional || present(s), { error: required, abort: true })
        .refine((s) => s === "" || allowed.has(s), { error: invalid })
        .transform((s) => (s === "" ? null : s));
    }
    case "multi": {
      const allowed = new Set((field.options ?? []).map((o) => o.value));
      return z
        .array(z.string(), { error: invalid })
        .refine((a) => a.every((v) => allowed.has(v)), { error: invalid })
        .refine((a) => field.optional || a.length > 0, { error: required });
    }
  }
}

/** The Zod schema of a form in its current state (visible fields only). */
export function buildFormSchema(def: DeclarationFormDef, raw: RawValues, ctx: FormContext, locale: Locale) {
  const shape: Record<string, z.ZodType<unknown>> = {};
  for (const field of visibleFields(def, raw, ctx)) shape[field.name] = fieldSchema(field, ctx, locale);
  return z.object(shape);
}

export type ParseResult =
  | { ok: true; values: Values; input: DeclarationInput }
  | { ok: false; fieldErrors: Record<string, string>; values?: Values };

/** Normalises raw input: strings for single fields, string lists for "multi" fields; drops anything unknown. */
export function normaliseRaw(def: DeclarationFormDef, raw: RawValues, ctx: FormContext): RawValues {
  const out: RawValues = {};
  for (const field of def.fields(ctx)) {
    const v = raw[field.name];
    if (field.kind === "multi") {
      // Only known options are kept: nothing else from the browser is stored.
      const allowed = new Set((field.options ?? []).map((o) => o.value));
      out[field.name] = (Array.isArray(v) ? v.map(String) : v ? [String(v)] : []).filter((x) => allowed.has(x));
    } else if (
      (field.kind === "date" || field.kind === "datetime") &&
      [`${field.name}-day`, `${field.name}-month`, `${field.name}-year`].some((k) => typeof raw[k] === "string")
    ) {
      // The GOV.UK date input sends three fields (four with the time); the raw value keeps them as one (lib/input/date.ts).
      const part = (p: string) => String(raw[`${field.name}-${p}`] ?? "").slice(0, 10);
      const parts = { day: part("day"), month: part("month"), year: part("year") };
      out[field.name] = storableText(
        field.kind === "datetime" ? joinDateTimeParts(parts, part("time")) : joinDateParts(parts),
      );
    } else {
      // Stored drafts are bounded: a little over the field's limit, so the "too long" message can still show.
      const limit = (field.maxLength ?? (field.kind === "textarea" ? MAX_TEXTAREA : MAX_TEXT)) + 100;
      // Only storable text: PostgreSQL refuses NUL characters and lone surrogates in jsonb, and the data layer
      // stores exactly this (not only the server action cleans it first: saveDraft has other callers). After
      // the cut, which can split an emoji's surrogate pair.
      out[field.name] = storableText(
        (Array.isArray(v) ? String(v[0] ?? "") : v === undefined ? "" : String(v)).slice(0, limit),
      );
    }
  }
  return out;
}

/**
 * Validates a form completely: field by field with the specific messages, then the rule module's own
 * checks across fields (date order, ...) mapped back onto the form's fields.
 */
export function parseDeclarationForm(
  def: DeclarationFormDef,
  rawInput: RawValues,
  ctx: FormContext,
  locale: Locale,
  parseRuleInput: (input: unknown) => DeclarationInput,
): ParseResult {
  const raw = normaliseRaw(def, rawInput, ctx);
  const result = buildFormSchema(def, raw, ctx, locale).safeParse(raw);
  if (!result.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? "");
      if (key && !fieldErrors[key]) fieldErrors[key] = issue.message;
    }
    return { ok: false, fieldErrors };
  }
  const values = result.data as Values;
  try {
    const input = parseRuleInput(def.toRuleInput(values, ctx));
    return { ok: true, values, input };
  } catch (error) {
    const e = error as { field?: string; message?: unknown };
    const text = e.message && typeof e.message === "object" ? (e.message as L)[locale] : undefined;
    const ruleField = String(e.field ?? "").replace(/^declaration\./, "");
    const mapping = def.ruleFieldToFormField;
    const mapped = typeof mapping === "function" ? mapping(ruleField, values) : mapping?.[ruleField];
    const formField =
      mapped ??
      visibleFields(def, raw, ctx).find((f) => f.name === ruleField || ruleField.startsWith(`${f.name}.`))?.name ??
      visibleFields(def, raw, ctx)[0]?.name ??
      "form";
    return { ok: false, fieldErrors: { [formField]: text ?? GENERIC_INVALID.text[locale] }, values };
  }
}

export { str as rawString };
