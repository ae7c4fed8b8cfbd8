// Generates the Prisma client (lib/generated/prisma) without Prisma's native engine download:
// Prisma 7's client needs no binary, and pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file
// stops the CLI from fetching one (see docs/decisions/003-migrations-with-wasm-engine.md).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const cli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
