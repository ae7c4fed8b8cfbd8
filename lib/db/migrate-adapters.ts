// Migration-aware driver adapter factories for the wasm schema engine (lib/db/schema-engine.ts).
//
// The schema engine runs each migration.sql through the adapter's `executeScript`. Neither
// adapter does that the way the native engine (`prisma migrate deploy`) does, i.e. the whole
// script as ONE simple-protocol query, which PostgreSQL runs as one implicit transaction:
//   - pglite-prisma-adapter 0.7.2 calls `client.exec(script)` without awaiting it: the engine
//     records the migration as finished before it has run, and a failing script becomes an
//     unhandled rejection that crashes the process instead of failing the migration;
//   - @prisma/adapter-pg 7.10.0 splits the script on every ";" (breaking `;` inside strings,
//     comments, DO blocks and function bodies) and runs the pieces one by one on a pool, so a
//     failure half-way leaves the first statements applied.
// We replace `executeScript` on the adapters we hand to the engine. PrismaPGlite's shadow
// database is a `memory://` PGlite that is never closed; we use our own, closed on dispose.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { Pool, PoolConfig } from "pg";

interface PgLikeError {
  code: string;
  message: string;
  severity?: string;
  detail?: string;
  column?: string;
  hint?: string;
}

function isPgLikeError(error: unknown): error is PgLikeError {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === "string" &&
    typeof (error as { severity?: unknown }).severity === "string"
  );
}

/**
 * Makes `adapter.executeScript` run the script with `runWhole` (one round trip, awaited) and
 * report database errors the way adapters do, so the engine records the failure.
 */
function withWholeScriptExecution(
  adapter: SqlDriverAdapter,
  runWhole: (script: string) => Promise<unknown>,
): SqlDriverAdapter {
  adapter.executeScript = async (script: string): Promise<void> => {
    try {
      await runWhole(script);
    } catch (error) {
      if (isPgLikeError(error)) {
        throw new DriverAdapterError({
          kind: "postgres",
          code: error.code,
          severity: error.severity ?? "ERROR",
          message: error.message,
          detail: error.detail,
          column: error.column,
          hint: error.hint,
        });
      }
      throw error;
    }
  };
  return adapter;
}

/**
 * Remembers the adapters a factory hands out so that they can all be released once the engine
 * is done: `SchemaEngine.free()` does not wait for (or always trigger) the adapters' dispose, and
 * a pg pool left open keeps the database busy (e.g. DROP DATABASE fails) and the process alive.
 */
class AdapterTracker {
  private readonly open = new Set<SqlDriverAdapter>();

  track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    const dispose = adapter.dispose.bind(adapter);
    let disposed: Promise<void> | undefined;
    adapter.dispose = () => {
      this.open.delete(adapter);
      disposed ??= dispose();
      return disposed;
    };
    this.open.add(adapter);
    return adapter;
  }

  async disposeAll(): Promise<void> {
    const adapters = [...this.open];
    await Promise.allSettled(adapters.map((a) => a.dispose()));
  }
}

/** A migration-aware factory that can release everything it opened. */
export interface ClosableMigrationFactory extends SqlMigrationAwareDriverAdapterFactory {
  /** Disposes every adapter (and shadow database) this factory created and that is still open. */
  close(): Promise<void>;
}

/**
 * PGlite factory for the schema engine. Uses the caller's PGlite instance (PGlite is a single
 * connection: never open the data directory a second time) and never closes it. The shadow
 * database, when the engine needs one, is a fresh in-memory PGlite closed on dispose.
 */
export class MigrationPGliteFactory implements ClosableMigrationFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "pglite-prisma-adapter";
  private readonly tracker = new AdapterTracker();

  constructor(private readonly client: PGlite) {}

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await new PrismaPGlite(this.client).connect();
    // The adapter's own dispose is a no-op: the caller's PGlite stays open.
    return this.tracker.track(withWholeScriptExecution(adapter, (script) => this.client.exec(script)));
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.tracker.track(await connectInMemoryShadow());
  }

  close(): Promise<void> {
    return this.tracker.disposeAll();
  }
}

/** A fresh in-memory PGlite wrapped as an adapter; closing the adapter closes the database. */
export async function connectInMemoryShadow(): Promise<SqlDriverAdapter> {
  const shadow = new PGlite();
  await shadow.waitReady;
  const adapter = withWholeScriptExecution(await new PrismaPGlite(shadow).connect(), (script) => shadow.exec(script));
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    if (!shadow.closed) await shadow.close();
  };
  return adapter;
}

/**
 * PostgreSQL factory for the schema engine. The connection string is turned into a pg config
 * object; the shadow database (only needed for diffs from a migrations folder) is an in-memory
 * PGlite, so no CREATE DATABASE privilege is needed. (PrismaPg.connectToShadowDb would, given a
 * bare connectionString, replay the migrations on the main database.)
 */
export class MigrationPostgresFactory implements ClosableMigrationFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "@prisma/adapter-pg";
  private readonly inner: PrismaPg;
  private readonly tracker = new AdapterTracker();

  constructor(config: PoolConfig, options?: { schema?: string }) {
    this.inner = new PrismaPg(config, options?.schema ? { schema: options.schema } : undefined);
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.inner.connect();
    const pool = (adapter as SqlDriverAdapter & { underlyingDriver(): Pool }).underlyingDriver();
    // No parameters → pg uses the simple query protocol: multi-statement, one implicit transaction.
    return this.tracker.track(withWholeScriptExecution(adapter, (script) => pool.query(script)));
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.tracker.track(await connectInMemoryShadow());
  }

  close(): Promise<void> {
    return this.tracker.disposeAll();
  }
}

/**
 * A factory with no database of its own, for diffs: main and shadow connections share ONE
 * throwaway in-memory PGlite (starting a PGlite costs seconds; the engine connects to "main" as
 * soon as it starts, but a diff from migrations to a schema only ever uses the shadow).
 * `close()` closes it.
 */
export class ScratchPGliteFactory implements ClosableMigrationFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "pglite-prisma-adapter";
  private db: Promise<PGlite> | undefined;
  /** How many connections the engine asked for (for tests and curiosity). */
  connections = 0;

  private async adapter(): Promise<SqlDriverAdapter> {
    this.connections++;
    this.db ??= PGlite.create();
    const db = await this.db;
    const adapter = withWholeScriptExecution(await new PrismaPGlite(db).connect(), (script) => db.exec(script));
    adapter.dispose = async () => {}; // the shared database is closed by close()
    return adapter;
  }

  connect(): Promise<SqlDriverAdapter> {
    return this.adapter();
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.adapter();
  }

  async close(): Promise<void> {
    const db = await this.db?.catch(() => undefined);
    this.db = undefined;
    if (db && !db.closed) await db.close();
  }
}
