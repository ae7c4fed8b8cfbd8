"use client";
// The upload of an attachment (issue 16 item 1, decision 066): a plain multipart form with a file input (GOV.UK
// "file upload"), so it works without JavaScript; the server checks the content and answers a refusal with the
// check's own message in the error summary and at the field. Nothing is stored for a refusal.
import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { FileField } from "@/components/ui/file-field";
import { Button } from "@/components/ui/button";
import { ActionAlert } from "@/components/ui/form-alert";
import { actionFormProps } from "@/components/ui/submit-without-reset";
import type { AttachTo } from "@/lib/attachments/schemas";

interface Labels {
  title: string;
  lead: string;
  file: string;
  hint: string;
  to: string;
  toOptions: Record<AttachTo, string>;
  submit: string;
  problemTitle: string;
  errorTitlePrefix: string;
}

export function AttachmentUpload({
  action,
  id,
  canAddTo,
  labels,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  id: string;
  canAddTo: AttachTo[];
  labels: Labels;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const error = state.status === "error" ? (state.fieldErrors?.file ?? state.message) : undefined;
  const chosen = (state.values?.to as AttachTo | undefined) ?? canAddTo[0];
  return (
    <form
      {...actionFormProps(formAction)}
      encType="multipart/form-data"
      className="mt-4 rounded border border-neutral-300 p-4"
      data-testid="attachment-upload"
    >
      <h3 className="text-lg font-bold">{labels.title}</h3>
      <p className="mt-1 mb-4">{labels.lead}</p>
      <ErrorSummary
        title={labels.problemTitle}
        titlePrefix={labels.errorTitlePrefix}
        errors={error ? [{ field: "file", message: error }] : []}
        fieldId={() => "field-attachment"}
        focusTrigger={state}
      />
      {state.status === "success" ? <ActionAlert state={state} testId="attachment-message" className="mb-4" /> : null}
      <input type="hidden" name="id" value={id} />
      {canAddTo.length > 1 ? (
        <Field id="field-attachment-to" label={labels.to} group name="to">
          {(c) => (
            <div className="mt-2 space-y-2">
              {canAddTo.map((to) => (
                <label key={to} className="flex items-center gap-2">
                  <input
                    {...c}
                    id={`${c.id}-${to}`}
                    type="radio"
                    name="to"
                    value={to}
                    defaultChecked={to === chosen}
                    className="h-6 w-6"
                  />
                  {labels.toOptions[to]}
                </label>
              ))}
            </div>
          )}
        </Field>
      ) : (
        <input type="hidden" name="to" value={canAddTo[0]} />
      )}
      <FileField
        id="field-attachment"
        label={labels.file}
        hint={labels.hint}
        error={error}
        accept=".pdf,.png,.jpg,.jpeg,.webp,.heic,.docx,.xlsx,.pptx,.odt,.ods,.doc,.xls,.msg,.eml"
      />
      <Button disabled={pending}>{labels.submit}</Button>
    </form>
  );
}
