// Issue 20 item 5: the audit chain's head is anchored outside the database in signed checkpoints, and
// `npm run audit:verify -- --checkpoint FILE` reports what the chain alone cannot: a deleted LAST event, a
// truncated table, a chain rewritten consistently (every hash recomputed), and an altered checkpoint line.
// Tampering is done as audit-chain.test.ts does it: with the triggers switched off (what only an owner or a
// superuser can do; tests/integration/audit-roles.test.ts shows the application role cannot).
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDatabaseForTests } from "@/lib/db";
import { openDb, type OpenedDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { verifyAuditChain } from "@/lib/audit/verify";
import { hashEvent } from "@/lib/audit/chain";
import { checkAgainstCheckpoints, parseCheckpoints, signCheckpoint, checkpointLine } from "@/lib/audit/checkpoint";
import { writeAuditCheckpoints } from "@/lib/audit/checkpoint-writer";
import { deriveCheckpointKey, readAuditCheckpointSettings, type AuditCheckpointSettings } from "@/lib/audit/settings";
import { setLogSink } from "@/lib/log";
import { seedDemoData } from "@/prisma/seed-data";
import { DB_KINDS, createTestDb, type DbKind } from "@/tests/support/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..", "..");
const KEY_TEXT = "checkpoint-test-key-that-is-long-enough-0123456789";

/** A database the CLI (a child process) can open too: PostgreSQL, or PGlite on disk (closed while the CLI runs). */
interface DiskDb {
  prisma: PrismaClient;
  childEnv: Record<string, string>;
  /** Runs `fn` with the database released (PGlite: one process per data directory), then reopens it. */
  released<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

async function openDiskDb(kind: DbKind): Promise<DiskDb> {
  if (kind === "postgres") {
    const db = await createTestDb("postgres");
    if (db.target.kind !== "postgres") throw new Error("expected PostgreSQL");
    useDatabaseForTests({ ...db, close: async () => {} });
    return {
      prisma: db.prisma,
      childEnv: { DATABASE_URL: db.target.connectionString },
      released: (fn) => fn(),
      close: () => db.close(),
    };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "audit-checkpoint-"));
  let pglite: PGlite;
  let opened: OpenedDb;
  const open = async () => {
    pglite = new PGlite(dir);
    opened = await openDb({ kind: "pglite", dataDir: dir, display: `PGlite at ${dir}` }, { pglite });
    useDatabaseForTests({ ...opened, close: async () => {} });
    handle.prisma = opened.prisma;
  };
  const shut = async () => {
    await opened.close();
    await pglite.close();
  };
  const handle: DiskDb = {
    prisma: undefined as unknown as PrismaClient,
    childEnv: { PGLITE_DATA_DIR: dir, DATABASE_URL: "" },
    async released(fn) {
      await shut();
      try {
        return await fn();
      } finally {
        await open();
      }
    },
    async close() {
      await shut();
      await rm(dir, { recursive: true, force: true });
    },
  };
  const first = new PGlite(dir);
  await applyMigrations({ kind: "pglite", client: first });
  await first.close();
  await open();
  return handle;
}

