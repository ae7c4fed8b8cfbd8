// The one error table of the server actions: which message key an error becomes. Pure (no i18n, no Next), so
// it is tested table-driven (tests/unit/actions/errors.test.ts); lib/actions/form-action.ts translates the keys.
import { fromPrismaError, isAppError, type AppErrorCode } from "@/lib/errors";

/**
 * AppError code -> message key in the action's namespace. The same meaning in every feature: NOT_FOUND is "not
 * found" (also for a record outside the viewer's reach: the data layer does not tell those apart), FORBIDDEN is
 * "you may not do this". VALIDATION without field errors or a reason, and anything unknown, has no key: it is
 * logged and answered with the namespace's "generic" message.
 */
export const ERROR_KEYS: Readonly<Record<AppErrorCode, string | null>> = {
  NOT_FOUND: "notFound",
  FORBIDDEN: "forbidden",
  CONFLICT: "conflict",
  INVALID_STATE: "invalidState",
  RATE_LIMITED: "rateLimited",
  VALIDATION: null,
};

/** Per-action exceptions to ERROR_KEYS, where a different meaning is intended (e.g. INVALID_STATE is "already ended" for a recusal). */
export type ErrorOverrides = Partial<Record<AppErrorCode, string>>;

export type ErrorOutcome =
  /** Messages per field: a key per field, with values for the message's placeholders where the data layer gave them. */
  | { kind: "fields"; keys: Record<string, string>; params: Record<string, Record<string, string | number>> }
  /** One message for the form: the first key of `keys` the namespace knows (the data layer's reason before the code's key). */
  | { kind: "message"; keys: string[] }
  /** Not an error the person can act on: log it, answer generically. */
  | { kind: "unexpected" };

/**
 * Classifies an error thrown by the data layer. Prisma's P2002 (unique violation) reads as CONFLICT and P2025
 * (record not found) as NOT_FOUND, for every action alike.
 */
export function classifyError(error: unknown, overrides: ErrorOverrides = {}): ErrorOutcome {
  const appError = isAppError(error) ? error : fromPrismaError(error);
  if (!appError) return { kind: "unexpected" };
  const details = (appError.details ?? {}) as { fieldErrors?: unknown; fieldParams?: unknown; reason?: unknown };
  if (
    appError.code === "VALIDATION" &&
    isStringRecord(details.fieldErrors) &&
    Object.keys(details.fieldErrors).length > 0
  ) {
    return {
      kind: "fields",
      keys: details.fieldErrors,
      params: (details.fieldParams ?? {}) as Record<string, Record<string, string | number>>,
    };
  }
  const keys = [
    typeof details.reason === "string" ? details.reason : null,
    overrides[appError.code] ?? ERROR_KEYS[appError.code],
  ].filter((k): k is string => !!k);
  return keys.length > 0 ? { kind: "message", keys } : { kind: "unexpected" };
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === "object" && value !== null && Object.values(value).every((v) => typeof v === "string");
}
