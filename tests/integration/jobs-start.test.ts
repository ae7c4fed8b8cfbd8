// Two instances started together on a new PostgreSQL database both run jobs (issue 20): the migrations, not
// pg-boss, create the job runner's schema and queues, so the instances do not race each other's DDL (which
// deadlocked, 40P01, in 3 of 4 trials when pg-boss created its schema and queues at start). Each instance is
// a real process (tests/support/jobs-instance.ts) that migrates, starts the runner and logs every job it runs.
// And an application role with only SELECT/INSERT/UPDATE/DELETE (no CREATE anywhere) runs the jobs too
// (it failed with 42501 when pg-boss ran CREATE SCHEMA itself).
// PostgreSQL only: the embedded database serves one process.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const INSTANCE = path.join(ROOT, "tests/support/jobs-instance.ts");
const serverUrl = process.env.TEST_DATABASE_URL;

interface Instance {
  child: ChildProcess;
  lines: string[];
  exit: Promise<number | null>;
}

function startInstance(databaseUrl: string): Instance {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", INSTANCE], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      PORTAL_DEMO: "",
      MAIL_DIGEST_MINUTES: "0",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const collect = (chunk: Buffer) => lines.push(...chunk.toString().split("\n").filter(Boolean));
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, lines, exit };
}

const parsed = (lines: string[]) =>
  lines.map((l) => {
    try {
      return JSON.parse(l) as Record<string, unknown>;
    } catch {
      return { unparsed: l };
    }
  });
const ranJob = (lines: string[]) =>
  parsed(lines).some((l) => l.event === "job.finished" && l.queue === "deliver-mail" && l.outcome === "ok");

// Skipped without TEST_DATABASE_URL: the embedded database serves one process, and this starts two; .ci/run sets it.
describe.skipIf(!serverUrl)("two instances started together on a new PostgreSQL database", () => {
  const name = `portal_jobs_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  const instances: Instance[] = [];

  afterAll(async () => {
    for (const i of instances) if (i.child.exitCode === null) i.child.kill("SIGKILL");
    await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.query(`drop role if exists ${name}_app`).catch(() => {});
    await admin.end().catch(() => {});
  });

  it("both migrate, both start the job runner without a deadlock, and both run jobs", async () => {
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    instances.push(startInstance(url.toString()), startInstance(url.toString()));
    const deadline = Date.now() + 90_000;
    while (
      Date.now() < deadline &&
      !instances.every((i) => ranJob(i.lines)) &&
      instances.every((i) => i.child.exitCode === null)
    ) {
      await new Promise((r) => setTimeout(r, 250));
    }
    for (const [n, i] of instances.entries()) {
      const log = i.lines.join("\n").slice(-3000);
      expect(log, `instance ${n + 1}: a deadlock`).not.toContain("40P01");
      expect(
        parsed(i.lines).filter((l) => l.event === "jobs.start-failed"),
        `instance ${n + 1}: start failed\n${log}`,
      ).toEqual([]);
      expect(
        parsed(i.lines).some((l) => l.event === "jobs.started"),
        `instance ${n + 1}: runner not started\n${log}`,
      ).toBe(true);
      expect(ranJob(i.lines), `instance ${n + 1}: ran no job\n${log}`).toBe(true);
    }
    // The migrations ran once: every migration is recorded once and finished.
    const check = new pg.Client({ connectionString: url.toString() });
    await check.connect();
    const { rows } = await check.query(
      `select migration_name, count(*)::int as n from "_prisma_migrations" where finished_at is not null group by 1`,
    );
    const queues = await check.query(`select name from pgboss.queue order by name`);
    await check.end();
    expect(rows.every((r: { n: number }) => r.n === 1)).toBe(true);
    expect(queues.rows.map((r: { name: string }) => r.name)).toEqual([
      "__pgboss__send-it",
      "audit-checkpoint",
      "decision-reminders",
      "deliver-mail",
    ]);
    // SIGTERM: each stops its runner, closes the database and exits 0.
    for (const i of instances) i.child.kill("SIGTERM");
    expect(await Promise.all(instances.map((i) => i.exit))).toEqual([0, 0]);
  }, 150_000);

  it("an application role without CREATE (reads and writes only) starts the job runner and runs jobs", async () => {
    const role = `${name}_app`;
    await admin.query(`create role ${role} login password 'app-secret'`);
    const owner = new URL(serverUrl!);
    owner.pathname = `/${name}`;
    const grants = new pg.Client({ connectionString: owner.toString() });
    await grants.connect();
    for (const schema of ["public", "pgboss"]) {
      await grants.query(`revoke create on schema ${schema} from public`);
      await grants.query(`grant usage on schema ${schema} to ${role}`);
      await grants.query(`grant select, insert, update, delete on all tables in schema ${schema} to ${role}`);
      await grants.query(`grant usage, select on all sequences in schema ${schema} to ${role}`);
    }
    await grants.end();
    const asApp = new URL(owner.toString());
    asApp.username = role;
    asApp.password = "app-secret";
    const instance = startInstance(asApp.toString());
    instances.push(instance);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !ranJob(instance.lines) && instance.child.exitCode === null)
      await new Promise((r) => setTimeout(r, 250));
    const log = instance.lines.join("\n").slice(-3000);
    expect(log).not.toContain("42501");
    expect(ranJob(instance.lines), `ran no job\n${log}`).toBe(true);
    instance.child.kill("SIGTERM");
    expect(await instance.exit).toBe(0);
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`drop role if exists ${role}`);
  }, 120_000);
});
