"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { actionFormProps } from "@/components/ui/submit-without-reset";
import { Field } from "@/components/ui/field";
import { ActionAlert } from "@/components/ui/form-alert";
import { Button } from "@/components/ui/button";

export interface RetentionFormField {
  /** Form field names (lib/privacy/schemas.ts monthsField / versionField). */
  monthsName: string;
  versionName: string;
  label: string;
  hint: string;
  months: number;
  version: number;
}

interface Labels {
  save: string;
  back: string;
  unit: string;
  errorSummaryTitle: string;
  errorTitlePrefix: string;
}

/** The retention periods of the organisation, all in one form; each carries the version it was shown with. */
export function RetentionForm({
  action,
  fields,
  labels,
}: {
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
  fields: RetentionFormField[];
  labels: Labels;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f.monthsName, String(f.months)])),
  );
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <form {...actionFormProps(formAction)} className="space-y-6">
      <ErrorSummary
        title={labels.errorSummaryTitle}
        titlePrefix={labels.errorTitlePrefix}
        errors={fields
          .filter((f) => errors[f.monthsName])
          .map((f) => ({ field: f.monthsName, message: errors[f.monthsName]! }))}
        focusTrigger={state}
      />
      {state.status === "error" ? <ActionAlert state={state} /> : null}
      {fields.map((f) => {
        const error = errors[f.monthsName];
        return (
          <Field
            key={f.monthsName}
            id={`field-${f.monthsName}`}
            label={f.label}
            hint={f.hint}
            error={error}
            className="mb-0"
          >
            {(c) => (
              <div className="mt-1 flex items-center gap-2">
                <input type="hidden" name={f.versionName} value={f.version} />
                <input
                  {...c}
                  name={f.monthsName}
                  type="text"
                  inputMode="numeric"
                  spellCheck={false}
                  autoComplete="off"
                  value={values[f.monthsName] ?? ""}
                  onChange={(e) => setValues((v) => ({ ...v, [f.monthsName]: e.target.value }))}
                  className={`w-24 rounded border-2 px-2 py-2 ${error ? "border-error" : "border-neutral-700"}`}
                />
                <span aria-hidden="true">{labels.unit}</span>
              </div>
            )}
          </Field>
        );
      })}
      <div className="flex flex-wrap items-center gap-4">
        <Button disabled={pending}>{labels.save}</Button>
        <Link href="/beheer/privacy">{labels.back}</Link>
      </div>
    </form>
  );
}
