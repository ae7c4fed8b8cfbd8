"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

export interface RetentionFormField {
  /** Form field names (lib/privacy/schemas.ts monthsField / versionField). */
  monthsName: string;
  versionName: string;
  label: string;
  hint: string;
  months: number;
  version: number;
}

interface Labels { save: string; back: string; unit: string; errorSummaryTitle: string; errorTitlePrefix: string }

/** The retention periods of the organisation, all in one form; each carries the version it was shown with. */
export function RetentionForm({ action, fields, labels }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; fields: RetentionFormField[]; labels: Labels }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((f) => [f.monthsName, String(f.months)])));
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};
  return (
    <form action={formAction} onSubmit={(e) => submitWithoutReset(e, formAction)} noValidate className="space-y-6">
      <ErrorSummary
        title={labels.errorSummaryTitle}
        titlePrefix={labels.errorTitlePrefix}
        errors={fields.filter((f) => errors[f.monthsName]).map((f) => ({ field: f.monthsName, message: errors[f.monthsName]! }))}
        focusTrigger={state}
      />
      {state.status === "error" && state.message ? (
        <div role="alert" className="border-l-4 border-error bg-red-50 p-4" data-testid="form-message">{state.message}</div>
      ) : null}
      {fields.map((f) => {
        const id = `field-${f.monthsName}`;
        const error = errors[f.monthsName];
        return (
          <div key={f.monthsName} className={error ? "border-l-4 border-error pl-4" : ""}>
            <input type="hidden" name={f.versionName} value={f.version} />
            <label htmlFor={id} className="block text-lg font-bold">{f.label}</label>
            <p id={`${id}-hint`} className="text-neutral-700">{f.hint}</p>
            {error ? (
              <p id={`${id}-error`} className="font-bold text-error">
                <span className="sr-only">{labels.errorTitlePrefix}</span>
                {error}
              </p>
            ) : null}
            <div className="mt-1 flex items-center gap-2">
              <input
                id={id}
                name={f.monthsName}
                type="text"
                inputMode="numeric"
                spellCheck={false}
                autoComplete="off"
                value={values[f.monthsName] ?? ""}
                onChange={(e) => setValues((v) => ({ ...v, [f.monthsName]: e.target.value }))}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
                className={`w-24 rounded border-2 px-2 py-2 ${error ? "border-error" : "border-neutral-700"}`}
              />
              <span aria-hidden="true">{labels.unit}</span>
            </div>
          </div>
        );
      })}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60">
          {labels.save}
        </button>
        <Link href="/beheer/privacy">{labels.back}</Link>
      </div>
    </form>
  );
}
