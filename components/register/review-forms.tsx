"use client";
import { useActionState, useMemo, useState } from "react";
import { IDLE } from "@/lib/actions/state";
import type { RegisterActionState as ActionState } from "@/lib/register/actions";
import { checkWording, describeFinding, type FindingTexts } from "@/lib/register/sensitive";
import { ErrorSummary } from "@/components/ui/error-summary";
import { actionFormProps } from "@/components/ui/submit-without-reset";
import { Field, FieldError } from "@/components/ui/field";
import { ActionAlert } from "@/components/ui/form-alert";
import { Button } from "@/components/ui/button";
import { Options } from "@/components/ui/options";

type Action = (s: ActionState, f: FormData) => Promise<ActionState>;

interface Common {
  errorSummaryTitle: string;
  errorTitlePrefix: string;
}

/** The props of a form about one entry, at the version it was read (the server refuses a stale one). */
interface EntryFormProps<Labels> {
  action: Action;
  id: string;
  version: number;
  labels: Labels;
}

function useForm(action: Action, initial: Record<string, string>) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, IDLE);
  const [values, setValues] = useState<Record<string, string>>(initial);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const control = (name: string) => ({
    name,
    value: values[name] ?? "",
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setValues((v) => ({ ...v, [name]: e.target.value })),
    className: `mt-1 block w-full rounded border-2 px-2 py-2 ${errors[name] ? "border-error" : "border-neutral-700"}`,
  });
  /** A labelled text field with its hint, error and character count (the limits are those of lib/register/schemas.ts). */
  const field = (name: string, label: string, max: number, options: { hint?: string; rows?: number } = {}) => (
    <Field
      id={`field-${name}`}
      label={label}
      hint={options.hint}
      error={errors[name]}
      maxLength={max}
      value={values[name] ?? ""}
      look="plain"
    >
      {(c) =>
        options.rows ? (
          <textarea rows={options.rows} {...c} {...control(name)} />
        ) : (
          <input type="text" {...c} {...control(name)} />
        )
      }
    </Field>
  );
  return { state, formAction, pending, errors, control, field, values };
}

export interface CheckLabels {
  title: string;
  lead: string;
  acknowledge: string;
  texts: FindingTexts;
}

/**
 * The wording check's warnings: live while typing (the same check as the server, lib/register/sensitive.ts), and
 * the server's after a submit (which is all there is without JavaScript). With `acknowledge`, a checkbox lets HR
 * confirm that the text may be public after all; the server refuses to publish flagged text without it.
 */
