// `npm start`: builds the portal when the build is missing or older than the sources, then serves it
// on http://localhost:3000 (PORT to change) with scripts/serve.ts. With no DATABASE_URL it uses the embedded database,
// migrated and filled with demo data on first start (see lib/db).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = process.cwd();
const buildId = path.join(root, ".next", "BUILD_ID");
const sources = ["app", "components", "lib", "public", "prisma/schema.prisma", "package.json", "next.config.ts", "instrumentation.ts", "proxy.ts"];

function newestMtime(entry: string): number {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(full)) {
    if (child === "generated" || child === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
const stale = built === 0 || sources.some((s) => newestMtime(s) > built);
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
if (stale) {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: "info", event: "startup.building", component: "portal" })}\n`);
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
// The server runs in this process (scripts/serve.ts), so Ctrl-C or a SIGTERM to `npm start` reaches it
// directly: it finishes the requests in flight, stops the jobs, closes the database and exits.
const { serve } = await import("./serve");
await serve();
