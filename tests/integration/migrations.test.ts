// The migrations in prisma/migrations, checked three ways:
//   (a) they agree with prisma/schema.prisma (no pending change);
//   (b) they apply to a fresh PGlite, idempotently, recorded like `prisma migrate deploy`;
//   (c) the same on a fresh database of a real PostgreSQL server (TEST_DATABASE_URL), else skipped.
// Plus the tooling's own guarantees (a failing migration is rolled back whole and reported;
// `;` inside strings survive), on scratch migration folders.
//
// MIGRATION_TEST_PROJECT_DIR (default: the repo root) points the project checks at another folder
// with prisma/schema.prisma and prisma/migrations; only useful to test this file itself.
import { createHash, randomUUID } from "node:crypto";
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  MIGRATION_LOCK_CONTENT,
  MigrationError,
  applyMigrations,
  diffMigrationsToSchema,
  isEmptyMigration,
  markMigrationRolledBack,
  type MigrationTarget,
} from "@/lib/db/migrate";

const projectDir = path.resolve(process.env.MIGRATION_TEST_PROJECT_DIR ?? path.join(import.meta.dirname, "..", ".."));
const paths = {
  schemaPath: path.join(projectDir, "prisma", "schema.prisma"),
  migrationsDir: path.join(projectDir, "prisma", "migrations"),
};
const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
  applied_steps_count: number;
}

async function expectedMigrations(dir: string): Promise<{ name: string; checksum: string }[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b));
  return Promise.all(
    names.map(async (name) => ({
      name,
      checksum: createHash("sha256")
        .update(await readFile(path.join(dir, name, "migration.sql")))
        .digest("hex"),
    })),
  );
}

function expectRecorded(rows: MigrationRow[], expected: { name: string; checksum: string }[]): void {
  const byName = (a: { migration_name: string }, b: { migration_name: string }) =>
    a.migration_name.localeCompare(b.migration_name);
  expect(
    [...rows].sort(byName).map((r) => ({
      name: r.migration_name,
      checksum: r.checksum,
      finished: r.finished_at !== null,
      rolledBack: r.rolled_back_at !== null,
      steps: r.applied_steps_count,
    })),
  ).toEqual(expected.map((m) => ({ ...m, finished: true, rolledBack: false, steps: 1 })));
}

const MIGRATIONS_TABLE_QUERY =
  "SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations";

describe("prisma/migrations", () => {
  it("(a) match prisma/schema.prisma (no pending schema change)", async () => {
    const sql = await diffMigrationsToSchema(paths);
    expect(
      isEmptyMigration(sql),
      "prisma/schema.prisma differs from what prisma/migrations build. Create a migration with " +
        "`npm run db:migration:new -- <name>` (and commit it). The missing SQL:\n" +
        sql,
    ).toBe(true);
  });

  it("(b) apply to a fresh PGlite, idempotently, recorded like `prisma migrate deploy`", async () => {
    const expected = await expectedMigrations(paths.migrationsDir);
    const client = await PGlite.create();
    try {
      const first = await applyMigrations({ kind: "pglite", client }, paths);
      expect(first.applied).toEqual(expected.map((m) => m.name));
      const second = await applyMigrations({ kind: "pglite", client }, paths);
      expect(second.applied).toEqual([]);

      // The caller's instance is still open and usable afterwards.
      const rows = (await client.query<MigrationRow>(MIGRATIONS_TABLE_QUERY)).rows;
      expectRecorded(rows, expected);
    } finally {
      await client.close();
    }
  });
});

// Skipped without TEST_DATABASE_URL: needs a real PostgreSQL server (PGlite cannot play this part); .ci/run sets it, so CI never skips.
describe.skipIf(!TEST_DATABASE_URL)("prisma/migrations on PostgreSQL (TEST_DATABASE_URL)", () => {
  const databaseName = `migrations_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  let admin: pg.Client;
  let databaseUrl: string;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${databaseName}"`);
    const url = new URL(TEST_DATABASE_URL!);
    url.pathname = `/${databaseName}`;
    databaseUrl = url.toString();
  });

  afterAll(async () => {
    if (!admin) return;
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await admin.end();
  });

  async function recordedRows(): Promise<MigrationRow[]> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return (await client.query<MigrationRow>(MIGRATIONS_TABLE_QUERY)).rows;
    } finally {
      await client.end();
    }
  }

  it("(c) apply to a fresh database, idempotently, recorded like `prisma migrate deploy`", async () => {
    const expected = await expectedMigrations(paths.migrationsDir);
    const target: MigrationTarget = { kind: "postgres", connectionString: databaseUrl };
    expect((await applyMigrations(target, paths)).applied).toEqual(expected.map((m) => m.name));
    expect((await applyMigrations(target, paths)).applied).toEqual([]);
    expectRecorded(await recordedRows(), expected);
  });
});

// Without a PostgreSQL server (a developer's laptop) the PostgreSQL checks cannot run; this visible skip
// says how to run them. .ci/run always sets TEST_DATABASE_URL, so CI never skips them.
if (!TEST_DATABASE_URL) {
  describe("prisma/migrations on PostgreSQL", () => {
    it.skip("(c) SKIPPED: set TEST_DATABASE_URL=postgresql://USER:PASSWORD@HOST:5432/postgres (a user allowed to CREATE DATABASE) to run", () => {});
  });
}

// ---------------------------------------------------------------------------------------------
// The tooling itself, on scratch migration folders (independent of the project's schema).

