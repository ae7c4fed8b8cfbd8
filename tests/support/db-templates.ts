// Template databases for the integration tests (docs/decisions/044-faster-tests.md). Creating and migrating a
// database per test file cost most of each file's setup (a fresh PGlite runs initdb in WebAssembly); a copy of a
// database that is already migrated (and, for most files, seeded with the demo data) costs a fraction of it.
//
// - migrated: kept across runs, named by a fingerprint of everything that decides its content (the migrations,
//   the code that applies them, the PGlite and engine versions). A change to any of them makes a new one.
// - seeded: made once per test run (the seed's dates are relative to now, so a copy from yesterday would not be
//   what seedDemoData() gives today), from the migrated one, and removed when the run ends.
//
// PGlite: a gzipped dump of the data directory (PGlite's dumpDataDir) in node_modules/.cache/portal-test-db,
// loaded into a new in-memory PGlite (loadDataDir). PostgreSQL: a database used as a template by
// `CREATE DATABASE … TEMPLATE`, marked as a template that accepts no connections. Each template is built by
// one worker while the others wait (a lock file next to the dump; an advisory lock on PostgreSQL).
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";

const ROOT = path.resolve(import.meta.dirname, "../..");
export const TEMPLATE_CACHE_DIR = path.join(ROOT, "node_modules/.cache/portal-test-db");

/** The prefix of every template database on the PostgreSQL server (never a test's own database). */
export const PG_TEMPLATE_PREFIX = "portal_tpl_";
const PG_SEEDED_PREFIX = `${PG_TEMPLATE_PREFIX}run_`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function packageVersion(name: string): string {
  return (
    JSON.parse(readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string }
  ).version;
}

