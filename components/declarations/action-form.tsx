"use client";
import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/state";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string | number>;
  label: string;
  variant?: "primary" | "secondary" | "danger";
  confirm?: string;
  children?: React.ReactNode;
}

const STYLE = {
  primary: "bg-brand text-white hover:bg-brand-dark",
  secondary: "border-2 border-brand text-brand hover:bg-brand-light",
  danger: "border-2 border-error text-error hover:bg-red-50",
};

/** A small form with one button that runs a server action and shows its message (errors keep the page as it was). */
export function ActionForm({ action, hidden, label, variant = "secondary", confirm, children }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form
      action={formAction}
      noValidate
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) return e.preventDefault();
        submitWithoutReset(e, formAction);
      }}
      className="space-y-2"
    >
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children}
      {state.status === "error" && state.message ? (
        <p role="alert" className="font-bold text-error">{state.message}</p>
      ) : null}
      <button type="submit" disabled={pending} className={`rounded px-4 py-2 font-bold disabled:opacity-60 ${STYLE[variant]}`}>
        {label}
      </button>
    </form>
  );
}
