"use client";
import { useActionState, useState } from "react";
import type { FieldDef, Locale, RawValues } from "@/lib/declarations/form-model";
import { IDLE, type ActionState } from "@/lib/actions/state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import { FieldInput } from "@/components/declarations/field-input";
import { SelectField } from "./select-field";
import { ActionAlert } from "@/components/ui/form-alert";
import { Button } from "@/components/ui/button";
import { PERSON_FORM_FIELDS } from "@/lib/people/values";

export interface PersonFormLabels {
  name: string;
  email: string;
  emailHint: string;
  externalId: string;
  externalIdHint: string;
  functionTitle: string;
  unitId: string;
  noUnit: string;
  manager: string;
  managerHint: string;
  managerNow: string | null;
  roles: string;
  rolesHint: string;
  rolesOwn: string | null;
  salaryScale: string;
  salaryScaleHint: string;
  designations: string;
  designationsHint: string;
  employmentStart: string;
  employmentEnd: string;
  employmentEndHint: string;
  submit: string;
  errorSummaryTitle: string;
  errorTitlePrefix: string;
  optional: string;
}

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  id: string | null;
  version: number;
  initial: RawValues;
  units: { id: string; name: string; depth: number }[];
  roleOptions: { value: string; label: string }[];
  designationOptions: { value: string; label: string; hint: string }[];
  locale: Locale;
  labels: PersonFormLabels;
}

const same = (s: string) => ({ nl: s, en: s });

/** Adds or changes a person: GOV.UK error pattern, nothing cleared on error, the version travels along. */
export function PersonForm({
  action,
  id,
  version,
  initial,
  units,
  roleOptions,
  designationOptions,
  locale,
  labels,
}: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [values, setValues] = useState<RawValues>(initial);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const onChange = (name: string, value: string | string[]) => setValues((v) => ({ ...v, [name]: value }));
  const field = (def: Omit<FieldDef, "requiredMessage">) => (
    <FieldInput
      key={def.name}
      field={{ ...def, requiredMessage: same("") }}
      locale={locale}
      values={values}
      error={errors[def.name]}
      optionalLabel={labels.optional}
      onChange={onChange}
    />
  );
  return (
    <form action={formAction} onSubmit={(e) => submitWithoutReset(e, formAction)} noValidate className="max-w-2xl">
      <ErrorSummary
        title={labels.errorSummaryTitle}
        titlePrefix={labels.errorTitlePrefix}
        errors={PERSON_FORM_FIELDS.filter((f) => errors[f]).map((f) => ({ field: f, message: errors[f]! }))}
        focusTrigger={state}
      />
      {state.status === "error" ? <ActionAlert state={state} className="mb-6" /> : null}
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <input type="hidden" name="version" value={version} />
      {field({ name: "name", kind: "text", label: same(labels.name), maxLength: 200 })}
      {field({ name: "email", kind: "text", label: same(labels.email), hint: same(labels.emailHint) })}
      {field({
        name: "externalId",
        kind: "text",
        label: same(labels.externalId),
        hint: same(labels.externalIdHint),
        optional: true,
      })}
      {field({
        name: "functionTitle",
        kind: "text",
        label: same(labels.functionTitle),
        optional: true,
        maxLength: 200,
      })}
      <SelectField
        name="unitId"
        label={labels.unitId}
        optionalLabel={labels.optional}
        value={String(values.unitId ?? "")}
        onChange={onChange}
        error={errors.unitId}
        empty={labels.noUnit}
        options={units}
      />
      {field({
        name: "manager",
        kind: "text",
        label: same(labels.manager),
        hint: same(labels.managerNow ? `${labels.managerHint} ${labels.managerNow}` : labels.managerHint),
        optional: true,
      })}
      {labels.rolesOwn ? (
        <div className="mb-6" data-field="roles">
          <p className="text-lg font-bold">{labels.roles}</p>
          <p id="field-roles">{labels.rolesOwn}</p>
          {(Array.isArray(values.roles) ? values.roles : []).map((r) => (
            <input key={r} type="hidden" name="roles" value={r} />
          ))}
        </div>
      ) : (
        field({
          name: "roles",
          kind: "multi",
          label: same(labels.roles),
          hint: same(labels.rolesHint),
          optional: true,
          options: roleOptions.map((o) => ({ value: o.value, label: same(o.label) })),
        })
      )}
      {field({
        name: "salaryScale",
        kind: "text",
        label: same(labels.salaryScale),
        hint: same(labels.salaryScaleHint),
        optional: true,
      })}
      {field({
        name: "designations",
        kind: "multi",
        label: same(labels.designations),
        hint: same(labels.designationsHint),
        optional: true,
        options: designationOptions.map((o) => ({ value: o.value, label: same(o.label), hint: same(o.hint) })),
      })}
      {field({ name: "employmentStart", kind: "date", label: same(labels.employmentStart), optional: true })}
      {field({
        name: "employmentEnd",
        kind: "date",
        label: same(labels.employmentEnd),
        hint: same(labels.employmentEndHint),
        optional: true,
      })}
      <Button size="large" disabled={pending}>
        {labels.submit}
      </Button>
    </form>
  );
}
