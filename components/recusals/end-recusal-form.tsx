"use client";
import { useActionState, useState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/state";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

export interface EndRecusalLabels { summary: string; reason: string; reasonHint: string; submit: string; consequence: string }

/** Ends one recusal early: the reason is asked on the page (no browser dialog), with the consequence spelled out. */
export function EndRecusalForm({ action, id, version, labels }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; id: string; version: number; labels: EndRecusalLabels }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [reason, setReason] = useState("");
  if (state.status === "success") return <p role="status" className="border-l-4 border-ok bg-green-50 p-3" data-testid="recusal-ended">{state.message}</p>;
  const fieldError = state.status === "error" ? state.fieldErrors?.reason : undefined;
  const field = `end-reason-${id}`;
  return (
    <details className="mt-2" open={state.status === "error"}>
      <summary className="cursor-pointer font-semibold text-brand underline">{labels.summary}</summary>
      <form action={formAction} onSubmit={(e) => submitWithoutReset(e, formAction)} noValidate className="mt-2 space-y-2">
        {state.status === "error" && state.message ? <p role="alert" className="font-bold text-error">{state.message}</p> : null}
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <label htmlFor={field} className="block font-bold">{labels.reason}</label>
        <p id={`${field}-hint`} className="text-sm text-neutral-700">{labels.reasonHint}</p>
        {fieldError ? <p id={`${field}-error`} className="font-bold text-error">{fieldError}</p> : null}
        <textarea
          id={field}
          name="reason"
          rows={2}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={`${field}-hint${fieldError ? ` ${field}-error` : ""}`}
          className={`block w-full max-w-prose rounded border-2 px-2 py-2 ${fieldError ? "border-error" : "border-neutral-700"}`}
        />
        <p className="text-sm">{labels.consequence}</p>
        <button type="submit" disabled={pending} className="rounded border-2 border-brand px-4 py-2 font-bold text-brand hover:bg-neutral-100 disabled:opacity-60">
          {labels.submit}
        </button>
      </form>
    </details>
  );
}
