"use client";
import { useActionState, useState } from "react";
import type { PolicyFormState } from "@/lib/policy/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

export interface PolicyFormLabels {
  errorSummaryTitle: string;
  errorTitlePrefix: string;
  optionalNote: string;
  parameters: Record<string, { label: string; hint: string }>;
  handInYes: string;
  effectiveFrom: string;
  effectiveFromHint: string;
  reason: string;
  reasonHint: string;
  check: string;
  checkTitle: string;
  checkLead: string;
  colParameter: string;
  colNow: string;
  colProposed: string;
  changed: string;
  confirm: string;
  change: string;
  effectiveFromSummary: string;
  reasonSummary: string;
  simulate: string;
}

const ORDER = ["giftCapEuros", "giftAlwaysHandIn", "tripExtensionMaxHours", "rehireCoolingMonths", "sideJobPublicationMinScale", "effectiveFrom", "reason"];

/** A new policy setting: fill in, check (what changes, in words), confirm. */
export function PolicyForm({ action, initial, labels, simulatorHref }: { action: (s: PolicyFormState, f: FormData) => Promise<PolicyFormState>; initial: Record<string, string>; labels: PolicyFormLabels; simulatorHref: string }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as PolicyFormState);
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [editing, setEditing] = useState(true);
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};
  const showCheck = state.status === "check" && !editing;
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const input = (name: string, extra: Record<string, unknown> = {}) => ({
    id: `field-${name}`,
    name,
    value: values[name] ?? "",
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(name, e.target.value),
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": [`field-${name}-hint`, errors[name] ? `field-${name}-error` : ""].filter(Boolean).join(" "),
    className: `mt-1 block rounded border-2 px-2 py-2 ${errors[name] ? "border-error" : "border-neutral-700"}`,
    ...extra,
  });
  const error = (name: string) => (errors[name] ? <p id={`field-${name}-error`} className="font-bold text-error">{errors[name]}</p> : null);
  const simulateParams = new URLSearchParams(Object.entries(values).filter(([k, v]) => v && ORDER.slice(0, 5).includes(k))).toString();

  if (showCheck && state.status === "check") {
    return (
      <form action={formAction} onSubmit={(e) => submitWithoutReset(e, formAction)} className="space-y-4" data-testid="policy-check">
        <h3 className="text-xl font-bold" tabIndex={-1}>{labels.checkTitle}</h3>
        <p>{labels.checkLead}</p>
        <div role="region" aria-label={labels.checkTitle} tabIndex={0} className="relative overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{labels.checkTitle}</caption>
            <thead>
              <tr className="border-b-2 border-neutral-800">
                <th scope="col" className="py-2 pr-4">{labels.colParameter}</th>
                <th scope="col" className="py-2 pr-4">{labels.colNow}</th>
                <th scope="col" className="py-2 pr-4">{labels.colProposed}</th>
              </tr>
            </thead>
            <tbody>
              {state.rows.map((r) => (
                <tr key={r.label} className={`border-b border-neutral-300 ${r.changed ? "bg-amber-50" : ""}`}>
                  <th scope="row" className="py-2 pr-4 font-normal">{r.label}</th>
                  <td className="py-2 pr-4">{r.now}</td>
                  <td className="py-2 pr-4">{r.proposed}{r.changed ? <strong className="ml-2">({labels.changed})</strong> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <dl className="space-y-1">
          <div><dt className="inline font-bold">{labels.effectiveFromSummary}: </dt><dd className="inline">{state.effectiveFrom}</dd></div>
          <div><dt className="inline font-bold">{labels.reasonSummary}: </dt><dd className="inline whitespace-pre-line">{state.reason}</dd></div>
        </dl>
        {Object.entries(state.values).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
        <div className="flex flex-wrap gap-4">
          <button type="submit" name="_intent" value="save" disabled={pending} className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60">{labels.confirm}</button>
          <button type="button" onClick={() => setEditing(true)} className="rounded border-2 border-brand px-4 py-2 font-bold text-brand hover:bg-neutral-100">{labels.change}</button>
        </div>
      </form>
    );
  }

  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        setEditing(false);
        submitWithoutReset(e, formAction);
      }}
      noValidate
      className="space-y-5"
    >
      <ErrorSummary title={labels.errorSummaryTitle} titlePrefix={labels.errorTitlePrefix} errors={ORDER.filter((f) => errors[f]).map((f) => ({ field: f, message: errors[f]! }))} focusTrigger={state} />
      {state.status === "error" && state.message ? <p role="alert" className="font-bold text-error">{state.message}</p> : null}
      <input type="hidden" name="basedOn" value={values.basedOn ?? "none"} />
      <p>{labels.optionalNote}</p>
      {(["giftCapEuros", "tripExtensionMaxHours", "rehireCoolingMonths", "sideJobPublicationMinScale"] as const).map((name) => (
        <div key={name}>
          <label htmlFor={`field-${name}`} className="font-bold">{labels.parameters[name]!.label}</label>
          <p id={`field-${name}-hint`} className="text-neutral-700">{labels.parameters[name]!.hint}</p>
          {error(name)}
          <input type="text" inputMode={name === "giftCapEuros" ? "decimal" : "numeric"} {...input(name, { className: `mt-1 block w-40 rounded border-2 px-2 py-2 ${errors[name] ? "border-error" : "border-neutral-700"}` })} />
        </div>
      ))}
      <div>
        <fieldset aria-describedby="field-giftAlwaysHandIn-hint">
          <legend className="font-bold">{labels.parameters.giftAlwaysHandIn!.label}</legend>
          <p id="field-giftAlwaysHandIn-hint" className="text-neutral-700">{labels.parameters.giftAlwaysHandIn!.hint}</p>
          {error("giftAlwaysHandIn")}
          <label className="mt-1 flex items-center gap-2">
            <input type="checkbox" id="field-giftAlwaysHandIn" name="giftAlwaysHandIn" value="yes" checked={values.giftAlwaysHandIn === "yes"} onChange={(e) => set("giftAlwaysHandIn", e.target.checked ? "yes" : "")} className="h-5 w-5" />
            {labels.handInYes}
          </label>
        </fieldset>
      </div>
      <div>
        <label htmlFor="field-effectiveFrom" className="font-bold">{labels.effectiveFrom}</label>
        <p id="field-effectiveFrom-hint" className="text-neutral-700">{labels.effectiveFromHint}</p>
        {error("effectiveFrom")}
        <input type="date" {...input("effectiveFrom")} />
      </div>
      <div>
        <label htmlFor="field-reason" className="font-bold">{labels.reason}</label>
        <p id="field-reason-hint" className="text-neutral-700">{labels.reasonHint}</p>
        {error("reason")}
        <textarea rows={3} maxLength={2000} {...input("reason", { className: `mt-1 block w-full rounded border-2 px-2 py-2 ${errors.reason ? "border-error" : "border-neutral-700"}` })} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" name="_intent" value="check" disabled={pending} className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60">{labels.check}</button>
        <a href={`${simulatorHref}${simulateParams ? `?${simulateParams}` : ""}`}>{labels.simulate}</a>
      </div>
    </form>
  );
}
