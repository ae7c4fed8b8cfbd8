"use client";
import { useActionState, useState } from "react";
import type { Locale, RawValues } from "@/lib/declarations/form-model";
import { IDLE } from "@/lib/actions/state";
import { saveUnitAction } from "@/lib/people/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import { FieldInput } from "@/components/declarations/field-input";
import { SelectField } from "./select-field";
import { ActionAlert } from "@/components/ui/form-alert";
import { Button } from "@/components/ui/button";

interface Labels {
  name: string;
  code: string;
  codeHint: string;
  parent: string;
  noParent: string;
  submit: string;
  errorSummaryTitle: string;
  errorTitlePrefix: string;
  optional: string;
}

const same = (s: string) => ({ nl: s, en: s });

/** Adds a unit or changes its name, code and parent. The unit's updatedAt travels along (a stale form is a conflict). */
export function UnitForm({
  unit,
  parents,
  locale,
  labels,
}: {
  unit: { id: string; updatedAt: string; name: string; code: string | null; parentId: string | null } | null;
  parents: { id: string; name: string; depth: number }[];
  locale: Locale;
  labels: Labels;
}) {
  const [state, formAction, pending] = useActionState(saveUnitAction, IDLE);
  const [values, setValues] = useState<RawValues>({
    name: unit?.name ?? "",
    code: unit?.code ?? "",
    parentId: unit?.parentId ?? "",
  });
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const onChange = (name: string, value: string | string[]) => setValues((v) => ({ ...v, [name]: value }));
  return (
    <form action={formAction} onSubmit={(e) => submitWithoutReset(e, formAction)} noValidate className="max-w-2xl">
      <ErrorSummary
        title={labels.errorSummaryTitle}
        titlePrefix={labels.errorTitlePrefix}
        errors={["name", "code", "parentId"].filter((f) => errors[f]).map((f) => ({ field: f, message: errors[f]! }))}
        focusTrigger={state}
      />
      {state.status === "error" ? <ActionAlert state={state} className="mb-6" /> : null}
      {unit ? <input type="hidden" name="id" value={unit.id} /> : null}
      {unit ? <input type="hidden" name="updatedAt" value={unit.updatedAt} /> : null}
      <FieldInput
        field={{ name: "name", kind: "text", label: same(labels.name), maxLength: 200, requiredMessage: same("") }}
        locale={locale}
        values={values}
        error={errors.name}
        optionalLabel={labels.optional}
        onChange={onChange}
      />
      <FieldInput
        field={{
          name: "code",
          kind: "text",
          label: same(labels.code),
          hint: same(labels.codeHint),
          optional: true,
          requiredMessage: same(""),
        }}
        locale={locale}
        values={values}
        error={errors.code}
        optionalLabel={labels.optional}
        onChange={onChange}
      />
      <SelectField
        name="parentId"
        label={labels.parent}
        value={String(values.parentId ?? "")}
        onChange={onChange}
        error={errors.parentId}
        empty={labels.noParent}
        options={parents.filter((p) => p.id !== unit?.id)}
      />
      <Button size="large" disabled={pending}>
        {labels.submit}
      </Button>
    </form>
  );
}
