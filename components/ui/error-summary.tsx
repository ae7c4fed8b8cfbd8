"use client";
import { useEffect, useRef } from "react";

export interface SummaryError {
  field: string;
  message: string;
}

/**
 * GOV.UK / NL Design System error summary: at the top of the form, takes focus when it appears, links
 * each problem to its field, and prefixes the page title with "Fout:" while errors are shown.
 */
export function ErrorSummary({
  title,
  errors,
  titlePrefix,
  focusTrigger,
  fieldId = (f) => `field-${f}`,
}: {
  title: string;
  errors: SummaryError[];
  titlePrefix: string;
  focusTrigger?: unknown;
  fieldId?: (field: string) => string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;
  // Focus moves to the summary when a submit attempt fails, not while the person corrects the fields.
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusTrigger]);
  useEffect(() => {
    if (!hasErrors) return;
    const original = document.title.startsWith(titlePrefix) ? document.title.slice(titlePrefix.length) : document.title;
    document.title = `${titlePrefix}${original}`;
    return () => {
      document.title = original;
    };
  }, [hasErrors, titlePrefix]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-6 border-4 border-error p-4"
      data-testid="error-summary"
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        {title}
      </h2>
      <ul className="mt-2 list-none space-y-1">
        {errors.map((e) => (
          <li key={e.field}>
            <a
              href={`#${fieldId(e.field)}`}
              className="font-semibold text-error"
              onClick={(ev) => {
                const el = document.getElementById(fieldId(e.field));
                if (el) {
                  ev.preventDefault();
                  el.focus();
                  el.scrollIntoView({ block: "center" });
                }
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
