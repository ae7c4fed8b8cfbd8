"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import type { FieldDef, RawValues } from "@/lib/declarations/form-model";
import { IDLE, type ActionState } from "@/lib/actions/state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { actionFormProps } from "@/components/ui/submit-without-reset";
import { questionsOf } from "@/components/declarations/field-input";
import { formatDate } from "@/lib/format";
import { FormAlert } from "@/components/ui/form-alert";
import { Button } from "@/components/ui/button";

type Action = (s: ActionState, f: FormData) => Promise<ActionState>;

interface Labels {
  title: string;
  titleHint: string;
  year: string;
  yearHint: string;
  dueOn: string;
  dueHint: string;
  continue: string;
  checkTitle: string;
  checkLead: string;
  change: string;
  submit: string;
  errorSummaryTitle: string;
  errorTitlePrefix: string;
  optional: string;
}

const same = (s: string) => ({ nl: s, en: s });
const ORDER = ["title", "year", "dueOn"] as const;

/**
 * Opening a campaign notifies everyone, so it has a check-your-answers step: "continue" validates on the
 * server and counts who will be asked (nothing is opened), then the summary with "change" links, then open.
 */
export function OpenCampaignForm({
  checkAction,
  openAction,
  years,
  locale,
  labels,
}: {
  checkAction: Action;
  openAction: Action;
  years: number[];
  locale: "nl" | "en";
  labels: Labels;
}) {
  const [checkState, check, checking] = useActionState(checkAction, IDLE);
  const [openState, open, opening] = useActionState(openAction, IDLE);
  const [values, setValues] = useState<RawValues>({});
  const [step, setStep] = useState<"edit" | "check">("edit");
  const [shown, setShown] = useState<ActionState>(IDLE);
  // The field a "change" link asked for: focused once the form is back (a ref, so focusing it renders nothing).
  const focusField = useRef<string | null>(null);
  const checkHeading = useRef<HTMLHeadingElement>(null);

  // A new answer from an action adjusts the state while rendering (React's "adjusting state when a prop
  // changes"), not in an effect that would render everything twice.
  const [seenCheck, setSeenCheck] = useState(checkState);
  if (checkState !== seenCheck) {
    setSeenCheck(checkState);
    if (checkState.status !== "idle") {
      setShown(checkState);
      if (checkState.status === "success") setStep("check");
    }
  }
  const [seenOpen, setSeenOpen] = useState(openState);
  if (openState !== seenOpen) {
    setSeenOpen(openState);
    if (openState.status === "error") {
      setShown(openState);
      // A field problem found at the last moment (e.g. someone took the year meanwhile): back to the form.
      if (openState.fieldErrors) setStep("edit");
    }
  }
  useEffect(() => {
    if (step === "check") checkHeading.current?.focus();
    if (step === "edit" && focusField.current) {
      document.getElementById(`field-${focusField.current}`)?.focus();
      focusField.current = null;
    }
  }, [step]);

  const fields: FieldDef[] = [
    { name: "title", kind: "text", label: same(labels.title), hint: same(labels.titleHint), requiredMessage: same("") },
    {
      name: "year",
      kind: "choice",
      label: same(labels.year),
      hint: same(labels.yearHint),
      options: years.map((y) => ({ value: String(y), label: same(String(y)) })),
      requiredMessage: same(""),
    },
    { name: "dueOn", kind: "date", label: same(labels.dueOn), hint: same(labels.dueHint), requiredMessage: same("") },
  ];
  const errors = shown.status === "error" ? (shown.fieldErrors ?? {}) : {};
  const message = shown.status === "error" ? shown.message : undefined;
  const hidden = ORDER.map((name) => <input key={name} type="hidden" name={name} value={String(values[name] ?? "")} />);

  if (step === "check") {
    const rows: [string, string, string][] = [
      ["title", labels.title, String(values.title ?? "")],
      ["year", labels.year, String(values.year ?? "")],
      ["dueOn", labels.dueOn, formatDate(String(values.dueOn ?? ""), locale)],
    ];
    return (
      <div className="space-y-6" data-testid="open-check">
        <h2 ref={checkHeading} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
          {labels.checkTitle}
        </h2>
        <p>{labels.checkLead}</p>
        <FormAlert testId="form-message">{message}</FormAlert>
        <dl className="divide-y divide-neutral-300 border-y border-neutral-300">
          {rows.map(([name, label, value]) => (
            <div key={name} className="grid gap-1 py-3 md:grid-cols-[1fr_1fr_auto] md:gap-4">
              <dt className="font-bold">{label}</dt>
              <dd className="break-words">{value}</dd>
              <dd>
                <button
                  type="button"
                  className="text-brand underline underline-offset-2 hover:text-brand-dark"
                  onClick={() => {
                    focusField.current = name;
                    setStep("edit");
                  }}
                >
                  {labels.change}
                  <span className="sr-only"> {label}</span>
                </button>
              </dd>
            </div>
          ))}
        </dl>
        {checkState.status === "success" && checkState.message ? (
          <p className="border-l-4 border-sky-700 bg-sky-50 p-4 font-semibold" data-testid="recipients">
            {checkState.message}
          </p>
        ) : null}
        <form {...actionFormProps(open)}>
          {hidden}
          <Button size="large" variant="ok" disabled={opening}>
            {labels.submit}
          </Button>
        </form>
      </div>
    );
  }

  return (
    <form {...actionFormProps(check)}>
      <ErrorSummary
        title={labels.errorSummaryTitle}
        titlePrefix={labels.errorTitlePrefix}
        errors={ORDER.filter((f) => errors[f]).map((f) => ({ field: f, message: errors[f]! }))}
        focusTrigger={shown}
      />
      <FormAlert testId="form-message" className="mb-6">
        {message}
      </FormAlert>
      {fields.map(questionsOf({ locale, values, errors, optionalLabel: labels.optional, setValues }))}
      <Button size="large" disabled={checking}>
        {labels.continue}
      </Button>
    </form>
  );
}
