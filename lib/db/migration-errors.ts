// The schema engine's errors turned into messages a person can act on: which migration failed where, and
// what to run next. The runner (lib/db/migrate.ts) applies the migrations; this file only explains failures.
// Split from the runner in issue 14 (decision 045).
import path from "node:path";
import { redactUrl } from "../config";
import type { MigrationTarget } from "./migrate";

/** The file every migration folder holds. */
export const MIGRATION_SQL_FILE = "migration.sql";

/** An error whose message says what went wrong and what to do; scripts print `.message` only. */
export class MigrationError extends Error {
  /** Prisma error code (e.g. P3018), when the engine gave one. */
  readonly code: string | undefined;
  constructor(message: string, options?: { code?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "MigrationError";
    this.code = options?.code;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface EngineErrorInfo {
  code: string | undefined;
  message: string;
  /** The migration being applied when the error happened (from the engine's span trace). */
  migrationName?: string;
}

/**
 * Drops the engine's span trace ("   0: schema_engine_wasm::…", "with migration_name=…",
 * "at schema-engine/…rs:242") and its generic "external connector error" prefix.
 */
function stripEngineTrace(message: string): string {
  return message
    .split("\n")
    .filter(
      (line) =>
        !/^\s*\d+: [a-z_]+::/.test(line) &&
        !/^\s*at [\w/.-]+\.rs:\d+/.test(line) &&
        !/^\s*with \w+=/.test(line) &&
        line.trim() !== "external connector error",
    )
    .join("\n")
    .trim();
}

export function engineErrorInfo(error: unknown): EngineErrorInfo {
  const info = rawEngineErrorInfo(error);
  const migrationName = info.message.match(/migration_name="([^"]+)"/)?.[1];
  return { code: info.code, message: stripEngineTrace(info.message), migrationName };
}

function rawEngineErrorInfo(error: unknown): EngineErrorInfo {
  const raw = error instanceof Error ? error.message : typeof error === "string" ? error : JSON.stringify(error);
  // The wasm engine rejects with an Error (name e.g. SchemaConnectorError) whose message may be
  // a JSON payload with a Prisma error code (P1001, P3009, ...), or plain text.
  try {
    const parsed = JSON.parse(raw) as { error_code?: string; message?: string };
    if (parsed && typeof parsed.message === "string") return { code: parsed.error_code, message: parsed.message };
  } catch {
    // not JSON
  }
  if (error && typeof error === "object") {
    const e = error as { error_code?: unknown; code?: unknown };
    const code = typeof e.error_code === "string" ? e.error_code : typeof e.code === "string" ? e.code : undefined;
    if (code) return { code, message: raw };
  }
  return { code: raw.match(/\bP\d{4}\b/)?.[0], message: raw };
}

/** Joins sentences, avoiding the engine's own trailing period turning into "..". */
function sentence(text: string): string {
  const t = text.trim().replace(/\n{2,}/g, "\n");
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

export function connectionHint(message: string, target: MigrationTarget): string | undefined {
  if (target.kind !== "postgres") return undefined;
  const url = redactUrl(target.connectionString);
  if (
    /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|timeout|Can't reach database server|terminated unexpectedly/i.test(
      message,
    )
  ) {
    return (
      `Cannot reach the PostgreSQL server of ${url}.\n${sentence(message)}\n` +
      "Start the server (locally: pg_ctlcluster 15 main start) or fix HOST:PORT in DATABASE_URL."
    );
  }
  if (
    /password authentication failed|authentication failed|no pg_hba\.conf entry|role .* does not exist|SASL|password must be a string/i.test(
      message,
    )
  ) {
    return `The PostgreSQL server refused the login for ${url}.\n${sentence(message)}\nFix USER and PASSWORD in DATABASE_URL.`;
  }
  if (/database .* does not exist/i.test(message)) {
    return (
      `The database of ${url} does not exist.\n${sentence(message)}\n` +
      "Create it first (createdb NAME, or CREATE DATABASE NAME) or fix the database name in DATABASE_URL."
    );
  }
  return undefined;
}

export function applyErrorMessage(
  info: EngineErrorInfo,
  where: string,
  target: MigrationTarget,
  migrationsDir: string,
): string {
  const connection = connectionHint(info.message, target);
  if (connection) return connection;
  const message = info.message.trim();
  if (info.migrationName || info.code === "P3018") {
    const name = info.migrationName ?? "<migration_name>";
    // The portal's least-privileged role may neither record nor run a migration (decision 036): say who may.
    if (/permission denied|must be owner/i.test(message)) {
      return (
        `Migration ${name} cannot be applied on ${where} with this role.\n${message}\n` +
        "The role in this URL may not change the schema: run the migrations as the owner role, " +
        "MIGRATION_DATABASE_URL=postgresql://OWNER:...@HOST/DATABASE npm run db:migrate (docs/operations.md section 3), " +
        "then start the portal again."
      );
    }
    return (
      `Migration ${name} failed on ${where}; it and the migrations after it were not applied.\n${message}\n` +
      `Fix ${path.join(migrationsDir, name, MIGRATION_SQL_FILE)} (or the data it trips over). The failed attempt is ` +
      "recorded in _prisma_migrations and blocks further migrations: once the database is as it was before that " +
      "migration (a migration.sql without its own BEGIN/COMMIT runs as one implicit transaction, so a failure rolls all of it back), run " +
      `\`npm run db:migrate -- --rolled-back ${name}\` and then \`npm run db:migrate\` again.`
    );
  }
  switch (info.code) {
    case "P3009": {
      // failed migrations found in the target database
      const failed = message.match(/The `([^`]+)` migration/)?.[1] ?? "<migration_name>";
      return (
        `${capitalize(where)} has a failed migration recorded, so no new migration will be applied.\n${message}\n` +
        "Fix the migration, make sure the database is as it was before that migration, then run " +
        `\`npm run db:migrate -- --rolled-back ${failed}\` and \`npm run db:migrate\` again.`
      );
    }
    case "P3005": // schema not empty, no migrations table
      return (
        `${capitalize(where)} already has tables but no migration history (_prisma_migrations), so migrations cannot be applied to it.\n${message}\n` +
        "Use an empty database, or baseline this one (mark the migrations that match it as applied)."
      );
    default:
      return `Migrating ${where} failed${info.code ? ` (${info.code})` : ""}: ${message}`;
  }
}
