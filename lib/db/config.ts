// Which database the portal uses. One dialect, PostgreSQL: a real server when DATABASE_URL is set,
// otherwise the embedded PGlite (PostgreSQL in WebAssembly) with its data under .data/pglite.
import path from "node:path";

export type DbTarget =
  | { kind: "postgres"; connectionString: string; display: string }
  | { kind: "pglite"; dataDir: string; display: string };

export class DbConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DbConfigError";
  }
}

/** Hides the password of a connection string for messages and logs. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "(unparseable URL)";
  }
}

export function resolveDbTarget(env: Record<string, string | undefined> = process.env): DbTarget {
  const raw = env.DATABASE_URL?.trim();
  if (raw === undefined || raw === "") {
    const dataDir = path.resolve(env.PGLITE_DATA_DIR?.trim() || path.join(process.cwd(), ".data", "pglite"));
    return { kind: "pglite", dataDir, display: `embedded PGlite at ${dataDir}` };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DbConfigError(
      "DATABASE_URL is not a valid URL. Use the form postgresql://USER:PASSWORD@HOST:5432/DATABASE, " +
        "or leave DATABASE_URL unset to use the embedded database.",
    );
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new DbConfigError(
      `DATABASE_URL must start with postgresql:// (got "${url.protocol}//"). The portal only supports PostgreSQL; ` +
        "leave DATABASE_URL unset to use the embedded database.",
    );
  }
  if (!url.hostname || url.pathname.replace("/", "") === "") {
    throw new DbConfigError(
      `DATABASE_URL ${redactUrl(raw)} lacks a host or a database name. Use postgresql://USER:PASSWORD@HOST:5432/DATABASE.`,
    );
  }
  return { kind: "postgres", connectionString: raw, display: `PostgreSQL at ${redactUrl(raw)}` };
}

/** Demo mode (demo sign-in, demo data, mail kept in the portal) is the embedded database, or an explicit opt-in on a local server. */
export function isDemoMode(env: Record<string, string | undefined> = process.env): boolean {
  const target = resolveDbTarget(env);
  if (target.kind === "pglite") return true;
  // Tests and CI run the demo on a local PostgreSQL. The opt-in only counts for a server on this machine,
  // so a production deployment cannot switch on the demo sign-in by a stray variable.
  if (env.PORTAL_DEMO === "local-postgres") {
    const host = new URL(target.connectionString).hostname;
    return host === "localhost" || host === "127.0.0.1" || host === "::1" || host === "[::1]";
  }
  return false;
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
  const app = resolveDbTarget(env);
  if (app.kind !== "postgres") {
    throw new DbConfigError("MIGRATION_DATABASE_URL is set but DATABASE_URL is not: the owner role is for PostgreSQL; set DATABASE_URL to the portal's own role.");
  }
  let owner: DbTarget;
  try {
    owner = resolveDbTarget({ DATABASE_URL: raw });
  } catch (error) {
    throw new DbConfigError((error as Error).message.replace(/\bDATABASE_URL\b/g, "MIGRATION_DATABASE_URL").replace(/[;,] (or )?leave MIGRATION_DATABASE_URL unset[^.]*\./, "."));
  }
  if (owner.kind !== "postgres") throw new DbConfigError("MIGRATION_DATABASE_URL is not a PostgreSQL URL.");
  const a = new URL(app.connectionString);
  const o = new URL(owner.connectionString);
  const place = (u: URL) => `${u.hostname}:${u.port || "5432"}${u.pathname}?schema=${u.searchParams.get("schema") ?? "public"}`;
  if (place(a) !== place(o)) {
    throw new DbConfigError(
      `MIGRATION_DATABASE_URL (${redactUrl(raw)}) and DATABASE_URL (${redactUrl(app.connectionString)}) must name the same server, database and schema; only the user differs.`,
    );
  }
  return raw;
}
