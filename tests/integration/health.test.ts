// Health endpoints for load balancers (docs/operations.md): live never touches the database; ready answers
// 200 only when the database answers and every migration is applied, else 503 with a reason code.
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as live } from "@/app/api/health/live/route";
import { GET as ready } from "@/app/api/health/ready/route";
import { GET as legacy } from "@/app/api/health/route";
import { useDatabaseForTests } from "@/lib/db";
import { defaultMigrationsDir } from "@/lib/db/migrate";
import { checkReadiness, readinessWarnings } from "@/lib/health/readiness";
import { isDraining, markDraining } from "@/lib/shutdown";
import { setLogSink } from "@/lib/log";
import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DB_KINDS, createTestDb, type TestDb } from "@/tests/support/db";

describe.each(DB_KINDS)("health endpoints on %s", (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb(kind);
    useDatabaseForTests(db);
  }, 120_000);
  afterAll(async () => db?.close());

  it("live answers 200 without asking the database", async () => {
    const response = live();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("ready answers 200 with the migration count when all migrations are applied; /api/health still works", async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; migrations: number };
    expect(body.status).toBe("ready");
    expect(body.migrations).toBeGreaterThanOrEqual(6);
    expect((await legacy()).status).toBe(200);
  });

  it("is not ready when a migration of this version is not applied yet", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "health-migrations-"));
    try {
      // The real migrations plus a newer one this database has not seen.
      const { cp } = await import("node:fs/promises");
      await cp(defaultMigrationsDir(), dir, { recursive: true });
      await mkdir(path.join(dir, "29991231000000_future"));
      await writeFile(path.join(dir, "29991231000000_future", "migration.sql"), "select 1;");
      expect(await checkReadiness(async () => db.prisma, { migrationsDir: dir })).toEqual({
        ready: false,
        reason: "migrations-pending",
        pending: ["29991231000000_future"],
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("is not ready when a migration failed (recorded but not finished)", async () => {
    await db.prisma.$executeRawUnsafe(
      `insert into "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) values ('health-test', 'x', '29991231000001_broken', now(), 0)`,
    );
    try {
      const response = await ready();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: "unavailable",
        reason: "migration-failed",
        failed: ["29991231000001_broken"],
        warnings: [],
      });
    } finally {
      await db.prisma.$executeRawUnsafe(`delete from "_prisma_migrations" where id = 'health-test'`);
    }
  });

  it("says, while staying ready, that e-mail waits in the outbox when production has no SMTP_URL (decision 034)", async () => {
    const production = {
      PGLITE_DATA_DIR: "/srv/portal/pglite",
      NEXTAUTH_SECRET: "k3Jq9vXe2LmPz8RtY5wNb7HcD4sFg6Ua",
      NEXTAUTH_URL: "https://integriteit.example.nl",
      OIDC_ISSUER: "https://login.example/realms/rijk",
      OIDC_CLIENT_ID: "portal",
      OIDC_CLIENT_SECRET: "s",
    };
    expect(readinessWarnings(production)).toEqual([
      expect.objectContaining({ setting: "SMTP_URL", reason: "mail-outbox-only" }),
    ]);
    expect(readinessWarnings({ ...production, SMTP_URL: "smtp://mail.example.nl:25" })).toEqual([]);
    // The route reports the running configuration's warnings (the test runner's is the demo: none).
    const saved = { ...process.env };
    try {
      delete process.env.PORTAL_DEMO;
      Object.assign(process.env, production);
      const response = await ready();
      expect(response.status).toBe(200);
      expect((await response.json()).warnings).toEqual([
        expect.objectContaining({ setting: "SMTP_URL", reason: "mail-outbox-only" }),
      ]);
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });

  it("is not ready, with a reason code and no error text, when the database fails or hangs", async () => {
    const failing = await checkReadiness(async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.1:5432 password "secret"');
    });
    expect(failing).toEqual({ ready: false, reason: "database-unavailable" });
    const hanging = await checkReadiness(() => new Promise(() => {}), { timeoutMs: 50 });
    expect(hanging).toEqual({ ready: false, reason: "database-timeout" });
  });

  it("is not ready when the database refuses writes (a read-only transaction, as on a standby or with default_transaction_read_only)", async () => {
    const result = await db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("set transaction read only");
      return checkReadiness(async () => tx as unknown as PrismaClient);
    });
    expect(result).toEqual({ ready: false, reason: "database-read-only" });
    // And writable again: ready.
    expect((await checkReadiness(async () => db.prisma)).ready).toBe(true);
  });

  it("answers 503 shutting-down from the moment a shutdown signal arrived", async () => {
    const state = (globalThis as { __portalShutdown?: { draining: boolean } }).__portalShutdown!;
    try {
      markDraining("SIGTERM");
      expect(isDraining()).toBe(true);
      const response = await ready();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "unavailable", reason: "shutting-down" });
    } finally {
      state.draining = false;
    }
    expect((await ready()).status).toBe(200);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("a PostgreSQL connection the server ends", () => {
  let db: TestDb;
  const lines: string[] = [];
  beforeAll(async () => {
    db = await createTestDb("postgres");
    setLogSink({ stdout: () => {}, stderr: (line) => lines.push(line) });
  }, 120_000);
  afterAll(async () => {
    setLogSink();
    await db?.close();
  });

  it("is logged and replaced while idle, and does not end the process (a restart or failover of the server)", async () => {
    // Before Prisma's first query its adapter has no listener on the pool: only the portal's own stands.
    const { rows } = await db.pool!.query<{ pid: number }>("select pg_backend_pid() as pid");
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    try {
      await admin.query("select pg_terminate_backend($1)", [rows[0]!.pid]);
    } finally {
      await admin.end();
    }
    await expect.poll(() => lines.some((line) => line.includes('"db.idle-connection-lost"'))).toBe(true);
    expect(await db.prisma.$queryRawUnsafe("select 1 as one")).toEqual([{ one: 1 }]);
  });
});
