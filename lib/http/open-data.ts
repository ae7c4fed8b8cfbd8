// Responses of the public open-data endpoints (the register API and its DCAT description, decision 071): cacheable by
// anyone (Cache-Control public), with a strong ETag so a re-user polling the register gets 304 Not Modified while it has
// not changed, and readable from any web page (CORS *: the data is public by law and needs no credentials).
import { createHash } from "node:crypto";

/** Seconds a re-user or a shared cache may keep an answer without asking again. */
export const OPEN_DATA_MAX_AGE = 300;

const CORS = {
  "access-control-allow-origin": "*",
  // A script on another site may read these headers (the ETag to poll with, the licence link).
  "access-control-expose-headers": "ETag, Link",
};

/** A strong entity tag of these exact bytes (RFC 9110 8.8.3): the SHA-256 of the body, base64url, quoted. */
export function strongEtag(body: string): string {
  return `"${createHash("sha256").update(body, "utf8").digest("base64url")}"`;
}

/**
 * Does If-None-Match name this entity tag? RFC 9110 13.1.2: a list of tags or "*", compared weakly (a W/ prefix is
 * ignored), so a cache that weakened our tag still gets its 304.
 */
export function noneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header
    .split(",")
    .map((t) => t.trim().replace(/^W\//, ""))
    .includes(etag);
}

/**
 * A 200 with the body, or a 304 without it when the request's If-None-Match names the body's tag. The body must not
 * contain the time it was made: the tag would change on every request and polling would never get a 304.
 */
export function cacheableResponse(
  request: Request,
  body: string,
  contentType: string,
  extraHeaders: Record<string, string> = {},
): Response {
  const etag = strongEtag(body);
  const headers: Record<string, string> = {
    ...CORS,
    etag,
    "cache-control": `public, max-age=${OPEN_DATA_MAX_AGE}`,
    ...extraHeaders,
  };
  if (noneMatchHits(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "content-type": contentType } });
}

/** JSON as a cacheable response (see cacheableResponse). */
export function cacheableJson(request: Request, value: unknown, extraHeaders: Record<string, string> = {}): Response {
  return cacheableResponse(request, JSON.stringify(value), "application/json; charset=utf-8", extraHeaders);
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
}

/**
 * An error as RFC 9457 problem details (application/problem+json), in Dutch and English like the download's errors.
 * Not cached: an organisation that is missing today may be added tomorrow.
 */
export function problemResponse(
  status: number,
  title: string,
  detail: string,
  extraHeaders: Record<string, string> = {},
) {
  const problem: Problem = { type: "about:blank", title, status, detail };
  return new Response(JSON.stringify(problem), {
    status,
    headers: {
      ...CORS,
      "content-type": "application/problem+json; charset=utf-8",
      "cache-control": "no-store",
      ...extraHeaders,
    },
  });
}
