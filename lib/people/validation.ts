import { AppError } from "@/lib/errors";

/** The people area's validation error: field errors (message keys) and their parameters. */
export function validation(
  fieldErrors: Record<string, string>,
  fieldParams?: Record<string, Record<string, string>>,
): AppError {
  return new AppError("VALIDATION", "invalid input", { fieldErrors, fieldParams });
}
