// Graceful shutdown of the built server (issue 20, docs/decisions/035-custom-server-and-graceful-shutdown.md):
// a process of its own (scripts/serve.ts, as `npm run serve` runs it, on a fresh embedded database) gets
// SIGTERM while a POST is still uploading its body, while a stream of submissions runs and while a readiness
// request is on its way. Every request that reached the server is answered, readiness says 503 at once, new
// connections are refused, and the process exits 0. Before the custom server (`next start`), the upload got
// ECONNRESET and the submissions in flight were dropped.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { laneDataDir, lanePorts } from "../support/e2e-lanes";

const PORT = lanePorts().ownServer;
const BASE = `http://127.0.0.1:${PORT}`;
const ROOT = path.resolve(import.meta.dirname, "../..");
const DATA_DIR = path.join(ROOT, laneDataDir(".data/e2e-shutdown"));
/** The command under test; `node node_modules/next/dist/bin/next start` shows what it replaced. */
const COMMAND = (process.env.SHUTDOWN_TEST_COMMAND ?? "node --no-warnings --import tsx scripts/serve.ts").split(" ");

interface Server {
  child: ChildProcess;
  output: string[];
  exit: Promise<number | null>;
}

async function startServer(command: string[] = COMMAND, options: { detached?: boolean } = {}): Promise<Server> {
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  fs.rmSync(`${DATA_DIR}.lock`, { recursive: true, force: true });
  const child = spawn(command[0]!, [...command.slice(1), ...(command.includes("next") ? ["-p", String(PORT)] : [])], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(PORT),
      PGLITE_DATA_DIR: DATA_DIR,
      DATABASE_URL: "",
      // The demo on its own embedded database (decision 034: demo mode only when asked for).
      PORTAL_DEMO: "on",
      NEXTAUTH_URL: BASE,
      PORTAL_BENCH: "1",
      PORTAL_SHUTDOWN_GRACE_SECONDS: "20",
      RATE_LIMIT_SUBMIT_PER_HOUR: "1000000",
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, as a terminal gives a command: Ctrl-C reaches every process in it.
    detached: options.detached ?? false,
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(...chunk.toString().split("\n").filter(Boolean));
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output.slice(-20).join("\n")}`);
    const ready = await fetch(`${BASE}/api/health/ready`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) return { child, output, exit };
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGKILL");
  throw new Error("server not ready in time");
}

type Outcome = { status: number } | { error: string };

/** One request over its own connection (no keep-alive): its status, or the socket error's code. */
function request(
  method: string,
  urlPath: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = http.request(
      `${BASE}${urlPath}`,
      { method, headers: { connection: "close", ...headers }, agent: false },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0 }));
        res.on("error", (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
      },
    );
    req.on("error", (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    req.end(body);
  });
}

/** A raw connection that sends `head`, then `rest` when asked; resolves with the status line's code, or the error. */
function rawRequest(head: string): {
  sendRest(rest: string): void;
  answer: Promise<Outcome>;
  connected: Promise<void>;
} {
  const socket = net.connect(PORT, "127.0.0.1");
  let received = "";
  const connected = new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  const answer = new Promise<Outcome>((resolve) => {
    socket.on("data", (chunk) => {
      received += chunk.toString();
      const match = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (match && received.includes("\r\n\r\n")) resolve({ status: Number(match[1]) });
    });
    socket.on("error", (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    socket.on("close", () =>
      resolve({ error: received ? `closed after "${received.slice(0, 40)}"` : "closed without an answer" }),
    );
  });
  void connected.then(() => socket.write(head));
  return { sendRest: (rest) => socket.write(rest), answer, connected };
}

test.describe.configure({ mode: "serial" });

test("SIGTERM during a slow upload, a stream of submissions and a readiness request: every request answered, exit 0", async () => {
  test.setTimeout(240_000);
  const server = await startServer();
  try {
    const signIn = await fetch(`${BASE}/aanmelden`).then((r) => r.text());
    // The demo sign-in is a plain form (decision 060): each person's id is a hidden field.
    const personId = /name="personId" value="([a-z0-9]+)"/.exec(signIn)?.[1];
    expect(personId, "a demo person's id on the sign-in page").toBeTruthy();

    // A slow upload: a form POST whose body arrives in two parts, the second after SIGTERM.
    const body = `csrfToken=${"x".repeat(4000)}&callbackUrl=%2F`;
    const upload = rawRequest(
      `POST /api/auth/signout HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
        `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 100)}`,
    );
    // A readiness request whose headers are not complete yet when the signal arrives.
    const readiness = rawRequest(`GET /api/health/ready HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\n`);
    await Promise.all([upload.connected, readiness.connected]);

    // A stream of submissions (the benchmark's bare INSERT route), four at a time, until connections are refused.
    const outcomes: { outcome: Outcome; afterSignal: boolean }[] = [];
    let signalled = false;
    let refused = 0;
    const worker = async () => {
      while (refused < 8) {
        const sentAfterSignal = signalled;
        const outcome = await request("POST", `/api/bench/insert?person=${personId}`, { origin: BASE });
        outcomes.push({ outcome, afterSignal: sentAfterSignal });
        if ("error" in outcome && outcome.error === "ECONNREFUSED") refused += 1;
      }
    };
    const stream = Promise.all([worker(), worker(), worker(), worker()]);
    await new Promise((r) => setTimeout(r, 1500));

    signalled = true;
    server.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    readiness.sendRest("Connection: close\r\n\r\n");
    await new Promise((r) => setTimeout(r, 1200));
    upload.sendRest(body.slice(100));

    const [uploadAnswer, readinessAnswer] = await Promise.all([upload.answer, readiness.answer]);
    await stream;
    const exitCode = await server.exit;

    expect(uploadAnswer, "the slow upload was answered").toMatchObject({ status: expect.any(Number) });
    expect(readinessAnswer, "readiness during the shutdown").toEqual({ status: 503 });
    const before = outcomes.filter((o) => !o.afterSignal);
    expect(before.length, "submissions before the signal").toBeGreaterThan(0);
    // Every submission either got its answer (204) or could not connect at all (refused): none was cut off.
    // Every submission that reached the server was answered: as many request lines (written when the
    // response is done) as answers, none cut off (499). A client connection still waiting in the kernel's
    // accept queue when the listener closed never reached the server and is reset by the kernel: at most
    // one per client (4), and only around the moment of the signal.
    const requestLines = server.output.filter(
      (l) => l.includes('"event":"request"') && l.includes('"path":"/api/bench/insert"'),
    );
    const answered = outcomes.filter((o) => "status" in o.outcome);
    expect(requestLines.length, "request lines = answers").toBe(answered.length);
    expect(
      requestLines.filter((l) => l.includes('"status":499')),
      "requests cut off",
    ).toEqual([]);
    const resets = outcomes.filter((o) => "error" in o.outcome && o.outcome.error !== "ECONNREFUSED");
    expect(
      resets.every((o) => "error" in o.outcome && o.outcome.error === "ECONNRESET"),
      JSON.stringify(resets),
    ).toBe(true);
    expect(resets.length, "connections reset in the kernel's queue").toBeLessThanOrEqual(4);
    expect(
      outcomes.filter((o) => "status" in o.outcome && o.outcome.status !== 204),
      "answers other than 204",
    ).toEqual([]);
    expect(refused, "new connections refused after the signal").toBeGreaterThan(0);
    expect(exitCode).toBe(0);
    const lines = server.output.map((l) => {
      try {
        return JSON.parse(l) as { event?: string };
      } catch {
        return null;
      }
    });
    expect(
      lines.filter((l) => l === null).length,
      `non-JSON lines:\n${server.output
        .filter((l) => !l.startsWith("{"))
        .slice(0, 10)
        .join("\n")}`,
    ).toBe(0);
    expect(lines.some((l) => l?.event === "shutdown.complete")).toBe(true);
  } finally {
    if (server.child.exitCode === null) server.child.kill("SIGKILL");
  }
});

