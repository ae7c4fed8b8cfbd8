// `npm start`: builds the portal when the build is missing or older than the sources, then serves it
// on http://localhost:3000 (PORT to change) with scripts/serve.ts. With no DATABASE_URL it asks for the DEMO
// (PORTAL_DEMO=on): the embedded database, migrated and filled with invented people on first start, password-less
// sign-in. With DATABASE_URL it starts as production, with every check of lib/config (docs/decisions/034).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { demoRequested } from "../lib/config";

const root = process.cwd();
const buildId = path.join(root, ".next", "BUILD_ID");
const sources = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "package.json",
  "next.config.ts",
  "instrumentation.ts",
  "proxy.ts",
];

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
  process.stdout.write(
    `${JSON.stringify({ time: new Date().toISOString(), level: "info", event: "startup.building", component: "portal" })}\n`,
  );
  // Asynchronously, so that a SIGINT/SIGTERM during the build stops the build too instead of leaving it running.
  const build = spawn(process.execPath, [nextBin, "build"], { stdio: "inherit" });
  const stopBuild = (signal: NodeJS.Signals) => build.kill(signal);
  process.on("SIGINT", stopBuild);
  process.on("SIGTERM", stopBuild);
  const code = await new Promise<number>((resolve) =>
    build.on("exit", (status, signal) => resolve(status ?? (signal ? 1 : 0))),
  );
  process.off("SIGINT", stopBuild);
  process.off("SIGTERM", stopBuild);
  if (code !== 0) process.exit(code);
}
const port = process.env.PORT ?? "3000";
if (!process.env.DATABASE_URL?.trim() && !process.env.PORTAL_DEMO?.trim()) {
  // The README's quick start: the demo, asked for here and nowhere else by default.
  process.env.PORTAL_DEMO = "on";
}
const demo = demoRequested();
// next-auth builds its redirect URLs from NEXTAUTH_URL; in the demo default it to this local address
// (outside demo mode it is required, and the start says so).
if (demo) process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
// One JSON line like every other the server writes (the address and whether this is the demo).
process.stdout.write(
  `${JSON.stringify({ time: new Date().toISOString(), level: "info", event: "startup.starting", component: "portal", port: Number(port), reason: demo ? "demo-mode" : "production-mode" })}\n`,
);
// The server runs in this process (scripts/serve.ts), and package.json's script `exec`s node (no shell in
// between), so the SIGINT or SIGTERM that npm passes on reaches it directly: it finishes the requests in
// flight, stops the jobs, closes the database and exits; npm waits for it and exits with its code (decision 045).
const { serve } = await import("./serve");
await serve();
