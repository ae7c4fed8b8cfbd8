// The portal's production server: Next.js (the build in .next) inside a plain Node HTTP server, so that
// this process owns the listener and the signals (docs/decisions/035-custom-server-and-graceful-shutdown.md).
// `npm run serve`, `npm start` (after building) and the end-to-end tests run it.
//
//  - Every line it writes is JSON (lib/log.ts): Next's own console output is turned into log lines that
//    carry no message text (a stack trace or a database error can quote a row's values); request errors
//    are logged by instrumentation.ts (onRequestError) with name, code and digest.
//  - One request line per response, written when the response is done: method, path, status, duration.
//    Prefetches and static files that succeed are at debug level (lib/http/request-log.ts).
//  - The start says what it does (preparing, database ready, warming up) and "portal.ready" with the
//    address once the first pages have been rendered: the first person's request does not wait for them.
//  - SIGTERM / SIGINT: readiness answers 503 at once, the listener closes, requests in flight finish (at
//    most PORTAL_SHUTDOWN_GRACE_SECONDS, default 25), the job runner stops and hands back its jobs, the
//    database closes, exit 0. The same signal arriving twice at once (Ctrl-C reaches npm and this process,
//    and npm passes its copy on) counts once; a second one later forces the exit.
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { demoRequested, listenPort, portalAddress } from "../lib/config";
import { errorFields, logError, logger, logRequest } from "../lib/log";
import { isRoutineRequest } from "../lib/http/request-log";
import {
  claimSignals,
  isDraining,
  markDraining,
  markWarmingUp,
  shutdownGraceSeconds,
  shutdownHooks,
} from "../lib/shutdown";

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

/**
 * Next and its dependencies write with console.*: each call becomes one JSON line with the level and, for
 * an Error, its name and code, never the text (which may hold a stack trace with a database error's values).
 * Request errors themselves are logged in full structure by instrumentation.ts (onRequestError).
 */
function routeConsoleThroughLog(): void {
  const wrap =
    (level: "info" | "warn" | "error") =>
    (...args: unknown[]) => {
      const error = args.find((a) => a instanceof Error);
      if (level === "error" || error) {
        logger[level === "info" ? "info" : level]("console", {
          component: "next",
          ...(error ? errorFields(error) : {}),
        });
      } else {
        // Plain notices (the start banner, "Ready in ..."): kept as a line without their text.
        logger[level]("console", { component: "next" });
      }
    };
  console.log = wrap("info");
  console.info = wrap("info");
  console.debug = () => {};
  console.warn = wrap("warn");
  console.error = wrap("error");
}

/** The files of public/ by their URL path ("/favicon.ico"): served as static files. */
function publicFiles(root: string): Set<string> {
  const dir = path.join(root, "public");
  const entries = fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }) : [];
  return new Set(
    entries
      .filter((e) => e.isFile())
      .map((e) => `/${path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/")}`),
  );
}

/** The address a person opens: NEXTAUTH_URL when set (the portal's public address), else this machine's port. */
function portalUrl(port: number): string {
  return portalAddress() ?? `http://localhost:${port}`;
}

/** Pages rendered once before the portal says it is ready, so that the first person does not wait for them. */
const WARM_UP_PATHS = ["/api/health/ready", "/aanmelden", "/"];
const WARM_UP_HEADER = "x-portal-warm-up";
/** A secret of this process: only its own warm-up requests carry it, so no client can quieten its log lines. */
const WARM_UP_TOKEN = randomUUID();

async function warmUp(port: number): Promise<void> {
  for (const urlPath of WARM_UP_PATHS) {
    await fetch(`http://127.0.0.1:${port}${urlPath}`, {
      redirect: "manual",
      headers: { [WARM_UP_HEADER]: WARM_UP_TOKEN },
    })
      .then((r) => r.arrayBuffer())
      .catch((error: unknown) =>
        logger.warn("startup.warm-up-failed", { component: "server", path: urlPath, ...errorFields(error) }),
      );
  }
}

