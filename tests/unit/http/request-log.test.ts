import { describe, expect, it } from "vitest";
import { isPrefetch, isRoutineRequest, isStaticFile } from "@/lib/http/request-log";

const PUBLIC = new Set(["/favicon.ico", "/favicon.svg"]);
const get = (path: string, headers: Record<string, string> = {}, status = 200, method = "GET") =>
  isRoutineRequest({ method, path, headers, status }, PUBLIC);

describe("the request log's routine requests (debug level, decision 045)", () => {
  it.each([
    ["Next's router prefetch of a link", get("/meldingen?_rsc=abc", { "next-router-prefetch": "1", rsc: "1" }), true],
    ["the browser's own prefetch (Sec-Purpose)", get("/register", { "sec-purpose": "prefetch;prerender" }), true],
    ["a script of the build", get("/_next/static/chunks/app.js"), true],
    ["the favicon", get("/favicon.ico"), true],
    ["the SVG favicon with a query string", get("/favicon.svg?v=2"), true],
    ["a page", get("/meldingen"), false],
    ["a page's RSC navigation (not a prefetch)", get("/meldingen?_rsc=abc", { rsc: "1" }), false],
    ["a file that only looks public", get("/favicon.png"), false],
    ["a failed static file", get("/_next/static/chunks/missing.js", {}, 404), false],
    ["a failed prefetch", get("/beheer", { "next-router-prefetch": "1" }, 500), false],
    ["a POST with a prefetch header", get("/meldingen", { "next-router-prefetch": "1" }, 200, "POST"), false],
  ])("%s", (_what, routine, expected) => {
    expect(routine).toBe(expected);
  });

  it("tells prefetches and static files apart on their own", () => {
    expect(isPrefetch({ purpose: "prefetch" })).toBe(true);
    expect(isPrefetch({ "sec-purpose": ["prefetch"] })).toBe(true);
    expect(isPrefetch({})).toBe(false);
    expect(isStaticFile("/_next/image?url=x", PUBLIC)).toBe(true);
    expect(isStaticFile("/aanmelden", PUBLIC)).toBe(false);
  });
});
