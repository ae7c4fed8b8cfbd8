// The job runner's schema comes from the migrations (prisma/migrations/*_job_runner_schema), not from pg-boss
// at start. This keeps that migration equal to what the installed pg-boss would create, and its queues equal
// to the ones lib/jobs/runner.ts uses: upgrading pg-boss without a new migration fails here.
import fs from "node:fs";
import path from "node:path";
import PgBoss from "pg-boss";
import { describe, expect, it } from "vitest";
import { RECURRING_JOBS } from "@/lib/jobs/runner";
import { retryDelayMs } from "@/lib/jobs/runner";
import { DEFAULT_GRACE_SECONDS, shutdownGraceSeconds } from "@/lib/shutdown";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");
const folder = fs.readdirSync(MIGRATIONS).find((name) => name.endsWith("_job_runner_schema"))!;
const migration = fs.readFileSync(path.join(MIGRATIONS, folder, "migration.sql"), "utf8");

/** Whitespace-insensitive, without empty statements. */
const normalise = (sql: string) =>
  sql
    .replace(/\s+/g, " ")
    .replace(/;(\s*;)+/g, ";")
    .trim();

describe("the job runner's schema migration", () => {
  it("holds pg-boss's own construction plan, without its transaction and lock", () => {
    const plan = PgBoss.getConstructionPlans("pgboss");
    const body = plan
      .replace(/^\s*BEGIN;\s*$/m, "")
      .replace(/^\s*SET LOCAL [^;]*;\s*$/gm, "")
      .replace(/SELECT pg_advisory_xact_lock\([\s\S]*?\n\s*\);/, "")
      .replace(/^\s*COMMIT;\s*$/m, "");
    expect(normalise(migration)).toContain(normalise(body));
    expect(plan).toContain("INSERT INTO pgboss.version(version) VALUES ('24')");
  });

  it("creates every queue the portal works on, and pg-boss's cron queue", () => {
    for (const { queue } of RECURRING_JOBS)
      expect(migration).toContain(`SELECT pgboss.create_queue('${queue}', '{"policy":"short"}'::json);`);
    expect(migration).toContain(`SELECT pgboss.create_queue('__pgboss__send-it', '{"policy":"standard"}'::json);`);
  });
});

describe("job runner start retries and shutdown grace", () => {
  it("backs off 1, 2, 4 ... seconds, at most a minute", () => {
    expect([1, 2, 3, 4, 7, 8, 20].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 60_000, 60_000, 60_000]);
  });

  it("reads PORTAL_SHUTDOWN_GRACE_SECONDS, 25 by default, and refuses nonsense", () => {
    expect(shutdownGraceSeconds({})).toBe(DEFAULT_GRACE_SECONDS);
    expect(DEFAULT_GRACE_SECONDS).toBe(25);
    expect(shutdownGraceSeconds({ PORTAL_SHUTDOWN_GRACE_SECONDS: "5" })).toBe(5);
    expect(shutdownGraceSeconds({ PORTAL_SHUTDOWN_GRACE_SECONDS: "0" })).toBe(0);
    for (const bad of ["-1", "abc", "601", "1e3", "5s"]) {
      expect(() => shutdownGraceSeconds({ PORTAL_SHUTDOWN_GRACE_SECONDS: bad })).toThrow(
        /PORTAL_SHUTDOWN_GRACE_SECONDS/,
      );
    }
  });
});
