// The sign-in rate limit around next-auth's /signin/<provider> and /callback/<provider> endpoints
// (docs/decisions/028-http-hardening-and-rate-limits.md): failed attempts are counted per client address
// and per account identifier (the demo sign-in's personId, or the username/email a credentials form
// posts); over the limit the portal answers 429 with Retry-After, before next-auth runs.
import { clientIp } from "@/lib/http/client-ip";
import { createTranslator } from "use-intl/core";
import { getMessages } from "@/lib/i18n/messages";
import { countSignInAttempt, forgiveSignInAttempt } from "@/lib/rate-limit/limits";
import { log } from "@/lib/log";

export const RATE_LIMITED_ERROR = "RateLimited";

function isSignInStep(segments: string[] | undefined, method: string): boolean {
  const [action, provider] = segments ?? [];
  if (!provider) return false;
  if (action === "callback") return true; // POST (credentials) and GET (OpenID Connect's return)
  return action === "signin" && method === "POST";
}

async function accountIdentifier(request: Request): Promise<string | null> {
  if (request.method !== "POST") return null;
  const type = request.headers.get("content-type") ?? "";
  try {
    let body: Record<string, unknown> = {};
    if (type.includes("application/x-www-form-urlencoded"))
      body = Object.fromEntries(new URLSearchParams(await request.clone().text()));
    else if (type.includes("application/json")) body = (await request.clone().json()) as Record<string, unknown>;
    for (const field of ["personId", "username", "email"]) {
      const value = body[field];
      if (typeof value === "string" && value.trim()) return value.trim();
    }
  } catch {
    // An unreadable body: next-auth refuses it; the per-address limit still counts it.
  }
  return null;
}

/** Where next-auth sends the browser (a redirect, or the { url } of its JSON answer). */
async function destination(response: Response): Promise<string | null> {
  const location = response.headers.get("location");
  if (location) return location;
  if ((response.headers.get("content-type") ?? "").includes("application/json")) {
    const body = (await response
      .clone()
      .json()
      .catch(() => null)) as { url?: unknown } | null;
    if (typeof body?.url === "string") return body.url;
  }
  return null;
}

function failed(response: Response, target: string | null): boolean {
  if (response.status >= 400) return true;
  if (!target) return false;
  return /[?&](error|csrf)=/.test(target) || target.includes("/geen-toegang");
}

export async function signInRateLimit(
  request: Request,
  segments: string[] | undefined,
  run: (request: Request) => Promise<Response>,
): Promise<Response> {
  if (!isSignInStep(segments, request.method)) return run(request);
  const attempt = await countSignInAttempt(clientIp(request.headers), await accountIdentifier(request));
  if (attempt.refused) {
    // Logged like every refused sign-in (lib/auth/oidc-link.ts), without the account identifier or address. Not
    // audited: the person is not known at this point for single sign-on, and an attacker could otherwise fill
    // an organisation's audit trail at will.
    log("warn", "auth.sign-in-refused", { reason: "rate-limited" });
    return tooManyAttempts(request, attempt.refused.retryAfterSeconds);
  }
  const response = await run(request);
  // Only failed attempts count: a successful sign-in is forgiven, so people who sign in often are never locked out.
  if (!failed(response, await destination(response))) await forgiveSignInAttempt(attempt);
  return response;
}

function tooManyAttempts(request: Request, retryAfterSeconds: number): Response {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const text = (locale: "nl" | "en") =>
    createTranslator({ locale, messages: getMessages(locale), timeZone: "Europe/Amsterdam" })(
      "security.signInRateLimited",
      { minutes },
    );
  const url = `/aanmelden?error=${RATE_LIMITED_ERROR}`;
  const headers = { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" };
  const browser = (request.headers.get("accept") ?? "").includes("text/html");
  if (request.method === "POST" && browser) {
    // The demo sign-in form posted by a browser without JavaScript (decision 060): back to the sign-in page, which
    // shows the message for ?error=RateLimited, as next-auth's client does with the JSON answer below.
    return new Response(null, { status: 303, headers: { ...headers, Location: url } });
  }
  if (request.method === "GET" && browser) {
    // A browser coming back from single sign-on: a page, in both languages, with the way back.
    const html =
      `<!doctype html><html lang="nl"><meta charset="utf-8"><title>Te veel pogingen / Too many attempts</title>` +
      `<p>${text("nl")}</p><p lang="en">${text("en")}</p><p><a href="${url}">Aanmelden / Sign in</a></p></html>`;
    return new Response(html, { status: 429, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
  }
  // next-auth's client (signIn()) posts with json=true and follows { url } to the sign-in page, which
  // shows the message for ?error=RateLimited.
  return Response.json(
    { error: RATE_LIMITED_ERROR, url, message: { nl: text("nl"), en: text("en") } },
    { status: 429, headers },
  );
}
