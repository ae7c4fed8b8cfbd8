import type { Instrumentation } from "next";

// Runs once when the server starts, before the first request: checks every setting (lib/config; a bad one
// stops with exit 1 and one JSON line naming it), opens the database, applies migrations and, in demo mode
// only (PORTAL_DEMO), seeds demo data.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("./lib/startup");
    await startServer();
  }
}

// Every uncaught error of a page render, route handler or server action, as one structured log line:
// route, method, path (no query string), error name/code and Next's digest (the id the user's error page
// shows), never the error's message: a Prisma or driver error message can quote the values of a row.
// Not on the Edge runtime, where the portal runs nothing: Next inlines NEXT_RUNTIME per build, so the Edge
// instrumentation drops this block, and with it lib/log.ts (process.stdout/stderr), which it warned about.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "edge") {
    const { logError } = await import("./lib/log");
    const digest = (error as { digest?: unknown } | null)?.digest;
    const requestId = request.headers["x-request-id"];
    logError("request.error", error, {
      route: context.routePath,
      routeType: context.routeType,
      method: request.method,
      path: request.path,
      digest: typeof digest === "string" ? digest : undefined,
      requestId: typeof requestId === "string" ? requestId : undefined,
    });
  }
};
