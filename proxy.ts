// Slides the idle timeout: while a person is active, their session token is re-issued with a fresh
// expiry. This is not access control: every page, action and route handler checks access itself.
import { NextResponse, type NextRequest } from "next/server";
import { decode, encode } from "next-auth/jwt";
import { isDemoMode } from "@/lib/db/config";
import { SESSION_IDLE_MINUTES } from "@/lib/auth/policy";
import { resolveAuthSecret } from "@/lib/auth/secret";

const REISSUE_AFTER_SECONDS = 60;

export async function proxy(request: NextRequest) {
  const response = NextResponse.next();
  // next-auth names the cookie "__Secure-…" when it sets secure cookies (NEXTAUTH_URL is https); take
  // whichever the browser sent, so sessions keep sliding behind a TLS-terminating proxy too.
  const secureName = "__Secure-next-auth.session-token";
  const plainName = "next-auth.session-token";
  const secure = request.cookies.has(secureName);
  const name = secure ? secureName : plainName;
  const raw = request.cookies.get(name)?.value;
  if (!raw) return response;
  let secret: string;
  try {
    secret = resolveAuthSecret(isDemoMode());
  } catch {
    return response;
  }
  const token = await decode({ token: raw, secret }).catch(() => null);
  const now = Math.floor(Date.now() / 1000);
  if (!token || typeof token.iat !== "number" || now - token.iat < REISSUE_AFTER_SECONDS) return response;
  const maxAge = SESSION_IDLE_MINUTES * 60;
  const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
  response.cookies.set(name, await encode({ token: claims, secret, maxAge }), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    maxAge,
  });
  return response;
}

export const config = {
  // Pages only: not next-auth's own endpoints, static files or the health check.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
