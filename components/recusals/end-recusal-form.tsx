"use client";
import { useActionState, useState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/state";
import { actionFormProps } from "@/components/ui/submit-without-reset";
import { Field } from "@/components/ui/field";
import { ActionAlert, FormAlert } from "@/components/ui/form-alert";
import { Button } from "@/components/ui/button";
import { MAX_END_REASON } from "@/lib/recusals/schemas";

export interface EndRecusalLabels {
  summary: string;
  reason: string;
  reasonHint: string;
  submit: string;
  consequence: string;
}

/** Ends one recusal early: the reason is asked on the page (no browser dialog), with the consequence spelled out. */
export function EndRecusalForm({
  action,
  id,
  version,
  labels,
}: {
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
  id: string;
  version: number;
  labels: EndRecusalLabels;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [reason, setReason] = useState("");
  if (state.status === "success")
    return (
      <FormAlert tone="success" testId="recusal-ended">
        {state.message}
      </FormAlert>
    );
  const fieldError = state.status === "error" ? state.fieldErrors?.reason : undefined;
  const field = `end-reason-${id}`;
  return (
    <details className="mt-2" open={state.status === "error"}>
      <summary className="cursor-pointer font-semibold text-brand underline">{labels.summary}</summary>
      <form {...actionFormProps(formAction)} className="mt-2 space-y-2">
        {state.status === "error" ? <ActionAlert state={state} /> : null}
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <Field
          id={field}
          label={labels.reason}
          hint={labels.reasonHint}
          error={fieldError}
          maxLength={MAX_END_REASON}
          value={reason}
          look="plain"
        >
          {(c) => (
            <textarea
              {...c}
              name="reason"
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              className={`block w-full max-w-prose rounded border-2 px-2 py-2 ${fieldError ? "border-error" : "border-neutral-700"}`}
            />
          )}
        </Field>
        <p className="text-sm">{labels.consequence}</p>
        <Button variant="secondary" disabled={pending}>
          {labels.submit}
        </Button>
      </form>
    </details>
  );
}
