"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "use-intl";

/** What a field hands its control: the id the label points at and the aria wiring of hint, error and count. */
export interface ControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

/** The inline error of one field (GOV.UK: above the control), "Fout: " for screen readers before the message. */
export function FieldError({
  id,
  children,
  className = "mt-1",
  testId,
}: {
  id: string;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  const t = useTranslations("ui");
  return (
    <div id={id} className={`${className} font-bold text-error`} data-testid={testId}>
      <span className="sr-only">{t("errorPrefix")}</span>
      {children}
    </div>
  );
}

const LOOK = {
  /** A question on a form: large bold label, a red bar beside a field in error. */
  form: {
    wrap: "mb-6",
    errorWrap: "border-l-4 border-error pl-4",
    label: "block text-lg font-bold",
    legend: "text-lg font-bold",
    hint: "mt-1 text-neutral-700",
    error: "mt-1",
  },
  /** A field in a short form beside other content: bold label, no bar. */
  plain: {
    wrap: "",
    errorWrap: "",
    label: "block font-bold",
    legend: "font-bold",
    hint: "text-neutral-700",
    error: "",
  },
  /** A filter above a list or a field in a small form: compact. */
  compact: {
    wrap: "min-w-0",
    errorWrap: "",
    label: "block font-semibold",
    legend: "font-semibold",
    hint: "text-sm text-neutral-700",
    error: "",
  },
};

interface FieldProps {
  /** The control's id; hint, error and count ids derive from it (`<id>-hint`, `<id>-error`, `<id>-info`). */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  errorTestId?: string;
  /** Radios or checkboxes: a fieldset whose legend is the label; the control props go to each option. */
  group?: boolean;
  /** With a limit, a live character count (GOV.UK "character count"); the server checks the same limit. */
  maxLength?: number;
  /** Show the count only from this share of the limit on (GOV.UK's threshold, for short single-line fields). */
  countFrom?: number;
  /** The control's value when it is controlled; an uncontrolled control is counted as it is typed in. */
  value?: string;
  look?: keyof typeof LOOK;
  className?: string;
  /** `data-field`: the error summary and the tests find a field by its name. */
  name?: string;
  /**
   * The control, given its props; or, from a server component (which cannot pass a function), the control itself,
   * wired by the caller with the same ids (`<id>-hint`, `<id>-error`).
   */
  children: ((control: ControlProps) => ReactNode) | ReactNode;
}

/**
 * One form field: label (or legend), hint, inline error and control, linked for screen readers
 * (aria-describedby, aria-invalid), with a character count when the field has a limit.
 */
export function Field({
  id,
  label,
  hint,
  error,
  errorTestId,
  group,
  maxLength,
  countFrom = 0,
  value,
  look = "form",
  className = "",
  name,
  children,
}: FieldProps) {
  const l = LOOK[look];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const infoId = maxLength ? `${id}-info` : undefined;
  const describedBy = [hintId, errorId, infoId].filter(Boolean).join(" ") || undefined;
  const [typed, setTyped] = useState<number | null>(null);
  useEffect(() => {
    if (!maxLength || value !== undefined) return;
    const el = document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null;
    // Reading the server-rendered control's value once after hydration synchronises from the DOM (an external
    // system); typing updates the count through onInput below.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (el && "value" in el) setTyped(el.value.length);
  }, [id, maxLength, value]);
  const length = value !== undefined ? value.length : typed;
  const hintEl = hint ? (
    <p id={hintId} className={l.hint}>
      {hint}
    </p>
  ) : null;
  const errorEl = error ? (
    <FieldError id={errorId!} className={l.error} testId={errorTestId}>
      {error}
    </FieldError>
  ) : null;
  const control =
    typeof children !== "function"
      ? children
      : children({ id, "aria-describedby": group ? undefined : describedBy, "aria-invalid": error ? true : undefined });
  const count = maxLength ? <CharacterCount id={id} max={maxLength} length={length} from={countFrom} /> : null;
  return (
    <div
      className={`${l.wrap} ${error ? l.errorWrap : ""} ${className}`.trim()}
      data-field={name}
      onInput={
        maxLength && value === undefined
          ? (e) => {
              const t = e.target as HTMLInputElement;
              if (t.id === id) setTyped(t.value.length);
            }
          : undefined
      }
    >
      {group ? (
        <fieldset aria-describedby={describedBy}>
          <legend className={l.legend}>{label}</legend>
          {hintEl}
          {errorEl}
          {control}
        </fieldset>
      ) : (
        <>
          <label htmlFor={id} className={l.label}>
            {label}
          </label>
          {hintEl}
          {errorEl}
          {control}
          {count}
        </>
      )}
    </div>
  );
}

/**
 * GOV.UK "character count", as an enhancement: without JavaScript the field shows its limit as a hint and the
 * server's limit message appears after sending; with JavaScript the hint is read to screen readers only, the
 * room left shows beneath the field, and is announced politely once typing pauses.
 */
function CharacterCount({ id, max, length, from }: { id: string; max: number; length: number | null; from: number }) {
  const t = useTranslations("ui.characterCount");
  const left = length === null ? null : max - length;
  const text = left === null ? "" : left >= 0 ? t("remaining", { count: left }) : t("tooMany", { count: -left });
  const [announced, setAnnounced] = useState("");
  const first = useRef<number | null>(null);
  useEffect(() => {
    if (length === null) return;
    if (first.current === null) {
      first.current = length;
      return;
    }
    const timer = setTimeout(() => setAnnounced(text), 1000);
    return () => clearTimeout(timer);
  }, [length, text]);
  return (
    <>
      <p id={`${id}-info`} className={left === null ? "mt-1 text-neutral-700" : "sr-only"}>
        {t("info", { max })}
      </p>
      {left === null || (length ?? 0) < from * max ? null : (
        <p
          aria-hidden="true"
          className={`mt-1 ${left < 0 ? "font-bold text-error" : "text-neutral-700"}`}
          data-testid="character-count"
        >
          {text}
        </p>
      )}
      <p className="sr-only" aria-live="polite">
        {announced}
      </p>
    </>
  );
}
