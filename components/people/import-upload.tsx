"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import type { ImportUploadState } from "@/lib/people/actions";

interface Labels {
  file: string;
  fileHint: string;
  upload: string;
  problemTitle: string;
  errorTitlePrefix: string;
}

/** Uploads a CSV export for a preview. A file that cannot be read is explained here; nothing is staged then. */
export function ImportUpload({
  action,
  labels,
}: {
  action: (s: ImportUploadState, f: FormData) => Promise<ImportUploadState>;
  labels: Labels;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ImportUploadState);
  const error = state.status === "error" ? (state.fieldErrors?.file ?? state.message) : undefined;
  const details = state.status === "error" ? (state.details ?? []) : [];
  return (
    <form
      action={formAction}
      onSubmit={(e) => submitWithoutReset(e, formAction)}
      noValidate
      encType="multipart/form-data"
    >
      <ErrorSummary
        title={labels.problemTitle}
        titlePrefix={labels.errorTitlePrefix}
        errors={error ? [{ field: "file", message: error }] : []}
        focusTrigger={state}
      />
      <Field
        id="field-file"
        label={labels.file}
        hint={labels.fileHint}
        errorTestId="file-error"
        error={
          error ? (
            <>
              <p>{error}</p>
              {details.length ? (
                <ul className="mt-1 list-disc pl-6">
                  {details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : undefined
        }
      >
        {(c) => (
          <input
            {...c}
            name="file"
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            className="mt-2 block w-full max-w-xl rounded border-2 border-neutral-700 p-2"
          />
        )}
      </Field>
      <Button size="large" disabled={pending}>
        {labels.upload}
      </Button>
    </form>
  );
}
