// Integration tests run against a real PostgreSQL dialect: a fresh in-memory PGlite always, and a fresh
// database on a PostgreSQL server when TEST_DATABASE_URL is set (.ci/run sets it).
//
// Each test file still gets a database of its own, but as a copy of a template (tests/support/db-templates.ts,
// docs/decisions/044-faster-tests.md) instead of creating and migrating one: createTestDb() copies a migrated,
// empty database; createSeededTestDb() copies one that also holds seedDemoData()'s demo data.
// TEST_DB_TIMINGS=<file> appends one JSON line per database made (file, what, milliseconds).
import { appendFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { openDb, type OpenedDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { seedDemoData } from "@/prisma/seed-data";
import { PGlite } from "@electric-sql/pglite";
import {
  databaseUrl,
  migrationsFingerprint,
  newRunId,
  pgliteFrom,
  pgliteSeededName,
  pgliteTemplate,
  pgMigratedName,
  pgSeededName,
  pgTemplate,
} from "./db-templates";

export interface TestDb extends OpenedDb {
  label: string;
}

export const DB_KINDS = ["pglite", ...(process.env.TEST_DATABASE_URL ? (["postgres"] as const) : [])] as const;
export type DbKind = "pglite" | "postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** Set by tests/support/db-global-setup.ts: the templates seeded in this run are named after it. */
    testDbRun: string;
  }
}

let fallbackRun: string | undefined;
function runId(): string {
  // Without the global setup (a config that lacks it) the run is this worker: still correct, only slower.
  try {
    const provided = inject("testDbRun");
    if (provided) return provided;
  } catch {
    /* not provided */
  }
  return (fallbackRun ??= newRunId());
}

let fingerprint: string | undefined;
const migrations = () => (fingerprint ??= migrationsFingerprint());

/** A fresh, migrated, empty database of its own for this test file. */
export async function createTestDb(kind: DbKind): Promise<TestDb> {
  return timed(`createTestDb ${kind}`, () =>
    kind === "pglite" ? pgliteCopy(migratedPglite()) : postgresCopy(migratedPostgres()),
  );
}

/**
 * A fresh, migrated database of its own holding the demo data, exactly as `createTestDb(kind)` followed by
 * `seedDemoData(db.prisma)` (without activity). The seed's dates are those of this test run's start.
 */
export async function createSeededTestDb(kind: DbKind): Promise<TestDb> {
  return timed(`createSeededTestDb ${kind}`, () =>
    kind === "pglite" ? pgliteCopy(seededPglite()) : postgresCopy(seededPostgres()),
  );
}

// ---------------------------------------------------------------------------------------------- PGlite

function migratedPglite(): Promise<Blob> {
  return pgliteTemplate(`migrated_${migrations()}`, async () => {
    const pglite = new PGlite();
    try {
      await applyMigrations({ kind: "pglite", client: pglite });
      return await pglite.dumpDataDir("gzip");
    } finally {
      await pglite.close();
    }
  });
}

function seededPglite(): Promise<Blob> {
  return pgliteTemplate(pgliteSeededName(runId()), async () => {
    const pglite = await pgliteFrom(await migratedPglite());
    try {
      await seedInto(await openDb({ kind: "pglite", dataDir: "(memory)", display: "seeded template" }, { pglite }));
      return await pglite.dumpDataDir("gzip");
    } finally {
      await pglite.close();
    }
  });
}

async function seedInto(opened: OpenedDb): Promise<void> {
  try {
    await seedDemoData(opened.prisma);
  } finally {
    await opened.close();
  }
}

async function pgliteCopy(template: Promise<Blob>): Promise<TestDb> {
  const pglite = await pgliteFrom(await template);
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

// ------------------------------------------------------------------------------------------ PostgreSQL

const serverUrl = () => process.env.TEST_DATABASE_URL!;

function migratedPostgres(): Promise<string> {
  return pgTemplate(serverUrl(), pgMigratedName(migrations()), null, async (url) => {
    await applyMigrations({ kind: "postgres", connectionString: url });
  });
}

async function seededPostgres(): Promise<string> {
  const from = await migratedPostgres();
  return pgTemplate(serverUrl(), pgSeededName(runId()), from, async (url) => {
    await seedInto(await openDb({ kind: "postgres", connectionString: url, display: "seeded template" }));
  });
}

async function postgresCopy(template: Promise<string>): Promise<TestDb> {
  const base = serverUrl();
  const from = await template;
  const name = `portal_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${from}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(base, name);
  const opened = await openDb({ kind: "postgres", connectionString: url, display: name });
  return {
    ...opened,
    label: "PostgreSQL",
    async close() {
      await opened.close();
      const dropper = new pg.Client({ connectionString: base });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

// ---------------------------------------------------------------------------------------------- timing

async function timed<T>(what: string, make: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await make();
  const log = process.env.TEST_DB_TIMINGS;
  if (log) {
    const worker = (globalThis as { __vitest_worker__?: { filepath?: string } }).__vitest_worker__;
    const file = worker?.filepath?.split("/").pop() ?? "?";
    appendFileSync(log, `${JSON.stringify({ file, what, ms: Math.round(performance.now() - started) })}\n`);
  }
  return result;
}