/** Node's own output (warnings, a crash's stack trace) as JSON lines too. Run with --no-warnings. */
function routeProcessOutputThroughLog(): void {
  process.on("warning", (warning) => logger.warn("process.warning", { component: "node", errorName: warning.name }));
  process.on("unhandledRejection", (reason) => logError("process.unhandled-rejection", reason, { component: "node" }));
  process.on("uncaughtException", (error) => {
    logError("process.uncaught-exception", error, { component: "node" });
    process.exit(1);
  });
}

export async function serve(): Promise<void> {
  routeConsoleThroughLog();
  routeProcessOutputThroughLog();
  claimSignals();
  // A signal during the start (migrations, demo seed) is kept and acted on once the server is up, so the
  // embedded database is closed cleanly rather than killed half-way.
  let signalDuringStart: NodeJS.Signals | undefined;
  const early = (signal: NodeJS.Signals) => (signalDuringStart ??= signal);
  process.on("SIGTERM", early);
  process.on("SIGINT", early);
  const graceSeconds = shutdownGraceSeconds();
  const port = listenPort();
  const root = path.resolve(import.meta.dirname, "..");
  const staticFiles = publicFiles(root);
  logger.info("startup.preparing", { component: "server", port });
  (process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
  // next-auth builds its redirect URLs from NEXTAUTH_URL: in demo mode default it to this local address
  // (outside demo mode lib/config requires it).
  if (demoRequested()) process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  const { default: next } = await import("next");
  const app = next({ dev: false, dir: root, port, quiet: true });
  const handle = app.getRequestHandler();
  await app.prepare();
  // In production Next prepares its server (and so runs instrumentation.ts: configuration check,
  // migrations, demo seed, job runner) on the first request. Do it now, before listening: a start that
  // fails exits before the port opens, and the first request does not wait for the migrations.
  const inner = (app as unknown as { server?: { getServer?: () => Promise<{ prepare(): Promise<void> }> } }).server;
  const nodeServer = await inner?.getServer?.();
  if (!nodeServer) throw new Error("Next's server could not be prepared (unexpected Next.js version).");
  await nodeServer.prepare();

  const inFlight = new Set<http.ServerResponse>();
  // Every open connection: when it was accepted, and whether it is serving a request or has served one.
  const connections = new Map<net.Socket, { since: number; busy: number; served: number }>();

  const server = http.createServer((req, res) => {
    const started = performance.now();
    const incoming = req.headers["x-request-id"];
    const requestId = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    req.headers["x-request-id"] = requestId;
    res.setHeader("x-request-id", requestId);
    inFlight.add(res);
    const connection = connections.get(req.socket);
    if (connection) connection.busy += 1;
    // During the shutdown every answer closes its connection.
    if (isDraining()) res.setHeader("Connection", "close");
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      inFlight.delete(res);
      if (connection) {
        connection.busy -= 1;
        connection.served += 1;
      }
      const status = res.writableFinished || res.headersSent ? res.statusCode : 499;
      const urlPath = req.url ?? "/";
      const method = req.method ?? "GET";
      logRequest({
        method,
        path: urlPath,
        status,
        durationMs: performance.now() - started,
        requestId,
        // Prefetches, static files and the start's own warm-up, answered fine: debug level, not one info line each.
        routine:
          isRoutineRequest({ method, path: urlPath, headers: req.headers, status }, staticFiles) ||
          (req.headers[WARM_UP_HEADER] === WARM_UP_TOKEN && status < 400),
      });
    };
    res.on("finish", done);
    res.on("close", done);
    handle(req, res).catch((error: unknown) => {
      logError("request.unhandled", error, { component: "server", requestId });
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.on("connection", (socket: net.Socket) => {
    connections.set(socket, { since: Date.now(), busy: 0, served: 0 });
    socket.once("close", () => connections.delete(socket));
  });
  server.on("clientError", (error: NodeJS.ErrnoException, socket: net.Socket) => {
    // A browser closing its connection (ECONNRESET) is routine; a malformed request is the client's problem,
    // answered 400 (as Node's default handler does), and only a warning.
    if (error.code === "ECONNRESET" || !socket.writable) {
      logger.debug("request.client-error", { component: "server", ...errorFields(error) });
      socket.destroy();
      return;
    }
    logger.warn("request.client-error", { component: "server", ...errorFields(error) });
    socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
  });

  /**
   * Closes the connections that have nothing more to do: idle keep-alive connections at once, a connection
   * that was accepted but has not sent its request yet after FRESH_CONNECTION_MS (its request, when it
   * comes, is still answered). True when no connection is left.
   */
  const FRESH_CONNECTION_MS = 2000;
  const closeFinishedConnections = (): boolean => {
    const now = Date.now();
    for (const [socket, c] of connections) {
      if (c.busy > 0) continue;
      if (c.served > 0 || now - c.since > FRESH_CONNECTION_MS) socket.destroySoon();
    }
    return connections.size === 0;
  };

  let stopping: { signal: NodeJS.Signals; at: number } | undefined;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) {
      // The same signal twice within a second is one stop asked for twice (Ctrl-C in a terminal reaches both
      // npm and this process, and npm passes its copy on): ignored. Anything later forces the exit.
      if (signal === stopping.signal && performance.now() - stopping.at < 1000) return;
      logger.warn("shutdown.forced", { component: "server", signal });
      process.exit(1);
    }
    const startedAt = performance.now();
    stopping = { signal, at: startedAt };
    markDraining(signal);
    logger.info("shutdown.started", { component: "server", signal, count: inFlight.size });
    // No new connections from here. net.Server's close, not http.Server's: the latter (Node 19+) also drops
    // every connection without a request in progress, including one just accepted whose request is on its way.
    // Two turns of the event loop first: the next poll phase accepts the connections the kernel already
    // queued (a connection still queued when the listener closes is reset by the kernel, unanswered).
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    net.Server.prototype.close.call(server);
    for (const res of inFlight) if (!res.headersSent) res.setHeader("Connection", "close");
    const hooks = shutdownHooks();
    const graceMs = graceSeconds * 1000;
    const jobsStopped = (hooks?.stopJobs(Math.max(1000, graceMs)) ?? Promise.resolve()).catch((error: unknown) =>
      logError("shutdown.jobs-stop-failed", error, { component: "jobs", signal }),
    );
    const deadline = Date.now() + graceMs;
    while (!closeFinishedConnections() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    if (connections.size > 0) {
      logger.warn("shutdown.grace-expired", { component: "server", signal, count: inFlight.size });
      for (const socket of connections.keys()) socket.destroy();
    }
    await jobsStopped;
    try {
      await hooks?.closeDatabase();
    } catch (error) {
      logError("shutdown.close-failed", error, { component: "portal", signal });
    }
    logger.info("shutdown.complete", {
      component: "server",
      signal,
      durationMs: Math.round(performance.now() - startedAt),
    });
    process.exit(0);
  };
  process.off("SIGTERM", early);
  process.off("SIGINT", early);
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
  // Under `npm start` / `npm run serve` npm passes SIGINT/SIGTERM on to this process (the scripts `exec`
  // node, so no shell stands in between) and waits for it. Should npm itself be killed outright (SIGKILL),
  // this process would keep running on its own: when the parent goes away, shut down the same way.
  if (process.env.npm_lifecycle_event) {
    const parent = process.ppid;
    setInterval(() => {
      if (process.ppid !== parent) void shutdown("SIGTERM");
    }, 500).unref();
  }

  markWarmingUp(true);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve());
  });
  logger.info("server.listening", { component: "server", port });
  if (signalDuringStart) {
    void shutdown(signalDuringStart);
    return;
  }
  logger.info("startup.warming-up", { component: "server", count: WARM_UP_PATHS.length });
  await warmUp(port);
  markWarmingUp(false);
  if (stopping) return;
  logger.info("portal.ready", { component: "server", port, url: portalUrl(port) });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  serve().catch((error: unknown) => {
    const own = error instanceof Error && error.name === "Error";
    logError("server.start-failed", error, { component: "server", configError: own ? error.message : undefined });
    process.exit(1);
  });
}
