// Starts and stops the benchmark's own `next start` (the existing build in .next; nothing is built here).
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

export interface BenchServer {
  port: number;
  baseUrl: string;
  secret: string;
  /** The next-server process that listens on the port (next start runs the server in a child). */
  serverPid(): number;
  stop(): Promise<void>;
  log(): string;
}

export function assertBuilt(root = process.cwd()): void {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("No production build in .next: run `npx next build` first (the benchmark never builds).");
  }
}

/** The pid listening on the port, from `ss -ltnp`. */
export function pidOnPort(port: number): number {
  const out = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const match = /pid=(\d+)/.exec(out);
  if (!match) throw new Error(`no process listens on port ${port}`);
  return Number(match[1]);
}

export interface ProcMemory {
  rssMb: number;
  hwmMb: number;
}

/** VmRSS (resident now) and VmHWM (peak resident) of a process, in MB. */
export function procMemory(pid: number): ProcMemory {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { rssMb: kb("VmRSS") / 1024, hwmMb: kb("VmHWM") / 1024 };
}

async function waitHealthy(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not healthy within ${timeoutMs} ms`);
}

export async function startServer(port: number, dbEnv: Record<string, string>): Promise<BenchServer> {
  assertBuilt();
  const secret = randomBytes(32).toString("base64url");
  const baseUrl = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    ...dbEnv,
    PORTAL_BENCH: "1",
    // The bench signs in demo people and uses the demo-only insert route: demo mode, asked for.
    PORTAL_DEMO: dbEnv.PORTAL_DEMO ?? "on",
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: baseUrl,
    RATE_LIMIT_SUBMIT_PER_HOUR: "1000000",
    RATE_LIMIT_SIGN_IN_PER_15_MIN: "1000000",
  };
  // Never the bench's own DATABASE_URL leaking into an embedded run.
  if (!dbEnv.DATABASE_URL) delete env.DATABASE_URL;
  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  try {
    await waitHealthy(baseUrl, child, 180_000);
  } catch (error) {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {}
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output}`);
  }
  return {
    port,
    baseUrl,
    secret,
    serverPid: () => pidOnPort(port),
    log: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      // The process group: next start and its next-server child (SIGTERM lets PGlite close cleanly).
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {}
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {}
      }, 15_000);
      await exited;
      clearTimeout(timer);
      // Wait until the port is free (the next-server child may outlive its parent briefly).
      for (let i = 0; i < 60; i++) {
        try {
          pidOnPort(port);
        } catch {
          return;
        }
        await new Promise((r) => setTimeout(r, 250));
      }
    },
  };
}
