"use client";
import { Fragment, useActionState, useMemo, useState } from "react";
import { createTranslator } from "use-intl/core";
import {
  evaluate,
  parseDeclarationInput,
  type PersonFacts,
  type PolicyProfile,
  type DeclarationType,
  type Verdict,
} from "@/lib/rules";
import {
  controlsOtherQuestions,
  normaliseRaw,
  parseDeclarationForm,
  visibleFields,
  type FormContext,
  type Locale,
  type RawValues,
} from "@/lib/declarations/form-model";
import { getDeclarationForm } from "@/lib/declarations/forms";
import { IDLE, type ActionState } from "@/lib/actions/state";
import type { Messages } from "@/lib/i18n/messages";
import { ErrorSummary } from "@/components/ui/error-summary";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import { FollowUpButton } from "@/components/ui/follow-up-button";
import { FieldInput } from "./field-input";
import { VerdictPanel } from "./verdict-panel";
import { verdictLabels } from "./verdict-labels";
import { VerdictDock } from "./verdict-dock";
import { ActionAlert } from "@/components/ui/form-alert";
import { Button } from "@/components/ui/button";

interface Props {
  type: DeclarationType;
  locale: Locale;
  ctx: FormContext;
  profile: PolicyProfile;
  person: PersonFacts;
  now: string;
  initialValues: RawValues;
  id?: string;
  version?: number;
  /** A new declaration's form key: saving this form again updates the draft it made (decision 061). */
  draftKey?: string;
  messages: Messages["declarations"];
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
}

/**
 * A declaration form: asks only what applies, validates with the shared schema in the browser (the server
 * validates again), and shows the organisation's rule verdict while the employee types.
 */
export function DeclarationForm({
  type,
  locale,
  ctx,
  profile,
  person,
  now,
  initialValues,
  id,
  version,
  draftKey,
  messages,
  action,
}: Props) {
  const def = useMemo(() => getDeclarationForm(type)!, [type]);
  const t = useMemo(
    () => createTranslator({ locale, messages: { declarations: messages }, namespace: "declarations" }),
    [locale, messages],
  );
  const [state, formAction, pending] = useActionState(action, { ...IDLE, id, version } as ActionState);
  // Without JavaScript every answer is a round trip: the page comes back with what was typed (the state's values).
  // (The date fields arrive as day, month and year: normaliseRaw joins them as the form holds them.)
  const [values, setValues] = useState<RawValues>(() =>
    state.values ? normaliseRaw(def, state.values, ctx) : initialValues,
  );
  // After a first attempt to continue, errors follow the answers live (a fixed field loses its error).
  const [attempts, setAttempts] = useState(0);

  const fields = visibleFields(def, values, ctx);
  const parsed = useMemo(
    () => parseDeclarationForm(def, values, ctx, locale, parseDeclarationInput),
    [def, values, ctx, locale],
  );
  const verdict: Verdict | null = useMemo(() => {
    if (!parsed.ok) return null;
    try {
      return evaluate(parsed.input, { profile, person, now });
    } catch {
      return null;
    }
  }, [parsed, profile, person, now]);

  const serverErrors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const liveErrors = parsed.ok ? {} : parsed.fieldErrors;
  // Before any attempt: what the server said. After: live errors, or the server's when the browser found none.
  const errors = attempts === 0 ? serverErrors : parsed.ok ? serverErrors : liveErrors;
  const summaryErrors = fields.filter((f) => errors[f.name]).map((f) => ({ field: f.name, message: errors[f.name]! }));
  const currentId = state.id ?? id;
  const currentVersion = state.version ?? version;

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <form
        action={formAction}
        noValidate
        onSubmit={(event) => {
          const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
          if (submitter?.value === "continue") {
            setAttempts((n) => n + 1);
            if (!parseDeclarationForm(def, values, ctx, locale, parseDeclarationInput).ok) {
              event.preventDefault();
              return;
            }
          }
          submitWithoutReset(event, formAction);
        }}
      >
        <ActionAlert state={state} className="mb-6" />
        {state.status === "idle" && state.values ? (
          <p role="status" className="mb-6 border-l-4 border-brand bg-brand-light p-4" data-testid="questions-updated">
            {t("noJs.updated")}
          </p>
        ) : null}
        <ErrorSummary
          title={t("form.errorSummaryTitle")}
          titlePrefix={t("form.errorTitlePrefix")}
          errors={summaryErrors}
          focusTrigger={`${attempts}:${state.status}:${state.status === "error" ? Object.keys(serverErrors).join() : ""}`}
        />
        <input type="hidden" name="_type" value={type} />
        {currentId ? <input type="hidden" name="_id" value={currentId} /> : null}
        {currentVersion !== undefined ? <input type="hidden" name="_version" value={currentVersion} /> : null}
        {draftKey ? <input type="hidden" name="_draftKey" value={draftKey} /> : null}
        {fields.map((field) => (
          <Fragment key={field.name}>
            <FieldInput
              field={field}
              locale={locale}
              values={values}
              error={errors[field.name]}
              optionalLabel={t("form.optional")}
              defaultLimits
              onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))}
            />
            {/* Without JavaScript the follow-up questions come by a round trip that saves nothing (issue 19 item 5). */}
            {controlsOtherQuestions(def, field, values, ctx) ? (
              <FollowUpButton label={t("noJs.showFollowUp")} testId={`update-${field.name}`} />
            ) : null}
          </Fragment>
        ))}
        <div className="mt-8 flex flex-wrap gap-4">
          <Button size="large" name="_intent" value="continue" disabled={pending}>
            {t("form.continue")}
          </Button>
          <Button size="large" variant="secondary" name="_intent" value="draft" disabled={pending}>
            {t("form.save")}
          </Button>
        </div>
      </form>
      {/* Narrow screens: the outcome in one line fixed at the bottom, the full panel below the form (issue 19 item 4). */}
      <VerdictDock
        outcome={verdict?.outcome ?? null}
        label={verdict ? t(`outcome.${verdict.outcome}`) : null}
        panelId="uitkomst"
      />
      <aside id="uitkomst" aria-live="polite" className="scroll-mt-4 lg:sticky lg:top-4 lg:self-start">
        {verdict ? (
          <VerdictPanel
            verdict={verdict}
            locale={locale}
            labels={verdictLabels(
              t as unknown as (key: string, values?: Record<string, string>) => string,
              verdict,
              locale,
            )}
          />
        ) : (
          <section
            aria-labelledby="verdict-title"
            className="border-l-8 border-neutral-300 bg-neutral-50 p-4"
            data-testid="verdict-pending"
          >
            <h2 id="verdict-title" className="text-lg font-bold">
              {t("form.verdictTitle")}
            </h2>
            <p className="mt-1">{t("form.verdictPending")}</p>
          </section>
        )}
      </aside>
    </div>
  );
}
