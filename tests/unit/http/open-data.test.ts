// The open-data endpoints' HTTP rules (decision 071): strong ETags of the exact bytes, If-None-Match compared as
// RFC 9110 says (a list, "*", weak comparison), 304 without a body, CORS and Cache-Control on every answer; the DCAT
// description's content negotiation; the API's query parameters at their boundaries.
import { describe, expect, it } from "vitest";
import { OPEN_DATA_MAX_AGE, cacheableResponse, noneMatchHits, problemResponse, strongEtag } from "@/lib/http/open-data";
import { negotiateDcat } from "@/lib/register/dcat";
import { HistoryQuerySchema, MAX_PAGE, RegisterQuerySchema } from "@/lib/register/api";

const TAG = strongEtag("{}");

describe("strongEtag", () => {
  it("is a quoted SHA-256 of the bytes: the same body the same tag, one byte more another", () => {
    expect(TAG).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(strongEtag("{}")).toBe(TAG);
    expect(strongEtag("{} ")).not.toBe(TAG);
    expect(strongEtag("é")).not.toBe(strongEtag("e"));
  });
});

describe("noneMatchHits", () => {
  it.each([
    [null, false],
    ["", false],
    [TAG, true],
    [`W/${TAG}`, true],
    [`"a", ${TAG}`, true],
    [`"a",${TAG} , "b"`, true],
    ["*", true],
    [" * ", true],
    ['"a"', false],
    [TAG.slice(1, -1), false],
    [`${TAG.slice(0, -2)}"`, false],
  ])("If-None-Match %j -> %s", (header, hit) => expect(noneMatchHits(header, TAG)).toBe(hit));
});

describe("cacheableResponse", () => {
  const req = (h: Record<string, string> = {}) => new Request("http://x.test/a", { headers: h });

  it("answers 200 with the body, its tag, public caching and CORS", async () => {
    const r = cacheableResponse(req(), "{}", "application/json", { vary: "Accept" });
    expect(r.status).toBe(200);
    expect(await r.text()).toBe("{}");
    expect(Object.fromEntries(r.headers)).toMatchObject({
      etag: TAG,
      "cache-control": `public, max-age=${OPEN_DATA_MAX_AGE}`,
      "access-control-allow-origin": "*",
      "access-control-expose-headers": "ETag, Link",
      "content-type": "application/json",
      vary: "Accept",
    });
  });

  it("answers 304 without a body (and without a content type) when the tag matches", async () => {
    const r = cacheableResponse(req({ "if-none-match": TAG }), "{}", "application/json");
    expect(r.status).toBe(304);
    expect(await r.text()).toBe("");
    expect(r.headers.get("etag")).toBe(TAG);
    expect(r.headers.get("content-type")).toBeNull();
    expect(r.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("problem details are JSON, never cached, readable cross-origin", async () => {
    const r = problemResponse(404, "Niet gevonden / Not found", "x");
    expect(r.status).toBe(404);
    expect(r.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(r.headers.get("cache-control")).toBe("no-store");
    expect(r.headers.get("access-control-allow-origin")).toBe("*");
    expect(await r.json()).toEqual({
      type: "about:blank",
      title: "Niet gevonden / Not found",
      status: 404,
      detail: "x",
    });
  });
});

describe("negotiateDcat", () => {
  it.each([
    [null, null, "jsonld"],
    [null, "", "jsonld"],
    [null, "text/turtle", "turtle"],
    [null, "application/ld+json", "jsonld"],
    [null, "application/json", "jsonld"],
    [null, "application/ld+json;q=0.5, text/turtle", "turtle"],
    [null, "text/turtle;q=0.1, application/json;q=0.9", "jsonld"],
    [null, "text/html, */*;q=0.8", "jsonld"],
    [null, "text/*", "turtle"],
    [null, "application/rdf+xml", null],
    [null, "text/turtle;q=0", null],
    [null, "text/turtle;q=abc", null],
    ["turtle", "application/ld+json", "turtle"],
    ["ttl", null, "turtle"],
    ["jsonld", "text/turtle", "jsonld"],
    ["xml", "text/turtle", "turtle"],
  ] as const)("formaat=%j Accept %j -> %j", (format, accept, expected) =>
    expect(negotiateDcat(format, accept)).toBe(expected),
  );
});

describe("the API's query parameters", () => {
  it.each([
    [{}, true],
    [{ pagina: "1" }, true],
    [{ pagina: String(MAX_PAGE) }, true],
    [{ pagina: String(MAX_PAGE + 1) }, false],
    [{ pagina: "0" }, false],
    [{ pagina: "1.5" }, false],
    [{ pagina: "abc" }, false],
    [{ peildatum: "2026-05-01" }, true],
    [{ peildatum: "1-5-2026" }, false],
    [{ peildatum: "2026-05-01T00:00" }, false],
    [{ q: "x".repeat(100) }, true],
    [{ q: "x".repeat(101) }, false],
    [{ bezoldigd: "ja" }, true],
    [{ bezoldigd: "yes" }, false],
    [{ onbekend: "genegeerd" }, true],
  ])("%j valid: %s", (query, ok) => expect(RegisterQuerySchema.safeParse(query).success).toBe(ok));

  it("the history takes only a page", () => {
    expect(HistoryQuerySchema.safeParse({ pagina: "2" }).data).toEqual({ pagina: 2 });
    expect(HistoryQuerySchema.safeParse({ pagina: "-1" }).success).toBe(false);
  });
});
