"use client";
import { useActionState, useState } from "react";
import type { PolicyFormState } from "@/lib/policy/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { actionFormProps, submitWithoutReset } from "@/components/ui/submit-without-reset";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Button } from "@/components/ui/button";
import { Table } from "@/components/ui/table";
import { useLocale } from "use-intl";
import { DateField } from "@/components/declarations/date-input";
import { POLICY_FORM_FIELDS } from "@/lib/policy/fields";

export interface PolicyFormLabels {
  errorSummaryTitle: string;
  errorTitlePrefix: string;
  optionalNote: string;
  parameters: Record<string, { label: string; hint: string }>;
  handInYes: string;
  effectiveFrom: string;
  effectiveFromHint: string;
  reason: string;
  reasonHint: string;
  check: string;
  checkTitle: string;
  checkLead: string;
  colParameter: string;
  colNow: string;
  colProposed: string;
  changed: string;
  confirm: string;
  change: string;
  effectiveFromSummary: string;
  reasonSummary: string;
  simulate: string;
}

const ORDER: readonly string[] = POLICY_FORM_FIELDS;

/** A new policy setting: fill in, check (what changes, in words), confirm. */
export function PolicyForm({
  action,
  initial,
  labels,
  simulatorHref,
}: {
  action: (s: PolicyFormState, f: FormData) => Promise<PolicyFormState>;
  initial: Record<string, string>;
  labels: PolicyFormLabels;
  simulatorHref: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as PolicyFormState);
  const locale = useLocale() === "en" ? "en" : "nl";
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [editing, setEditing] = useState(true);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const showCheck = state.status === "check" && !editing;
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const input = (name: string, extra: Record<string, unknown> = {}) => ({
    name,
    value: values[name] ?? "",
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(name, e.target.value),
    className: `mt-1 block rounded border-2 px-2 py-2 ${errors[name] ? "border-error" : "border-neutral-700"}`,
    ...extra,
  });
  const simulateParams = new URLSearchParams(
    Object.entries(values).filter(([k, v]) => v && ORDER.slice(0, 5).includes(k)),
  ).toString();

  if (showCheck && state.status === "check") {
    return (
      <form {...actionFormProps(formAction)} className="space-y-4" data-testid="policy-check">
        <h3 className="text-xl font-bold" tabIndex={-1}>
          {labels.checkTitle}
        </h3>
        <p>{labels.checkLead}</p>
        <Table
          caption={labels.checkTitle}
          region={labels.checkTitle}
          headers={[labels.colParameter, labels.colNow, labels.colProposed]}
        >
          {state.rows.map((r) => (
            <tr key={r.label} className={`border-b border-neutral-300 ${r.changed ? "bg-amber-50" : ""}`}>
              <th scope="row" className="py-2 pr-4 font-normal">
                {r.label}
              </th>
              <td className="py-2 pr-4">{r.now}</td>
              <td className="py-2 pr-4">
                {r.proposed}
                {r.changed ? <strong className="ml-2">({labels.changed})</strong> : null}
              </td>
            </tr>
          ))}
        </Table>
        <dl className="space-y-1">
          <div>
            <dt className="inline font-bold">{labels.effectiveFromSummary}: </dt>
            <dd className="inline">{state.effectiveFrom}</dd>
          </div>
          <div>
            <dt className="inline font-bold">{labels.reasonSummary}: </dt>
            <dd className="inline whitespace-pre-line">{state.reason}</dd>
          </div>
        </dl>
        {Object.entries(state.values).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <div className="flex flex-wrap gap-4">
          <Button name="_intent" value="save" disabled={pending}>
            {labels.confirm}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setEditing(true)}>
            {labels.change}
          </Button>
        </div>
      </form>
    );
  }

  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        setEditing(false);
        submitWithoutReset(e, formAction);
      }}
      noValidate
      className="space-y-5"
    >
      <ErrorSummary
        title={labels.errorSummaryTitle}
        titlePrefix={labels.errorTitlePrefix}
        errors={ORDER.filter((f) => errors[f]).map((f) => ({ field: f, message: errors[f]! }))}
        focusTrigger={state}
      />
      {state.status === "error" ? <FormAlert testId="form-message">{state.message}</FormAlert> : null}
      <input type="hidden" name="basedOn" value={values.basedOn ?? "none"} />
      <p>{labels.optionalNote}</p>
      {(["giftCapEuros", "tripExtensionMaxHours", "rehireCoolingMonths", "sideJobPublicationMinScale"] as const).map(
        (name) => (
          <Field
            key={name}
            id={`field-${name}`}
            label={labels.parameters[name]!.label}
            hint={labels.parameters[name]!.hint}
            error={errors[name]}
            look="plain"
          >
            {(c) => (
              <input
                type="text"
                inputMode={name === "giftCapEuros" ? "decimal" : "numeric"}
                {...c}
                {...input(name, {
                  className: `mt-1 block w-40 rounded border-2 px-2 py-2 ${errors[name] ? "border-error" : "border-neutral-700"}`,
                })}
              />
            )}
          </Field>
        ),
      )}
      <Field
        id="field-giftAlwaysHandIn"
        label={labels.parameters.giftAlwaysHandIn!.label}
        hint={labels.parameters.giftAlwaysHandIn!.hint}
        error={errors.giftAlwaysHandIn}
        group
        look="plain"
      >
        {(c) => (
          <label className="mt-1 flex items-center gap-2">
            <input
              type="checkbox"
              id="field-giftAlwaysHandIn"
              name="giftAlwaysHandIn"
              value="yes"
              checked={values.giftAlwaysHandIn === "yes"}
              aria-invalid={c["aria-invalid"]}
              onChange={(e) => set("giftAlwaysHandIn", e.target.checked ? "yes" : "")}
              className="h-5 w-5"
            />
            {labels.handInYes}
          </label>
        )}
      </Field>
      <DateField
        id="field-effectiveFrom"
        name="effectiveFrom"
        value={values.effectiveFrom ?? ""}
        locale={locale}
        label={labels.effectiveFrom}
        hint={labels.effectiveFromHint}
        error={errors.effectiveFrom}
        look="plain"
        onChange={(v) => set("effectiveFrom", v)}
      />
      <Field
        id="field-reason"
        label={labels.reason}
        hint={labels.reasonHint}
        error={errors.reason}
        maxLength={2000}
        value={values.reason ?? ""}
        look="plain"
      >
        {(c) => (
          <textarea
            rows={3}
            {...c}
            {...input("reason", {
              className: `mt-1 block w-full rounded border-2 px-2 py-2 ${errors.reason ? "border-error" : "border-neutral-700"}`,
            })}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-4">
        <Button name="_intent" value="check" disabled={pending}>
          {labels.check}
        </Button>
        <a href={`${simulatorHref}${simulateParams ? `?${simulateParams}` : ""}`}>{labels.simulate}</a>
      </div>
    </form>
  );
}
