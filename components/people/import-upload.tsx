"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import type { ImportUploadState } from "@/lib/people/actions";

interface Labels { file: string; fileHint: string; upload: string; problemTitle: string; errorTitlePrefix: string }

/** Uploads a CSV export for a preview. A file that cannot be read is explained here; nothing is staged then. */
export function ImportUpload({ action, labels }: { action: (s: ImportUploadState, f: FormData) => Promise<ImportUploadState>; labels: Labels }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ImportUploadState);
  const error = state.status === "error" ? state.fieldErrors?.file ?? state.message : undefined;
  const details = state.status === "error" ? state.details ?? [] : [];
  return (
    <form action={formAction} onSubmit={(e) => submitWithoutReset(e, formAction)} noValidate encType="multipart/form-data">
      <ErrorSummary title={labels.problemTitle} titlePrefix={labels.errorTitlePrefix} errors={error ? [{ field: "file", message: error }] : []} focusTrigger={state} />
      <div className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`}>
        <label htmlFor="field-file" className="block text-lg font-bold">{labels.file}</label>
        <p id="field-file-hint" className="mt-1 text-neutral-700">{labels.fileHint}</p>
        {error ? (
          <div id="field-file-error" className="mt-1 font-bold text-error" data-testid="file-error">
            <p>{error}</p>
            {details.length ? <ul className="mt-1 list-disc pl-6">{details.map((d) => <li key={d}>{d}</li>)}</ul> : null}
          </div>
        ) : null}
        <input
          id="field-file"
          name="file"
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          aria-describedby={error ? "field-file-hint field-file-error" : "field-file-hint"}
          aria-invalid={error ? true : undefined}
          className="mt-2 block w-full max-w-xl rounded border-2 border-neutral-700 p-2"
        />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand px-5 py-3 text-lg font-bold text-white hover:bg-brand-dark disabled:opacity-60">{labels.upload}</button>
    </form>
  );
}
