"use client";
// The GOV.UK date input: day, month and year as three fields in one fieldset (issue 19 item 6, decision 051), and
// for a moment in time a fourth field for the time. The browser's date picker showed "mm/dd/yyyy" on the Dutch page.
// The fields post as <name>-day, <name>-month, <name>-year (and <name>-time); lib/actions/form-action.ts and
// lib/declarations/form-model.ts join them into the field's one raw value.
import { useState, type ReactNode } from "react";
import {
  datePartLabel,
  joinDateParts,
  joinDateTimeParts,
  splitDateTimeParts,
  type DatePart,
  type DateParts,
} from "@/lib/input";
import type { Locale } from "@/lib/declarations/form-model";
import { Field } from "@/components/ui/field";

type Part = DatePart | "time";

interface InputProps {
  /** The first field's id (the error summary links to it); the others add -month, -year and -time. */
  id: string;
  name: string;
  value: string;
  locale: Locale;
  invalid: boolean;
  /** A moment in time: a time field after the year ("14:30"). */
  withTime?: boolean;
  onChange: (value: string) => void;
}

const WIDTH: Record<Part, string> = { day: "w-16", month: "w-16", year: "w-24", time: "w-24" };

/** The day, month and year fields (and the time), without their fieldset: DateField wraps them. */
export function DateInput({ id, name, value, locale, invalid, withTime = false, onChange }: InputProps) {
  // What was typed stays as typed ("05" stays "05"); the joined value goes to the form.
  const [typed, setTyped] = useState<DateParts & { time: string }>(() => {
    const { parts, time } = splitDateTimeParts(value);
    return { ...parts, time };
  });
  const fields: Part[] = withTime ? ["day", "month", "year", "time"] : ["day", "month", "year"];
  return (
    <div className="mt-2 flex flex-wrap gap-4">
      {fields.map((part) => {
        const partId = part === "day" ? id : `${id}-${part}`;
        return (
          <div key={part}>
            <label htmlFor={partId} className="block">
              {datePartLabel(part, locale)}
            </label>
            <input
              id={partId}
              name={`${name}-${part}`}
              type="text"
              inputMode={part === "time" ? "text" : "numeric"}
              autoComplete="off"
              spellCheck={false}
              value={typed[part]}
              aria-invalid={invalid ? true : undefined}
              onChange={(e) => {
                const next = { ...typed, [part]: e.target.value };
                setTyped(next);
                onChange(withTime ? joinDateTimeParts(next, next.time) : joinDateParts(next));
              }}
              className={`mt-1 block ${WIDTH[part]} rounded border-2 px-3 py-2 text-base ${invalid ? "border-error" : "border-neutral-700"} focus:border-brand-dark`}
            />
          </div>
        );
      })}
    </div>
  );
}

interface FieldProps extends Omit<InputProps, "invalid"> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** The Field look: a question on a declaration form, or a field in a short form. */
  look?: "form" | "plain";
}

/** A date (or date and time) question: a fieldset whose legend is the question, with hint and error (components/ui/field). */
export function DateField({ label, hint, error, look = "form", ...input }: FieldProps) {
  return (
    <Field id={input.id} name={input.name} group label={label} hint={hint} error={error} look={look}>
      {() => <DateInput {...input} invalid={!!error} />}
    </Field>
  );
}
