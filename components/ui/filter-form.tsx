import type { ReactNode } from "react";
import { Button } from "./button";
import { ErrorSummary } from "./error-summary";
import { Field } from "./field";

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

/** The error summary's texts every filter form shows: the declaration form's title and its "Fout:" page-title prefix. */
export const filterErrorSummary = (
  t: (key: "declarations.form.errorSummaryTitle" | "declarations.form.errorTitlePrefix") => string,
) => ({
  title: t("declarations.form.errorSummaryTitle"),
  titlePrefix: t("declarations.form.errorTitlePrefix"),
});

/**
 * A filter form above a list or figures (GET, so the result can be bookmarked and it works without JavaScript): the
 * error summary above it, the fields in a bordered box, "Filter" and a link that clears the filters, and the error of
 * a page number out of range beneath it. `errors` by field name; `order` is the order of the summary (with "pagina").
 */
export function FilterForm({
  action,
  label,
  search,
  testId,
  submit,
  reset,
  summary,
  errors,
  order,
  children,
}: {
  /** The page's own address: the form's action and the "clear filters" link. */
  action: string;
  label: string;
  /** A search form (role="search") rather than filters. */
  search?: boolean;
  testId: string;
  submit: string;
  reset: string;
  summary: { title: string; titlePrefix: string };
  errors: Record<string, string | undefined>;
  order: readonly string[];
  children: ReactNode;
}) {
  return (
    <>
      <ErrorSummary
        title={summary.title}
        titlePrefix={summary.titlePrefix}
        errors={order.filter((f) => errors[f]).map((f) => ({ field: f, message: errors[f]! }))}
        focusTrigger={errors}
      />
      <form
        method="get"
        action={action}
        noValidate
        role={search ? "search" : undefined}
        aria-label={label}
        className="space-y-4 rounded border border-neutral-300 p-4"
        data-testid={testId}
      >
        {children}
        <FilterActions submit={submit} reset={reset} href={action} />
      </form>
      {errors.pagina ? (
        <p id="field-pagina" tabIndex={-1} className="font-bold text-error">
          {errors.pagina}
        </p>
      ) : null}
    </>
  );
}

/** The buttons of a filter form: apply the filters, and a plain link to the page without them. */
export function FilterActions({ submit, reset, href }: { submit: string; reset: string; href: string }) {
  return (
    <div className="flex flex-wrap items-center gap-4">
      <Button>{submit}</Button>
      <a href={href}>{reset}</a>
    </div>
  );
}
