// Loads Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm) and creates
// engines bound to a driver adapter. This is what lets us run migrations without the native
// schema-engine binary, which the Prisma CLI would otherwise download (impossible offline).
//
// Node only (reads the .wasm file from node_modules). Deliberately no `import "server-only"`:
// scripts/ and tests use this module too.
//
// See docs/decisions/003-migrations-with-wasm-engine.md.
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
// The package's main entry does `import * as wasm from "./schema_engine_bg.wasm"`, which needs
// the (non-standard in Node 20) WebAssembly ESM integration. We take the JS glue only and
// instantiate the .wasm ourselves, exactly like @prisma/internals does.
import * as engineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

export type { SchemaEngine } from "@prisma/schema-engine-wasm";

const WASM_PACKAGE = "@prisma/schema-engine-wasm";
const WASM_FILE = "schema_engine_bg.wasm";

let loading: Promise<typeof engineGlue> | undefined;

/**
 * When the engine panics, the wasm glue reports the panic text through this global before the
 * failing call rejects with a bare "unreachable". @prisma/internals installs the same registry.
 */
interface PanicRegistry {
  message: string | undefined;
  set_message(message: string): void;
}
const globalForPanics = globalThis as typeof globalThis & { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };

function panicRegistry(): PanicRegistry {
  globalForPanics.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: undefined,
    set_message(message: string) {
      this.message = message;
    },
  };
  return globalForPanics.PRISMA_WASM_PANIC_REGISTRY;
}

/** Returns (and clears) the message of the last engine panic, if any. */
export function takeSchemaEnginePanic(): string | undefined {
  const registry = panicRegistry();
  const message = registry.message;
  registry.message = undefined;
  return message;
}

function wasmPath(): string {
  const override = process.env.PRISMA_SCHEMA_ENGINE_WASM;
  if (override) return override;
  const candidates: string[] = [];
  try {
    const require = createRequire(import.meta.url);
    candidates.push(path.join(path.dirname(require.resolve(`${WASM_PACKAGE}/schema_engine_bg`)), WASM_FILE));
  } catch {
    // fall through to the cwd-based candidate (e.g. when bundled and import.meta.url is virtual)
  }
  candidates.push(path.join(process.cwd(), "node_modules", WASM_PACKAGE, WASM_FILE));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `Cannot find ${WASM_PACKAGE}/${WASM_FILE} (looked in: ${candidates.join(", ")}). ` +
        "Run `npm ci`, or set PRISMA_SCHEMA_ENGINE_WASM to the file's path.",
    );
  }
  return found;
}

/** Instantiates the schema engine WebAssembly module once per process. */
export function loadSchemaEngineWasm(): Promise<typeof engineGlue> {
  loading ??= (async () => {
    panicRegistry();
    const bytes = await readFile(wasmPath());
    const compiled = await WebAssembly.compile(bytes);
    const instance = await WebAssembly.instantiate(compiled, {
      "./schema_engine_bg.js": engineGlue as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
    engineGlue.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return engineGlue;
  })();
  loading.catch(() => {
    loading = undefined; // allow a retry after e.g. a missing file was fixed
  });
  return loading;
}

/** Version (engines commit hash) of the loaded schema engine. */
export async function schemaEngineVersion(): Promise<string> {
  return (await loadSchemaEngineWasm()).version();
}

export type SchemaEngineLogger = (line: string) => void;

export interface CreateSchemaEngineOptions {
  /** The adapter factory (e.g. `new PrismaPGlite(client)` or `new PrismaPg(config)`). */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /**
   * Prisma schema files as [path, content] pairs. Must not be empty: the engine panics (and the
   * panic surfaces as an uncaught "RuntimeError: unreachable") when it gets no schema file.
   */
  datamodels: [string, string][];
  /** Receives the engine's JSON log lines (tracing output). Ignored by default. */
  log?: SchemaEngineLogger;
}

/** The engine's log lines are JSON; keep the last error-ish ones to enrich error messages. */
export interface EngineLogCapture {
  lines: string[];
  log: SchemaEngineLogger;
}

export function captureEngineLogs(forward?: SchemaEngineLogger, keep = 50): EngineLogCapture {
  const lines: string[] = [];
  return {
    lines,
    log: (line: string) => {
      lines.push(line);
      if (lines.length > keep) lines.shift();
      forward?.(line);
    },
  };
}

/**
 * Creates a schema engine that talks to the database through `adapterFactory`.
 * Call `engine.free()` when done (the adapter's connections are released by the engine).
 */
export async function createSchemaEngine(options: CreateSchemaEngineOptions): Promise<SchemaEngine> {
  if (options.datamodels.length === 0) {
    throw new Error("createSchemaEngine: at least one Prisma schema file is required (datamodels is empty).");
  }
  const glue = await loadSchemaEngineWasm();
  const adapter = bindMigrationAwareSqlAdapterFactory(options.adapterFactory);
  const log = options.log ?? (() => {});
  return glue.SchemaEngine.new({ datamodels: options.datamodels }, log, adapter);
}
