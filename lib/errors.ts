// Application errors with codes the actions turn into clear messages (conventions: Errors).
export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "INVALID_STATE" | "VALIDATION" | "RATE_LIMITED";

export class AppError extends Error {
  constructor(
    public readonly code: AppErrorCode,
    message: string,
    public readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what = "record") => new AppError("NOT_FOUND", `${what} not found`);
export const conflict = (details?: Record<string, unknown>) => new AppError("CONFLICT", "changed meanwhile", details);
export const invalidState = (status: string) =>
  new AppError("INVALID_STATE", `not allowed in status ${status}`, { status });

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Maps Prisma's "unique constraint" and "record not found" errors onto our codes. */
export function fromPrismaError(error: unknown): AppError | null {
  const code = (error as { code?: string } | null)?.code;
  if (code === "P2002") return new AppError("CONFLICT", "duplicate");
  if (code === "P2025") return new AppError("NOT_FOUND", "record not found");
  return null;
}
