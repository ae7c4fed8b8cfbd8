// Two PostgreSQL roles (issue 20 item 5, decision 036): an OWNER that owns the schema and runs the migrations,
// and the APPLICATION role the portal connects with, which may read and write the portal's tables but on the
// audit table only SELECT and INSERT. Not being the owner, it cannot ALTER the table, disable or drop its
// triggers, or TRUNCATE it: its own credentials cannot rewrite the audit trail.
//
//   createRolesSql(...)        the one-off SQL a database administrator runs as superuser (npm run db:roles prints it);
//   applyApplicationGrants(..) the grants, run as the owner after every migration (npm run db:migrate and the
//                              start-up migration do it when MIGRATION_DATABASE_URL is set).
import pg from "pg";
import { parsePostgresUrl } from "./migrate";
import { redactUrl } from "../config";

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;

/** A lower-case SQL identifier, quoted. Role and database names are restricted so the printed SQL needs no escaping. */
export function roleIdent(name: string, what = "name"): string {
  if (!IDENT.test(name)) {
    throw new Error(
      `The ${what} "${name}" is not allowed: use lower-case letters, digits and _ (at most 63, not starting with a digit).`,
    );
  }
  return `"${name}"`;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export interface RoleNames {
  owner: string;
  app: string;
  database: string;
}

/**
 * The SQL that creates the two roles and the database (as a superuser, once). `asSuperuser` runs connected to any
 * database of the server; `inDatabase` connected to the new database. Passwords are set separately (psql's
 * \password, so they appear in no file or shell history).
 */
export function createRolesSql(names: RoleNames): { asSuperuser: string[]; inDatabase: string[] } {
  const owner = roleIdent(names.owner, "owner role");
  const app = roleIdent(names.app, "application role");
  const database = roleIdent(names.database, "database");
  if (names.owner === names.app) throw new Error("The owner role and the application role must differ.");
  return {
    asSuperuser: [
      `CREATE ROLE ${owner} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT`,
      `CREATE ROLE ${app} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT`,
      `CREATE DATABASE ${database} OWNER ${owner}`,
      `REVOKE ALL ON DATABASE ${database} FROM PUBLIC`,
      `GRANT CONNECT ON DATABASE ${database} TO ${app}`,
    ],
    inDatabase: [
      // PostgreSQL 14 and older let every role create tables in "public"; 15 does not. Either way: only the owner.
      `ALTER SCHEMA public OWNER TO ${owner}`,
      `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    ],
  };
}

/** The psql script `npm run db:roles` prints. */
export function rolesScript(names: RoleNames): string {
  const sql = createRolesSql(names);
  return [
    `-- Run as a superuser: psql -v ON_ERROR_STOP=1 -h HOST -U postgres -f roles.sql`,
    `-- Owner ${names.owner}: owns the schema, runs migrations (MIGRATION_DATABASE_URL). Application ${names.app}: the portal (DATABASE_URL).`,
    ...sql.asSuperuser.map((s) => `${s};`),
    `\\password ${names.owner}`,
    `\\password ${names.app}`,
    `\\connect ${names.database}`,
    ...sql.inDatabase.map((s) => `${s};`),
    `-- Then, as the owner: MIGRATION_DATABASE_URL=postgresql://${names.owner}:...@HOST/${names.database} DATABASE_URL=postgresql://${names.app}:...@HOST/${names.database} npm run db:migrate`,
    `-- (it applies the migrations and grants ${names.app} its rights: SELECT and INSERT only on "AuditEvent").`,
    "",
  ].join("\n");
}

/** The statements that give the application role its rights, for the schema the portal's tables are in. */
export function applicationGrantStatements(app: string, options: { schema?: string; pgboss?: boolean } = {}): string[] {
  const a = quoteIdent(app);
  const s = quoteIdent(options.schema ?? "public");
  const statements = [
    `GRANT USAGE ON SCHEMA ${s} TO ${a}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${a}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${a}`,
    // The audit trail: read and append, nothing more (no UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER).
    `REVOKE ALL ON ${s}."AuditEvent" FROM ${a}`,
    `GRANT SELECT, INSERT ON ${s}."AuditEvent" TO ${a}`,
    // The migration history: readiness and the start-up check read it; only the owner writes it.
    `REVOKE ALL ON ${s}."_prisma_migrations" FROM ${a}`,
    `GRANT SELECT ON ${s}."_prisma_migrations" TO ${a}`,
    // Schemas the owner creates later (the job runner's, once the migrations create it) are usable by the app.
    `ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO ${a}`,
  ];
  if (options.pgboss) {
    statements.push(
      `GRANT USAGE ON SCHEMA "pgboss" TO ${a}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "pgboss" TO ${a}`,
      `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA "pgboss" TO ${a}`,
      `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA "pgboss" TO ${a}`,
      `ALTER DEFAULT PRIVILEGES IN SCHEMA "pgboss" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${a}`,
      `ALTER DEFAULT PRIVILEGES IN SCHEMA "pgboss" GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${a}`,
    );
  }
  return statements;
}

export class RoleSetupError extends Error {
  constructor(message: string) {
    super(message);
    // One of the names lib/startup.ts logs with their text (operator guidance).
    this.name = "DbConfigError";
  }
}

/**
 * Run as the OWNER (ownerUrl) after the migrations: grants the application role (the user of appUrl) its rights.
 * Refuses when the application role is the owner, a member of it, or a superuser: then nothing protects the trail.
 */
export async function applyApplicationGrants(
  ownerUrl: string,
  appUrl: string,
): Promise<{ appRole: string; statements: string[] }> {
  const appRole = decodeURIComponent(new URL(appUrl).username);
  const { config, schema } = parsePostgresUrl(ownerUrl);
  const client = new pg.Client(config);
  await client.connect();
  try {
    const who = await client.query<{
      owner: string;
      superuser: boolean | null;
      member: boolean | null;
      exists: boolean;
    }>(
      `select current_user as owner,
              (select rolsuper from pg_roles where rolname = $1) as superuser,
              case when exists (select 1 from pg_roles where rolname = $1) then pg_has_role($1, current_user, 'MEMBER') end as member,
              exists (select 1 from pg_roles where rolname = $1) as exists`,
      [appRole],
    );
    const row = who.rows[0]!;
    if (!row.exists)
      throw new RoleSetupError(`The role "${appRole}" of DATABASE_URL does not exist (create it: npm run db:roles).`);
    if (appRole === row.owner || row.member || row.superuser) {
      throw new RoleSetupError(
        `DATABASE_URL's role "${appRole}" is ${appRole === row.owner ? "the owner itself" : row.superuser ? "a superuser" : `a member of the owner "${row.owner}"`}: ` +
          "it could switch the audit trail's triggers off. Give the portal its own role (npm run db:roles, docs/operations.md section 3).",
      );
    }
    const pgboss = (await client.query(`select 1 from pg_namespace where nspname = 'pgboss'`)).rowCount === 1;
    const statements = applicationGrantStatements(appRole, { schema, pgboss });
    await client.query("begin");
    for (const statement of statements) await client.query(statement);
    await client.query("commit");
    return { appRole, statements };
  } catch (error) {
    await client.query("rollback").catch(() => {});
    if (error instanceof RoleSetupError) throw error;
    const e = error as { code?: string; message?: string };
    throw new RoleSetupError(
      `Granting "${appRole}" its rights as ${redactUrl(ownerUrl)} failed (${e.code ?? "error"}): ${e.message ?? String(error)}. ` +
        "MIGRATION_DATABASE_URL must be the role that owns the portal's tables.",
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * What a role may do to the audit table, for the start-up warning: true when it owns the table (and so could
 * disable its triggers) or may UPDATE, DELETE or TRUNCATE it.
 */
export async function auditTableUnprotected(
  query: (sql: string) => Promise<{ unprotected: boolean }[]>,
): Promise<boolean> {
  const rows = await query(
    `select (pg_has_role(current_user, c.relowner, 'USAGE')
             or has_table_privilege(c.oid, 'UPDATE') or has_table_privilege(c.oid, 'DELETE') or has_table_privilege(c.oid, 'TRUNCATE')) as unprotected
       from pg_class c where c.oid = to_regclass('"AuditEvent"')`,
  );
  return rows[0]?.unprotected ?? false;
}

/**
 * Applies the migrations as the owner (ownerUrl, when given) and then grants the application role (appUrl's user)
 * its rights; without ownerUrl, applies them with appUrl as before (one role: simple set-ups, tests).
 */
export async function migratePostgres(
  appUrl: string,
  ownerUrl: string | null,
): Promise<{ applied: string[]; grantedTo?: string }> {
  const { applyMigrations } = await import("./migrate");
  const { applied } = await applyMigrations({ kind: "postgres", connectionString: ownerUrl ?? appUrl });
  if (!ownerUrl) return { applied };
  const { appRole } = await applyApplicationGrants(ownerUrl, appUrl);
  return { applied, grantedTo: appRole };
}
