import Link from "next/link";
import type { ReactNode } from "react";
import type { ActionState } from "@/lib/actions/state";
import { ActionForm } from "./action-form";
import type { ButtonVariant } from "./button";
import { FormAlert } from "./form-alert";

/** The step a confirm page confirms: a server action, its hidden fields and the button's text. */
export interface ConfirmStep {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string | number>;
  label: string;
  /** "destructive" where the step cannot be undone; a confirm page's button is "primary" otherwise. */
  variant?: ButtonVariant;
}

/**
 * The last row of a confirm page ("Weet je het zeker?", issue 19 item 5): the button that does it and, beside it, the
 * way back. Without `confirm` (it cannot be done now, or it is done) only the way back.
 */
export function ConfirmActions({ confirm, back, href }: { confirm: ConfirmStep | null; back: string; href: string }) {
  return (
    <div className="flex flex-wrap items-start gap-6">
      {confirm ? <ActionForm {...confirm} variant={confirm.variant ?? "primary"} /> : null}
      <Link href={href} className="inline-block py-2">
        {back}
      </Link>
    </div>
  );
}

/**
 * The one fact to weigh on a confirm page: a warning (amber bar, who or how many it reaches), or the reason the step
 * cannot be done now (an alert; the page then has no confirm button).
 */
export function ConfirmNotice({
  tone,
  testId,
  children,
}: {
  tone: "warning" | "error";
  testId: string;
  children: ReactNode;
}) {
  return tone === "error" ? (
    <FormAlert tone="error" testId={testId}>
      {children}
    </FormAlert>
  ) : (
    <p className="border-l-4 border-amber-600 bg-amber-50 p-4 font-semibold" data-testid={testId}>
      {children}
    </p>
  );
}
