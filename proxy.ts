// Runs before every page: (1) the Content-Security-Policy with a fresh nonce per request, which Next.js
// reads from the request's CSP header and puts on its own scripts (pages render dynamically; see
// docs/decisions/028-http-hardening-and-rate-limits.md); (2) slides the idle timeout: while a person is
// active, their session token is re-issued with a fresh expiry. This is not access control: every page,
// action and route handler checks access itself; (3) gives the request an id (x-request-id, kept when a
// load balancer or scripts/serve.ts sent a sane one; the server writes the request line). The static security headers come from next.config.ts.
import { NextResponse, type NextRequest } from "next/server";
import { decode, encode } from "next-auth/jwt";
import { isDemoMode, oidcIssuerSetting } from "@/lib/config";
import { SESSION_IDLE_MINUTES, demoClaimAllowed } from "@/lib/auth/session-lifetime";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { SESSION_COOKIE_PLAIN, SESSION_COOKIE_SECURE } from "@/lib/auth/cookies";
import { ATTACHMENT_CSP, ATTACHMENT_PATH, contentSecurityPolicy, createNonce } from "@/lib/http/security-headers";
import { DEMO_CSRF_HEADER, csrfCookieName, newCsrfCookie, tokenOfCookie } from "@/lib/auth/demo-csrf";

const REISSUE_AFTER_SECONDS = 60;
const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === "development",
    oidcIssuer: oidcIssuerSetting(),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const incoming = request.headers.get("x-request-id");
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  requestHeaders.set("x-request-id", requestId);
  const csrf = demoCsrfCookie(request, requestHeaders);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (csrf)
    response.cookies.set(csrfCookieName(), csrf, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: csrfCookieName().startsWith("__Host-"),
    });
  // The proxy's headers win over a route handler's: an uploaded file keeps its own, stricter policy (decision 066).
  response.headers.set(
    "Content-Security-Policy",
    ATTACHMENT_PATH.test(request.nextUrl.pathname) ? ATTACHMENT_CSP : csp,
  );
  response.headers.set("x-request-id", requestId);
  await slideSession(request, response);
  // The page renders after this point: its errors are logged by instrumentation.ts (onRequestError) with
  // the same request id; the request line (status, duration) is written by the server, scripts/serve.ts.
  return response;
}

/**
 * (4) The demo sign-in page works without JavaScript (lib/auth/demo-csrf.ts): a browser without next-auth's CSRF
 * cookie gets one here, and the page gets its token in a request header. Returns the cookie value to set, if any.
 */
function demoCsrfCookie(request: NextRequest, requestHeaders: Headers): string | undefined {
  requestHeaders.delete(DEMO_CSRF_HEADER);
  if (request.nextUrl.pathname !== "/aanmelden" || !isDemoMode()) return undefined;
  if (tokenOfCookie(request.cookies.get(csrfCookieName())?.value)) return undefined;
  let secret: string;
  try {
    secret = resolveAuthSecret(true);
  } catch {
    return undefined;
  }
  const { token, cookie } = newCsrfCookie(secret);
  requestHeaders.set(DEMO_CSRF_HEADER, token);
  return cookie;
}

async function slideSession(request: NextRequest, response: NextResponse): Promise<void> {
  // next-auth names the cookie "__Secure-…" when it sets secure cookies (NEXTAUTH_URL is https); take
  // whichever the browser sent, so sessions keep sliding behind a TLS-terminating proxy too.
  const secure = request.cookies.has(SESSION_COOKIE_SECURE);
  const name = secure ? SESSION_COOKIE_SECURE : SESSION_COOKIE_PLAIN;
  const raw = request.cookies.get(name)?.value;
  if (!raw) return;
  let secret: string;
  const demo = isDemoMode();
  try {
    secret = resolveAuthSecret(demo);
  } catch {
    return;
  }
  const token = await decode({ token: raw, secret }).catch(() => null);
  // A demo-minted token outside demo mode is never re-issued (lib/auth/session.ts refuses it as well).
  if (token && !demoClaimAllowed(token, demo)) return;
  const now = Math.floor(Date.now() / 1000);
  if (!token || typeof token.iat !== "number" || now - token.iat < REISSUE_AFTER_SECONDS) return;
  const maxAge = SESSION_IDLE_MINUTES * 60;
  const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
  response.cookies.set(name, await encode({ token: claims, secret, maxAge }), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    maxAge,
  });
}

export const config = {
  // Every page (and the route handlers outside /api, such as the register download): not next-auth's own
  // endpoints, static files or the health check, which get the static headers of next.config.ts only.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|favicon.svg|robots.txt).*)"],
};
