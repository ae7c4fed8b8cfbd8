"use client";
// The forms of the SCIM token page (/beheer/mensen/koppeling). A new token comes back in the action's state and
// is shown here, once: without JavaScript the form posts and the server renders the page with that state, so the
// token is never in a URL (decision 070).
import { useActionState } from "react";
import type { ScimTokenState } from "@/lib/scim/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { ActionAlert, FormAlert } from "@/components/ui/form-alert";
import { Button } from "@/components/ui/button";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

type Action = (s: ScimTokenState, f: FormData) => Promise<ScimTokenState>;
const IDLE: ScimTokenState = { status: "idle" };

export interface TokenShownLabels {
  tokenLabel: string;
  copyNow: string;
}

/** The new token, shown once with the warning to copy it now. */
function TokenShown({ state, labels }: { state: ScimTokenState; labels: TokenShownLabels }) {
  if (state.status !== "success" || !state.token) return null;
  return (
    <FormAlert tone="success" testId="scim-token-shown" className="mb-6 space-y-3">
      <p className="font-bold">{state.message}</p>
      <p className="font-bold text-error" data-testid="scim-token-warning">
        {labels.copyNow}
      </p>
      <p>
        <span className="block font-semibold" id="scim-token-label">
          {labels.tokenLabel}
        </span>
        <code
          aria-labelledby="scim-token-label"
          className="mt-1 block rounded border-2 border-neutral-700 bg-white px-2 py-2 font-mono break-all select-all"
          data-testid="scim-token-value"
        >
          {state.token}
        </code>
      </p>
    </FormAlert>
  );
}

export function ScimTokenCreateForm({
  action,
  roles,
  labels,
}: {
  action: Action;
  /** The roles this administrator may let a token hand out (EMPLOYEE left out: every token has it). */
  roles: { code: string; label: string }[];
  labels: TokenShownLabels & {
    name: string;
    nameHint: string;
    roles: string;
    rolesHint: string;
    submit: string;
    errorSummaryTitle: string;
    errorTitlePrefix: string;
  };
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  // After success the form starts empty again; after an error it keeps what was typed.
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const ticked = new Set(Array.isArray(values.roles) ? values.roles : []);
  return (
    <div>
      <TokenShown state={state} labels={labels} />
      <form
        action={formAction}
        onSubmit={(e) => submitWithoutReset(e, formAction)}
        noValidate
        className="max-w-2xl"
        data-testid="scim-token-create"
      >
        <ErrorSummary
          title={labels.errorSummaryTitle}
          titlePrefix={labels.errorTitlePrefix}
          errors={["name", "roles"].filter((f) => errors[f]).map((f) => ({ field: f, message: errors[f]! }))}
          focusTrigger={state}
        />
        {state.status === "error" ? <ActionAlert state={state} className="mb-6" /> : null}
        <Field id="field-name" name="name" label={labels.name} hint={labels.nameHint} error={errors.name}>
          {(control) => (
            <input
              {...control}
              name="name"
              type="text"
              maxLength={100}
              autoComplete="off"
              defaultValue={typeof values.name === "string" ? values.name : ""}
              key={`name-${state.status}-${state.id ?? ""}`}
              className="mt-1 block w-full max-w-xl rounded border-2 border-neutral-700 px-2 py-2"
            />
          )}
        </Field>
        {roles.length > 0 ? (
          <Field id="field-roles" name="roles" label={labels.roles} hint={labels.rolesHint} error={errors.roles} group>
            {() => (
              <div className="mt-2 space-y-2">
                {roles.map((r, i) => (
                  <label key={r.code} className="flex items-center gap-2">
                    <input
                      // The error summary links to the group's first box.
                      id={i === 0 ? "field-roles" : undefined}
                      type="checkbox"
                      name="roles"
                      value={r.code}
                      defaultChecked={ticked.has(r.code)}
                      key={`${r.code}-${state.status}-${state.id ?? ""}`}
                      className="h-5 w-5"
                    />
                    {r.label}
                  </label>
                ))}
              </div>
            )}
          </Field>
        ) : null}
        <Button size="large" disabled={pending}>
          {labels.submit}
        </Button>
      </form>
    </div>
  );
}

/** The confirm step of rotating: the button makes the new token, which is then shown here once. */
export function ScimTokenRotateForm({
  action,
  id,
  revoked,
  labels,
}: {
  action: Action;
  id: string;
  revoked: boolean;
  labels: TokenShownLabels & { submit: string; alreadyRevoked: string };
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  if (state.status === "success") return <TokenShown state={state} labels={labels} />;
  if (revoked) return <p>{labels.alreadyRevoked}</p>;
  return (
    <form action={formAction} onSubmit={(e) => submitWithoutReset(e, formAction)} noValidate className="space-y-2">
      <input type="hidden" name="id" value={id} />
      {state.status === "error" ? <ActionAlert state={state} /> : null}
      <Button disabled={pending}>{labels.submit}</Button>
    </form>
  );
}
