"use client";
import { useActionState, useState } from "react";
import type { FieldDef, RawValues } from "@/lib/declarations/form-model";
import { IDLE, type ActionState } from "@/lib/actions/state";
import { isFinalDecision, isPermitted } from "@/lib/declarations/lifecycle";
import { ErrorSummary } from "@/components/ui/error-summary";
import { actionFormProps } from "@/components/ui/submit-without-reset";
import { FollowUpButton } from "@/components/ui/follow-up-button";
import { questionsOf } from "@/components/declarations/field-input";
import { Button } from "@/components/ui/button";

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
  /** Without JavaScript: the button that shows the questions that follow from the chosen decision. */
  showFollowUp: string;
  errorSummaryTitle: string;
  errorTitlePrefix: string;
  optional: string;
}

const same = (s: string) => ({ nl: s, en: s });

/** Decision 041: what the employee does not handle, and until when (private relationships, supplier contacts). */
export interface RecusalLabels {
  heading: string;
  hint: string;
  kind: string;
  kinds: Record<string, string>;
  subject: string;
  subjectHint: string;
  endsOn: string;
  endsOnHint: string;
}

/** Decision 052: the code's stance on this declaration and the texts of the confirmation step when deciding against it. */
export interface AgainstCodeLabels {
  stance: "not-permitted" | "permitted" | "open";
  reasonLabel: string;
  title: string;
  body: string;
  consequences: string;
  yourReason: string;
  submit: string;
  back: string;
}

const againstCode = (stance: AgainstCodeLabels["stance"] | undefined, kind: string) =>
  stance === "not-permitted"
    ? kind === "APPROVED" || kind === "APPROVED_WITH_CONDITIONS"
    : stance === "permitted"
      ? kind === "REFUSED"
      : false;