async function verifyCli(db: DiskDb, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return db.released(async () => {
    try {
      const out = await run(
        process.execPath,
        [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/audit-verify.ts", ...args],
        {
          cwd: root,
          env: { ...process.env, ...db.childEnv, AUDIT_CHECKPOINT_KEY: KEY_TEXT, NODE_ENV: "production" },
          timeout: 120_000,
        },
      );
      return { code: 0, stdout: out.stdout, stderr: out.stderr };
    } catch (error) {
      const e = error as { code?: number; stdout?: string; stderr?: string };
      return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
    }
  });
}

describe.each(DB_KINDS)("audit checkpoints on %s", (kind) => {
  let db: DiskDb;
  let tmp: string;
  let settings: AuditCheckpointSettings;
  let orgIds: string[];
  const key = deriveCheckpointKey(KEY_TEXT, "AUDIT_CHECKPOINT_KEY");
  const file = () => settings.file!;

  beforeAll(async () => {
    db = await openDiskDb(kind);
    await seedDemoData(db.prisma, { activity: true });
    tmp = await mkdtemp(path.join(os.tmpdir(), "audit-checkpoint-file-"));
    settings = {
      ...readAuditCheckpointSettings({ AUDIT_CHECKPOINT_KEY: KEY_TEXT }),
      file: path.join(tmp, "sub", "checkpoints.jsonl"),
    };
    orgIds = (await db.prisma.auditEvent.groupBy({ by: ["organisationId"], orderBy: { organisationId: "asc" } })).map(
      (g) => g.organisationId,
    );
  }, 180_000);
  afterAll(async () => {
    await db?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  /** Changes the audit table with the triggers switched off: what the portal's own role cannot do. */
  const behindTheBack = (sql: string, ...values: unknown[]) =>
    db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("set local session_replication_role = replica");
      await tx.$executeRawUnsafe(sql, ...values);
    });
  const check = async () =>
    checkAgainstCheckpoints(
      db.prisma,
      parseCheckpoints([{ source: file(), text: await readFile(file(), "utf8") }], key),
    );
  const head = (organisationId: string) =>
    db.prisma.auditEvent.findFirstOrThrow({ where: { organisationId }, orderBy: { seq: "desc" } });

  it("the job runner schedules the checkpoint every AUDIT_CHECKPOINT_MINUTES (default 15)", async () => {
    const { startJobs, stopJobs } = await import("@/lib/jobs/runner");
    await startJobs();
    try {
      const rows = await db.prisma.$queryRawUnsafe<{ name: string; cron: string; timezone: string }[]>(
        `select name, cron, timezone from pgboss.schedule where name = 'audit-checkpoint'`,
      );
      expect(rows).toEqual([{ name: "audit-checkpoint", cron: "*/15 * * * *", timezone: "Europe/Amsterdam" }]);
    } finally {
      await stopJobs();
    }
  }, 60_000);

  it("writes one signed checkpoint per organisation with events, to the log and to the file; an intact chain agrees (CLI exit 0)", async () => {
    expect(orgIds.length).toBeGreaterThanOrEqual(2);
    const lines: string[] = [];
    setLogSink({ stdout: (l) => lines.push(l), stderr: (l) => lines.push(l) });
    let written;
    try {
      written = await writeAuditCheckpoints("interval", { db: db.prisma, settings });
    } finally {
      setLogSink();
    }
    expect(written.map((c) => c.organisationId)).toEqual(orgIds);
    for (const c of written)
      expect(c).toMatchObject({
        seq: (await head(c.organisationId)).seq,
        hash: (await head(c.organisationId)).hash,
        keyId: key.keyId,
      });
    // The file and the log carry the same signed fields; audit:verify accepts either.
    const fileText = await readFile(file(), "utf8");
    expect(fileText.trim().split("\n")).toHaveLength(orgIds.length);
    const logged = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.event === "audit.checkpoint");
    expect(logged).toHaveLength(orgIds.length);
    expect(parseCheckpoints([{ source: "log", text: lines.join("\n") }], key).valid.map((c) => c.signature)).toEqual(
      written.map((c) => c.signature),
    );
    expect(await check()).toMatchObject({ ok: true, rejected: [], tableEmpty: false });

    // More events after the checkpoint: the chain extends it, still fine.
    const before = await head(orgIds[0]!);
    await db.prisma.$transaction(async (tx) => {
      const { recordAudit } = await import("@/lib/audit/record");
      await recordAudit(tx, {
        organisationId: orgIds[0]!,
        actorId: null,
        action: "test.after-checkpoint",
        entityType: "Test",
        entityId: "1",
      });
    });
    expect((await head(orgIds[0]!)).seq).toBe(before.seq + 1);
    expect((await check()).ok).toBe(true);

    const cli = await verifyCli(db, ["--checkpoint", file()]);
    expect(cli.stderr).toBe("");
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(new RegExp(`^OK .*${orgIds[0]}.*checkpoint agree`, "m"));
    expect(cli.stdout.trim().split("\n").at(-1)).toBe(
      `All ${orgIds.length} checkpointed chains agree with their checkpoints.`,
    );
  }, 180_000);

  it("a deleted last audit event: the chain alone still verifies, the checkpoint reveals it (CLI exit 1)", async () => {
    const orgId = orgIds[0]!;
    await writeAuditCheckpoints("interval", { db: db.prisma, settings });
    const last = await head(orgId);
    await behindTheBack(`delete from "AuditEvent" where id = $1`, last.id);
    // What issue 20 found: without a checkpoint the shorter chain is "intact".
    expect((await verifyAuditChain(db.prisma, { organisationId: orgId }))[0]).toMatchObject({
      ok: true,
      lastSeq: last.seq - 1,
    });
    const result = await check();
    expect(result.ok).toBe(false);
    const mine = result.organisations.find((o) => o.organisationId === orgId)!;
    expect(mine).toMatchObject({ ok: false, chainSeq: last.seq - 1, finding: { problem: "events-missing" } });
    expect(mine.finding!.detail).toContain(`the chain ends at seq ${last.seq - 1}`);
    expect(mine.finding!.detail).toContain(`recorded seq ${last.seq}`);
    expect(result.organisations.filter((o) => o.organisationId !== orgId).every((o) => o.ok)).toBe(true);

    const cli = await verifyCli(db, ["--checkpoint", file()]);
    expect(cli.stderr).toBe("");
    expect(cli.code).toBe(1);
    const lines = cli.stdout.trim().split("\n");
    expect(lines.find((l) => l.includes(orgId) && l.startsWith("MISSING"))).toMatch(
      new RegExp(
        `the chain ends at seq ${last.seq - 1}, but the checkpoint of .* recorded seq ${last.seq} .*1 event removed from the end`,
      ),
    );
    expect(lines.filter((l) => /^All \d+ chains intact \(\d+ events\)\.$/.test(l))).toHaveLength(1); // the chains alone: "intact"
    expect(lines.at(-1)).toBe("Checkpoints: 1 problem FOUND.");

    // Put it back (INSERT is allowed): the chain agrees again.
    await db.prisma.auditEvent.create({ data: { ...last, data: last.data ?? {} } });
    expect((await check()).ok).toBe(true);
  }, 180_000);

  it("a chain rewritten consistently (every hash recomputed) verifies as intact, but not against the checkpoint", async () => {
    const orgId = orgIds[1]!;
    await writeAuditCheckpoints("interval", { db: db.prisma, settings });
    const original = await db.prisma.auditEvent.findMany({ where: { organisationId: orgId }, orderBy: { seq: "asc" } });
    // Change what event 2 says and recompute the chain from there, as someone with the owner's rights could.
    let prevHash = original[0]!.hash;
    for (const e of original.slice(1)) {
      const data = e.seq === 2 ? { rewritten: true } : e.data;
      const hash = hashEvent({ ...e, organisationId: orgId, data, prevHash });
      await behindTheBack(
        `update "AuditEvent" set data = $1::jsonb, "prevHash" = $2, hash = $3 where id = $4`,
        JSON.stringify(data),
        prevHash,
        hash,
        e.id,
      );
      prevHash = hash;
    }
    expect((await verifyAuditChain(db.prisma, { organisationId: orgId }))[0]).toMatchObject({
      ok: true,
      count: original.length,
    });
    const result = await check();
    const mine = result.organisations.find((o) => o.organisationId === orgId)!;
    expect(mine).toMatchObject({ ok: false, finding: { problem: "hash-mismatch" } });
    expect(mine.finding!.detail).toMatch(/the chain was rewritten/);

    const cli = await verifyCli(db, ["--checkpoint", file()]);
    expect(cli.code).toBe(1);
    expect(cli.stdout.split("\n").find((l) => l.includes(orgId) && l.startsWith("REWRITTEN"))).toMatch(
      /has hash [0-9a-f]{64}, but the checkpoint of .* recorded [0-9a-f]{64}: the chain was rewritten/,
    );

    for (const e of original) {
      await behindTheBack(
        `update "AuditEvent" set data = $1::jsonb, "prevHash" = $2, hash = $3 where id = $4`,
        JSON.stringify(e.data),
        e.prevHash,
        e.hash,
        e.id,
      );
    }
    expect((await check()).ok).toBe(true);
  }, 180_000);

  it("an altered, forged or foreign-key checkpoint line is rejected as a bad signature", async () => {
    const good = (await readFile(file(), "utf8")).trim().split("\n");
    const altered = JSON.parse(good[0]!) as Record<string, unknown>;
    altered.seq = (altered.seq as number) - 1; // would hide a deleted last event
    const foreign = checkpointLine(
      signCheckpoint(
        { organisationId: orgIds[0]!, seq: 1, hash: "a".repeat(64) },
        deriveCheckpointKey("another-key-another-key-another-key-42", "AUDIT_CHECKPOINT_KEY"),
        "interval",
      ),
    );
    const forgedFile = path.join(tmp, "forged.jsonl");
    await writeFile(
      forgedFile,
      [...good, JSON.stringify(altered), foreign, '{"event":"audit.checkpoint","organisationId":"x"}', ""].join("\n"),
    );
    const parsed = parseCheckpoints([{ source: forgedFile, text: await readFile(forgedFile, "utf8") }], key);
    expect(parsed.valid).toHaveLength(good.length);
    expect(parsed.rejected.map((r) => r.problem)).toEqual(["bad-signature", "bad-signature", "malformed"]);
    expect(parsed.rejected[0]!.detail).toMatch(/altered or forged/);
    expect(parsed.rejected[1]!.detail).toMatch(
      /signed with key id [0-9a-f]{16}, but the key from AUDIT_CHECKPOINT_KEY has id/,
    );

    const cli = await verifyCli(db, ["--checkpoint", forgedFile]);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(
      new RegExp(
        `^BAD-SIGNATURE ${forgedFile.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:${good.length + 1} .*altered or forged`,
        "m",
      ),
    );
    expect(cli.stdout.trim().split("\n").at(-1)).toBe("Checkpoints: 3 problems FOUND.");
  }, 180_000);

  it("a truncated table: every checkpointed organisation is reported as emptied, and the table as truncated", async () => {
    await behindTheBack(`truncate "AuditEvent"`);
    // Without checkpoints: nothing to see, every chain is an intact empty chain.
    expect((await verifyAuditChain(db.prisma)).every((r) => r.ok && r.count === 0)).toBe(true);
    const result = await check();
    expect(result).toMatchObject({ ok: false, tableEmpty: true });
    expect(result.organisations.map((o) => [o.organisationId, o.finding?.problem])).toEqual(
      orgIds.map((id) => [id, "chain-empty"]),
    );

    const cli = await verifyCli(db, ["--checkpoint", file()]);
    expect(cli.code).toBe(1);
    const lines = cli.stdout.trim().split("\n");
    expect(lines.filter((l) => l.startsWith("EMPTIED"))).toHaveLength(orgIds.length);
    expect(lines).toContain(
      "TRUNCATED the audit table holds no events at all, while checkpoints recorded events: it was truncated or emptied.",
    );
    expect(lines.at(-1)).toBe(`Checkpoints: ${orgIds.length + 1} problems FOUND.`);
  }, 180_000);
});
