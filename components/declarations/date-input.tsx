"use client";
// The GOV.UK date input: day, month and year as three fields in one fieldset (issue 19 item 6, decision 051).
// The browser's date picker showed "mm/dd/yyyy" on the Dutch page. The three fields post as <name>-day,
// <name>-month and <name>-year; lib/declarations/form-model.ts joins them into the field's one raw value.
import { useState } from "react";
import { datePartLabel, joinDateParts, splitDateParts, type DatePart, type DateParts } from "@/lib/input";
import type { Locale } from "@/lib/declarations/form-model";

interface Props {
  id: string;
  name: string;
  value: string;
  locale: Locale;
  invalid: boolean;
  describedBy?: string;
  /** The question, its hint and its error, as the other fields show them. */
  legend: React.ReactNode;
  hint: React.ReactNode;
  error: React.ReactNode;
  onChange: (value: string) => void;
}

const WIDTH: Record<DatePart, string> = { day: "w-16", month: "w-16", year: "w-24" };

export function DateInput({ id, name, value, locale, invalid, describedBy, legend, hint, error, onChange }: Props) {
  // What was typed stays as typed ("05" stays "05"); the joined value goes to the form.
  const [parts, setParts] = useState<DateParts>(() => splitDateParts(value));
  return (
    <fieldset aria-describedby={describedBy}>
      <legend className="text-lg font-bold">{legend}</legend>
      {hint}
      {error}
      <div className="mt-2 flex flex-wrap gap-4">
        {(["day", "month", "year"] as const).map((part) => {
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
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                value={parts[part]}
                aria-invalid={invalid ? true : undefined}
                onChange={(e) => {
                  const next = { ...parts, [part]: e.target.value };
                  setParts(next);
                  onChange(joinDateParts(next));
                }}
                className={`mt-1 block ${WIDTH[part]} rounded border-2 px-3 py-2 text-base ${invalid ? "border-error" : "border-neutral-700"} focus:border-brand-dark`}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
