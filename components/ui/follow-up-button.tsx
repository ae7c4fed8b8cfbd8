"use client";
import { useEnhanced } from "./use-enhanced";
import { Button } from "./button";

/**
 * Without JavaScript: the button after a question whose answer shows other questions. It submits the form with
 * `_intent=update`, which the action answers with the form as typed and the questions that now apply, saving
 * nothing (issue 19 item 5, decision 060). With JavaScript the questions appear in place, and it is not rendered.
 */
export function FollowUpButton({ label, testId }: { label: string; testId: string }) {
  const enhanced = useEnhanced();
  if (enhanced) return null;
  return (
    <Button variant="secondary" name="_intent" value="update" className="-mt-2 mb-6" data-testid={testId}>
      {label}
    </Button>
  );
}
