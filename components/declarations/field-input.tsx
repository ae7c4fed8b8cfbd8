"use client";
import { MAX_TEXT, MAX_TEXTAREA, type FieldDef, type Locale, type RawValues } from "@/lib/declarations/form-model";
import { Field } from "@/components/ui/field";
import { amountUnderstood, hoursUnit, parseAmount } from "@/lib/input";
import { DateField } from "./date-input";

interface Props {
  field: FieldDef;
  locale: Locale;
  values: RawValues;
  error?: string;
  optionalLabel: string;
  /** A declaration form: text fields have the declaration schema's default limits (lib/declarations/form-model.ts). */
  defaultLimits?: boolean;
  onChange: (name: string, value: string | string[]) => void;
}

const inputClass = (error?: string) =>
  `mt-1 block w-full max-w-xl rounded border-2 px-3 py-2 text-base ${error ? "border-error" : "border-neutral-700"} focus:border-brand-dark`;

/** One declaration question in a Field (label, hint, inline error, aria wiring; a character count on text). */
export function FieldInput({ field, locale, values, error, optionalLabel, defaultLimits = false, onChange }: Props) {
  const id = `field-${field.name}`;
  const raw = values[field.name];
  const value = Array.isArray(raw) ? raw : (raw ?? "");
  const label = (
    <>
      {field.label[locale]}
      {field.optional && !/\(/.test(field.label[locale]) ? <span className="font-normal"> {optionalLabel}</span> : null}
    </>
  );
  const hint = field.hint?.[locale];

  if (field.kind === "date" || field.kind === "datetime") {
    // GOV.UK date input: a fieldset of day, month and year (and a time), wired like Field.
    return (
      <DateField
        id={id}
        name={field.name}
        value={String(value)}
        locale={locale}
        withTime={field.kind === "datetime"}
        label={label}
        hint={hint}
        error={error}
        onChange={(v) => onChange(field.name, v)}
      />
    );
  }

  if (field.kind === "choice" || field.kind === "yesno" || field.kind === "multi") {
    const multi = field.kind === "multi";
    const selected = new Set(Array.isArray(value) ? value : value ? [value] : []);
    const options = field.options ?? [];
    return (
      <Field id={id} name={field.name} label={label} hint={hint} error={error} group>
        {() => (
          <div className={`mt-2 ${field.kind === "yesno" ? "flex gap-6" : "space-y-2"}`}>
            {options.map((option, index) => {
              const optionId = index === 0 ? id : `${id}-${option.value}`;
              const optionHintId = option.hint ? `${optionId}-hint` : undefined;
              return (
                <div key={option.value} className="flex items-start gap-2">
                  <input
                    id={optionId}
                    type={multi ? "checkbox" : "radio"}
                    name={field.name}
                    value={option.value}
                    checked={selected.has(option.value)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={optionHintId}
                    onChange={(e) => {
                      if (!multi) return onChange(field.name, option.value);
                      const next = new Set(selected);
                      if (e.target.checked) next.add(option.value);
                      else next.delete(option.value);
                      onChange(
                        field.name,
                        options.map((o) => o.value).filter((v) => next.has(v)),
                      );
                    }}
                    className="mt-1 h-6 w-6 shrink-0 accent-brand"
                  />
                  <label htmlFor={optionId} className="cursor-pointer">
                    {option.label[locale]}
                    {option.hint ? (
                      <span id={optionHintId} className="block text-sm text-neutral-700">
                        {option.hint[locale]}
                      </span>
                    ) : null}
                  </label>
                </div>
              );
            })}
          </div>
        )}
      </Field>
    );
  }

  const amount = field.kind === "money" && typeof value === "string" ? parseAmount(value, field.maxCents) : null;
  const understoodId = amount?.ok ? `${id}-understood` : undefined;
  const text = field.kind === "text" || field.kind === "textarea";
  const limit = !text
    ? undefined
    : (field.maxLength ?? (defaultLimits ? (field.kind === "textarea" ? MAX_TEXTAREA : MAX_TEXT) : undefined));
  return (
    <Field
      id={id}
      name={field.name}
      label={label}
      hint={hint}
      error={error}
      maxLength={limit}
      countFrom={field.kind === "text" ? 0.75 : 0}
      value={typeof value === "string" ? value : undefined}
    >
      {(control) => {
        const common = {
          ...control,
          name: field.name,
          value: value as string,
          onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
            onChange(field.name, e.target.value),
        };
        return field.kind === "textarea" ? (
          <textarea {...common} rows={4} className={inputClass(error)} />
        ) : field.kind === "money" ? (
          // The amount as understood, beside the field: rendered on the server after a round trip, live while typing (decision 051).
          <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
            <div className="flex max-w-xs items-stretch">
              <span
                className="flex items-center rounded-l border-2 border-r-0 border-neutral-700 bg-neutral-100 px-3"
                aria-hidden="true"
              >
                €
              </span>
              <input
                {...common}
                aria-describedby={[control["aria-describedby"], understoodId].filter(Boolean).join(" ") || undefined}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                spellCheck={false}
                className={`${inputClass(error)} mt-0 rounded-l-none`}
              />
            </div>
            {amount?.ok ? (
              <p id={understoodId} data-testid={`${field.name}-understood`}>
                {amountUnderstood(amount.cents, locale)}
              </p>
            ) : null}
          </div>
        ) : field.kind === "hours" ? (
          <div className="mt-1 flex max-w-xs items-stretch">
            <input
              {...common}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              className={`block w-24 rounded-l border-2 px-3 py-2 text-base ${error ? "border-error" : "border-neutral-700"} focus:border-brand-dark`}
            />
            <span className="flex items-center whitespace-nowrap rounded-r border-2 border-l-0 border-neutral-700 bg-neutral-100 px-3">
              {hoursUnit(locale)}
            </span>
          </div>
        ) : (
          <input {...common} type="text" className={inputClass(error)} />
        );
      }}
    </Field>
  );
}

/** A form's questions kept in one values state: `question(field)` renders a FieldInput that writes back into it. */
export function questionsOf({
  locale,
  values,
  errors,
  optionalLabel,
  setValues,
}: {
  locale: Locale;
  values: RawValues;
  errors: Record<string, string>;
  optionalLabel: string;
  setValues: (update: (values: RawValues) => RawValues) => void;
}) {
  return function question(field: FieldDef) {
    return (
      <FieldInput
        key={field.name}
        field={field}
        locale={locale}
        values={values}
        error={errors[field.name]}
        optionalLabel={optionalLabel}
        onChange={(n, v) => setValues((x) => ({ ...x, [n]: v }))}
      />
    );
  };
}
