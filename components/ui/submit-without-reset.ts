"use client";
import { startTransition, type FormEvent } from "react";

/**
 * Runs a form's server action without React's automatic form reset. React 19 resets a form after an
 * action submitted through `<form action>`, which clears what the person typed or chose (the DOM of
 * controlled radios and inputs) even when the server answers with errors. The GOV.UK pattern says:
 * nothing cleared on error. So forms submit through this handler instead.
 */
export function submitWithoutReset(event: FormEvent<HTMLFormElement>, action: (formData: FormData) => void): void {
  event.preventDefault();
  const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLElement | null;
  const formData = new FormData(event.currentTarget, submitter);
  startTransition(() => action(formData));
}

/**
 * The props of a form that runs a server action through `useActionState`: the action (so it also posts without
 * JavaScript), the submit handler that keeps what was typed, and `noValidate` (the server checks; its messages show).
 */
export function actionFormProps(formAction: (formData: FormData) => void) {
  return {
    action: formAction,
    onSubmit: (event: FormEvent<HTMLFormElement>) => submitWithoutReset(event, formAction),
    noValidate: true,
  };
}
