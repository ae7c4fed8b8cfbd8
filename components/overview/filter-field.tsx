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

/**
 * The "van" and "tot" dates of a GET filter form in a fieldset with its legend and hint (the overview and the
 * search share it): `control` gives each date input its props (controlProps with the form's values and errors).
 */
export function PeriodFieldset({
  legend,
  hint,
  hintId,
  from,
  to,
  errors,
  control,
}: {
  legend: string;
  hint: string;
  hintId: string;
  from: string;
  to: string;
  errors: Record<string, string | undefined>;
  control: (name: "van" | "tot") => ReturnType<typeof controlProps>;
}) {
  return (
    <fieldset aria-describedby={hintId}>
      <legend className="font-semibold">{legend}</legend>
      <p id={hintId} className="text-sm text-neutral-700">
        {hint}
      </p>
      <div className="mt-2 flex flex-wrap gap-4">
        <FilterField name="van" label={from} error={errors.van}>
          <input type="date" {...control("van")} />
        </FilterField>
        <FilterField name="tot" label={to} error={errors.tot}>
          <input type="date" {...control("tot")} />
        </FilterField>
      </div>
    </fieldset>
  );
}
