"use client";
import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/state";
import { actionFormProps } from "./submit-without-reset";
import { Button, type ButtonVariant } from "./button";
import { ActionAlert } from "./form-alert";

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string | number>;
  label: string;
  variant?: ButtonVariant;
  children?: React.ReactNode;
}

/** A small form with one button that runs a server action and shows its message (errors keep the page as it was). */
// No confirm() here: a step that needs confirming gets a page of its own ("Weet je het zeker?", issue 19 item 5).
export function ActionForm({ action, hidden, label, variant = "secondary", children }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form {...actionFormProps(formAction)} className="space-y-2">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children}
      {state.status === "error" ? <ActionAlert state={state} /> : null}
      <Button variant={variant} disabled={pending}>
        {label}
      </Button>
    </form>
  );
}
