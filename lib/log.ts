// Structured log: one JSON object per line, info to stdout, warn and error to stderr:
//   {"time":"2026-11-22T21:40:00.000Z","level":"info","event":"request","requestId":"…","method":"GET","path":"/x","status":200,"durationMs":12}
//
// Fields pass an ALLOW-LIST by name: anything else is dropped, so declaration contents (titles,
// descriptions, answers), names and e-mail addresses can never reach the log, whatever a caller passes.
// Values must be primitives (objects and arrays are dropped) and strings are cut at 200 characters.
// Errors are logged by name and code only (logError / errorFields): never their message, because a
// database or driver error message can quote the values of a row. See docs/decisions/031-operations-logging-and-health.md.

export type LogLevel = "debug" | "info" | "warn" | "error";

/** The only field names a log line may carry (besides time, level and event). Ids, never names. */
export const LOG_FIELDS = [
  "requestId",
  "method",
  "path",
  "status",
  "durationMs",
  "route",
  "routeType",
  "action",
  "component",
  "task",
  "queue",
  "errorName",
  "errorCode",
  "digest",
  "personId",
  "organisationId",
  "declarationId",
  "count",
  "reason",
  "database",
  "transport",
  "signal",
  /** The name of a setting (never its value), in configuration errors and warnings (lib/config). */
  "setting",
  "port",
  /** The portal's own address, when it is ready (portal.ready): never a request's URL (those are `path`). */
  "url",
  /** A job run's or a start attempt's result: "ok", "failed", ... */
  "outcome",
  "attempt",
  "retryInSeconds",
  /** Audit checkpoints (lib/audit/checkpoint-writer.ts): a chain's head seq and hash, when, key id and HMAC. No content. */
  "seq",
  "hash",
  "checkpointAt",
  "keyId",
  "signature",
  /** Only for our own configuration errors at start-up (DbConfigError, MigrationError, ...): operator guidance. */
  "configError",
] as const;

export type LogField = (typeof LOG_FIELDS)[number];
export type LogValue = string | number | boolean | null | undefined;
export type LogFields = Partial<Record<LogField, LogValue>>;

const ALLOWED = new Set<string>(LOG_FIELDS);
const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const MAX_STRING = 200;

export interface LogSink {
  stdout(line: string): void;
  stderr(line: string): void;
}

// console.* as the fallback where process.stdout is not a stream (an edge runtime).
const processSink: LogSink = {
  stdout: (line) =>
    typeof process.stdout?.write === "function" ? process.stdout.write(`${line}\n`) : console.log(line),
  stderr: (line) =>
    typeof process.stderr?.write === "function" ? process.stderr.write(`${line}\n`) : console.error(line),
};
let sink: LogSink = processSink;

/** Tests capture the lines; pass nothing to restore stdout/stderr. */
export function setLogSink(next?: LogSink): void {
  sink = next ?? processSink;
}

function minimumLevel(): number {
  const configured = process.env.LOG_LEVEL?.trim().toLowerCase();
  if (configured === "silent" || configured === "off") return Infinity;
  return LEVELS[configured as LogLevel] ?? LEVELS.info;
}

/** A path without its query string or fragment (those may carry search terms or tokens). */
export function pathOnly(path: string): string {
  const cut = path.search(/[?#]/);
  return cut === -1 ? path : path.slice(0, cut);
}

function cleanValue(value: unknown, maxString: number): LogValue | typeof DROP {
  if (value === null) return null;
  switch (typeof value) {
    case "string":
      return value.length > maxString ? `${value.slice(0, maxString)}…` : value;
    case "number":
      return Number.isFinite(value) ? value : String(value);
    case "boolean":
      return value;
    case "bigint":
      return value.toString();
    default:
      return DROP;
  }
}
const DROP = Symbol("drop");

/** The allowed fields of `fields`, cleaned; everything else dropped. */
export function allowedFields(fields: Record<string, unknown>): LogFields {
  const out: Record<string, LogValue> = {};
  for (const [key, raw] of Object.entries(fields)) {
    if (!ALLOWED.has(key) || raw === undefined) continue;
    const value = cleanValue(raw, key === "configError" ? 2000 : MAX_STRING);
    if (value === DROP) continue;
    out[key] = key === "path" && typeof value === "string" ? pathOnly(value) : value;
  }
  return out as LogFields;
}

/** Event names are constants in the code ("request", "action.failed"): anything else is replaced. */
function cleanEvent(event: string): string {
  return /^[a-zA-Z0-9_.:-]{1,64}$/.test(event) ? event : "invalid-event-name";
}

export function log(level: LogLevel, event: string, fields: Record<string, unknown> = {}): void {
  if (LEVELS[level] < minimumLevel()) return;
  const line = JSON.stringify({
    time: new Date().toISOString(),
    level,
    event: cleanEvent(event),
    ...allowedFields(fields),
  });
  try {
    if (level === "warn" || level === "error") sink.stderr(line);
    else sink.stdout(line);
  } catch {
    // Logging must never break a request.
  }
}

export const logger = {
  debug: (event: string, fields?: Record<string, unknown>) => log("debug", event, fields),
  info: (event: string, fields?: Record<string, unknown>) => log("info", event, fields),
  warn: (event: string, fields?: Record<string, unknown>) => log("warn", event, fields),
  error: (event: string, fields?: Record<string, unknown>) => log("error", event, fields),
};

/**
 * What may be logged about an error: its class name and a machine code (Prisma "P2002", PostgreSQL
 * SQLSTATE "23505", Node "ECONNREFUSED", AppError "FORBIDDEN"), never its message, meta or cause.
 */
export function errorFields(error: unknown): { errorName: string; errorCode?: string } {
  if (!(error instanceof Error)) return { errorName: typeof error };
  const code = (error as { code?: unknown }).code;
  const safeCode =
    typeof code === "string" && /^[A-Za-z0-9_]{1,32}$/.test(code)
      ? code
      : typeof code === "number"
        ? String(code)
        : undefined;
  const name = /^[A-Za-z0-9_$.]{1,64}$/.test(error.name) ? error.name : "Error";
  return safeCode ? { errorName: name, errorCode: safeCode } : { errorName: name };
}

/** Logs an error by name and code only, with the allowed context fields. */
export function logError(event: string, error: unknown, fields: Record<string, unknown> = {}): void {
  log("error", event, { ...fields, ...errorFields(error) });
}

export interface RequestLogInput {
  method: string;
  /** The request path; a query string is cut off. */
  path: string;
  status?: number;
  durationMs?: number;
  requestId: string;
  /** A routine request (a static file served fine): logged at debug level only. */
  routine?: boolean;
}

/**
 * One line per request, written by the server process (scripts/serve.ts) when the response is done, so it
 * carries the status and the duration of the whole response.
 */
export function logRequest(input: RequestLogInput): void {
  const durationMs = input.durationMs === undefined ? undefined : Math.round(input.durationMs * 10) / 10;
  const level: LogLevel =
    input.status !== undefined && input.status >= 500 ? "error" : input.routine ? "debug" : "info";
  log(level, "request", {
    method: input.method,
    path: input.path,
    status: input.status,
    durationMs,
    requestId: input.requestId,
  });
}