test("SIGTERM to `npm run serve` (npm, its shell, the server) stops the server: it does not keep running on its own", async () => {
  test.setTimeout(240_000);
  const server = await startServer(["npm", "run", "serve"]);
  try {
    server.child.kill("SIGTERM"); // to npm, as an orchestrator or a terminal's kill would
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && !server.output.some((l) => l.includes('"event":"shutdown.complete"')))
      await new Promise((r) => setTimeout(r, 200));
    expect(
      server.output.some((l) => l.includes('"event":"shutdown.complete"')),
      server.output.slice(-5).join("\n"),
    ).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    const after = await fetch(`${BASE}/api/health/live`).then(
      () => "answered",
      (e: { cause?: { code?: string } }) => e.cause?.code ?? "error",
    );
    expect(after).toBe("ECONNREFUSED");
  } finally {
    if (server.child.exitCode === null) server.child.kill("SIGKILL");
  }
});

/** True when nothing listens on PORT any more: this test can open a listener on it itself. */
function portIsFree(): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(PORT, () => probe.close(() => resolve(true)));
  });
}

function events(output: string[]): string[] {
  return output.flatMap((l) => {
    try {
      return [(JSON.parse(l) as { event?: string }).event ?? ""];
    } catch {
      return [];
    }
  });
}

