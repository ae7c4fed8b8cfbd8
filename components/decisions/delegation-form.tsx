"use client";
import { useActionState, useState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

interface Labels { deputy: string; choose: string; startsOn: string; endsOn: string; add: string; errorSummaryTitle: string; errorTitlePrefix: string }

/** Names a deputy for a period. */
export function DelegationForm({ action, candidates, labels }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; candidates: { id: string; name: string; functionTitle: string }[]; labels: Labels }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [values, setValues] = useState<Record<string, string>>({});
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};
  const order = ["deputyId", "startsOn", "endsOn"];
  const control = (name: string) => ({
    id: `field-${name}`,
    name,
    value: values[name] ?? "",
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues((v) => ({ ...v, [name]: e.target.value })),
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `field-${name}-error` : undefined,
    className: `mt-1 block max-w-full rounded border-2 px-2 py-2 ${errors[name] ? "border-error" : "border-neutral-700"}`,
  });
  const error = (name: string) => (errors[name] ? <p id={`field-${name}-error`} className="font-bold text-error">{errors[name]}</p> : null);
  return (
    <form action={formAction} onSubmit={(e) => submitWithoutReset(e, formAction)} noValidate className="space-y-4">
      <ErrorSummary title={labels.errorSummaryTitle} titlePrefix={labels.errorTitlePrefix} errors={order.filter((f) => errors[f]).map((f) => ({ field: f, message: errors[f]! }))} focusTrigger={state} />
      {state.status === "error" && state.message ? <p role="alert" className="font-bold text-error">{state.message}</p> : null}
      {state.status === "success" && state.message ? <p role="status" className="border-l-4 border-ok bg-green-50 p-3">{state.message}</p> : null}
      <div>
        <label htmlFor="field-deputyId" className="font-bold">{labels.deputy}</label>
        {error("deputyId")}
        <select {...control("deputyId")}>
          <option value="">{labels.choose}</option>
          {candidates.map((c) => <option key={c.id} value={c.id}>{c.name} ({c.functionTitle})</option>)}
        </select>
      </div>
      <div className="flex flex-wrap gap-6">
        <div>
          <label htmlFor="field-startsOn" className="font-bold">{labels.startsOn}</label>
          {error("startsOn")}
          <input type="date" {...control("startsOn")} />
        </div>
        <div>
          <label htmlFor="field-endsOn" className="font-bold">{labels.endsOn}</label>
          {error("endsOn")}
          <input type="date" {...control("endsOn")} />
        </div>
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60">{labels.add}</button>
    </form>
  );
}
