import { AppError } from "@/lib/errors";

/** The AppError code a data-layer call was refused with, or "OK" when it went through (any other error is thrown). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

/** The AppError a data-layer call was refused with; fails the test when the call went through. */
export async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal (an AppError), but it was accepted");
}