/** The decision: approve, with conditions, refuse, ask for information, or escalate; gift destination; reassessment. */
export function DecisionForm({
  action,
  id,
  version,
  type,
  kinds,
  locale,
  labels,
  recusal,
  code,
}: {
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
  id: string;
  version: number;
  type: string;
  kinds: string[];
  locale: "nl" | "en";
  labels: Labels;
  recusal?: RecusalLabels;
  code?: AgainstCodeLabels;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  // Without JavaScript every step is a round trip: the page comes back with what was typed (the state's values).
  const [values, setValues] = useState<RawValues>(() => (state.status !== "success" && state.values) || {});
  const [leftStep, setLeftStep] = useState<ActionState | null>(null);
  const kind = String(values.kind ?? "");
  const against = againstCode(code?.stance, kind);
  // The second step (decision 052): the server refused to write a decision against the code without confirmation.
  // It is its own form, with everything typed kept in hidden fields, so it works without JavaScript too.
  if (code && state.status === "error" && state.fieldErrors?.confirmAgainstCode && state.values && leftStep !== state) {
    const kept = Object.entries(state.values).filter(
      ([name, v]) => name !== "confirmAgainstCode" && name !== "id" && name !== "version" && typeof v === "string",
    );
    return (
      <form action={formAction} data-testid="confirm-against-code">
        <div className="border-l-8 border-amber-600 bg-amber-50 p-4">
          <h3 className="text-xl font-bold">{code.title}</h3>
          <p className="mt-2">{code.body}</p>
          <p className="mt-2">{code.consequences}</p>
          <h4 className="mt-3 font-bold">{code.yourReason}</h4>
          <p className="mt-1 whitespace-pre-line break-words" data-testid="confirm-reason">
            {String(state.values.reason ?? "")}
          </p>
        </div>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        {kept.map(([name, v]) => (
          <input key={name} type="hidden" name={name} value={v as string} />
        ))}
        <input type="hidden" name="confirmAgainstCode" value="yes" />
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <Button size="large" disabled={pending}>
            {code.submit}
          </Button>
          {/* Back to the form as typed: without JavaScript a round trip that decides nothing (_intent "update"). */}
          <button
            type="submit"
            name="_intent"
            value="update"
            className="text-brand underline hover:text-brand-dark"
            onClick={(e) => {
              e.preventDefault();
              setValues(Object.fromEntries(kept) as RawValues);
              setLeftStep(state);
            }}
          >
            {code.back}
          </button>
        </div>
      </form>
    );
  }
  const final = isFinalDecision(kind);
  const fields: FieldDef[] = [
    {
      name: "kind",
      kind: "choice",
      label: same(labels.kind),
      options: kinds.map((k) => ({ value: k, label: same(labels.kinds[k]!) })),
      requiredMessage: same(""),
    },
    ...(kind === "APPROVED_WITH_CONDITIONS"
      ? [
          {
            name: "conditions",
            kind: "textarea" as const,
            label: same(labels.conditions),
            hint: same(labels.conditionsHint),
            requiredMessage: same(""),
          },
        ]
      : []),
    {
      name: "reason",
      kind: "textarea",
      label: same(
        against && code
          ? code.reasonLabel
          : kind === "REFUSED"
            ? labels.reasonRefused
            : kind === "INFO_REQUESTED"
              ? labels.reasonInfo
              : kind === "ESCALATED"
                ? labels.reasonEscalated
                : labels.reason,
      ),
      hint: same(labels.reasonHint),
      optional: !(against || kind === "REFUSED" || kind === "INFO_REQUESTED" || kind === "ESCALATED"),
      requiredMessage: same(""),
    },
    ...(type === "gift" && final
      ? [
          {
            name: "giftDestination",
            kind: "choice" as const,
            optional: true,
            label: same(labels.destination),
            options: Object.entries(labels.destinations).map(([v, l]) => ({ value: v, label: same(l) })),
            requiredMessage: same(""),
          },
          {
            name: "handedInOn",
            kind: "date" as const,
            optional: true,
            label: same(labels.handedInOn),
            requiredMessage: same(""),
          },
        ]
      : []),
    ...(type === "side-job" && isPermitted(kind)
      ? [
          {
            name: "reassessOn",
            kind: "date" as const,
            optional: true,
            label: same(labels.reassessOn),
            hint: same(labels.reassessHint),
            requiredMessage: same(""),
          },
        ]
      : []),
  ];
  const recusalFields: FieldDef[] =
    recusal && isPermitted(kind)
      ? [
          {
            name: "recusalKind",
            kind: "choice",
            optional: true,
            label: same(recusal.kind),
            options: Object.entries(recusal.kinds).map(([v, l]) => ({ value: v, label: same(l) })),
            requiredMessage: same(""),
          },
          {
            name: "recusalSubject",
            kind: "text",
            optional: true,
            maxLength: 200,
            label: same(recusal.subject),
            hint: same(recusal.subjectHint),
            requiredMessage: same(""),
          },
          {
            name: "recusalEndsOn",
            kind: "date",
            optional: true,
            label: same(recusal.endsOn),
            hint: same(recusal.endsOnHint),
            requiredMessage: same(""),
          },
        ]
      : [];
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const question = questionsOf({ locale, values, errors, optionalLabel: labels.optional, setValues });
  return (
    <form {...actionFormProps(formAction)}>
      <ErrorSummary
        title={labels.errorSummaryTitle}
        titlePrefix={labels.errorTitlePrefix}
        errors={[...fields, ...recusalFields]
          .filter((f) => errors[f.name])
          .map((f) => ({ field: f.name, message: errors[f.name]! }))}
        focusTrigger={state}
      />
      {state.status === "error" && state.message ? (
        <div role="alert" className="mb-6 border-l-4 border-error bg-red-50 p-4" data-testid="form-message">
          {state.message}
        </div>
      ) : null}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {fields.map(question)}
      {/* Without JavaScript the questions that follow from the chosen decision come by a round trip. */}
      <FollowUpButton label={labels.showFollowUp} testId="update-kind" />
      {recusalFields.length > 0 && recusal ? (
        <fieldset className="mb-6 border-l-4 border-brand pl-4" data-testid="recusal-fields">
          <legend className="text-lg font-bold">{recusal.heading}</legend>
          <p className="mb-3 max-w-prose">{recusal.hint}</p>
          {recusalFields.map(question)}
        </fieldset>
      ) : null}
      <Button size="large" disabled={pending}>
        {labels.submit}
      </Button>
    </form>
  );
}