// Issue 19 item 11 (decision 045): `npm start` says what it does until the portal answers, and a SIGTERM to
// the npm process (as a process manager sends it) stops the server: npm waits for the graceful stop, exits 0,
// and the port is free for the next start. Before, npm exited 143 at once and the server kept the port.
test("`npm start`: says when the database is ready and the portal is ready at its address; SIGTERM to npm frees the port, exit 0", async () => {
  test.setTimeout(240_000);
  const server = await startServer(["npm", "start"]);
  try {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !events(server.output).includes("portal.ready"))
      await new Promise((r) => setTimeout(r, 200));
    const seen = events(server.output);
    const order = [
      "startup.starting",
      "startup.preparing",
      "startup.database-ready",
      "server.listening",
      "startup.warming-up",
      "portal.ready",
    ];
    expect(
      order.map((e) => seen.indexOf(e)),
      seen.join(", "),
    ).toEqual([...order.map((e) => seen.indexOf(e))].sort((a, b) => a - b));
    expect(
      order.every((e) => seen.includes(e)),
      seen.join(", "),
    ).toBe(true);
    const ready = server.output
      .map((l) => {
        try {
          return JSON.parse(l) as { event?: string; url?: string };
        } catch {
          return null;
        }
      })
      .find((l) => l?.event === "portal.ready");
    expect(ready?.url).toBe(BASE);
    // The warm-up's own pages are not in the log at the default level (this test's readiness polls are).
    expect(server.output.filter((l) => l.includes('"event":"request"') && /"path":"\/(aanmelden)?"/.test(l))).toEqual(
      [],
    );

    server.child.kill("SIGTERM");
    const exitCode = await server.exit;
    expect(exitCode, server.output.slice(-5).join("\n")).toBe(0);
    expect(events(server.output)).toContain("shutdown.complete");
    expect(await portIsFree(), "the port is free after npm exited").toBe(true);
  } finally {
    if (server.child.exitCode === null) server.child.kill("SIGKILL");
  }
});

test("Ctrl-C on `npm run serve` (SIGINT to npm and the server at once): one graceful stop, exit 0, the port free", async () => {
  test.setTimeout(240_000);
  const server = await startServer(["npm", "run", "serve"], { detached: true });
  try {
    process.kill(-server.child.pid!, "SIGINT"); // the whole process group, as a terminal does
    const exitCode = await server.exit;
    expect(exitCode, server.output.slice(-5).join("\n")).toBe(0);
    const seen = events(server.output);
    expect(seen.filter((e) => e === "shutdown.started")).toHaveLength(1);
    expect(seen).not.toContain("shutdown.forced");
    expect(seen).toContain("shutdown.complete");
    expect(await portIsFree(), "the port is free after npm exited").toBe(true);
  } finally {
    if (server.child.exitCode === null) process.kill(-server.child.pid!, "SIGKILL");
  }
});
