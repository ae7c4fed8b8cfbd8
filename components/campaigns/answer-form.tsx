"use client";
import { useActionState, useState } from "react";
import type { FieldDef, RawValues } from "@/lib/declarations/form-model";
import { IDLE, type ActionState } from "@/lib/actions/state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { actionFormProps } from "@/components/ui/submit-without-reset";
import { FieldInput } from "@/components/declarations/field-input";
import { ActionAlert } from "@/components/ui/form-alert";
import { SendStatement } from "@/components/ui/send-statement";

interface Labels {
  question: string;
  options: { value: string; label: string; hint: string }[];
  statementTitle: string;
  statement: string;
  submit: string;
  errorSummaryTitle: string;
  errorTitlePrefix: string;
  optional: string;
}

const same = (s: string) => ({ nl: s, en: s });

/** The answer to the campaign: one of two statements, then send. The current answer is preselected. */
export function AnswerForm({
  action,
  campaignId,
  current,
  locale,
  labels,
}: {
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
  campaignId: string;
  current: string | null;
  locale: "nl" | "en";
  labels: Labels;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [values, setValues] = useState<RawValues>({ answer: current ?? undefined });
  const field: FieldDef = {
    name: "answer",
    kind: "choice",
    label: same(labels.question),
    options: labels.options.map((o) => ({ value: o.value, label: same(o.label), hint: same(o.hint) })),
    requiredMessage: same(""),
  };
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <form {...actionFormProps(formAction)} className="space-y-4" data-testid="answer-form">
      <ErrorSummary
        title={labels.errorSummaryTitle}
        titlePrefix={labels.errorTitlePrefix}
        errors={errors.answer ? [{ field: "answer", message: errors.answer }] : []}
        focusTrigger={state}
      />
      {state.status === "error" ? <ActionAlert state={state} /> : null}
      <input type="hidden" name="campaignId" value={campaignId} />
      <FieldInput
        field={field}
        locale={locale}
        values={values}
        error={errors.answer}
        optionalLabel={labels.optional}
        onChange={(n, v) => setValues((x) => ({ ...x, [n]: v }))}
      />
      <SendStatement
        title={labels.statementTitle}
        statement={labels.statement}
        submit={labels.submit}
        pending={pending}
        level={3}
      />
    </form>
  );
}
