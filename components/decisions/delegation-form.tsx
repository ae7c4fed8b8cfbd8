"use client";
import { useActionState, useState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { actionFormProps } from "@/components/ui/submit-without-reset";
import { Field } from "@/components/ui/field";
import { ActionAlert } from "@/components/ui/form-alert";
import { Button } from "@/components/ui/button";
import { useLocale } from "use-intl";
import { DateField } from "@/components/declarations/date-input";

interface Labels {
  deputy: string;
  choose: string;
  startsOn: string;
  endsOn: string;
  add: string;
  errorSummaryTitle: string;
  errorTitlePrefix: string;
}

/** Names a deputy for a period. */
export function DelegationForm({
  action,
  candidates,
  labels,
}: {
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
  candidates: { id: string; name: string; functionTitle: string }[];
  labels: Labels;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const locale = useLocale() === "en" ? "en" : "nl";
  const [values, setValues] = useState<Record<string, string>>({});
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const order = ["deputyId", "startsOn", "endsOn"];
  const control = (name: string) => ({
    name,
    value: values[name] ?? "",
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setValues((v) => ({ ...v, [name]: e.target.value })),
    className: `mt-1 block max-w-full rounded border-2 px-2 py-2 ${errors[name] ? "border-error" : "border-neutral-700"}`,
  });
  return (
    <form {...actionFormProps(formAction)} className="space-y-4">
      <ErrorSummary
        title={labels.errorSummaryTitle}
        titlePrefix={labels.errorTitlePrefix}
        errors={order.filter((f) => errors[f]).map((f) => ({ field: f, message: errors[f]! }))}
        focusTrigger={state}
      />
      <ActionAlert state={state} />
      <Field id="field-deputyId" label={labels.deputy} error={errors.deputyId} look="plain">
        {(c) => (
          <select {...c} {...control("deputyId")}>
            <option value="">{labels.choose}</option>
            {candidates.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name} ({o.functionTitle})
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="flex flex-wrap gap-6">
        {(["startsOn", "endsOn"] as const).map((name) => (
          <DateField
            key={name}
            id={`field-${name}`}
            name={name}
            value={values[name] ?? ""}
            locale={locale}
            label={labels[name]}
            error={errors[name]}
            look="plain"
            onChange={(v) => setValues((s) => ({ ...s, [name]: v }))}
          />
        ))}
      </div>
      <Button disabled={pending}>{labels.add}</Button>
    </form>
  );
}
