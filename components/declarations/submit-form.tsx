"use client";
import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { actionFormProps } from "@/components/ui/submit-without-reset";
import { Field } from "@/components/ui/field";
import { ActionAlert } from "@/components/ui/form-alert";
import { SendStatement } from "@/components/ui/send-statement";
import { MAX_TEXTAREA } from "@/lib/declarations/form-model";

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  id: string;
  version: number;
  submissionKey: string;
  askAnswer: boolean;
  labels: {
    submit: string;
    answerLabel: string;
    answerHint: string;
    errorSummaryTitle: string;
    errorTitlePrefix: string;
    declaration: string;
    declarationText: string;
  };
}

/** The final step: send the declaration. The submission key makes a double click create one declaration. */
export function SubmitForm({ action, id, version, submissionKey, askAnswer, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const fieldErrors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const answerError = fieldErrors.answer;
  const previousAnswer = state.status === "error" ? (state.values?.answer as string | undefined) : undefined;
  return (
    <form {...actionFormProps(formAction)} className="space-y-4">
      <ErrorSummary
        title={labels.errorSummaryTitle}
        titlePrefix={labels.errorTitlePrefix}
        errors={answerError ? [{ field: "answer", message: answerError }] : []}
        focusTrigger={state}
      />
      {state.status === "error" ? <ActionAlert state={state} /> : null}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="submissionKey" value={submissionKey} />
      {askAnswer ? (
        <Field
          id="field-answer"
          name="answer"
          label={labels.answerLabel}
          hint={labels.answerHint}
          error={answerError}
          maxLength={MAX_TEXTAREA}
          className="mb-0"
        >
          {(c) => (
            <textarea
              {...c}
              name="answer"
              rows={4}
              defaultValue={previousAnswer}
              className={`mt-1 block w-full max-w-xl rounded border-2 px-3 py-2 ${answerError ? "border-error" : "border-neutral-700"}`}
            />
          )}
        </Field>
      ) : null}
      <SendStatement
        title={labels.declaration}
        statement={labels.declarationText}
        submit={labels.submit}
        pending={pending}
      />
    </form>
  );
}
