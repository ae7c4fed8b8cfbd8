// Creates the benchmark's database (a PostgreSQL database of its own, or a temporary PGlite data
// directory), migrates it, loads the bench data set, and reads results back once the server has stopped.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { applyMigrations } from "../../lib/db/migrate";
import { benchSeedSql } from "./seed";

export type DbKind = "postgres" | "pglite";

export interface BenchDb {
  kind: DbKind;
  /** What the server's environment needs to use this database. */
  serverEnv: Record<string, string>;
  /** Runs a query (server stopped for PGlite: one process per data directory). */
  query<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  drop(): Promise<void>;
}

export const BENCH_PG_ADMIN_URL =
  process.env.BENCH_PG_ADMIN_URL ?? "postgres://postgres:postgres@localhost:5432/postgres";
export const BENCH_PG_DATABASE = process.env.BENCH_PG_DATABASE ?? "portal_bench";

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: BENCH_PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createBenchDb(kind: DbKind): Promise<BenchDb> {
  if (kind === "postgres") {
    if (!/^[a-z_][a-z0-9_]*$/.test(BENCH_PG_DATABASE)) throw new Error(`BENCH_PG_DATABASE must be a plain identifier`);
    await adminQuery(`DROP DATABASE IF EXISTS ${BENCH_PG_DATABASE} WITH (FORCE)`);
    await adminQuery(`CREATE DATABASE ${BENCH_PG_DATABASE}`);
    const url = withDatabase(BENCH_PG_ADMIN_URL, BENCH_PG_DATABASE);
    await applyMigrations({ kind: "postgres", connectionString: url });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(benchSeedSql());
    } finally {
      await client.end();
    }
    return {
      kind,
      serverEnv: { DATABASE_URL: url, PORTAL_DEMO: "local-postgres" },
      async query<T>(sql: string) {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        try {
          return (await c.query(sql)).rows as T[];
        } finally {
          await c.end();
        }
      },
      async drop() {
        await adminQuery(`DROP DATABASE IF EXISTS ${BENCH_PG_DATABASE} WITH (FORCE)`);
      },
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-pglite-"));
  const db = new PGlite(dataDir);
  await db.waitReady;
  try {
    await applyMigrations({ kind: "pglite", client: db });
    await db.exec(benchSeedSql());
  } finally {
    await db.close();
  }
  return {
    kind,
    serverEnv: { PGLITE_DATA_DIR: dataDir },
    async query<T>(sql: string) {
      const c = new PGlite(dataDir);
      await c.waitReady;
      try {
        return (await c.query<T>(sql)).rows;
      } finally {
        await c.close();
      }
    },
    async drop() {
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(`${dataDir}.lock`, { recursive: true, force: true });
    },
  };
}
