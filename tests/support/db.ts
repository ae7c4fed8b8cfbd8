// Integration tests run against a real PostgreSQL dialect: a fresh in-memory PGlite always, and a fresh
// database on a PostgreSQL server when TEST_DATABASE_URL is set (.ci/run sets it).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDb, type OpenedDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { PGlite } from "@electric-sql/pglite";

export interface TestDb extends OpenedDb {
  label: string;
}

export const DB_KINDS = ["pglite", ...(process.env.TEST_DATABASE_URL ? (["postgres"] as const) : [])] as const;
export type DbKind = "pglite" | "postgres";

export async function createTestDb(kind: DbKind): Promise<TestDb> {
  if (kind === "pglite") {
    const pglite = new PGlite();
    await applyMigrations({ kind: "pglite", client: pglite });
    const opened = await openDb({ kind: "pglite", dataDir: "(memory)", display: "in-memory PGlite" }, { pglite });
    return {
      ...opened,
      label: "PGlite",
      async close() {
        await opened.close();
        await pglite.close();
      },
    };
  }
  const base = new URL(process.env.TEST_DATABASE_URL!);
  const name = `portal_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  await applyMigrations({ kind: "postgres", connectionString: url.toString() });
  const opened = await openDb({ kind: "postgres", connectionString: url.toString(), display: name });
  return {
    ...opened,
    label: "PostgreSQL",
    async close() {
      await opened.close();
      const dropper = new pg.Client({ connectionString: base.toString() });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