const SCRATCH_SCHEMA = `
datasource db {
  provider = "postgresql"
}

model Item {
  id    Int    @id @default(autoincrement())
  label String
}
`;

describe("migration tooling", () => {
  let dir: string;
  let scratch: { schemaPath: string; migrationsDir: string };

  async function writeMigration(name: string, sql: string): Promise<void> {
    await mkdir(path.join(scratch.migrationsDir, name), { recursive: true });
    await writeFile(path.join(scratch.migrationsDir, name, "migration.sql"), sql);
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "migrations-test-"));
    scratch = { schemaPath: path.join(dir, "schema.prisma"), migrationsDir: path.join(dir, "migrations") };
    await writeFile(scratch.schemaPath, SCRATCH_SCHEMA);
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("generates the first migration from an empty folder, then reports no change", async () => {
    const sql = await diffMigrationsToSchema(scratch);
    expect(sql).toContain('CREATE TABLE "Item"');
    await writeMigration("20250101000000_init", sql);
    await writeFile(path.join(scratch.migrationsDir, "migration_lock.toml"), MIGRATION_LOCK_CONTENT);
    expect(isEmptyMigration(await diffMigrationsToSchema(scratch))).toBe(true);
  });

  it("diffs from the migrations to a changed schema", async () => {
    const changed = { ...scratch, schemaPath: path.join(dir, "changed.prisma") };
    await writeFile(
      changed.schemaPath,
      SCRATCH_SCHEMA.replace("label String", "label String\n  done  Boolean @default(false)"),
    );
    const sql = await diffMigrationsToSchema(changed);
    expect(sql).toMatch(/ALTER TABLE "Item" ADD COLUMN\s+"done" BOOLEAN NOT NULL DEFAULT false/);
    expect(sql).not.toContain("CREATE TABLE");
  });

  it("rolls a failing migration back as a whole, says which one failed, and recovers via rolled-back", async () => {
    const client = await PGlite.create();
    const target: MigrationTarget = { kind: "pglite", client };
    try {
      expect((await applyMigrations(target, scratch)).applied).toEqual(["20250101000000_init"]);
      // A ";" inside a string literal must not split the script.
      await writeMigration(
        "20250102000000_bad",
        `ALTER TABLE "Item" ADD COLUMN "note" TEXT NOT NULL DEFAULT 'a;b';\nSELECT 1/0;\n`,
      );
      const error = await applyMigrations(target, scratch).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(MigrationError);
      expect((error as Error).message).toMatch(/Migration 20250102000000_bad failed/);
      expect((error as Error).message).toMatch(/division by zero/);
      expect((error as Error).message).toMatch(/--rolled-back 20250102000000_bad/);
      const column = await client.query(
        `SELECT 1 FROM information_schema.columns WHERE table_name = 'Item' AND column_name = 'note'`,
      );
      expect(column.rows).toHaveLength(0); // the ALTER before the failure was rolled back too

      // Blocked until marked rolled back (like prisma migrate deploy, P3009).
      await expect(applyMigrations(target, scratch)).rejects.toThrow(/failed migration recorded/);
      await writeMigration("20250102000000_bad", `ALTER TABLE "Item" ADD COLUMN "note" TEXT NOT NULL DEFAULT 'a;b';\n`);
      await markMigrationRolledBack(target, "20250102000000_bad", scratch);
      expect((await applyMigrations(target, scratch)).applied).toEqual(["20250102000000_bad"]);
      const inserted = await client.query<{ note: string }>(`INSERT INTO "Item" (label) VALUES ('x') RETURNING note`);
      expect(inserted.rows[0]?.note).toBe("a;b");
    } finally {
      await client.close();
      await rm(path.join(scratch.migrationsDir, "20250102000000_bad"), { recursive: true, force: true });
    }
  });

  // Skipped without TEST_DATABASE_URL: needs a real PostgreSQL server (PGlite cannot play this part); .ci/run sets it, so CI never skips.
  it.skipIf(!TEST_DATABASE_URL)("on PostgreSQL too: a failing migration leaves nothing behind", async () => {
    const name = `migrations_tool_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    try {
      await writeMigration(
        "20250102000000_bad",
        `ALTER TABLE "Item" ADD COLUMN "note" TEXT DEFAULT 'a;b';\nSELECT 1/0;\n`,
      );
      const target: MigrationTarget = { kind: "postgres", connectionString: url.toString() };
      await expect(applyMigrations(target, scratch)).rejects.toThrow(
        /Migration 20250102000000_bad failed[\s\S]*division by zero/,
      );
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        const column = await client.query(
          `SELECT 1 FROM information_schema.columns WHERE table_name = 'Item' AND column_name = 'note'`,
        );
        expect(column.rows).toHaveLength(0);
      } finally {
        await client.end();
      }
    } finally {
      await rm(path.join(scratch.migrationsDir, "20250102000000_bad"), { recursive: true, force: true });
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });

  it("explains an unreachable server and a wrong URL", async () => {
    await expect(
      applyMigrations({ kind: "postgres", connectionString: "postgresql://u:p@127.0.0.1:1/db" }, scratch),
    ).rejects.toThrow(/Cannot reach the PostgreSQL server[\s\S]*DATABASE_URL/);
    await expect(
      applyMigrations({ kind: "postgres", connectionString: "mysql://u:p@host/db" }, scratch),
    ).rejects.toThrow(/must start with postgresql:\/\//);
  });
});
