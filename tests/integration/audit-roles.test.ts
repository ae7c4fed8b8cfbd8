// Issue 20 item 5: least privilege on PostgreSQL. The owner role runs the migrations; the portal's own role can
// use the portal (here: the demo data seeded through it, audit events recorded and read, other tables changed)
// but cannot UPDATE, DELETE or TRUNCATE the audit table, nor switch its triggers off: the privilege system
// refuses it (SQLSTATE 42501 "permission denied" / "must be owner"), before the append-only trigger is reached.
// PostgreSQL only (PGlite has one role): runs when TEST_DATABASE_URL is set, as .ci/run does.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "@/lib/db";
import type { OpenedDb } from "@/lib/db/client";
import { resolveMigrationUrl } from "@/lib/db/config";
import { applyMigrations } from "@/lib/db/migrate";
import { applyApplicationGrants, createRolesSql, migratePostgres } from "@/lib/db/roles";
import { recordAudit } from "@/lib/audit/record";
import { verifyAuditChain } from "@/lib/audit/verify";
import { setLogSink } from "@/lib/log";
import { seedDemoData } from "@/prisma/seed-data";

const base = process.env.TEST_DATABASE_URL;
const root = path.resolve(import.meta.dirname, "..", "..");

// Skipped without TEST_DATABASE_URL: PGlite has one role, so least privilege needs a real PostgreSQL server; .ci/run sets it.
describe.skipIf(!base)("least-privilege database roles on PostgreSQL", () => {
  const suffix = randomBytes(4).toString("hex");
  const names = { owner: `portal_owner_${suffix}`, app: `portal_app_${suffix}`, database: `portal_roles_${suffix}` };
  const password = randomBytes(12).toString("hex");
  const urlFor = (user: string, database = names.database) => {
    const url = new URL(base!);
    url.username = user;
    url.password = password;
    url.pathname = `/${database}`;
    return url.toString();
  };
  const superuserUrl = (database: string) => {
    const url = new URL(base!);
    url.pathname = `/${database}`;
    return url.toString();
  };
  let opened: OpenedDb | undefined;
  let app: pg.Client;
  let orgId: string;

  async function asSuperuser(database: string, statements: string[]) {
    const client = new pg.Client({ connectionString: superuserUrl(database) });
    await client.connect();
    try {
      for (const s of statements) await client.query(s);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    // The SQL `npm run db:roles` prints, run as the superuser; then passwords (psql's \password in real life).
    const sql = createRolesSql(names);
    await asSuperuser(new URL(base!).pathname.slice(1) || "postgres", [
      ...sql.asSuperuser,
      `ALTER ROLE "${names.owner}" PASSWORD '${password}'`,
      `ALTER ROLE "${names.app}" PASSWORD '${password}'`,
    ]);
    await asSuperuser(names.database, sql.inDatabase);
    // What `npm run db:migrate` does with MIGRATION_DATABASE_URL beside DATABASE_URL.
    const env = { DATABASE_URL: urlFor(names.app), MIGRATION_DATABASE_URL: urlFor(names.owner) };
    const ownerUrl = resolveMigrationUrl(env);
    expect(ownerUrl).toBe(urlFor(names.owner));
    const first = await migratePostgres(urlFor(names.app), ownerUrl);
    expect(first.applied.length).toBeGreaterThan(5);
    expect(first.grantedTo).toBe(names.app);
    app = new pg.Client({ connectionString: urlFor(names.app) });
    await app.connect();
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
    await app?.end().catch(() => {});
    if (!base) return;
    await asSuperuser("postgres", [
      `DROP DATABASE IF EXISTS "${names.database}" WITH (FORCE)`,
      `DROP ROLE IF EXISTS "${names.app}"`,
      `DROP ROLE IF EXISTS "${names.owner}"`,
    ]);
  });

  it("the owner owns the tables; the portal starts as the application role and uses its tables and the audit trail", async () => {
    const owners = await app.query<{ tableowner: string }>(
      `select distinct tableowner from pg_tables where schemaname = 'public'`,
    );
    expect(owners.rows.map((r) => r.tableowner)).toEqual([names.owner]);
    // Start-up as the application role: the migration step finds nothing to do (it may only read the history),
    // and no warning that the audit trail is unprotected.
    const lines: string[] = [];
    setLogSink({ stdout: (l) => lines.push(l), stderr: (l) => lines.push(l) });
    try {
      opened = await prepareDatabase(
        { kind: "postgres", connectionString: urlFor(names.app), display: "app role" },
        { seedDemo: false },
      );
    } finally {
      setLogSink();
    }
    expect(lines.filter((l) => l.includes("startup.audit-trail-unprotected"))).toEqual([]);
    // The demo data through the application role: organisations, people, declarations, decisions, notifications,
    // and their audit events.
    await seedDemoData(opened.prisma, { activity: true });
    const events = await opened.prisma.auditEvent.count();
    expect(events).toBeGreaterThan(10);
    const person = await opened.prisma.person.findFirstOrThrow({ select: { id: true, organisationId: true } });
    orgId = person.organisationId;
    await opened.prisma.$transaction(async (tx) => {
      await tx.person.update({ where: { id: person.id }, data: { sessionVersion: { increment: 1 } } });
      await recordAudit(tx, {
        organisationId: orgId,
        actorId: person.id,
        action: "test.role",
        entityType: "Person",
        entityId: person.id,
      });
    });
    await opened.prisma.notification.deleteMany({ where: { recipientId: person.id } });
    expect(await opened.prisma.auditEvent.count()).toBe(events + 1);
    expect((await verifyAuditChain(opened.prisma)).every((r) => r.ok)).toBe(true);
  }, 180_000);

  /** The statement's PostgreSQL error (code and message); fails the test when it succeeds. */
  const refused = async (sql: string) => {
    const error = await app.query(sql).then(
      () => null,
      (e: { code?: string; message?: string }) => e,
    );
    expect(error, `${sql} should be refused`).not.toBeNull();
    return { code: error!.code, message: error!.message };
  };

  it("the application role cannot UPDATE, DELETE or TRUNCATE audit events: 42501 permission denied (the privilege, not the trigger)", async () => {
    const denied = { code: "42501", message: `permission denied for table AuditEvent` };
    expect(await refused(`update "AuditEvent" set action = 'changed' where "organisationId" = '${orgId}'`)).toEqual(
      denied,
    );
    expect(await refused(`delete from "AuditEvent" where "organisationId" = '${orgId}'`)).toEqual(denied);
    expect(await refused(`truncate "AuditEvent"`)).toEqual(denied);
    expect(
      await refused(`insert into "AuditEvent" ("organisationId", seq, action, "entityType", "entityId", "prevHash", hash)
      select "organisationId", seq, action, "entityType", "entityId", "prevHash", hash from "AuditEvent" limit 1
      on conflict ("organisationId", seq) do update set hash = excluded.hash`),
    ).toEqual(denied);
  });

  it("the application role cannot switch the triggers off, drop them, or change the table or its function", async () => {
    const notOwner = (what: string) => ({ code: "42501", message: `must be owner of ${what}` });
    expect(await refused(`alter table "AuditEvent" disable trigger all`)).toEqual(notOwner("table AuditEvent"));
    expect(await refused(`alter table "AuditEvent" disable trigger "AuditEvent_append_only"`)).toEqual(
      notOwner("table AuditEvent"),
    );
    expect(await refused(`alter table "AuditEvent" disable trigger "AuditEvent_no_truncate"`)).toEqual(
      notOwner("table AuditEvent"),
    );
    expect(await refused(`drop trigger "AuditEvent_append_only" on "AuditEvent"`)).toEqual(
      notOwner("relation AuditEvent"),
    );
    expect(await refused(`drop table "AuditEvent"`)).toEqual(notOwner("table AuditEvent"));
    expect(await refused(`alter table "AuditEvent" owner to "${names.app}"`)).toEqual(notOwner("table AuditEvent"));
    // Replacing the trigger's function: refused already for want of CREATE on the schema (and it is not the owner).
    expect(
      await refused(
        `create or replace function "audit_event_refuse_change"() returns trigger language plpgsql as $$ begin return null; end $$`,
      ),
    ).toEqual({ code: "42501", message: "permission denied for schema public" });
    expect(await refused(`alter function "audit_event_refuse_change"() rename to "x"`)).toEqual(
      notOwner("function audit_event_refuse_change"),
    );
    expect(await refused(`set session_replication_role = replica`)).toEqual({
      code: "42501",
      message: `permission denied to set parameter "session_replication_role"`,
    });
    expect(await refused(`create table "Sneaky" (id int)`)).toEqual({
      code: "42501",
      message: "permission denied for schema public",
    });
    // Still intact, every event still there.
    expect((await verifyAuditChain(opened!.prisma)).every((r) => r.ok)).toBe(true);
  });

  it("the grants refuse an application role that is the owner (it could disable the triggers), and a start as the owner warns", async () => {
    await expect(applyApplicationGrants(urlFor(names.owner), urlFor(names.owner))).rejects.toThrow(
      /is the owner itself: it could switch the audit trail's triggers off/,
    );
    const lines: string[] = [];
    setLogSink({ stdout: (l) => lines.push(l), stderr: (l) => lines.push(l) });
    try {
      const asOwner = await prepareDatabase(
        { kind: "postgres", connectionString: urlFor(names.owner), display: "owner" },
        { seedDemo: false },
      );
      await asOwner.close();
    } finally {
      setLogSink();
    }
    expect(
      lines
        .map((l) => JSON.parse(l) as { event: string; level: string })
        .filter((l) => l.event === "startup.audit-trail-unprotected"),
    ).toMatchObject([{ level: "warn" }]);
  }, 60_000);

  it("npm run db:migrate with MIGRATION_DATABASE_URL migrates as the owner and grants the application role again", async () => {
    const run = promisify(execFile);
    const out = await run(
      process.execPath,
      [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/db-migrate.ts"],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: urlFor(names.app), MIGRATION_DATABASE_URL: urlFor(names.owner) },
        timeout: 120_000,
      },
    );
    expect(out.stdout).toContain(
      `PostgreSQL at ${urlFor(names.owner).replace(`:${password}@`, ":***@")} (the owner role, MIGRATION_DATABASE_URL): up to date, no migration to apply.`,
    );
    expect(out.stdout).toContain(
      `Granted "${names.app}" (DATABASE_URL) its rights; on "AuditEvent" only SELECT and INSERT.`,
    );
    const privileges = await app.query<{ privilege_type: string }>(
      `select privilege_type from information_schema.table_privileges where table_name = 'AuditEvent' and grantee = $1 order by 1`,
      [names.app],
    );
    expect(privileges.rows.map((r) => r.privilege_type)).toEqual(["INSERT", "SELECT"]);
  }, 120_000);

  it("a pending migration as the application role fails and says to migrate as the owner", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "roles-migrations-"));
    try {
      await cp(path.join(root, "prisma", "migrations"), dir, { recursive: true });
      await mkdir(path.join(dir, "29991231000000_later"));
      await writeFile(
        path.join(dir, "29991231000000_later", "migration.sql"),
        `CREATE TABLE "Later" ("id" INTEGER);\n`,
      );
      const error = await applyMigrations(
        { kind: "postgres", connectionString: urlFor(names.app) },
        { migrationsDir: dir },
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(
        /^Migration 29991231000000_later cannot be applied on .* with this role\.\nERROR: permission denied for table _prisma_migrations/,
      );
      expect((error as Error).message).toMatch(/run the migrations as the owner role, MIGRATION_DATABASE_URL=/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
