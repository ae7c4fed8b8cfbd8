// The audit trail is tamper-evident (issue #7): append-only in the database (triggers refuse UPDATE, DELETE
// and TRUNCATE), hash-chained per organisation, and `npm run audit:verify` reports the first broken link
// when someone changes it behind the portal's back (with the triggers switched off, as a superuser could).
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-fake"));
vi.mock("next/cache", () => import("@/tests/support/next-cache-fake"));
import { useDatabaseForTests } from "@/lib/db";
import { openDb, type OpenedDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { saveDeclarationAction } from "@/lib/declarations/actions";
import { verifyAuditChain } from "@/lib/audit/verify";
import { getAuditChainStatus } from "@/lib/audit/data";
import { viewerFor } from "@/tests/support/viewer";
import { seedDemoData } from "@/prisma/seed-data";
import { DB_KINDS, createTestDb, type DbKind } from "@/tests/support/db";
import { resetRequest, runAction, signInAs } from "@/tests/support/request-context";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..", "..");

interface ChainTestDb extends OpenedDb {
  /** Environment for a child process that opens the same database (the CLI). */
  childEnv: Record<string, string>;
  /** PGlite is one process per data directory: close it before the CLI opens it. */
  releaseForChild(): Promise<void>;
}

/** PostgreSQL: a fresh test database. PGlite: a data directory on disk (not in memory), so the CLI can open it. */
async function openChainTestDb(kind: DbKind): Promise<ChainTestDb> {
  if (kind === "postgres") {
    const db = await createTestDb("postgres");
    if (db.target.kind !== "postgres") throw new Error("expected PostgreSQL");
    return { ...db, childEnv: { DATABASE_URL: db.target.connectionString }, releaseForChild: async () => {} };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "audit-chain-"));
  const pglite = new PGlite(dir);
  await applyMigrations({ kind: "pglite", client: pglite });
  const opened = await openDb({ kind: "pglite", dataDir: dir, display: `PGlite at ${dir}` }, { pglite });
  let closed = false;
  const closeAll = async () => {
    if (closed) return;
    closed = true;
    await opened.close();
    await pglite.close();
  };
  return {
    ...opened,
    childEnv: { PGLITE_DATA_DIR: dir, DATABASE_URL: "" },
    releaseForChild: closeAll,
    async close() {
      await closeAll();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function runVerifyCli(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const out = await run(
      process.execPath,
      [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/audit-verify.ts"],
      {
        cwd: root,
        env: { ...process.env, ...env, NODE_ENV: "production" },
        timeout: 120_000,
      },
    );
    return { code: 0, stdout: out.stdout, stderr: out.stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

describe.each(DB_KINDS)("tamper-evident audit trail on %s", (kind) => {
  let db: ChainTestDb;
  let orgId: string;
  beforeAll(async () => {
    db = await openChainTestDb(kind);
    await seedDemoData(db.prisma, { activity: true });
    useDatabaseForTests({ ...db, close: async () => {} });
  }, 180_000);
  afterAll(async () => db?.close());

  // (Filtered here: the PGlite adapter cannot bind an enum value for `roles: { has }`.)
  const integrityOfficer = async () =>
    (await db.prisma.person.findMany({ where: { organisationId: orgId }, select: { id: true, roles: true } })).find(
      (p) => p.roles.includes("INTEGRITY_OFFICER"),
    )!;

  /** Changes the audit table as the table owner with the triggers switched off: what the portal cannot do. */
  const behindTheBack = (sql: string, ...values: unknown[]) =>
    db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("set local session_replication_role = replica");
      await tx.$executeRawUnsafe(sql, ...values);
    });

  it("events recorded through the portal verify as intact chains", async () => {
    resetRequest();
    const fatima = await db.prisma.person.findFirstOrThrow({ where: { name: "Fatima El Amrani" } });
    orgId = fatima.organisationId;
    await signInAs(db.prisma, fatima.id);
    const before = await db.prisma.auditEvent.count({ where: { organisationId: orgId } });
    const form = new FormData();
    form.set("_type", "gift");
    await runAction(() => saveDeclarationAction({ status: "idle" }, form));
    expect(await db.prisma.auditEvent.count({ where: { organisationId: orgId } })).toBeGreaterThan(before);

    const reports = await verifyAuditChain(db.prisma, { batchSize: 7 }); // small batches: crosses batch borders
    expect(reports.length).toBeGreaterThanOrEqual(2);
    for (const r of reports) expect(r, r.organisationId).toMatchObject({ ok: true });
    const mine = reports.find((r) => r.organisationId === orgId)!;
    expect(mine.count).toBe(await db.prisma.auditEvent.count({ where: { organisationId: orgId } }));
    expect(mine.count).toBeGreaterThan(7);
    const officer = await integrityOfficer();
    expect(await getAuditChainStatus(await viewerFor(db.prisma, officer.id))).toMatchObject({
      ok: true,
      count: mine.count,
      brokenAtSeq: null,
    });
  });

  it("the database refuses UPDATE, DELETE and TRUNCATE of audit events, with a clear message", async () => {
    const first = await db.prisma.auditEvent.findFirstOrThrow({ where: { organisationId: orgId, seq: 1 } });
    await expect(db.prisma.auditEvent.update({ where: { id: first.id }, data: { action: "changed" } })).rejects.toThrow(
      /AuditEvent is append-only: UPDATE is not allowed/,
    );
    await expect(db.prisma.auditEvent.delete({ where: { id: first.id } })).rejects.toThrow(
      /AuditEvent is append-only: DELETE is not allowed/,
    );
    await expect(db.prisma.auditEvent.deleteMany({ where: { organisationId: orgId } })).rejects.toThrow(/append-only/);
    await expect(db.prisma.$executeRawUnsafe(`truncate "AuditEvent"`)).rejects.toThrow(
      /AuditEvent is append-only: TRUNCATE is not allowed/,
    );
    const still = await db.prisma.auditEvent.findUniqueOrThrow({ where: { id: first.id } });
    expect(still).toEqual(first);
    expect((await verifyAuditChain(db.prisma, { organisationId: orgId }))[0]!.ok).toBe(true);
  });

  it("reports the edited event when a row's data is changed behind the portal's back", async () => {
    const target = await db.prisma.auditEvent.findFirstOrThrow({ where: { organisationId: orgId, seq: 5 } });
    await behindTheBack(`update "AuditEvent" set data = '{"status":"APPROVED"}'::jsonb where id = $1`, target.id);
    const [report] = await verifyAuditChain(db.prisma, { organisationId: orgId, batchSize: 3 });
    expect(report).toMatchObject({
      ok: false,
      count: 4,
      broken: { seq: 5, eventId: target.id.toString(), problem: "content-hash-mismatch" },
    });
    // Restore it (still behind the back): the chain verifies again.
    await behindTheBack(
      `update "AuditEvent" set data = $1::jsonb where id = $2`,
      JSON.stringify(target.data),
      target.id,
    );
    expect((await verifyAuditChain(db.prisma, { organisationId: orgId }))[0]!.ok).toBe(true);
  });

  it("reports a rewritten hash as a broken link to the next event", async () => {
    const target = await db.prisma.auditEvent.findFirstOrThrow({ where: { organisationId: orgId, seq: 3 } });
    await behindTheBack(`update "AuditEvent" set hash = $1 where id = $2`, "f".repeat(64), target.id);
    let [report] = await verifyAuditChain(db.prisma, { organisationId: orgId });
    expect(report!.broken).toMatchObject({ seq: 3, problem: "content-hash-mismatch" });
    await behindTheBack(`update "AuditEvent" set hash = $1 where id = $2`, target.hash, target.id);
    // The first event no longer starting at the genesis hash.
    const first = await db.prisma.auditEvent.findFirstOrThrow({ where: { organisationId: orgId, seq: 1 } });
    await behindTheBack(`update "AuditEvent" set "prevHash" = $1 where id = $2`, "a".repeat(64), first.id);
    [report] = await verifyAuditChain(db.prisma, { organisationId: orgId });
    expect(report!.broken).toMatchObject({ seq: 1, problem: "not-chained-to-genesis" });
    await behindTheBack(`update "AuditEvent" set "prevHash" = $1 where id = $2`, first.prevHash, first.id);
    expect((await verifyAuditChain(db.prisma, { organisationId: orgId }))[0]!.ok).toBe(true);
  });

  it("reports the gap when a row is deleted, and the CLI exits 1 naming that organisation and seq", async () => {
    const total = await db.prisma.auditEvent.count({ where: { organisationId: orgId } });
    const victim = await db.prisma.auditEvent.findFirstOrThrow({ where: { organisationId: orgId, seq: 6 } });
    await behindTheBack(`delete from "AuditEvent" where id = $1`, victim.id);
    expect(await db.prisma.auditEvent.count({ where: { organisationId: orgId } })).toBe(total - 1);
    const reports = await verifyAuditChain(db.prisma);
    const mine = reports.find((r) => r.organisationId === orgId)!;
    expect(mine).toMatchObject({ ok: false, count: 5, broken: { seq: 7, problem: "seq-gap" } });
    expect(mine.broken!.detail).toContain("after seq 5");
    // The integrity officer sees the break on the overview page; an employee may not ask.
    const officer = await integrityOfficer();
    expect(await getAuditChainStatus(await viewerFor(db.prisma, officer.id))).toMatchObject({
      ok: false,
      count: 5,
      brokenAtSeq: 7,
      problem: "seq-gap",
    });
    const fatima = await db.prisma.person.findFirstOrThrow({ where: { name: "Fatima El Amrani" } });
    await expect(getAuditChainStatus(await viewerFor(db.prisma, fatima.id))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // The other organisations are untouched.
    expect(reports.filter((r) => r.organisationId !== orgId).every((r) => r.ok)).toBe(true);

    await db.releaseForChild();
    const cli = await runVerifyCli(db.childEnv);
    expect(cli.stderr).toBe("");
    expect(cli.code).toBe(1);
    const lines = cli.stdout.trim().split("\n");
    expect(lines.find((l) => l.includes(orgId))).toMatch(/^BROKEN .*first broken link at seq 7 .*seq-gap/);
    expect(lines.filter((l) => l.startsWith("OK "))).toHaveLength(reports.length - 1);
    expect(lines.at(-1)).toMatch(/1 of \d+ chains BROKEN/);
  }, 180_000);
});
