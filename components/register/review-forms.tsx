"use client";
import { useActionState, useState } from "react";
import { IDLE, type ActionState } from "@/lib/declarations/action-state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

type Action = (s: ActionState, f: FormData) => Promise<ActionState>;

interface Common { errorSummaryTitle: string; errorTitlePrefix: string }

function useForm(action: Action, initial: Record<string, string>) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [values, setValues] = useState<Record<string, string>>(initial);
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};
  const control = (name: string) => ({
    id: `field-${name}`,
    name,
    value: values[name] ?? "",
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [name]: e.target.value })),
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": [errors[name] ? `field-${name}-error` : "", `field-${name}-hint`].filter(Boolean).join(" ") || undefined,
    className: `mt-1 block w-full rounded border-2 px-2 py-2 ${errors[name] ? "border-error" : "border-neutral-700"}`,
  });
  const error = (name: string) => (errors[name] ? <p id={`field-${name}-error`} className="font-bold text-error">{errors[name]}</p> : null);
  return { state, formAction, pending, errors, control, error };
}

function Feedback({ state }: { state: ActionState }) {
  if (state.status === "error" && state.message) return <p role="alert" className="font-bold text-error">{state.message}</p>;
  if (state.status === "success" && state.message) return <p role="status" className="border-l-4 border-ok bg-green-50 p-3">{state.message}</p>;
  return null;
}

/** HR edits the public wording of a pending entry. */
export function WordingForm({ action, entry, showConditions, labels }: {
  action: Action;
  entry: { id: string; version: number; functionTitle: string; sideJob: string; sideJobOrganisation: string; conditions: string | null };
  showConditions: boolean;
  labels: Common & { functionTitle: string; sideJob: string; sideJobHint: string; sideJobOrganisation: string; conditions: string; conditionsHint: string; save: string };
}) {
  const f = useForm(action, { functionTitle: entry.functionTitle, sideJob: entry.sideJob, sideJobOrganisation: entry.sideJobOrganisation, conditions: entry.conditions ?? "" });
  const version = f.state.version ?? entry.version;
  const order = ["functionTitle", "sideJob", "sideJobOrganisation", "conditions"];
  return (
    <form action={f.formAction} onSubmit={(e) => submitWithoutReset(e, f.formAction)} noValidate className="space-y-4">
      <ErrorSummary title={labels.errorSummaryTitle} titlePrefix={labels.errorTitlePrefix} errors={order.filter((n) => f.errors[n]).map((n) => ({ field: n, message: f.errors[n]! }))} focusTrigger={f.state} />
      <Feedback state={f.state} />
      <input type="hidden" name="id" value={entry.id} />
      <input type="hidden" name="version" value={version} />
      <div>
        <label htmlFor="field-functionTitle" className="font-bold">{labels.functionTitle}</label>
        {f.error("functionTitle")}
        <input type="text" maxLength={200} {...f.control("functionTitle")} aria-describedby={f.errors.functionTitle ? "field-functionTitle-error" : undefined} />
      </div>
      <div>
        <label htmlFor="field-sideJob" className="font-bold">{labels.sideJob}</label>
        <p id="field-sideJob-hint" className="text-neutral-700">{labels.sideJobHint}</p>
        {f.error("sideJob")}
        <textarea rows={3} maxLength={500} {...f.control("sideJob")} />
      </div>
      <div>
        <label htmlFor="field-sideJobOrganisation" className="font-bold">{labels.sideJobOrganisation}</label>
        {f.error("sideJobOrganisation")}
        <input type="text" maxLength={200} {...f.control("sideJobOrganisation")} aria-describedby={f.errors.sideJobOrganisation ? "field-sideJobOrganisation-error" : undefined} />
      </div>
      {showConditions ? (
        <div>
          <label htmlFor="field-conditions" className="font-bold">{labels.conditions}</label>
          <p id="field-conditions-hint" className="text-neutral-700">{labels.conditionsHint}</p>
          {f.error("conditions")}
          <textarea rows={3} maxLength={2000} {...f.control("conditions")} />
        </div>
      ) : null}
      <button type="submit" disabled={f.pending} className="rounded border-2 border-brand px-4 py-2 font-bold text-brand hover:bg-neutral-100 disabled:opacity-60">{labels.save}</button>
    </form>
  );
}

/** Publishes (or takes off) an entry: one button, the version it was reviewed at. */
export function PublishForm({ action, id, version, labels }: { action: Action; id: string; version: number; labels: { publish: string } }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} onSubmit={(e) => submitWithoutReset(e, formAction)} className="space-y-3">
      <Feedback state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60">{labels.publish}</button>
    </form>
  );
}

/** Takes an entry off the register, with a reason. */
export function RemoveForm({ action, id, version, labels }: { action: Action; id: string; version: number; labels: Common & { reason: string; reasonHint: string; remove: string } }) {
  const f = useForm(action, { reason: "" });
  return (
    <form action={f.formAction} onSubmit={(e) => submitWithoutReset(e, f.formAction)} noValidate className="space-y-3">
      <ErrorSummary title={labels.errorSummaryTitle} titlePrefix={labels.errorTitlePrefix} errors={f.errors.reason ? [{ field: "reason", message: f.errors.reason }] : []} focusTrigger={f.state} />
      <Feedback state={f.state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div>
        <label htmlFor="field-reason" className="font-bold">{labels.reason}</label>
        <p id="field-reason-hint" className="text-neutral-700">{labels.reasonHint}</p>
        {f.error("reason")}
        <textarea rows={2} maxLength={1000} {...f.control("reason")} />
      </div>
      <button type="submit" disabled={f.pending} className="rounded border-2 border-error px-4 py-2 font-bold text-error hover:bg-neutral-100 disabled:opacity-60">{labels.remove}</button>
    </form>
  );
}