function CheckWarnings({
  warnings,
  labels,
  acknowledge,
  idPrefix,
}: {
  warnings: string[];
  labels: CheckLabels;
  acknowledge: boolean;
  idPrefix: string;
}) {
  return (
    <div aria-live="polite" data-testid={`${idPrefix}-check`}>
      {warnings.length > 0 ? (
        <div className="space-y-2 border-l-4 border-amber-600 bg-amber-50 p-3" data-testid="wording-warning">
          <p className="font-bold">{labels.title}</p>
          <p>{labels.lead}</p>
          <ul className="list-disc pl-6 [overflow-wrap:anywhere]">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
          {acknowledge ? (
            <p className="flex items-start gap-2">
              <input
                type="checkbox"
                id={`${idPrefix}-acknowledge`}
                name="acknowledge"
                value="ja"
                className="mt-1 h-5 w-5 shrink-0"
              />
              <label htmlFor={`${idPrefix}-acknowledge`}>{labels.acknowledge}</label>
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** HR edits the public wording: of a pending entry (a review), or of a published one (a correction). */
export function WordingForm({
  action,
  entry,
  showConditions,
  correction,
  labels,
}: {
  action: Action;
  entry: {
    id: string;
    version: number;
    functionTitle: string;
    sideJob: string;
    sideJobOrganisation: string;
    conditions: string | null;
  };
  showConditions: boolean;
  /** A published entry: saving publishes the correction, so flagged text needs the confirmation. */
  correction: boolean;
  labels: Common & {
    functionTitle: string;
    sideJob: string;
    sideJobHint: string;
    sideJobOrganisation: string;
    conditions: string;
    conditionsHint: string;
    save: string;
    check: CheckLabels;
  };
}) {
  const f = useForm(action, {
    functionTitle: entry.functionTitle,
    sideJob: entry.sideJob,
    sideJobOrganisation: entry.sideJobOrganisation,
    conditions: entry.conditions ?? "",
  });
  const version = f.state.version ?? entry.version;
  const order = ["functionTitle", "sideJob", "sideJobOrganisation", "conditions"];
  const live = useMemo(
    () =>
      checkWording({ ...f.values, conditions: showConditions ? f.values.conditions : "" }).map((x) =>
        describeFinding(x, labels.check.texts),
      ),
    [f.values, showConditions, labels.check.texts],
  );
  return (
    <form {...actionFormProps(f.formAction)} className="space-y-4">
      <ErrorSummary
        title={labels.errorSummaryTitle}
        titlePrefix={labels.errorTitlePrefix}
        errors={order.filter((n) => f.errors[n]).map((n) => ({ field: n, message: f.errors[n]! }))}
        focusTrigger={f.state}
      />
      <ActionAlert state={f.state} />
      <input type="hidden" name="id" value={entry.id} />
      <input type="hidden" name="version" value={version} />
      {f.field("functionTitle", labels.functionTitle, 200)}
      {f.field("sideJob", labels.sideJob, 500, { hint: labels.sideJobHint, rows: 3 })}
      {f.field("sideJobOrganisation", labels.sideJobOrganisation, 200)}
      {showConditions ? f.field("conditions", labels.conditions, 2000, { hint: labels.conditionsHint, rows: 3 }) : null}
      <CheckWarnings
        warnings={live.length > 0 ? live : (f.state.warnings ?? [])}
        labels={labels.check}
        acknowledge={correction}
        idPrefix="wording"
      />
      <Button variant="secondary" disabled={f.pending}>
        {labels.save}
      </Button>
    </form>
  );
}

/**
 * Publishes an entry: one button, the version it was reviewed at. When the stored wording has warnings (checked on
 * the server, so also without JavaScript), they are shown with the confirmation checkbox.
 */
export function PublishForm({
  action,
  id,
  version,
  warnings,
  labels,
}: EntryFormProps<{ publish: string; check: CheckLabels }> & { warnings: string[] }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, IDLE);
  return (
    <form {...actionFormProps(formAction)} className="space-y-3">
      <ActionAlert state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <CheckWarnings warnings={state.warnings ?? warnings} labels={labels.check} acknowledge idPrefix="publish" />
      <Button disabled={pending}>{labels.publish}</Button>
    </form>
  );
}

/** Removes a published entry from the register and its history, on a legal ground, after an explicit confirmation. */
export function EraseForm({
  action,
  id,
  version,
  labels,
}: EntryFormProps<
  Common & {
    ground: string;
    groundHint: string;
    groundChoose: string;
    grounds: { value: string; label: string }[];
    confirm: string;
    erase: string;
  }
>) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, IDLE);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const values = state.status === "error" ? ((state.values as Record<string, string> | undefined) ?? {}) : {};
  return (
    <form {...actionFormProps(formAction)} className="space-y-3">
      <ErrorSummary
        title={labels.errorSummaryTitle}
        titlePrefix={labels.errorTitlePrefix}
        fieldId={(f) => `erase-${f}`}
        errors={["ground", "confirm"].filter((n) => errors[n]).map((n) => ({ field: n, message: errors[n]! }))}
        focusTrigger={state}
      />
      <ActionAlert state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Field id="erase-ground" label={labels.ground} hint={labels.groundHint} error={errors.ground} look="plain">
        {(c) => (
          <select
            {...c}
            name="ground"
            defaultValue={values.ground ?? ""}
            className="mt-1 block w-full max-w-full rounded border-2 border-neutral-700 px-2 py-2"
          >
            <Options all={labels.groundChoose} options={labels.grounds.map((g) => [g.value, g.label])} />
          </select>
        )}
      </Field>
      <div>
        {errors.confirm ? (
          <FieldError id="erase-confirm-error" className="">
            {errors.confirm}
          </FieldError>
        ) : null}
        <p className="flex items-start gap-2">
          <input
            type="checkbox"
            id="erase-confirm"
            name="confirm"
            value="ja"
            aria-invalid={errors.confirm ? true : undefined}
            aria-describedby={errors.confirm ? "erase-confirm-error" : undefined}
            className="mt-1 h-5 w-5 shrink-0"
          />
          <label htmlFor="erase-confirm">{labels.confirm}</label>
        </p>
      </div>
      <Button variant="destructive" disabled={pending}>
        {labels.erase}
      </Button>
    </form>
  );
}

/** Takes an entry off the register, with a reason. */
export function RemoveForm({
  action,
  id,
  version,
  labels,
}: EntryFormProps<Common & { reason: string; reasonHint: string; remove: string }>) {
  const f = useForm(action, { reason: "" });
  return (
    <form {...actionFormProps(f.formAction)} className="space-y-3">
      <ErrorSummary
        title={labels.errorSummaryTitle}
        titlePrefix={labels.errorTitlePrefix}
        errors={f.errors.reason ? [{ field: "reason", message: f.errors.reason }] : []}
        focusTrigger={f.state}
      />
      <ActionAlert state={f.state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {f.field("reason", labels.reason, 1000, { hint: labels.reasonHint, rows: 2 })}
      <Button variant="danger" disabled={f.pending}>
        {labels.remove}
      </Button>
    </form>
  );
}
