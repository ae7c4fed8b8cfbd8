// "A restart in the middle of work loses nothing that was acknowledged." A child process files declarations
// through the data layer and prints each id after its transaction committed; we kill it with SIGKILL (no
// shutdown, no flush) while it is still writing, reopen the database, and check that every acknowledged
// declaration is there, SUBMITTED, with its audit event and its notification outbox rows, and that the audit
// chain of the organisation is intact. For the embedded database (a PGlite data directory) and for
// PostgreSQL (the client process dies mid-transaction; the server rolls the open one back).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GENESIS_HASH, hashEvent } from "@/lib/audit/chain";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { prepareDatabase } from "@/lib/db";
import { seedDemoData } from "@/prisma/seed-data";
import { createTestDb } from "@/tests/support/db";

const ROOT = path.resolve(import.meta.dirname, "../..");
const WRITER = path.join(ROOT, "tests/support/restart-writer.ts");
/** Acknowledgements to wait for before the kill. */
const KILL_AFTER = 8;

/** Runs the writer until it acknowledged `killAfter` declarations, then SIGKILLs it; returns the acknowledged ids. */
function writeAndKill(
  env: Record<string, string>,
  killAfter: number,
): Promise<{ acked: string[]; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", WRITER], {
      cwd: ROOT,
      env: { ...process.env, ...env, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const acked: string[] = [];
    let buffer = "";
    let stderr = "";
    let killed = false;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`writer did not acknowledge ${killAfter} declarations in time; stderr: ${stderr.slice(-2000)}`));
    }, 150_000);
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        // Lines read after the kill was sent were still written by a committed transaction: count them too.
        if (line.startsWith("ACK ")) acked.push(line.slice(4));
        if (!killed && acked.length >= killAfter) {
          killed = true;
          child.kill("SIGKILL"); // in the middle of the next saveDraft/submitDeclaration
        }
      }
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (!killed) reject(new Error(`writer exited by itself (code ${code}); stderr: ${stderr.slice(-2000)}`));
      else resolve({ acked, signal });
    });
  });
}

/** Every acknowledged declaration is SUBMITTED with its audit event and outbox rows; the audit chains hold. */
async function expectNothingLost(prisma: PrismaClient, acked: string[]): Promise<void> {
  expect(acked.length).toBeGreaterThanOrEqual(KILL_AFTER);
  const declarations = await prisma.declaration.findMany({
    where: { id: { in: acked } },
    select: { id: true, status: true, organisationId: true, submittedAt: true },
  });
  expect(declarations.map((d) => d.id).sort()).toEqual([...acked].sort());
  for (const d of declarations) {
    expect(d.status, d.id).toBe("SUBMITTED");
    expect(d.submittedAt, d.id).not.toBeNull();
  }
  const submitted = await prisma.auditEvent.findMany({
    where: { entityType: "Declaration", entityId: { in: acked }, action: "declaration.submitted" },
    select: { entityId: true },
  });
  expect(new Set(submitted.map((e) => e.entityId))).toEqual(new Set(acked));
  // The notification outbox was written in the same transaction: the manager's notice and its e-mail.
  const notifications = await prisma.notification.findMany({
    where: { declarationId: { in: acked } },
    select: { declarationId: true },
  });
  const emails = await prisma.outboundEmail.findMany({
    where: { declarationId: { in: acked } },
    select: { declarationId: true },
  });
  expect(new Set(notifications.map((n) => n.declarationId))).toEqual(new Set(acked));
  expect(new Set(emails.map((n) => n.declarationId))).toEqual(new Set(acked));
  // The audit chain of every organisation: consecutive sequence numbers, each event linked to the previous one,
  // each hash recomputed from the stored row.
  const events = await prisma.auditEvent.findMany({ orderBy: [{ organisationId: "asc" }, { seq: "asc" }] });
  let org = "";
  let prev = GENESIS_HASH;
  let seq = 0;
  for (const e of events) {
    if (e.organisationId !== org) [org, prev, seq] = [e.organisationId, GENESIS_HASH, e.seq - 1];
    expect(e.seq, `seq after ${seq} in ${org}`).toBe(seq + 1);
    expect(e.prevHash, `prevHash of ${org}#${e.seq}`).toBe(prev);
    expect(e.hash, `hash of ${org}#${e.seq}`).toBe(hashEvent(e));
    [prev, seq] = [e.hash, e.seq];
  }
  // A first chain starts at the genesis hash.
  expect(events.filter((e) => e.seq === 1).every((e) => e.prevHash === GENESIS_HASH)).toBe(true);
}

describe("a restart in the middle of work loses nothing that was acknowledged", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("embedded database: SIGKILL while filing, reopen the data directory", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-restart-"));
    dirs.push(dir);
    const dataDir = path.join(dir, "pglite");
    // The writer creates, migrates and seeds the directory itself (as the quick start does), then files.
    const { acked } = await writeAndKill({ PGLITE_DATA_DIR: dataDir, DATABASE_URL: "" }, KILL_AFTER);
    // The killed process left its lock behind; a dead PID's lock is taken over.
    const reopened = await prepareDatabase({ kind: "pglite", dataDir, display: dataDir });
    try {
      await expectNothingLost(reopened.prisma, acked);
      // The database still works after the crash: write once more and read it back.
      const person = await reopened.prisma.person.findFirstOrThrow({ select: { id: true } });
      await reopened.prisma.person.update({ where: { id: person.id }, data: { functionTitle: "Na de crash" } });
      expect((await reopened.prisma.person.findUniqueOrThrow({ where: { id: person.id } })).functionTitle).toBe(
        "Na de crash",
      );
    } finally {
      await reopened.close();
    }
  }, 240_000);

  it.runIf(!!process.env.TEST_DATABASE_URL)(
    "PostgreSQL: the client process is killed mid-way",
    async () => {
      const db = await createTestDb("postgres");
      try {
        await seedDemoData(db.prisma);
        if (db.target.kind !== "postgres") throw new Error("expected PostgreSQL");
        const { acked } = await writeAndKill({ DATABASE_URL: db.target.connectionString }, KILL_AFTER);
        await expectNothingLost(db.prisma, acked);
      } finally {
        await db.close();
      }
    },
    240_000,
  );
});
