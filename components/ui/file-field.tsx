"use client";
import type { ReactNode } from "react";
import { Field } from "./field";

/**
 * A file upload field (GOV.UK "file upload"): label, hint, inline error and the file input, wired like every `Field`.
 * The form around it posts `multipart/form-data`; `name` is the form field the server reads (and `data-field`).
 */
export function FileField({
  id,
  name = "file",
  label,
  hint,
  error,
  errorTestId = "file-error",
  accept,
}: {
  id: string;
  name?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  errorTestId?: string;
  /** The endings and types the server accepts, so the browser's file picker offers those first. */
  accept: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error} errorTestId={errorTestId} name={name}>
      {(c) => (
        <input
          {...c}
          name={name}
          type="file"
          accept={accept}
          className="mt-2 block w-full max-w-xl rounded border-2 border-neutral-700 p-2"
        />
      )}
    </Field>
  );
}