/** What decides a migrated database's content: the migrations, the code that applies them, the engines. */
export function migrationsFingerprint(): string {
  const hash = createHash("sha256");
  const files = [
    ...filesUnder(path.join(ROOT, "prisma/migrations")),
    ...["lib/db/migrate.ts", "lib/db/migrate-adapters.ts", "lib/db/schema-engine.ts"].map((f) => path.join(ROOT, f)),
  ];
  for (const file of files) {
    hash.update(path.relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  for (const name of ["@electric-sql/pglite", "@prisma/schema-engine-wasm"])
    hash.update(`${name}@${packageVersion(name)}\0`);
  return hash.digest("hex").slice(0, 16);
}

/** A run id: base-36 start time (so stale templates of a crashed run can be told by age) and a random part. */
export function newRunId(): string {
  return `${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
}

function runStartedAt(runId: string): number {
  return Number.parseInt(runId.split("_")[0] ?? "", 36);
}

export const STALE_AFTER_MS = 24 * 3600_000;

// ---------------------------------------------------------------------------------------------- PGlite

export function pgliteTemplateFile(name: string): string {
  return path.join(TEMPLATE_CACHE_DIR, `${name}.tar.gz`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs build() under a lock file unless the file already exists; every caller returns once it does. */
async function onceForFile(file: string, build: () => Promise<Blob>): Promise<void> {
  if (existsSync(file)) return;
  await mkdir(path.dirname(file), { recursive: true });
  const lock = `${file}.lock`;
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      await writeFile(lock, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(await readFile(lock, "utf8").catch(() => ""), 10);
      let alive = true;
      try {
        if (Number.isFinite(owner)) process.kill(owner, 0);
      } catch (e) {
        alive = (e as NodeJS.ErrnoException).code === "EPERM";
      }
      if (!alive)
        await rm(lock, { force: true }); // its builder crashed
      else if (Date.now() > deadline) throw new Error(`Timed out waiting for the test template ${file} (lock ${lock})`);
      else await sleep(250);
      if (existsSync(file)) return;
    }
  }
  try {
    if (existsSync(file)) return;
    const blob = await build();
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, Buffer.from(await blob.arrayBuffer()));
    await rename(partial, file); // atomic: readers see the whole dump or none
  } finally {
    await rm(lock, { force: true });
  }
}

const loaded = new Map<string, Promise<Blob>>();

/** The template's dump, built first if it is not there yet. */
export async function pgliteTemplate(name: string, build: () => Promise<Blob>): Promise<Blob> {
  const file = pgliteTemplateFile(name);
  let blob = loaded.get(file);
  if (!blob) {
    blob = onceForFile(file, build).then(async () => new Blob([await readFile(file)]));
    loaded.set(file, blob);
    blob.catch(() => loaded.delete(file));
  }
  return blob;
}

/** A new in-memory PGlite holding a copy of the dump. */
export async function pgliteFrom(dump: Blob): Promise<PGlite> {
  const pglite = new PGlite({ loadDataDir: dump });
  await pglite.waitReady;
  return pglite;
}

/** Removes this run's seeded dumps, any run's older than a day, and migrated dumps of other fingerprints. */
export async function cleanPgliteTemplates(runId: string, keepMigrated: string): Promise<void> {
  if (!existsSync(TEMPLATE_CACHE_DIR)) return;
  for (const entry of readdirSync(TEMPLATE_CACHE_DIR)) {
    const full = path.join(TEMPLATE_CACHE_DIR, entry);
    const run = /^run_([0-9a-z]+_[0-9a-f]+)_/.exec(entry)?.[1];
    const stale =
      (run !== undefined && (run === runId || Date.now() - runStartedAt(run) > STALE_AFTER_MS)) ||
      (entry.startsWith("migrated_") &&
        !entry.startsWith(`migrated_${keepMigrated}`) &&
        Date.now() - statSync(full).mtimeMs > 60_000);
    if (stale) await rm(full, { force: true });
  }
}

export function pgliteSeededName(runId: string): string {
  return `run_${runId}_seeded`;
}

// ------------------------------------------------------------------------------------------ PostgreSQL

export function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(base: string, fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

/**
 * The template database `name` on the server at `base`, built first if it does not exist: a database is
 * created (from `from` when given), build() fills it through its URL, and it is renamed into place.
 */
export async function pgTemplate(
  base: string,
  name: string,
  from: string | null,
  build: (url: string) => Promise<void>,
): Promise<string> {
  return withAdmin(base, async (admin) => {
    // Advisory locks are per database: every test connects to the same one (TEST_DATABASE_URL's).
    await admin.query("select pg_advisory_lock(hashtext($1))", [name]);
    try {
      const found = await admin.query("select 1 from pg_database where datname = $1", [name]);
      if (found.rowCount) return name;
      // Under the lock, a half-built one is left by a builder that crashed.
      const { rows: leftovers } = await admin.query<{ datname: string }>(
        "select datname from pg_database where starts_with(datname, $1)",
        [`${name}_b`],
      );
      for (const { datname } of leftovers) await admin.query(`drop database if exists ${datname} with (force)`);
      const building = `${name}_b${randomBytes(3).toString("hex")}`;
      await admin.query(`create database ${building}${from ? ` template ${from}` : ""}`);
      try {
        await build(databaseUrl(base, building));
        // A template is copied only while nobody is connected to it: close what build() may have left.
        await admin.query(
          "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
          [building],
        );
        await admin.query(`alter database ${building} rename to ${name}`);
      } catch (error) {
        await admin.query(`drop database if exists ${building} with (force)`);
        throw error;
      }
      await admin.query(`alter database ${name} with is_template true allow_connections false`);
      return name;
    } finally {
      await admin.query("select pg_advisory_unlock(hashtext($1))", [name]);
    }
  });
}

export function pgMigratedName(fingerprint: string): string {
  return `${PG_TEMPLATE_PREFIX}migrated_${fingerprint}`;
}

export function pgSeededName(runId: string): string {
  return `${PG_SEEDED_PREFIX}${runId}_seeded`;
}

async function dropTemplate(admin: pg.Client, name: string): Promise<void> {
  await admin.query(`alter database ${name} with is_template false`);
  await admin.query(`drop database if exists ${name} with (force)`);
}

/**
 * Drops this run's seeded templates and those of runs older than a day (a crashed run). Migrated templates
 * stay: other branches' runs on the same server may use theirs (drop them by hand: they start with portal_tpl_).
 */
export async function cleanPgTemplates(base: string, runId: string): Promise<void> {
  await withAdmin(base, async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(
      "select datname from pg_database where starts_with(datname, $1)",
      [PG_SEEDED_PREFIX],
    );
    for (const { datname } of rows) {
      const run = /^portal_tpl_run_([0-9a-z]+_[0-9a-f]+)_/.exec(datname)?.[1];
      if (run === runId || (run && Date.now() - runStartedAt(run) > STALE_AFTER_MS)) await dropTemplate(admin, datname);
    }
  });
}
