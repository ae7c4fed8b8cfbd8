import type { ReactNode } from "react";

/**
 * The message of a form or a page after an action: an error (role="alert", red bar) or a confirmation
 * (role="status", green bar). Renders nothing without a message.
 */
export function FormAlert({
  tone = "error",
  children,
  testId,
  className = "",
}: {
  tone?: "error" | "success";
  children?: ReactNode;
  testId?: string;
  className?: string;
}) {
  if (children === undefined || children === null || children === "" || children === false) return null;
  const look = tone === "error" ? "border-error bg-red-50" : "border-ok bg-green-50";
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={`border-l-4 p-4 ${look} ${className}`.trim()}
      data-testid={testId}
    >
      {children}
    </div>
  );
}

/** The alert for a server action's answer: its message as an error or a confirmation; nothing while idle. */
export function ActionAlert({
  state,
  testId = "form-message",
  className,
}: {
  state: { status: string; message?: string };
  testId?: string;
  className?: string;
}) {
  if (!state.message || (state.status !== "error" && state.status !== "success")) return null;
  return (
    <FormAlert tone={state.status === "error" ? "error" : "success"} testId={testId} className={className}>
      {state.message}
    </FormAlert>
  );
}
