import type { ReactNode } from "react";
import { Field } from "@/components/ui/field";

/** The control's props for a GET filter form: id, name, the entered value, error wiring (aria-invalid, aria-describedby). */
export function controlProps(name: string, value: string, error: string | undefined, hint = false) {
  const describedBy = [hint ? `field-${name}-hint` : "", error ? `field-${name}-error` : ""].filter(Boolean).join(" ");
  return {
    id: `field-${name}`,
    name,
    defaultValue: value,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy || undefined,
    className: `mt-1 block w-full max-w-full rounded border-2 px-2 py-1 sm:w-auto ${error ? "border-error" : "border-neutral-700"}`,
  };
}

/** Label, hint and inline error of one filter field (GOV.UK pattern: the error above the control). */
export function FilterField({
  name,
  label,
  hint,
  error,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <Field id={`field-${name}`} look="compact" label={label} hint={hint} error={error}>
      {children}
    </Field>
  );
}
