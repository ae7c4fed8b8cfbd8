// Turns stored answers into readable text for the check-answers and detail pages.
import { formatDate, formatMoney } from "@/lib/format";
import { parseAmount, splitDateParts, hoursUnit } from "@/lib/input";
import {
  visibleFields,
  type DeclarationFormDef,
  type FieldDef,
  type FormContext,
  type Locale,
  type RawValues,
} from "./form-model";

export function formatAnswer(field: FieldDef, raw: RawValues, locale: Locale): string | null {
  const value = raw[field.name];
  if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return null;
  const label = (v: string) => field.options?.find((o) => o.value === v)?.label[locale] ?? v;
  switch (field.kind) {
    case "yesno":
      return value === "yes"
        ? locale === "nl"
          ? "Ja"
          : "Yes"
        : value === "no"
          ? locale === "nl"
            ? "Nee"
            : "No"
          : String(value);
    case "choice":
      return label(String(value));
    case "multi":
      return (Array.isArray(value) ? value : [value]).map(label).join("; ");
    case "money": {
      const parsed = parseAmount(String(value), Number.MAX_SAFE_INTEGER);
      return parsed.ok ? formatMoney(parsed.cents, locale) : String(value);
    }
    case "hours":
      return `${String(value)} ${hoursUnit(locale)}`;
    case "date": {
      if (/^\d{4}-\d{2}-\d{2}$/.test(String(value))) return formatDate(String(value), locale);
      const p = splitDateParts(String(value));
      return [p.day, p.month, p.year].join(" ");
    }
    case "datetime": {
      const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(String(value));
      return m ? `${formatDate(m[1]!, locale)}, ${m[2]}` : String(value);
    }
    default:
      return String(value);
  }
}

export interface AnswerRow {
  name: string;
  label: string;
  value: string | null;
}

export function answerRows(def: DeclarationFormDef, raw: RawValues, ctx: FormContext, locale: Locale): AnswerRow[] {
  return visibleFields(def, raw, ctx).map((f) => ({
    name: f.name,
    label: f.label[locale],
    value: formatAnswer(f, raw, locale),
  }));
}

/**
 * Every stored answer, for the subject-access report: the questions as the declaration page shows them
 * (answerRows), then answers that are stored but not shown today (a question hidden by another answer, or one the
 * form no longer asks), so the report leaves nothing of the stored answers out.
 */
export function storedAnswerRows(
  def: DeclarationFormDef,
  raw: Record<string, unknown>,
  ctx: FormContext,
  locale: Locale,
): AnswerRow[] {
  const values = raw as RawValues;
  const rows = answerRows(def, values, ctx, locale);
  const shown = new Set(rows.map((r) => r.name));
  const asked = new Map(def.fields(ctx).map((f) => [f.name, f]));
  for (const [name, value] of Object.entries(raw)) {
    if (shown.has(name) || value === undefined || value === null || value === "") continue;
    const field = asked.get(name);
    rows.push(
      field
        ? { name, label: field.label[locale], value: formatAnswer(field, values, locale) }
        : { name, label: name, value: typeof value === "string" ? value : JSON.stringify(value) },
    );
  }
  return rows;
}
