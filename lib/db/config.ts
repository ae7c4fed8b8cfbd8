// Which database the portal uses: decided in lib/config (DATABASE_URL; PGLITE_DATA_DIR; the embedded
// database in .data/pglite in demo mode only). Re-exported here for the database layer and scripts.
import { redactUrl, resolveDbTarget, type DbTarget } from "@/lib/config";
export { isDemoMode, redactUrl, resolveDbTarget } from "@/lib/config";
export type { DbTarget } from "@/lib/config";

/** A database that cannot be used (connection refused, damaged data directory): the text says what to fix. */
export class DbConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DbConfigError";
  }
}

/**
 * MIGRATION_DATABASE_URL: the OWNER role that runs the migrations (decision 036, docs/operations.md section 3),
 * while DATABASE_URL is the portal's least-privileged role. Unset: migrations run with DATABASE_URL, as before.
 * It must name the same server and database as DATABASE_URL, so a typo cannot migrate (or grant on) another one.
 * (One small function, so that it can move into the validated configuration module as it is.)
 */
export function resolveMigrationUrl(env: Record<string, string | undefined> = process.env): string | null {
  const raw = env.MIGRATION_DATABASE_URL?.trim();
  if (!raw) return null;
  const app = env.DATABASE_URL?.trim() ? resolveDbTarget(env) : null;
  if (app?.kind !== "postgres") {
    throw new DbConfigError(
      "MIGRATION_DATABASE_URL is set but DATABASE_URL is not: the owner role is for PostgreSQL; set DATABASE_URL to the portal's own role.",
    );
  }
  let owner: DbTarget;
  try {
    owner = resolveDbTarget({ DATABASE_URL: raw });
  } catch (error) {
    throw new DbConfigError(
      (error as Error).message
        .replace(/\bDATABASE_URL\b/g, "MIGRATION_DATABASE_URL")
        .replace(/[;,] (or )?leave MIGRATION_DATABASE_URL unset[^.]*\./, "."),
    );
  }
  if (owner.kind !== "postgres") throw new DbConfigError("MIGRATION_DATABASE_URL is not a PostgreSQL URL.");
  const a = new URL(app.connectionString);
  const o = new URL(owner.connectionString);
  const place = (u: URL) =>
    `${u.hostname}:${u.port || "5432"}${u.pathname}?schema=${u.searchParams.get("schema") ?? "public"}`;
  if (place(a) !== place(o)) {
    throw new DbConfigError(
      `MIGRATION_DATABASE_URL (${redactUrl(raw)}) and DATABASE_URL (${redactUrl(app.connectionString)}) must name the same server, database and schema; only the user differs.`,
    );
  }
  return raw;
}
