// `npm start`: builds the portal when the build is missing or older than the sources, then serves it
// on http://localhost:3000 (PORT to change). With no DATABASE_URL it uses the embedded database,
// migrated and filled with demo data on first start (see lib/db).
import { spawn, spawnSync } from "node:child_process";
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
  console.log("[portal] building (first start or changed sources)...");
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const port = process.env.PORT ?? "3000";
// next-auth builds its redirect URLs from NEXTAUTH_URL; default it to this local address.
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
console.log(`[portal] starting on http://localhost:${port}`);
const server = spawn(process.execPath, [nextBin, "start", "-p", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
