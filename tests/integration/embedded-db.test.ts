import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { prepareDatabase } from "@/lib/db";
import { DbConfigError } from "@/lib/db/config";

// The embedded database as the quick start uses it: a data directory that survives restarts.
const dirs: string[] = [];
function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-pglite-"));
  dirs.push(dir);
  return path.join(dir, "pglite");
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("embedded database (PGlite data directory)", () => {
  it("is created, migrated and seeded on first start, and keeps its data across a restart", async () => {
    const dataDir = tempDataDir();
    const first = await prepareDatabase({ kind: "pglite", dataDir, display: dataDir });
    const people = await first.prisma.person.count();
    expect(people).toBeGreaterThan(20);
    const person = await first.prisma.person.findFirstOrThrow({ select: { id: true } });
    await first.prisma.person.update({ where: { id: person.id }, data: { functionTitle: "Na herstart nog hier" } });
    await first.close();

    const second = await prepareDatabase({ kind: "pglite", dataDir, display: dataDir });
    // Not seeded twice, and the change is still there.
    expect(await second.prisma.person.count()).toBe(people);
    expect((await second.prisma.person.findUniqueOrThrow({ where: { id: person.id } })).functionTitle).toBe(
      "Na herstart nog hier",
    );
    await second.close();
    // Two cold starts of the embedded database (every migration, then the demo seed): on a busy 2-core machine
    // this has taken over a minute, so it gets more time than the default; it asserts behaviour, not speed.
  }, 180_000);

  it("refuses a second opener while the directory is in use, with a message that says what to do", async () => {
    const dataDir = tempDataDir();
    const first = await prepareDatabase({ kind: "pglite", dataDir, display: dataDir });
    try {
      fs.writeFileSync(`${dataDir}.lock`, String(process.ppid)); // another live process holds it
      const error = await prepareDatabase({ kind: "pglite", dataDir, display: dataDir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DbConfigError);
      expect((error as Error).message).toMatch(/in use by another process \(PID \d+\).*Nothing was changed/);
    } finally {
      fs.writeFileSync(`${dataDir}.lock`, String(process.pid));
      await first.close();
    }
  });

  it("takes over a stale lock left by a process that no longer exists", async () => {
    const dataDir = tempDataDir();
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    fs.writeFileSync(`${dataDir}.lock`, "999999999");
    const db = await prepareDatabase({ kind: "pglite", dataDir, display: dataDir });
    expect(await db.prisma.organisation.count()).toBe(4);
    await db.close();
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it("reports a damaged data directory clearly and leaves its files untouched", async () => {
    const dataDir = tempDataDir();
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, "PG_VERSION"), "not a version\n");
    fs.mkdirSync(path.join(dataDir, "base"));
    fs.writeFileSync(path.join(dataDir, "base", "garbage"), "x".repeat(100));
    const before = fs.readdirSync(dataDir, { recursive: true }).sort();
    const error = await prepareDatabase({ kind: "pglite", dataDir, display: dataDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbConfigError);
    expect((error as Error).message).toMatch(/could not be opened.*has not been changed/);
    expect(fs.readdirSync(dataDir, { recursive: true }).sort()).toEqual(before);
    expect(fs.readFileSync(path.join(dataDir, "PG_VERSION"), "utf8")).toBe("not a version\n");
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });
});

describe("PostgreSQL connection errors", () => {
  it("says the server cannot be reached and what to check", async () => {
    const error = await prepareDatabase({
      kind: "postgres",
      connectionString: "postgresql://nobody:secret@127.0.0.1:1/portal",
      display: "PostgreSQL at postgresql://nobody:***@127.0.0.1:1/portal",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbConfigError);
    expect((error as Error).message).toMatch(/Cannot use PostgreSQL at .*Check that the PostgreSQL server runs/);
    expect((error as Error).message).not.toContain("secret");
  });
});
