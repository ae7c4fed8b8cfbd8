"use client";
import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  id: string;
  version: number;
  submissionKey: string;
  askAnswer: boolean;
  labels: { submit: string; answerLabel: string; answerHint: string; errorSummaryTitle: string; errorTitlePrefix: string; declaration: string; declarationText: string };
}

/** The final step: send the declaration. The submission key makes a double click create one declaration. */
export function SubmitForm({ action, id, version, submissionKey, askAnswer, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const fieldErrors = state.status === "error" ? state.fieldErrors ?? {} : {};
  const answerError = fieldErrors.answer;
  const previousAnswer = state.status === "error" ? (state.values?.answer as string | undefined) : undefined;
  return (
    <form action={formAction} onSubmit={(e) => submitWithoutReset(e, formAction)} noValidate className="space-y-4">
      <ErrorSummary
        title={labels.errorSummaryTitle}
        titlePrefix={labels.errorTitlePrefix}
        errors={answerError ? [{ field: "answer", message: answerError }] : []}
        focusTrigger={state}
      />
      {state.status === "error" && state.message ? (
        <div role="alert" className="border-l-4 border-error bg-red-50 p-4" data-testid="form-message">{state.message}</div>
      ) : null}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="submissionKey" value={submissionKey} />
      {askAnswer ? (
        <div className={answerError ? "border-l-4 border-error pl-4" : ""}>
          <label htmlFor="field-answer" className="block text-lg font-bold">{labels.answerLabel}</label>
          <p id="field-answer-hint" className="text-neutral-700">{labels.answerHint}</p>
          {answerError ? (
            <p id="field-answer-error" className="font-bold text-error">
              <span className="sr-only">{labels.errorTitlePrefix}</span>
              {answerError}
            </p>
          ) : null}
          <textarea
            id="field-answer"
            name="answer"
            rows={4}
            defaultValue={previousAnswer}
            aria-invalid={answerError ? true : undefined}
            aria-describedby={answerError ? "field-answer-hint field-answer-error" : "field-answer-hint"}
            className={`mt-1 block w-full max-w-xl rounded border-2 px-3 py-2 ${answerError ? "border-error" : "border-neutral-700"}`}
          />
        </div>
      ) : null}
      <div>
        <h2 className="text-xl font-bold">{labels.declaration}</h2>
        <p className="mt-1">{labels.declarationText}</p>
      </div>
      <button type="submit" disabled={pending} className="rounded bg-ok px-5 py-3 text-lg font-bold text-white hover:bg-green-900 disabled:opacity-60">
        {labels.submit}
      </button>
    </form>
  );
}
