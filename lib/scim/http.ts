import "server-only";
// Every SCIM route handler runs through scimRoute (decision 070): https only outside demo mode, the bearer
// token of one organisation, the rate limit, a bounded JSON body, and every refusal as a SCIM error message
// (RFC 7644 §3.12) with content type application/scim+json. Authentication and authorisation happen here,
// inside each handler: the proxy does not guard /scim.
import SCIMMY from "scimmy";
import { isDemoMode } from "@/lib/config";
import { clientIp } from "@/lib/http/client-ip";
import { log } from "@/lib/log";
import { scimRequestLimit } from "@/lib/rate-limit/limits";
import { authenticateScimToken, type ScimClient } from "./tokens";
import { scimmy } from "./provider";

export const SCIM_CONTENT_TYPE = "application/scim+json";
const MAX_BODY_BYTES = 1_048_576;

export function scimJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  if (status === 204) return new Response(null, { status });
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": SCIM_CONTENT_TYPE, "Cache-Control": "no-store", ...headers },
  });
}

function scimFailure(status: number, scimType: string | null, detail: string, headers?: Record<string, string>) {
  const error = new SCIMMY.Messages.Error({ status, ...(scimType ? { scimType } : {}), detail } as never);
  return scimJson(error, status, headers);
}

/** Plain http is refused outside demo mode: the token would travel readable. Behind a TLS proxy, its X-Forwarded-Proto counts. */
function overHttps(request: Request): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === "https";
  return new URL(request.url).protocol === "https:";
}

export interface ScimCall {
  client: ScimClient;
  scim: typeof SCIMMY;
  /** The parsed JSON body (POST, PUT, PATCH). */
  body: unknown;
  query: URLSearchParams;
}

export async function scimRoute(
  request: Request,
  run: (call: ScimCall) => Promise<{ status: number; body?: unknown; headers?: Record<string, string> }>,
): Promise<Response> {
  if (!isDemoMode() && !overHttps(request)) return scimFailure(403, null, "SCIM requests must use https");
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const client = match ? await authenticateScimToken(match[1]!) : null;
  const limited = await scimRequestLimit(client ? { tokenId: client.tokenId } : { ip: clientIp(request.headers) });
  if (limited) return scimFailure(429, null, "Too many requests", { "Retry-After": String(limited.retryAfterSeconds) });
  if (!client)
    return scimFailure(401, null, "A valid bearer token is required", {
      "WWW-Authenticate": 'Bearer realm="scim"',
    });
  let body: unknown = undefined;
  if (["POST", "PUT", "PATCH"].includes(request.method.toUpperCase())) {
    const text = await request.text();
    if (text.length > MAX_BODY_BYTES) return scimFailure(413, null, "Request body too large");
    try {
      body = JSON.parse(text);
    } catch {
      return scimFailure(400, "invalidSyntax", "The request body is not valid JSON");
    }
  }
  try {
    const result = await run({ client, scim: scimmy(), body, query: new URL(request.url).searchParams });
    return scimJson(result.body, result.status, result.headers);
  } catch (error) {
    if (error instanceof SCIMMY.Types.Error) return scimJson(new SCIMMY.Messages.Error(error), error.status);
    log("error", "scim.failed", { tokenId: client.tokenId, error: String(error) });
    return scimFailure(500, null, "Something went wrong in the portal");
  }
}

/** The list parameters of a GET on a collection (RFC 7644 §3.4.2), as SCIMMY takes them. */
export function listParams(query: URLSearchParams): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const key of ["filter", "attributes", "excludedAttributes"] as const) {
    const v = query.get(key);
    if (v) params[key] = v;
  }
  for (const key of ["startIndex", "count"] as const) {
    const v = query.get(key);
    if (v !== null) {
      const n = Number.parseInt(v, 10);
      if (!Number.isFinite(n) || !/^-?\d+$/.test(v.trim()))
        throw new SCIMMY.Types.Error(400, "invalidValue", `${key} must be a whole number`);
      params[key] = Math.min(
        Math.max(n, key === "startIndex" ? 1 : 0),
        key === "count" ? 200 : Number.MAX_SAFE_INTEGER,
      );
    }
  }
  return params;
}
