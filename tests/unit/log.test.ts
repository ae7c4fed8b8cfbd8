// The structured log never carries declaration contents or error messages: an allow-list of field names,
// errors by name and code only (docs/decisions/031-operations-logging-and-health.md).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LOG_FIELDS, allowedFields, errorFields, logError, logRequest, logger, setLogSink } from "@/lib/log";
import { Prisma } from "@/lib/generated/prisma/client";
import { onRequestError } from "@/instrumentation";

let out: string[];
let err: string[];
beforeEach(() => {
  out = [];
  err = [];
  setLogSink({ stdout: (l) => out.push(l), stderr: (l) => err.push(l) });
});
afterEach(() => setLogSink());

const parsed = (lines: string[]) => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
/** The first line written is exactly `fields` and a time. */
const expectFirstLine = (lines: string[], fields: Record<string, unknown>) =>
  expect(parsed(lines)[0]).toEqual({ time: expect.any(String), ...fields });

describe("structured log", () => {
  it("writes one JSON line with time, level and event; info to stdout, errors to stderr", () => {
    logger.info("jobs.started", { component: "jobs", count: 2 });
    logger.error("something.failed", { component: "x" });
    expect(out).toHaveLength(1);
    expect(err).toHaveLength(1);
    const [line] = parsed(out);
    expect(Object.keys(line!)).toEqual(["time", "level", "event", "component", "count"]);
    expect(line).toMatchObject({ level: "info", event: "jobs.started", component: "jobs", count: 2 });
    expect(new Date(line!.time as string).toISOString()).toBe(line!.time);
  });

  it("drops every field that is not on the allow-list: contents, names, e-mail addresses, nested objects", () => {
    logger.info("declaration.saved", {
      declarationId: "cl123",
      personId: "p1",
      title: "Fles wijn van Wijnhandel De Kurk",
      description: "Kerstpakket ter waarde van 80 euro",
      answers: { q1: "ja" },
      name: "Fatima El Amrani",
      email: "fatima@example.org",
      values: ["x"],
      status: { nested: "object" },
      message: "a message",
    });
    expectFirstLine(out, {
      level: "info",
      event: "declaration.saved",
      declarationId: "cl123",
      personId: "p1",
    });
    const text = out.join("\n");
    for (const secret of ["Fles wijn", "Kerstpakket", "Fatima", "fatima@example.org", "a message"])
      expect(text).not.toContain(secret);
  });

  it("keeps only names from LOG_FIELDS, cuts long strings and query strings", () => {
    expect(LOG_FIELDS).not.toContain("title");
    expect(LOG_FIELDS).not.toContain("message");
    expect(LOG_FIELDS).not.toContain("email");
    const fields = allowedFields({
      path: "/meldingen?q=Fatima&page=2",
      route: "x".repeat(500),
      count: 10n,
      status: 200,
      unknown: 1,
    });
    expect(fields.path).toBe("/meldingen");
    expect((fields.route as string).length).toBeLessThanOrEqual(201);
    expect(fields).toMatchObject({ count: "10", status: 200 });
    expect(fields).not.toHaveProperty("unknown");
  });

  it("logs a Prisma error with a value in its message by name and code only", () => {
    const error = new Prisma.PrismaClientKnownRequestError(
      'Unique constraint failed on the fields: (`email`) value "fatima@example.org" title "Fles wijn"',
      { code: "P2002", clientVersion: "7", meta: { target: ["email"], value: "fatima@example.org" } },
    );
    logError("action.failed", error, { component: "declarations", declarationId: "d1" });
    expect(out).toHaveLength(0);
    expectFirstLine(err, {
      level: "error",
      event: "action.failed",
      component: "declarations",
      declarationId: "d1",
      errorName: "PrismaClientKnownRequestError",
      errorCode: "P2002",
    });
    expect(err.join("")).not.toContain("fatima");
    expect(err.join("")).not.toContain("Fles wijn");
  });

  it("logs a driver (pg) error by its SQLSTATE, without message, detail or the failing values", () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "Person_email_key"'), {
      name: "DatabaseError",
      code: "23505",
      detail: "Key (email)=(fatima@example.org) already exists.",
    });
    logError("request.error", driverError, {
      route: "/meldingen/[id]",
      method: "POST",
      path: "/meldingen/abc?x=1",
      digest: "123456",
    });
    const [line] = parsed(err);
    expect(line).toMatchObject({
      errorName: "DatabaseError",
      errorCode: "23505",
      route: "/meldingen/[id]",
      path: "/meldingen/abc",
      digest: "123456",
    });
    expect(err.join("")).not.toMatch(/fatima|duplicate key|already exists/);
    // Not an Error at all: its type only.
    expect(errorFields("a thrown string with fatima@example.org")).toEqual({ errorName: "string" });
  });

  it("onRequestError (instrumentation.ts) logs route, method, path and digest, never the error's message", async () => {
    const error = Object.assign(
      new Prisma.PrismaClientKnownRequestError('Unique constraint failed: value "Fles wijn van De Kurk"', {
        code: "P2002",
        clientVersion: "7",
      }),
      { digest: "4242" },
    );
    await onRequestError(
      error,
      {
        path: "/meldingen/abc?titel=Fles",
        method: "POST",
        headers: { "x-request-id": "req-9", cookie: "next-auth.session-token=secret" },
      },
      { routerKind: "App Router", routePath: "/meldingen/[id]", routeType: "action", revalidateReason: undefined },
    );
    expect(parsed(err)).toEqual([
      {
        time: expect.any(String),
        level: "error",
        event: "request.error",
        route: "/meldingen/[id]",
        routeType: "action",
        method: "POST",
        path: "/meldingen/abc",
        digest: "4242",
        requestId: "req-9",
        errorName: "PrismaClientKnownRequestError",
        errorCode: "P2002",
      },
    ]);
    expect(err.join("")).not.toMatch(/Fles|secret/);
  });

  it("logRequest writes the server's request line with status and duration, errors (5xx) to stderr, routine static files at debug only", () => {
    logRequest({ method: "GET", path: "/register?zoek=jansen", status: 200, durationMs: 12.345, requestId: "r-1" });
    logRequest({ method: "POST", path: "/meldingen", status: 500, durationMs: 3, requestId: "r-2" });
    logRequest({
      method: "GET",
      path: "/_next/static/chunks/a.js",
      status: 200,
      durationMs: 1,
      requestId: "r-3",
      routine: true,
    });
    expect(parsed(out)).toEqual([
      {
        time: expect.any(String),
        level: "info",
        event: "request",
        method: "GET",
        path: "/register",
        status: 200,
        durationMs: 12.3,
        requestId: "r-1",
      },
    ]);
    expect(parsed(err)[0]).toMatchObject({ level: "error", status: 500, requestId: "r-2" });
  });

  it("honours LOG_LEVEL and never throws when the sink fails", () => {
    const previous = process.env.LOG_LEVEL;
    try {
      process.env.LOG_LEVEL = "warn";
      logger.info("quiet");
      logger.warn("loud");
      expect(out).toHaveLength(0);
      expect(err).toHaveLength(1);
      setLogSink({
        stdout: () => {
          throw new Error("EPIPE");
        },
        stderr: () => {
          throw new Error("EPIPE");
        },
      });
      expect(() => logger.error("still.fine")).not.toThrow();
    } finally {
      if (previous === undefined) delete process.env.LOG_LEVEL;
      else process.env.LOG_LEVEL = previous;
    }
  });
});
