"use client";
import { useActionState, useState } from "react";
import type { FieldDef, RawValues } from "@/lib/declarations/form-model";
import { IDLE, type ActionState } from "@/lib/actions/state";
import { isFinalDecision, isPermitted } from "@/lib/declarations/lifecycle";
import { ErrorSummary } from "@/components/ui/error-summary";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import { FieldInput } from "@/components/declarations/field-input";

interface Labels {
  kind: string;
  kinds: Record<string, string>;
  conditions: string;
  conditionsHint: string;
  reason: string;
  reasonRefused: string;
  reasonInfo: string;
  reasonEscalated: string;
  reasonHint: string;
  destination: string;
  destinations: Record<string, string>;
  handedInOn: string;
  reassessOn: string;
  reassessHint: string;
  submit: string;
  errorSummaryTitle: string;
  errorTitlePrefix: string;
  optional: string;
}

const same = (s: string) => ({ nl: s, en: s });

/** Decision 041: what the employee does not handle, and until when (private relationships, supplier contacts). */
export interface RecusalLabels { heading: string; hint: string; kind: string; kinds: Record<string, string>; subject: string; subjectHint: string; endsOn: string; endsOnHint: string }

/** The decision: approve, with conditions, refuse, ask for information, or escalate; gift destination; reassessment. */
export function DecisionForm({ action, id, version, type, kinds, locale, labels, recusal }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; id: string; version: number; type: string; kinds: string[]; locale: "nl" | "en"; labels: Labels; recusal?: RecusalLabels }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [values, setValues] = useState<RawValues>({});
  const kind = String(values.kind ?? "");
  const final = isFinalDecision(kind);
  const fields: FieldDef[] = [
    { name: "kind", kind: "choice", label: same(labels.kind), options: kinds.map((k) => ({ value: k, label: same(labels.kinds[k]!) })), requiredMessage: same("") },
    ...(kind === "APPROVED_WITH_CONDITIONS" ? [{ name: "conditions", kind: "textarea" as const, label: same(labels.conditions), hint: same(labels.conditionsHint), requiredMessage: same("") }] : []),
    {
      name: "reason",
      kind: "textarea",
      label: same(kind === "REFUSED" ? labels.reasonRefused : kind === "INFO_REQUESTED" ? labels.reasonInfo : kind === "ESCALATED" ? labels.reasonEscalated : labels.reason),
      hint: same(labels.reasonHint),
      optional: !(kind === "REFUSED" || kind === "INFO_REQUESTED" || kind === "ESCALATED"),
      requiredMessage: same(""),
    },
    ...(type === "gift" && final
      ? [
          { name: "giftDestination", kind: "choice" as const, optional: true, label: same(labels.destination), options: Object.entries(labels.destinations).map(([v, l]) => ({ value: v, label: same(l) })), requiredMessage: same("") },
          { name: "handedInOn", kind: "date" as const, optional: true, label: same(labels.handedInOn), requiredMessage: same("") },
        ]
      : []),
    ...(type === "side-job" && isPermitted(kind)
      ? [{ name: "reassessOn", kind: "date" as const, optional: true, label: same(labels.reassessOn), hint: same(labels.reassessHint), requiredMessage: same("") }]
      : []),
  ];
  const recusalFields: FieldDef[] =
    recusal && isPermitted(kind)
      ? [
          { name: "recusalKind", kind: "choice", optional: true, label: same(recusal.kind), options: Object.entries(recusal.kinds).map(([v, l]) => ({ value: v, label: same(l) })), requiredMessage: same("") },
          { name: "recusalSubject", kind: "text", optional: true, maxLength: 200, label: same(recusal.subject), hint: same(recusal.subjectHint), requiredMessage: same("") },
          { name: "recusalEndsOn", kind: "date", optional: true, label: same(recusal.endsOn), hint: same(recusal.endsOnHint), requiredMessage: same("") },
        ]
      : [];
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};
  return (
    <form action={formAction} onSubmit={(e) => submitWithoutReset(e, formAction)} noValidate>
      <ErrorSummary
        title={labels.errorSummaryTitle}
        titlePrefix={labels.errorTitlePrefix}
        errors={[...fields, ...recusalFields].filter((f) => errors[f.name]).map((f) => ({ field: f.name, message: errors[f.name]! }))}
        focusTrigger={state}
      />
      {state.status === "error" && state.message ? (
        <div role="alert" className="mb-6 border-l-4 border-error bg-red-50 p-4" data-testid="form-message">{state.message}</div>
      ) : null}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {fields.map((field) => (
        <FieldInput key={field.name} field={field} locale={locale} values={values} error={errors[field.name]} optionalLabel={labels.optional} onChange={(n, v) => setValues((x) => ({ ...x, [n]: v }))} />
      ))}
      {recusalFields.length > 0 && recusal ? (
        <fieldset className="mb-6 border-l-4 border-brand pl-4" data-testid="recusal-fields">
          <legend className="text-lg font-bold">{recusal.heading}</legend>
          <p className="mb-3 max-w-prose">{recusal.hint}</p>
          {recusalFields.map((field) => (
            <FieldInput key={field.name} field={field} locale={locale} values={values} error={errors[field.name]} optionalLabel={labels.optional} onChange={(n, v) => setValues((x) => ({ ...x, [n]: v }))} />
          ))}
        </fieldset>
      ) : null}
      <button type="submit" disabled={pending} className="rounded bg-brand px-5 py-3 text-lg font-bold text-white hover:bg-brand-dark disabled:opacity-60">
        {labels.submit}
      </button>
    </form>
  );
}
